#include "simulator.h"

#include "partsrun.h"
#include "simgraph.h"
#include "simulationrun.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

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

double Simulator::resolutionS(const SimGraph &graph, double stepS)
{
    long long common = 0;  // the whole seconds every finer source's step falls on (0: none finer)
    for (const SimGraph::Node &n : graph.nodes)
        if (n.hasTraffic)
            if (const double resolving = n.traffic.resolvingStepS(stepS); resolving < stepS)
                common = std::gcd(common, std::llround(resolving));
    return common > 0 ? std::min(stepS, double(common)) : stepS;
}

SimulationResults Simulator::run(const SimGraph &g, const Catalog &catalog, const SimulationOptions &asked,
                                 const Progress &progress, const DocumentData *data, sim::PartsCache *cache)
{
    SimulationResults r;
    r.stepAskedS = asked.stepS;
    r.region = asked.region;
    r.seed = asked.seed;
    r.freeTier = asked.freeTier;
    r.pricesAsOf = g.pricesAsOf;
    r.warnings = g.warnings;
    if (asked.region != QLatin1String("us-east-1"))
        r.warnings.append(QCoreApplication::translate("Simulation", "Prices are us-east-1 list prices; %1 may differ.").arg(asked.region));
    // The work of a run grows with horizon / step: beyond the settings' ranges it would be
    // unbounded (a step of 1e-6 s), and the step count could overflow (5e-324 s).
    const QStringList settingsErrors = Settings::simulationErrors(asked.horizonS, asked.stepS);
    if (!settingsErrors.isEmpty()) {
        r.error = settingsErrors.join(QStringLiteral("; "));
        return r;
    }
    SimulationOptions options = asked;
    options.stepS = resolutionS(g, asked.stepS);
    const double dt = options.stepS;
    r.stepS = dt;
    r.horizonS = options.horizonS;
    r.steps = std::max<qint64>(1, std::llround(options.horizonS / dt));  // at most 2,678,400
    if (const QString finer = r.finerStepNote(); !finer.isEmpty())
        r.warnings.append(finer);
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
