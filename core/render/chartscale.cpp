#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace archscope::chartscale {

QList<double> niceTicks(double lo, double hi, int maxTicks)
{
    maxTicks = std::max(2, maxTicks);
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {0, 1};
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo < 1e-12 * std::max(1.0, std::abs(hi)))
        hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
    // The smallest 1-2-5 step that needs no more than maxTicks ticks.
    const double rough = (hi - lo) / (maxTicks - 1);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = power;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * power;
        const double first = std::floor(lo / step + 1e-9) * step;
        const double last = std::ceil(hi / step - 1e-9) * step;
        if (std::llround((last - first) / step) + 1 <= maxTicks)
            break;
    }
    const qint64 first = qint64(std::floor(lo / step + 1e-9));
    const qint64 last = qint64(std::ceil(hi / step - 1e-9));
    QList<double> ticks;
    for (qint64 k = first; k <= last; ++k)
        ticks.append(k * step == 0 ? 0.0 : k * step);  // no -0
    if (ticks.size() < 2)
        ticks.append(ticks.last() + step);
    return ticks;
}

QList<double> decades(double lo, double hi, int maxTicks)
{
    lo = std::max(lo, 1e-12);
    hi = std::max(hi, lo);
    const int first = int(std::floor(std::log10(lo) + 1e-9));
    const int last = std::max(first + 1, int(std::ceil(std::log10(hi) - 1e-9)));
    const int stride = std::max(1, (last - first + std::max(2, maxTicks) - 2) / (std::max(2, maxTicks) - 1));
    QList<double> ticks;
    for (int e = first; e < last + stride; e += stride)
        ticks.append(std::pow(10.0, e));
    return ticks;
}

Band band(const SimulationResults::DecimatedSeries &series, double bucketS, int maxPoints)
{
    Band out;
    const qsizetype n = qsizetype(series.mean.size());
    if (n == 0 || maxPoints < 1)
        return out;
    // Whole buckets per group: enough that at most maxPoints remain, rounded up to a span of
    // the clock (an hour, six hours, a day), so that something recurring (a burst every hour)
    // falls once into every group rather than into every other one, a wall of spikes.
    qsizetype per = (n + maxPoints - 1) / maxPoints;
    if (bucketS > 0) {
        static const double clock[] = {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800,
                                       21600, 43200, 86400, 2 * 86400.0, 7 * 86400.0};
        for (double span : clock) {
            const qsizetype buckets = qsizetype(std::llround(span / bucketS));
            if (span > 4 * per * bucketS)
                break;  // so coarse a clock span would leave too few points
            if (span >= per * bucketS - 1e-9 && buckets >= per && std::abs(buckets * bucketS - span) < 1e-6 * span) {
                per = buckets;
                break;
            }
        }
    }
    out.groupS = per * bucketS;
    const bool hasRange = series.min.size() == series.mean.size() && series.max.size() == series.mean.size();
    for (qsizetype first = 0; first < n; first += per) {
        const qsizetype last = std::min(n, first + per);
        double low = INFINITY, high = -INFINITY, sum = 0;
        for (qsizetype i = first; i < last; ++i) {
            low = std::min<double>(low, hasRange ? series.min[i] : series.mean[i]);
            high = std::max<double>(high, hasRange ? series.max[i] : series.mean[i]);
            sum += series.mean[i];
        }
        const double x = (first + last) / 2.0 * bucketS;
        out.low.append(QPointF(x, low));
        out.high.append(QPointF(x, high));
        out.mean.append(QPointF(x, sum / double(last - first)));
        out.varies = out.varies || high > low + 1e-9 * std::max(1.0, std::abs(high));
    }
    return out;
}

} // namespace archscope::chartscale
