#include "simulator.h"

#include "simgraph.h"
#include "simulationrun.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace archscope {

SimulationResults Simulator::run(const DocumentData &data, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    return run(SimGraph::compile(data, catalog), catalog, options, progress);
}

SimulationResults Simulator::run(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    SimulationResults r;
    r.region = options.region;
    r.seed = options.seed;
    r.freeTier = options.freeTier;
    r.pricesAsOf = g.pricesAsOf;
    r.warnings = g.warnings;
    if (options.region != QLatin1String("us-east-1"))
        r.warnings.append(QCoreApplication::translate("Simulation", "Prices are us-east-1 list prices; %1 may differ.").arg(options.region));
    const double dt = options.stepS;
    if (!(dt > 0) || !std::isfinite(dt) || !(options.horizonS >= dt) || !std::isfinite(options.horizonS)) {
        r.error = QCoreApplication::translate("Simulation", "The step must be positive and no longer than the horizon.");
        return r;
    }
    r.stepS = dt;
    r.horizonS = options.horizonS;
    r.steps = std::max<qint64>(1, std::llround(options.horizonS / dt));
    if (!g.error.isEmpty()) {
        r.error = g.error;
        return r;
    }
    const int maxBuckets = std::max(1, options.maxBuckets);
    r.bucketSteps = (r.steps + maxBuckets - 1) / maxBuckets;
    r.bucketCount = static_cast<int>((r.steps + r.bucketSteps - 1) / r.bucketSteps);
    r.bucketS = r.bucketSteps * dt;

    sim::SimulationRun simulation(g, options, r);
    if (!simulation.stepAll(progress)) {
        r.cancelled = true;
        return r;
    }
    simulation.summarize(catalog);
    if (progress)
        progress(1.0);
    return r;
}

} // namespace archscope
