#pragma once

#include "simulationoptions.h"
#include "simulationresults.h"

#include <functional>
#include <memory>

namespace archscope {

class Catalog;
class SimGraph;
struct DocumentData;
namespace sim {
class PartsCache;
}

// The time-stepped simulation of a diagram (DESIGN.md, "Simulation"): traffic at sources,
// events along wires, Lambda concurrency, scaling, throttles, cold starts and queues,
// container autoscaling, and cost. Deterministic: the same diagram, options and seed give
// bit-identical results, on any number of threads (parts no wire joins step side by side,
// partsrun.h).
class Simulator
{
public:
    // Called every few thousand steps with the fraction done; return false to stop (the
    // results then have `cancelled` set).
    using Progress = std::function<bool(double fraction)>;

    // A horizon or step outside the ranges of Settings is refused before any work: the results
    // then carry Settings::simulationErrors as their error.

    static SimulationResults run(const DocumentData &data, const Catalog &catalog,
                                 const SimulationOptions &options, const Progress &progress = {});
    // The same, keeping in `cache` what the next run of an edited `data` can reuse: the
    // parts of the diagram no edit touched are not stepped again (sim/partsrun.h). The
    // results are shared with the cache.
    static std::shared_ptr<const SimulationResults> run(const DocumentData &data, const Catalog &catalog,
                                                        const SimulationOptions &options, const Progress &progress,
                                                        sim::PartsCache *cache);
    static SimulationResults run(const SimGraph &graph, const Catalog &catalog,
                                 const SimulationOptions &options, const Progress &progress = {});

    // The step a run of `graph` asked to step by `stepS` takes: the coarsest that every
    // source's traffic features fall on (TrafficProfile::resolvingStepS), so a 30 s burst in
    // a 5 min step counts as at 30 s steps. The results' stepS and steps are the run's.
    static double resolutionS(const SimGraph &graph, double stepS);

private:
    static SimulationResults run(const SimGraph &graph, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress, const DocumentData *data, sim::PartsCache *cache);

public:

    // Lambda's documented behaviour the engine follows (seconds / environments).
    static constexpr double asyncMaxAgeS = 21600;      // async events are kept up to 6 h
    static constexpr double asyncRetryDelayS = 60;     // a failed async event is retried after 1 min, then 2 min
    static constexpr double warmReclaimS = 300;        // idle environments fade with this time constant
    static constexpr double scalingPer10s = 1000;      // 2023 model: per function, refilled continuously
    static constexpr double legacyBurst = 3000;        // legacy model: account burst (us-east-1)
    static constexpr double legacyPerMinute = 500;     // legacy model: then +500 per minute
    static constexpr double sqsPollersStart = 5;
    static constexpr double sqsPollersPerMinute = 300;
    static constexpr double syncQueueS = 30;           // containers behind a sync caller: 30 s queue, then 503
    static constexpr double scaleInCooldownS = 300;    // target tracking scales in after 5 min below target
    static constexpr double scaleTickS = 60;           // target tracking decides on a one-minute metric
};

} // namespace archscope
