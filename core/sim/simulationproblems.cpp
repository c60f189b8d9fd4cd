#include "simulationproblems.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "model/problemchecker.h"
#include "simulationresults.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

QString count(double v)
{
    return QLocale().toString(std::round(v), 'f', 0);
}

// A share as people read it: "12 %", "0.4 %", "less than 0.1 %".
QString percent(double share)
{
    const double p = share * 100;
    if (p > 0 && p < 0.1)
        return QCoreApplication::translate("SimulationProblems", "less than 0.1 %");
    return QCoreApplication::translate("SimulationProblems", "%1 %").arg(QLocale().toString(p, 'f', p < 10 ? 1 : 0));
}

Problem warning(const SimulationResults::NodeSummary &n, const char *code, const QString &message)
{
    return Problem{Problem::Severity::Warning, Problem::Subject::Node, n.id, QLatin1String(code), message};
}

// The share of the horizon whose buckets touched full utilization.
double saturatedShare(const SimulationResults &r, int node)
{
    const SimulationResults::Values &peak = r.series(node, SimulationResults::Series::Utilization).max;
    if (peak.empty())
        return 0;
    const auto full = std::count_if(peak.cbegin(), peak.cend(),
                                    [](float u) { return u >= SimulationProblems::saturatedUtilization; });
    return double(full) / double(peak.size());
}

// A backlog that never empties in the second half of the horizon and ends above where it
// started: arrivals outpace the node, and waiting longer would not help.
bool backlogGrows(const SimulationResults &r, int node, double *start, double *end)
{
    const SimulationResults::DecimatedSeries &b = r.series(node, SimulationResults::Series::Backlog);
    if (b.mean.size() < 2 || b.min.size() != b.mean.size())
        return false;
    *start = b.mean.front();
    *end = b.mean.back();
    const auto half = b.min.cbegin() + qsizetype(b.min.size() / 2);
    const float lowest = *std::min_element(half, b.min.cend());
    return lowest >= 1 && *end >= 1 && *end > *start;
}

} // namespace

QList<Problem> SimulationProblems::check(const SimulationResults &r, const DocumentData &data, const Catalog &catalog)
{
    QList<Problem> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.nodes.size(); ++i) {
        const SimulationResults::NodeSummary &n = r.nodes.at(i);
        const QString name = ProblemChecker::nodeName(n.label, n.id);
        const KindSpec *kind = catalog.kind(n.kind);
        const SimulationSpec::Model model = kind ? kind->simulation.model : SimulationSpec::Model::None;

        if (n.peakUtilization >= saturatedUtilization
            && (model == SimulationSpec::Model::Fleet || model == SimulationSpec::Model::Function)) {
            const QString share = percent(std::max(saturatedShare(r, i), 1.0 / std::max(1, r.bucketCount)));
            const Node *node = data.node(n.id);
            const std::optional<double> maxUnits = node && model == SimulationSpec::Model::Fleet
                                                       ? kind->simulationValue(QStringLiteral("maxUnits"), node->props)
                                                       : std::nullopt;
            QString message;
            if (maxUnits && n.peakConcurrency < *maxUnits - 0.5) {
                // Full before it could grow: the scale-out lags the traffic.
                message = QCoreApplication::translate("SimulationProblems", "%1 is saturated: all its %2 %3 are busy for %4 of the simulated time "
                             "while it scales out towards its maximum of %5.")
                              .arg(name, count(n.peakConcurrency), kind->simulation.unitName, share, count(*maxUnits));
            } else {
                message = QCoreApplication::translate("SimulationProblems", "%1 is saturated: it runs at its limit of %2 %3 for %4 of the simulated time.")
                              .arg(name, count(n.peakConcurrency), kind->simulation.unitName, share);
            }
            if (n.peakBacklog >= 1)
                message += QLatin1Char(' ') + QCoreApplication::translate("SimulationProblems", "Up to %1 events wait in its backlog.").arg(count(n.peakBacklog));
            if (maxUnits && n.peakConcurrency < *maxUnits - 0.5)
                message += QLatin1Char(' ') + QCoreApplication::translate("SimulationProblems", "Keep more running before the peaks (its minimum size) or give each more capacity.");
            else if (model == SimulationSpec::Model::Fleet)
                message += QLatin1Char(' ') + QCoreApplication::translate("SimulationProblems", "Raise its maximum size or the capacity of each unit.");
            else
                message += QLatin1Char(' ') + QCoreApplication::translate("SimulationProblems", "Raise its reserved concurrency or the account's limit.");
            out.append(warning(n, "saturated", message));
        }

        double start = 0, end = 0;
        if (backlogGrows(r, i, &start, &end))
            out.append(warning(n, "growing-backlog",
                               QCoreApplication::translate("SimulationProblems", "%1: the backlog grows from %2 to %3 events over the simulated time and never "
                                  "drains (peak %4); events arrive faster than it processes them.")
                                   .arg(name, count(start), count(end), count(n.peakBacklog))));

        // Durations vary around their mean: a timeout set near it cuts the slow ones, which fail.
        if (std::round(n.timedOut) >= 1 && n.timedOut >= timedOutShare * n.invocations)
            out.append(warning(n, "timeouts",
                               QCoreApplication::translate("SimulationProblems", "%1: %2 of its invocations (%3) run past its timeout and fail. "
                                  "Durations vary around their mean; set the timeout well above the slowest.")
                                   .arg(name, percent(n.timedOut / n.invocations), count(n.timedOut))));

        if (std::round(n.throttled) >= 1)
            out.append(warning(n, "throttled",
                               QCoreApplication::translate("SimulationProblems", "%1 throttled %2 of %3 requests (%4) over the simulated time.")
                                   .arg(name, count(n.throttled), count(std::max(n.arrivals, n.throttled)),
                                        percent(n.throttled / std::max({n.arrivals, n.throttled, 1.0})))));
    }
    return out;
}

} // namespace archscope
