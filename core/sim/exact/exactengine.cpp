#include "exactengine.h"

#include "exactrun.h"

#include "sim/simgraph.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace archscope {

const ExactResults::NodeResult *ExactResults::node(const QString &id) const
{
    for (const NodeResult &n : nodes)
        if (n.summary.id == id)
            return &n;
    return nullptr;
}

ExactResults ExactEngine::run(const DocumentData &data, const Catalog &catalog, const ExactOptions &options,
                              const Progress &progress)
{
    const SimGraph graph = SimGraph::compile(data, catalog);
    if (!graph.error.isEmpty()) {
        ExactResults r;
        r.error = graph.error;
        return r;
    }
    ExactResults r = run(graph, options, progress);
    r.warnings = graph.warnings + r.warnings;
    return r;
}

// Arrivals at the sources integrated over the run (one event each), carried along the wires
// by their ratios; every invocation (async retries included) and every fleet request is one
// completion event, and each fleet reads its metric once a minute.
double ExactEngine::expectedEvents(const SimGraph &graph, const ExactOptions &options)
{
    const double start = options.fromS - std::max(0.0, options.warmUpS);
    const double span = std::max(0.0, options.toS - start);
    const int n = static_cast<int>(graph.nodes.size());
    std::vector<double> reaching(n, 0.0);
    double events = 0;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = graph.nodes[i];
        if (!node.hasTraffic)
            continue;
        const int steps = std::max(1, static_cast<int>(std::ceil(span / 60)));
        const double dt = span / steps;
        for (int k = 0; k < steps; ++k)
            reaching[i] += node.traffic.meanRate(start + k * dt, dt) * dt;
        events += reaching[i];
    }
    for (int i : graph.order) {
        const SimGraph::Node &node = graph.nodes[i];
        if (node.role == SimGraph::Role::Lambda) {
            const double f = node.failureShare();  // (an estimate of the events)
            double attempts = 1, term = 1;
            for (int r = 0; node.hasAsyncInput && r < node.retries; ++r)
                attempts += (term *= f);
            events += reaching[i] * attempts;
        } else if (node.role == SimGraph::Role::Container) {
            events += reaching[i] + span / scaleTickS;
        }
        for (int w = node.outBegin; w < node.outEnd; ++w)
            if (!graph.outWires[w].failure)
                reaching[graph.outWires[w].to] += reaching[i] * graph.outWires[w].ratio;
    }
    return events;
}

double ExactEngine::busiestWindow(const SimulationResults &fast, double lengthS)
{
    const SimulationResults::Values &rate = fast.totalSeries[static_cast<int>(SimulationResults::Series::Arrivals)].mean;
    if (fast.bucketS <= 0 || rate.empty() || fast.horizonS <= lengthS)
        return 0;
    const auto width = std::min(rate.size(), static_cast<qsizetype>(std::max(1.0, std::round(lengthS / fast.bucketS))));
    double sum = 0, best = -1;
    qsizetype bestStart = 0;
    for (qsizetype b = 0; b < rate.size(); ++b) {
        sum += rate[b];
        if (b >= width)
            sum -= rate[b - width];
        if (b + 1 >= width && sum > best) {
            best = sum;
            bestStart = b + 1 - width;
        }
    }
    return std::min(fast.bucketStart(static_cast<int>(bestStart)), fast.horizonS - lengthS);
}

ExactResults ExactEngine::run(const SimGraph &graph, const ExactOptions &options, const Progress &progress)
{
    ExactOptions o = options;
    if (!(o.eventBudget > 0) || !std::isfinite(o.eventBudget))
        o.eventBudget = ExactOptions().eventBudget;  // a budget of nothing (or NaN) means the default
    ExactResults refused;
    refused.fromS = o.fromS;
    refused.toS = o.toS;
    refused.seed = o.seed;
    if (!(o.toS > o.fromS) || !std::isfinite(o.fromS) || !std::isfinite(o.toS) || !(o.warmUpS >= 0)) {
        refused.error = QCoreApplication::translate("Simulation", "The exact window %1 s .. %2 s is empty or invalid: "
                                                                  "it needs a start before its end.")
                            .arg(o.fromS)
                            .arg(o.toS);
        return refused;
    }
    // A stream keeps a queue for each batch lane; past this many the run would hold too much.
    constexpr double mostLanes = 1e6;
    double lanes = 0;
    for (const SimGraph::Wire &w : graph.outWires)
        if (w.pollIndex >= 0 && !w.queue)
            lanes += w.streamCap;
    if (lanes > mostLanes) {
        refused.error = QCoreApplication::translate("Simulation", "The exact engine keeps a queue for each batch lane of a "
                                                                  "stream (shards × parallelization factor): %1 lanes are "
                                                                  "more than the %2 it can hold. Simulate fewer shards.")
                            .arg(QLocale().toString(lanes, 'f', 0), QLocale().toString(mostLanes, 'f', 0));
        return refused;
    }
    const double expected = expectedEvents(graph, o);
    QString cutNote;
    if (expected > o.eventBudget) {
        const double start = o.fromS - o.warmUpS;
        const double cutTo = start + (o.toS - start) * o.eventBudget / expected;
        if (!o.cutToBudget || cutTo <= o.fromS + 1) {
            refused.expectedEvents = expected;
            refused.error = QCoreApplication::translate("Simulation", "The exact run would take about %1 million events, "
                                                                     "more than its budget of %2 million: choose a "
                                                                     "shorter window or less traffic.")
                                .arg(expected / 1e6, 0, 'f', 1)
                                .arg(o.eventBudget / 1e6, 0, 'f', 1);
            return refused;
        }
        cutNote = QCoreApplication::translate("Simulation", "The exact window was cut to %1 s .. %2 s: the whole "
                                                            "window would take about %3 million events, more than "
                                                            "the budget of %4 million.")
                      .arg(o.fromS, 0, 'f', 0)
                      .arg(cutTo, 0, 'f', 0)
                      .arg(expected / 1e6, 0, 'f', 1)
                      .arg(o.eventBudget / 1e6, 0, 'f', 1);
        o.toS = cutTo;
    }
    exact::ExactRun run(graph, o);
    ExactResults r = run.run(progress);
    r.expectedEvents = expectedEvents(graph, o);
    if (!cutNote.isEmpty())
        r.warnings.append(cutNote);
    return r;
}

} // namespace archscope
