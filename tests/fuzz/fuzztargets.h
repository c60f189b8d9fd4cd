#pragma once

#include <cstddef>
#include <cstdint>

// The entry logic of the in-process fuzz targets. The libFuzzer executables (fuzz preset,
// fuzz_<name>) and the regression test (every other preset, on tests/data/fuzz/<name>/) call
// the same functions, so an input a fuzzer found keeps being checked by ctest.
//
// Each takes one input and checks what must hold for every input; a broken check aborts, so
// both the fuzzer and the regression test see it as a crash. Each returns 0, as libFuzzer wants.
namespace archscope::fuzz {

// The .archscope loader (and the clipboard-fragment reader) on arbitrary bytes.
int loadDocument(const uint8_t *data, size_t size);
// An answers file as `archscope recommend --answers FILE` reads it, then the recommendation.
int readAnswers(const uint8_t *data, size_t size);
// The CSV traffic-series import.
int importSeriesCsv(const uint8_t *data, size_t size);
// A document's settings into a simulation: load, then Simulator::run with its settings.
int simulateDocument(const uint8_t *data, size_t size);
// A SAM / CloudFormation template or a Terraform plan into a diagram (core/io/import).
int importTemplate(const uint8_t *data, size_t size);

struct Target
{
    const char *name;  // the directory under tests/data/fuzz/ and the executable fuzz_<name>
    int (*run)(const uint8_t *data, size_t size);
};

inline constexpr Target targets[] = {
    {"archscope", loadDocument},
    {"answers", readAnswers},
    {"seriescsv", importSeriesCsv},
    {"simulate", simulateDocument},
    {"import", importTemplate},
};

// The simulate target refuses a document whose settings and size ask for more node-steps than
// this, so one input stays a few milliseconds under the sanitizers. Out-of-range settings
// (zero, negative, NaN, a step longer than the horizon) still reach the engine, which must
// refuse them itself.
inline constexpr double maxNodeSteps = 200000;

// Drops Qt's debug and warning messages (a fuzzer feeds millions of bad inputs); qFatal still aborts.
void silenceQtMessages();

} // namespace archscope::fuzz
