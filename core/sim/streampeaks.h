#pragma once

#include "simgraph.h"

#include <vector>

// A stream's random peaks under a function: the records waiting and IteratorAge.
//
// Each shard, and each of its parallelization factor's batch lanes (Lambda splits a shard's
// partition keys among them), is a FIFO with one batch at a time. A lane invokes as soon as
// records wait and takes up to a batch; what arrives while a batch runs waits for the next.
// So records wait even far from capacity: at 50 records/s into a 1 s function a lane holds
// about 50 by the end of each batch, and a batch that runs to a 3 s timeout leaves 150.
//
// The records a lane leaves behind when a batch starts follow Lindley's recursion,
// L' = max(L + A − B, 0), with A the records that arrived during the batch before (Poisson
// over a duration drawn from the lognormal, cut at the timeout). Its peak over a run comes from
// one long batch (A's own tail) or from a walk of busy batches (an exponential tail whose decay
// lies between Cramér's root, ruled by the longest durations, and the diffusion's). A batch's
// peak waiting is that left behind plus a batch; with a batch of one record each lane is an
// M/G/1 queue, whose waits Cramér–Lundberg gives. IteratorAge is the age of a batch's last
// record: near 0 while each batch takes all that waits, else the records left behind over the
// rate they came at.
namespace archscope::sim {

class StreamPeaks
{
public:
    struct Shape
    {
        double lanes = 1;    // shards x parallelization factor
        double servers = 1;  // batches the function may run at once (its reserved concurrency)
        double batch = 100;
        double durationS = 1, durationCv = 0.5, timeoutS = 3;
    };
    StreamPeaks() = default;
    explicit StreamPeaks(const Shape &shape);

    // `seconds` of the run with records arriving at `recordsPerS` (the whole stream). Counted
    // by the minute (a step's own count varies at random, which the peaks account for already),
    // so steps up to a minute give the same peaks; a longer step counts as itself.
    void expose(double recordsPerS, double seconds)
    {
        m_minuteRecords += recordsPerS * seconds;
        m_minuteSeconds += seconds;
        m_known = false;
        if (m_minuteSeconds >= minuteS - 1e-9)
            closeMinute();
    }

    struct Peaks
    {
        double backlog = 0;       // records waiting in the whole stream (the expected largest)
        double iteratorAgeS = 0;  // the largest IteratorAge
    };
    Peaks peaks() const;

private:
    static constexpr double minuteS = 60;
    void closeMinute();
    void add(double recordsPerS, double seconds);

    Peaks worked() const;

    Shape m_shape;
    double m_minuteRecords = 0, m_minuteSeconds = 0;
    // peaks() once worked out (an edit elsewhere summarizes this stream again unchanged).
    mutable bool m_known = false;
    mutable Peaks m_peaks;
    struct Exposure
    {
        int bucket;
        double from, to;  // the rates it holds (a bucket is 1/16 decade)
        double seconds, records;
    };
    std::vector<Exposure> m_exposure;
    size_t m_last = 0;
};

// The shape of a stream `wire` into its function.
StreamPeaks::Shape streamShape(const SimGraph &graph, const SimGraph::Wire &wire);

} // namespace archscope::sim
