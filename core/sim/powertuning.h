#pragma once

#include <QList>
#include <QString>

namespace archscope {

class Catalog;
struct Node;

// The memory / cost curve of a function (Lambda) from a CPU-share model (issue 4, "Power
// tuning"): the CPU-bound share of the duration shrinks as memory buys CPU (Lambda: one vCPU
// at 1,769 MB; above that only a multi-threaded handler gains, up to 6 vCPUs); the rest (I/O
// waits) does not. What the kind's simulation block reads for memoryMb, durationMs,
// cpuBoundShare and singleThreaded are the inputs (durationMs is what the function takes at
// its current memory), its memory property's range the curve's, its cost items the prices.
class PowerTuning
{
public:
    // Lambda allocates CPU in proportion to memory: one full vCPU at 1,769 MB. The catalog's
    // memoryPerVcpuMb read says so for each function kind; this is its fallback.
    static constexpr double defaultMemoryPerVcpuMb = 1769;

    struct Point
    {
        int memoryMb = 0;
        double vcpus = 0;            // usable vCPUs at this memory
        double durationMs = 0;       // predicted mean duration
        double costPerInvocationUsd = 0;  // request + duration (1 ms rounding), no free tier
        double costPerMillionUsd = 0;
    };
    struct Curve
    {
        QList<Point> points;         // ascending memory, 128..10,240 MB
        int cheapest = -1;           // indices into points
        int fastest = -1;
        int balanced = -1;           // least of cost/cheapest + duration/fastest (equal weights)
        int current = -1;            // the node's own memory
    };

    // How memory buys CPU for a function kind (its memoryPerVcpuMb and maxVcpu reads).
    struct Cpu
    {
        double memoryPerVcpuMb = defaultMemoryPerVcpuMb;
        double maxVcpus = 6;
    };
    static Cpu cpuOf(const Catalog &catalog, const QString &kindId);

    // Evaluates every `stepMb` over the memory range (Lambda: 128 to 10,240 MB), plus the
    // memory of one vCPU and the current memory. Empty for a kind that is no function.
    static Curve evaluate(const Catalog &catalog, const Node &function, int stepMb = 64);
    // The duration at `memoryMb` of a function taking `durationMs` at `baseMemoryMb`.
    static double durationAt(const Cpu &cpu, double durationMs, int baseMemoryMb, int memoryMb, double cpuBoundShare,
                             bool singleThreaded);
    static double vcpusAt(const Cpu &cpu, int memoryMb, bool singleThreaded);
};

} // namespace archscope
