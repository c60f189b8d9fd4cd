#pragma once

#include <QList>

namespace archscope {

class Catalog;
struct Node;

// The Lambda memory / cost curve from a CPU-share model (issue 4, "Power tuning"): the
// CPU-bound share of the duration shrinks as memory buys CPU (one vCPU at 1,769 MB; above
// that only a multi-threaded handler gains, up to 6 vCPUs); the rest (I/O waits) does not.
// The node's memoryMb, durationMs, cpuBoundShare, singleThreaded and arch are the inputs:
// durationMs is what the function takes at its current memory.
class PowerTuning
{
public:
    // Lambda allocates CPU in proportion to memory: one full vCPU at 1,769 MB.
    static constexpr double memoryPerVcpuMb = 1769;

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

    // Evaluates every `stepMb` from 128 to 10,240 MB, plus 1,769 MB and the current memory.
    static Curve evaluate(const Catalog &catalog, const Node &lambda, int stepMb = 64);
    // The duration at `memoryMb` of a function taking `durationMs` at `baseMemoryMb`.
    static double durationAt(double durationMs, int baseMemoryMb, int memoryMb, double cpuBoundShare,
                             bool singleThreaded);
    static double vcpusAt(int memoryMb, bool singleThreaded);
};

} // namespace archscope
