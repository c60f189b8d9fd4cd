#include "simulationresults.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace archscope {

int SimulationResults::nodeIndex(const QString &id) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == id)
            return i;
    return -1;
}

QString SimulationResults::finerStepNote() const
{
    if (!(stepS < stepAskedS))
        return {};
    return QCoreApplication::translate("Simulation", "Stepped every %1 s: traffic bursts are shorter than the %2 s step.")
        .arg(QLocale().toString(stepS), QLocale().toString(stepAskedS));
}

const SimulationResults::NodeSummary *SimulationResults::node(const QString &id) const
{
    const int i = nodeIndex(id);
    return i < 0 ? nullptr : &nodes.at(i);
}

const SimulationResults::DecimatedSeries &SimulationResults::series(int node, Series s) const
{
    static const DecimatedSeries empty;
    const int k = static_cast<int>(s);
    if (k < 0 || k >= seriesCount)
        return empty;
    if (node < 0)
        return totalSeries[k];
    if (node >= static_cast<int>(nodeSeries.size()))
        return empty;
    const DecimatedSeries &d = nodeSeries[node][k];
    return d.mean.empty() ? zeros : d;
}

std::pair<int, int> SimulationResults::bucketsWithin(double fromS, double toS) const
{
    if (!(bucketS > 0))
        return {0, 0};
    const int first = static_cast<int>(std::clamp(std::floor(fromS / bucketS), 0.0, double(bucketCount)));
    const int last = static_cast<int>(std::clamp(std::ceil(toS / bucketS), double(first), double(bucketCount)));
    return {first, last};
}

double SimulationResults::maxWithin(int node, Series s, double fromS, double toS) const
{
    const Values &max = series(node, s).max;
    const auto [first, last] = bucketsWithin(fromS, toS);
    double most = 0;
    for (int b = first; b < std::min(last, static_cast<int>(max.size())); ++b)
        most = std::max(most, static_cast<double>(max[b]));
    return most;
}

QList<QPointF> SimulationResults::points(int node, Series s, Statistic statistic) const
{
    const DecimatedSeries &d = series(node, s);
    const Values &v = statistic == Statistic::Min ? d.min : statistic == Statistic::Max ? d.max : d.mean;
    QList<QPointF> result;
    result.reserve(static_cast<qsizetype>(v.size()));
    for (qsizetype i = 0; i < v.size(); ++i)
        result.append(QPointF((double(i) + 0.5) * bucketS, v[i]));
    return result;
}

double SimulationResults::valueAt(int node, Series s, double tS, Statistic statistic) const
{
    const DecimatedSeries &d = series(node, s);
    if (!(bucketS > 0) || tS < 0)
        return 0;
    const auto b = static_cast<qsizetype>(tS / bucketS);
    if (b >= d.mean.size())
        return 0;
    return statistic == Statistic::Min ? d.min[b] : statistic == Statistic::Max ? d.max[b] : d.mean[b];
}

QList<SimulationResults::NodeSummary::Age> SimulationResults::NodeSummary::ages() const
{
    QList<Age> out;
    for (const Age &a : {Age{QLatin1String("ApproximateAgeOfOldestMessage"), QLatin1String("maxAgeOfOldestMessageS"), maxAgeOfOldestMessageS},
                         Age{QLatin1String("IteratorAge"), QLatin1String("maxIteratorAgeS"), maxIteratorAgeS},
                         Age{QLatin1String("AsyncEventAge"), QLatin1String("maxAsyncEventAgeS"), maxAsyncEventAgeS}})
        if (a.seconds != noAge)
            out.append(a);
    return out;
}

SimulationResults::Series SimulationResults::peakConcurrencySeries(int node) const
{
    // Only functions set ConcurrencyMax, and it is never below their Concurrency: a node whose
    // ConcurrencyMax stayed 0 is a fleet or an idle function, whose Concurrency is the same.
    const Values &max = series(node, Series::ConcurrencyMax).max;
    return std::any_of(max.begin(), max.end(), [](float v) { return v > 0; }) ? Series::ConcurrencyMax : Series::Concurrency;
}

QString SimulationResults::seriesId(Series s)
{
    switch (s) {
    case Series::Arrivals: return QStringLiteral("arrivals");
    case Series::Served: return QStringLiteral("served");
    case Series::Concurrency: return QStringLiteral("concurrency");
    case Series::Utilization: return QStringLiteral("utilization");
    case Series::Throttled: return QStringLiteral("throttled");
    case Series::Backlog: return QStringLiteral("backlog");
    case Series::ColdStarts: return QStringLiteral("coldStarts");
    case Series::CostRate: return QStringLiteral("costRate");
    case Series::CumulativeCost: return QStringLiteral("cumulativeCost");
    case Series::ConcurrencyMax: return QStringLiteral("concurrencyMax");
    case Series::Count: break;
    }
    return {};
}

} // namespace archscope
