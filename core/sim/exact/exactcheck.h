#pragma once

#include "exactengine.h"

#include "sim/simulationoptions.h"
#include "sim/simulationresults.h"
#include "sim/simulator.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

namespace archscope {

// One exact run that checks a fast run over a window, as `simulate --exact` and the Simulation
// dock show it (DESIGN.md, "The exact engine"): which window, what warm-up, and each node's
// figures from both engines over that window, side by side.
struct ExactCheck
{
    static constexpr double defaultWindowS = 3600;  // the busiest hour
    // Simulated before the window (not measured) so pools are warm and queues in a steady
    // state, as they are in the fast run at that time.
    static constexpr double warmUpS = 600;
    static double warmUpBefore(double fromS) { return std::min(fromS, warmUpS); }

    // A window [fromS, toS) that fits the horizon, or why not (translated).
    static QString windowError(double fromS, double toS, double horizonS);
    // The fast run's busiest hour (the whole horizon when it is shorter).
    static std::pair<double, double> busiestWindow(const SimulationResults &fast);
    // The exact options for the window, the fast run's seed and account.
    static ExactOptions options(const SimulationOptions &fast, double fromS, double toS);

    // Figures both engines give (or NaN: the engine has no such figure).
    struct Figures
    {
        static constexpr double none = std::numeric_limits<double>::quiet_NaN();
        double arrivals = 0;
        double invocations = 0;
        double throttled = 0;
        double coldStarts = 0;
        double peakConcurrency = 0;
        double peakBacklog = 0;
        double waitP99S = none;
        double latencyP50S = none;
        double latencyP99S = none;
        double throttledPercent() const { return arrivals > 0 ? 100 * throttled / arrivals : 0; }
    };

    // The options of the fast run that the window is compared with: the fast run's, its
    // peaks counted within the window (the largest per-minute Maximum expected within the
    // window is higher than the largest of the minutes' expected Maxima).
    static SimulationOptions fastOptions(const SimulationOptions &fast, double fromS, double toS);
    // That run for the window `exact` covered (the exact run may have cut it to its budget).
    static SimulationResults fastRun(const DocumentData &data, const Catalog &catalog, const SimulationOptions &fast,
                                     const ExactResults &exact, const Simulator::Progress &progress = {});
    // The figures of a run with fastOptions over [fromS, toS): sums from its decimated
    // series, weighing each bucket by its overlap with the window; its peaks.
    static Figures fast(const SimulationResults &fast, int node, double fromS, double toS);
    static Figures exact(const ExactResults &exact, const QString &nodeId);
    // The sync path into `computeId` that carried the most requests (nullptr: none).
    static const ExactResults::SyncPath *busiestPath(const ExactResults &exact, const QString &computeId);
};

} // namespace archscope
