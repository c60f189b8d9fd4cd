#pragma once

#include "model/settings.h"
#include "simulationresults.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace archscope {

// What to simulate beyond the diagram itself: horizon, step, seed and account settings.
// Starts from the document's settings; the CLI and the charts' toolbar override fields.
struct SimulationOptions
{
    double horizonS = 2592000;
    double stepS = 60;
    qint64 seed = 1;
    bool freeTier = false;
    double accountConcurrency = 1000;
    bool legacyScaling = false;  // settings.scaling == "legacy"
    QString region = QStringLiteral("us-east-1");
    int maxBuckets = 2000;       // decimation: buckets per series over the horizon
    // The charts' series take at most this much memory: a diagram of more than about 600
    // nodes gets fewer buckets (never under minBuckets), so a large import stays within a few
    // hundred MB. Summaries (peaks, totals) are taken at full resolution either way.
    double seriesBudgetBytes = 144.0 * 1024 * 1024;
    static constexpr int minBuckets = 240;

    // The most buckets a run of `nodes` nodes keeps per series: maxBuckets, within the budget.
    int maxBucketsFor(qsizetype nodes) const
    {
        // Per bucket: min, max and mean of every series, for each node and the diagram.
        const double bucketBytes = double(nodes + 1) * SimulationResults::seriesCount * 3 * sizeof(float);
        const double affordable = std::floor(seriesBudgetBytes / bucketBytes);
        return std::max(1, int(std::min(double(maxBuckets), std::max(affordable, double(minBuckets)))));
    }
    QString captureArrivalsOf;   // a node id: keep its arrivals at full resolution (what-if replays)
    // The summaries' peak concurrency and peak backlog count the steps within [peaksFromS,
    // peaksToS) of the run (the exact check's window, ExactCheck::fastOptions): the largest
    // of the window's per-minute Maxima, not of the whole run's.
    double peaksFromS = 0, peaksToS = std::numeric_limits<double>::infinity();
    // Whether the step starting at `t` counts towards those peaks (to rounding).
    static bool countsPeaks(double t, double fromS, double toS) { return t >= fromS - 1e-6 && t < toS - 1e-6; }
    bool countsPeaks(double t) const { return countsPeaks(t, peaksFromS, peaksToS); }
    bool lanes = true;           // step same-shaped functions four at a time (same results)
    // Step the parts of a diagram that no wire joins side by side (partsrun.h; the same
    // results to rounding), on this many threads (0: one per core; any number gives the
    // same bits).
    bool inParts = true;
    int threads = 0;

    static SimulationOptions fromSettings(const Settings &settings)
    {
        SimulationOptions o;
        o.horizonS = settings.horizonS;
        o.stepS = settings.stepS;
        o.seed = settings.seed;
        o.freeTier = settings.freeTier;
        o.accountConcurrency = settings.accountConcurrency;
        o.legacyScaling = settings.scaling == QLatin1String("legacy");
        o.region = settings.region;
        return o;
    }
};

} // namespace archscope
