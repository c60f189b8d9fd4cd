#pragma once

#include "queueing.h"

#include <array>
#include <limits>

namespace archscope::queueing {

// What a run gathered about the requests a node served for sync callers, from which their
// latency percentiles follow: durations drawn from a lognormal (mean, coefficient of
// variation), an init added when the environment started cold, and a wait in the queue
// (a share of the requests waits, the wait of those that do being exponential, as
// Allen–Cunneen and Erlang-C give it).
struct LatencyMix
{
    double requests = 0;      // served
    double cold = 0;          // of them, on an environment that started cold
    double waiting = 0;       // of them, waited in a queue at random (exponential waits)
    double waitSeconds = 0;   // the waits of those that waited, summed
    double behind = 0;        // of them, waited behind a standing queue (past capacity)
    // Those waits by size, in bins a factor √2 apart from 1 ms (the requests, their waits
    // summed): a queue that builds and drains spreads them, and the tail percentiles are
    // those of the longest, not of the mean.
    static constexpr int behindBins = 48;
    std::array<double, behindBins> behindCount{}, behindWaitS{};
    void addBehind(double served, double waitS);

    // `served` requests that met `load` erlangs on `servers` at random (Erlang-C with
    // Allen–Cunneen for durations of this coefficient of variation): their waits.
    void addRandomWaits(double served, double load, double servers, double meanDurationS, double durationCv);
    // `served` requests that met this random wait.
    void addWaits(double served, const Wait &wait)
    {
        waiting += served * wait.probability;
        waitSeconds += served * wait.meanS;
    }
};

struct LatencyPercentiles
{
    double p50S = 0, p95S = 0, p99S = 0;
};

// The share of durations longer than `x` seconds: lognormal of this mean and coefficient of
// variation (as the exact engine draws them; fixed when it is 0).
double durationSurvival(double meanDurationS, double durationCv, double x);
// Their mean once cut at `timeoutS` (what an invocation runs and is billed on average).
double cutMeanDuration(double meanDurationS, double durationCv, double timeoutS);

// The latency (wait + init when cold + duration) that shares 0.5, 0.95 and 0.99 of the
// requests do not exceed; durations past `timeoutS` end there (and fail).
LatencyPercentiles latencyPercentiles(const LatencyMix &mix, double meanDurationS, double durationCv, double initS,
                                      double timeoutS = std::numeric_limits<double>::infinity());

} // namespace archscope::queueing
