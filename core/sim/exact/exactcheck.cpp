#include "exactcheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscope {

QString ExactCheck::windowError(double fromS, double toS, double horizonS)
{
    if (!std::isfinite(fromS) || !std::isfinite(toS) || !(toS > fromS))
        return QCoreApplication::translate("Simulation", "the window %1 s .. %2 s is empty: its end must come after its start")
            .arg(fromS, 0, 'g', 12)
            .arg(toS, 0, 'g', 12);
    if (fromS < 0 || toS > horizonS)
        return QCoreApplication::translate("Simulation", "the window %1 s .. %2 s is outside the simulated horizon of 0 s .. %3 s")
            .arg(fromS, 0, 'g', 12)
            .arg(toS, 0, 'g', 12)
            .arg(horizonS, 0, 'g', 12);
    return {};
}

std::pair<double, double> ExactCheck::busiestWindow(const SimulationResults &fast)
{
    const double from = ExactEngine::busiestWindow(fast, defaultWindowS);
    return {from, std::min(fast.horizonS, from + defaultWindowS)};
}

ExactOptions ExactCheck::options(const SimulationOptions &fast, double fromS, double toS)
{
    ExactOptions o = ExactOptions::from(fast, fromS, toS);
    o.warmUpS = warmUpBefore(fromS);
    return o;
}

SimulationOptions ExactCheck::fastOptions(const SimulationOptions &fast, double fromS, double toS)
{
    SimulationOptions o = fast;
    o.peaksFromS = fromS;
    o.peaksToS = toS;
    return o;
}

SimulationResults ExactCheck::fastRun(const DocumentData &data, const Catalog &catalog, const SimulationOptions &fast,
                                      const ExactResults &exact, const Simulator::Progress &progress)
{
    return Simulator::run(data, catalog, fastOptions(fast, exact.fromS, exact.toS), progress);
}

ExactCheck::Figures ExactCheck::fast(const SimulationResults &r, int node, double fromS, double toS)
{
    using Series = SimulationResults::Series;
    Figures f;
    if (node < 0 || node >= r.nodes.size() || r.bucketS <= 0)
        return f;
    const auto &arrivals = r.series(node, Series::Arrivals).mean;
    const auto &served = r.series(node, Series::Served).mean;
    const auto &throttled = r.series(node, Series::Throttled).mean;
    const auto &cold = r.series(node, Series::ColdStarts).mean;
    // Functions: the largest per-minute Maximum (with the random peaks); fleets: the units
    // running; the backlog with its random queue.
    f.peakConcurrency = r.nodes.at(node).peakConcurrency;
    f.peakBacklog = r.nodes.at(node).peakBacklog;
    const auto [first, last] = r.bucketsWithin(fromS, toS);
    for (int b = first; b < last; ++b) {
        const double start = r.bucketStart(b);
        const double overlap = std::min(toS, start + r.bucketS) - std::max(fromS, start);
        if (overlap <= 0)
            continue;
        const auto at = [b](const SimulationResults::Values &v) { return b < static_cast<int>(v.size()) ? static_cast<double>(v[b]) : 0.0; };
        f.arrivals += at(arrivals) * overlap;
        f.invocations += at(served) * overlap;
        f.throttled += at(throttled) * overlap;
        f.coldStarts += at(cold) * overlap;
    }
    return f;
}

const ExactResults::SyncPath *ExactCheck::busiestPath(const ExactResults &exact, const QString &computeId)
{
    const ExactResults::SyncPath *best = nullptr;
    for (const ExactResults::SyncPath &p : exact.paths)
        if (p.computeId == computeId && (!best || p.latency.count > best->latency.count))
            best = &p;
    return best;
}

ExactCheck::Figures ExactCheck::exact(const ExactResults &exact, const QString &nodeId)
{
    Figures f;
    const ExactResults::NodeResult *n = exact.node(nodeId);
    if (!n)
        return f;
    const SimulationResults::NodeSummary &s = n->summary;
    f.arrivals = s.arrivals;
    f.invocations = s.invocations;
    f.throttled = s.throttled;
    f.coldStarts = s.coldStarts;
    // Fleets: tasks or instances, as the fast model counts them (not the busy slots).
    f.peakConcurrency = n->peakUnits > 0 ? n->peakUnits : s.peakConcurrency;
    f.peakBacklog = s.peakBacklog;
    if (n->wait.count > 0)
        f.waitP99S = n->wait.p99;
    if (const ExactResults::SyncPath *p = busiestPath(exact, nodeId); p && p->latency.count > 0) {
        f.latencyP50S = p->latency.p50;
        f.latencyP99S = p->latency.p99;
    }
    return f;
}

} // namespace archscope
