#include "simulator.h"

#include "partsrun.h"
#include "simgraph.h"
#include "simulationrun.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

// Out-of-range settings are refused (by the run) before the diagram is compiled.
SimGraph compileIfRunnable(const DocumentData &data, const Catalog &catalog, const SimulationOptions &options)
{
    return Settings::simulationErrors(options.horizonS, options.stepS).isEmpty() ? SimGraph::compile(data, catalog) : SimGraph();
}

} // namespace

SimulationResults Simulator::run(const DocumentData &data, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    return run(compileIfRunnable(data, catalog, options), catalog, options, progress);
}

std::shared_ptr<const SimulationResults> Simulator::run(const DocumentData &data, const Catalog &catalog,
                                                        const SimulationOptions &options, const Progress &progress,
                                                        sim::PartsCache *cache)
{
    auto results = std::make_shared<const SimulationResults>(
        run(compileIfRunnable(data, catalog, options), catalog, options, progress, &data, cache));
    cache->adopt(results);
    return results;
}

SimulationResults Simulator::run(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    return run(g, catalog, options, progress, nullptr, nullptr);
}

SimulationResults Simulator::run(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress, const DocumentData *data, sim::PartsCache *cache)
{
    SimulationResults r;
    r.region = options.region;
    r.seed = options.seed;
    r.freeTier = options.freeTier;
    r.pricesAsOf = g.pricesAsOf;
    r.warnings = g.warnings;
    if (options.region != QLatin1String("us-east-1"))
        r.warnings.append(QCoreApplication::translate("Simulation", "Prices are us-east-1 list prices; %1 may differ.").arg(options.region));
    // The work of a run grows with horizon / step: beyond the settings' ranges it would be
    // unbounded (a step of 1e-6 s), and the step count could overflow (5e-324 s).
    const QStringList settingsErrors = Settings::simulationErrors(options.horizonS, options.stepS);
    if (!settingsErrors.isEmpty()) {
        r.error = settingsErrors.join(QStringLiteral("; "));
        return r;
    }
    const double dt = options.stepS;
    r.stepS = dt;
    r.horizonS = options.horizonS;
    r.steps = std::max<qint64>(1, std::llround(options.horizonS / dt));  // at most 2,678,400
    if (!g.error.isEmpty()) {
        r.error = g.error;
        return r;
    }
    const int maxBuckets = options.maxBucketsFor(g.nodes.size());
    r.bucketSteps = (r.steps + maxBuckets - 1) / maxBuckets;
    r.bucketCount = static_cast<int>((r.steps + r.bucketSteps - 1) / r.bucketSteps);
    r.bucketS = r.bucketSteps * dt;

    switch (sim::runInParts(g, catalog, options, r, progress, data, cache)) {
    case sim::PartsOutcome::Done:
        if (progress)
            progress(1.0);
        return r;
    case sim::PartsOutcome::Cancelled:
        r.cancelled = true;
        return r;
    case sim::PartsOutcome::Whole: break;
    }
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
