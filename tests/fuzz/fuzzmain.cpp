// One libFuzzer executable per target of fuzztargets.h; ARCHSCOPE_FUZZ_TARGET names which
// (tests/fuzz/CMakeLists.txt builds fuzz_<name> for each).
#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

const archscope::fuzz::Target *target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    for (const archscope::fuzz::Target &t : archscope::fuzz::targets) {
        if (std::strcmp(t.name, ARCHSCOPE_FUZZ_TARGET) == 0)
            target = &t;
    }
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s in fuzztargets.h\n", ARCHSCOPE_FUZZ_TARGET);
        std::abort();
    }
    archscope::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return target->run(data, size);
}
