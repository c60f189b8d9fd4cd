#include "trafficprofile.h"

#include "detmath.h"
#include "lanes.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace archscope {

namespace {
double number(const QJsonObject &o, const QJsonObject &defaults, const char *key, double fallback)
{
    const QString k = QLatin1String(key);
    const QJsonValue v = o.contains(k) ? o.value(k) : defaults.value(k);
    return v.isDouble() && std::isfinite(v.toDouble()) ? v.toDouble() : fallback;
}
} // namespace

TrafficProfile TrafficProfile::fromJson(const QJsonObject &traffic, const QJsonObject &defaults)
{
    TrafficProfile p;
    const QString shape = traffic.value(QStringLiteral("shape")).toString(defaults.value(QStringLiteral("shape")).toString());
    if (shape == QLatin1String("diurnal"))
        p.m_shape = Shape::Diurnal;
    else if (shape == QLatin1String("weekly"))
        p.m_shape = Shape::Weekly;
    else if (shape == QLatin1String("spiky"))
        p.m_shape = Shape::Spiky;
    else if (shape == QLatin1String("series"))
        p.m_shape = Shape::Series;
    p.m_rate = std::max(0.0, number(traffic, defaults, "rate", 0));
    p.m_peakToTrough = std::max(1.0, number(traffic, defaults, "peakToTrough", 3));
    p.m_peakHour = number(traffic, defaults, "peakHour", 14);
    p.m_weekendFactor = std::max(0.0, number(traffic, defaults, "weekendFactor", 0.5));
    p.m_burstRate = std::max(0.0, number(traffic, defaults, "burstRate", 0));
    p.m_burstEveryS = std::max(1.0, number(traffic, defaults, "burstEveryS", 3600));
    p.m_burstLengthS = std::clamp(number(traffic, defaults, "burstLengthS", 60), 0.0, p.m_burstEveryS);
    const QString noise = traffic.value(QStringLiteral("noise")).toString(defaults.value(QStringLiteral("noise")).toString());
    p.m_poisson = noise == QLatin1String("poisson");
    for (const QJsonValue &point : traffic.value(QStringLiteral("series")).toArray()) {
        const QJsonArray pair = point.toArray();
        if (pair.size() == 2 && std::isfinite(pair[0].toDouble()) && std::isfinite(pair[1].toDouble()))
            p.m_series.append(QPointF(pair[0].toDouble(), std::max(0.0, pair[1].toDouble())));
    }
    std::stable_sort(p.m_series.begin(), p.m_series.end(),
                     [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    p.m_seriesEvents.reserve(size_t(p.m_series.size()));
    for (qsizetype i = 0; i < p.m_series.size(); ++i)
        p.m_seriesEvents.push_back(i == 0 ? 0.0
                                          : p.m_seriesEvents.back()
                                                + (p.m_series[i].x() - p.m_series[i - 1].x()) * (p.m_series[i].y() + p.m_series[i - 1].y()) / 2);
    return p;
}

TrafficProfile TrafficProfile::constant(double rate)
{
    TrafficProfile p;
    p.m_rate = std::max(0.0, rate);
    return p;
}

TrafficProfile TrafficProfile::replay(std::vector<double> eventsPerStep, double stepS)
{
    TrafficProfile p;
    p.m_shape = Shape::Replay;
    p.m_replayStepS = stepS > 0 ? stepS : 1;
    for (double &v : eventsPerStep)
        v = std::max(0.0, v) / p.m_replayStepS;
    p.m_replay = std::move(eventsPerStep);
    return p;
}

namespace {
// The largest whole number of seconds that divides a step or length `a` (a whole second at
// least) and a length or moment `b` (0 divides by anything).
double commonSeconds(double a, double b)
{
    const long long step = std::max<long long>(1, std::llround(std::min(a, 1e15)));
    return double(std::max<long long>(1, std::gcd(step, std::llround(std::min(std::fabs(b), 1e15)))));
}
} // namespace

double TrafficProfile::resolvingStepS(double stepS) const
{
    double step = stepS;
    if (m_shape == Shape::Spiky && m_burstRate != m_rate && m_burstLengthS > 0 && m_burstLengthS < m_burstEveryS
        && m_burstLengthS < stepS)
        step = commonSeconds(commonSeconds(stepS, std::max(1.0, m_burstLengthS)), m_burstEveryS);
    else if (m_shape == Shape::Replay && m_replayStepS < stepS)
        step = commonSeconds(stepS, m_replayStepS);
    else if (m_shape == Shape::Series)
        for (qsizetype i = 1; i < m_series.size(); ++i)
            if (const double apart = m_series[i].x() - m_series[i - 1].x(); apart > 0 && apart < stepS
                && m_series[i].y() != m_series[i - 1].y())
                step = commonSeconds(commonSeconds(commonSeconds(step, std::max(1.0, apart)), m_series[i].x()), m_series[i - 1].x());
    return std::min(stepS, step);
}

bool TrafficProfile::isZero() const
{
    switch (m_shape) {
    case Shape::Replay: return std::all_of(m_replay.begin(), m_replay.end(), [](double v) { return v <= 0; });
    case Shape::Spiky: return m_rate <= 0 && m_burstRate <= 0;
    case Shape::Series:
        return std::all_of(m_series.begin(), m_series.end(), [](const QPointF &p) { return p.y() <= 0; });
    default: return m_rate <= 0;
    }
}

double TrafficProfile::diurnalFactor(double t) const
{
    // A cosine peaking at peakHour whose peak/trough ratio is peakToTrough and whose daily
    // mean is 1 (so `rate` stays the mean): 1 + a cos(...), a = (p - 1) / (p + 1).
    const double a = (m_peakToTrough - 1) / (m_peakToTrough + 1);
    const double hours = t / 3600.0 - m_peakHour;
    return 1.0 + a * detmath::cos(hours * (6.283185307179586477 / 24.0));
}

namespace {
// The series' straight line from a to b, at t between them.
double lineAt(const QPointF &a, const QPointF &b, double t)
{
    const double span = b.x() - a.x();
    return span > 0 ? a.y() + (b.y() - a.y()) * (t - a.x()) / span : b.y();
}
} // namespace

double TrafficProfile::seriesRate(double t) const
{
    if (m_series.isEmpty())
        return 0;
    if (t <= m_series.first().x())
        return m_series.first().y();
    if (t >= m_series.last().x())
        return m_series.last().y();
    const auto it = std::upper_bound(m_series.begin(), m_series.end(), t,
                                     [](double v, const QPointF &p) { return v < p.x(); });
    return lineAt(*(it - 1), *it, t);
}

double TrafficProfile::seriesEvents(double t) const
{
    const QPointF &first = m_series.first(), &last = m_series.last();
    if (t <= first.x())
        return (t - first.x()) * first.y();
    if (t >= last.x())
        return m_seriesEvents.back() + (t - last.x()) * last.y();
    const auto it = std::upper_bound(m_series.begin(), m_series.end(), t, [](double v, const QPointF &p) { return v < p.x(); });
    const qsizetype i = it - m_series.begin() - 1;
    const QPointF &a = m_series[i];
    return m_seriesEvents[size_t(i)] + (t - a.x()) * (a.y() + lineAt(a, *it, t)) / 2;
}

namespace {
// A diurnal or weekly chunk's cosine chains, four steps to a vector (see fillMeanRates).
struct Rotation
{
    double c[4], s[4];  // cos and sin at steps 0 .. 3
    double cd4 = 1, sd4 = 0;  // cos and sin of four steps' angle
    double a = 0, rate = 0;
    bool weekly = false;
    double weekendFactor = 1;
};

__attribute__((target_clones("avx2", "default"))) void fillRotating(const Rotation &r, double t0, double dt, int count,
                                                                    double *out)
{
    using sim::Double4;
    Double4 c = sim::load4(r.c), s = sim::load4(r.s);
    const Double4 cd4 = sim::splat(r.cd4), sd4 = sim::splat(r.sd4), a = sim::splat(r.a), rate = sim::splat(r.rate);
    const Double4 one = sim::splat(1.0);
    auto advance = [&] {  // each chain four steps on
        const Double4 cn = c * cd4 - s * sd4;
        s = s * cd4 + c * sd4;
        c = cn;
    };
    // A last block of fewer than four steps is written lane by lane.
    auto write = [&](int k, const Double4 &v) {
        if (k + 4 <= count)
            sim::store4(out + k, v);
        else
            for (int j = 0; k + j < count; ++j)
                out[k + j] = v[j];
    };
    if (!r.weekly) {
        for (int k = 0; k < count; k += 4) {
            write(k, rate * (one + a * c));
            advance();
        }
        return;
    }
    // Weekly: the day, and with it the weekend factor, changes only at midnight.
    double day = std::floor((t0 + dt / 2) / 86400.0);
    double nextDay = (day + 1) * 86400.0;
    auto dayFactor = [&] { return day - 7 * std::floor(day / 7) >= 5 ? r.weekendFactor : 1.0; };
    double weekFactor = dayFactor();
    for (int k = 0; k < count; k += 4) {
        // The middles of the steps only grow: when the last of these four is before midnight,
        // so are the others.
        const int last = std::min(count, k + 4) - 1;
        if (t0 + last * dt + dt / 2 < nextDay) {
            write(k, rate * ((one + a * c) * weekFactor));
            advance();
            continue;
        }
        for (int j = 0; j < 4 && k + j < count; ++j) {
            const double mid = t0 + (k + j) * dt + dt / 2;
            if (mid >= nextDay) {
                day = std::floor(mid / 86400.0);
                nextDay = (day + 1) * 86400.0;
                weekFactor = dayFactor();
            }
            out[k + j] = r.rate * ((1.0 + r.a * c[j]) * weekFactor);
        }
        advance();
    }
}
} // namespace

void TrafficProfile::fillMeanRates(double t0, double dt, int count, double *out, double scale) const
{
    if (m_shape == Shape::Constant) {
        const double value = m_rate * scale;
        for (int k = 0; k < count; ++k)
            out[k] = value;
        return;
    }
    if (m_shape == Shape::Spiky && dt <= m_burstEveryS) {
        // A step then overlaps at most the burst window it starts in and the next one; the
        // window is advanced as time goes rather than found by division every step.
        const double every = m_burstEveryS, length = m_burstLengthS, perDt = 1 / dt;
        // Between bursts no step has a share of one: the formula below gives the plain rate
        // (burstRate * 0 is +0, as burstRate is finite and at least 0), which a run of them
        // takes without the formula.
        const double quiet = m_rate * scale;
        double start = std::floor(t0 / every) * every;
        for (int k = 0; k < count; ++k) {
            const double t = t0 + k * dt, end = t + dt;
            while (t >= start + every)
                start += every;
            const double next = start + every;
            if (t >= start + length && end <= next) {
                out[k] = quiet;
                while (k + 1 < count && t0 + (k + 1) * dt + dt <= next)
                    out[++k] = quiet;
                continue;
            }
            const double inBurst = std::max(0.0, std::min(end, start + length) - t)
                                   + std::max(0.0, std::min(end, next + length) - std::max(t, next));
            const double share = std::clamp(inBurst * perDt, 0.0, 1.0);
            out[k] = (m_burstRate * share + m_rate * (1 - share)) * scale;
        }
        return;
    }
    if (m_shape != Shape::Diurnal && m_shape != Shape::Weekly) {
        for (int k = 0; k < count; ++k)
            out[k] = meanRate(t0 + k * dt, dt) * scale;
        return;
    }
    // cos(x0 + k d) and sin(x0 + k d) by rotation, in four interleaved chains (steps 4m + j,
    // each rotated by 4d) so consecutive steps do not wait on each other; re-anchored on every
    // call (every chunk of at most a few hundred steps), so the rounding never accumulates far.
    constexpr double twoPi = 6.283185307179586477;
    Rotation r;
    r.a = (m_peakToTrough - 1) / (m_peakToTrough + 1);
    const double x0 = ((t0 + dt / 2) / 3600.0 - m_peakHour) * (twoPi / 24.0);
    const double step = dt / 3600.0 * (twoPi / 24.0);
    const double cd = detmath::cos(step), sd = detmath::cos(step - twoPi / 4);
    r.cd4 = detmath::cos(4 * step);
    r.sd4 = detmath::cos(4 * step - twoPi / 4);
    r.c[0] = detmath::cos(x0);
    r.s[0] = detmath::cos(x0 - twoPi / 4);
    for (int j = 1; j < 4; ++j) {
        r.c[j] = r.c[j - 1] * cd - r.s[j - 1] * sd;
        r.s[j] = r.s[j - 1] * cd + r.c[j - 1] * sd;
    }
    r.rate = m_rate * scale;
    r.weekly = m_shape == Shape::Weekly;
    r.weekendFactor = m_weekendFactor;
    fillRotating(r, t0, dt, count, out);
}

double TrafficProfile::meanRate(double t, double dt) const
{
    const double mid = t + dt / 2;
    switch (m_shape) {
    case Shape::Constant: return m_rate;
    case Shape::Diurnal: return m_rate * diurnalFactor(mid);
    case Shape::Weekly: {
        // Day 5 and 6 after Monday are the weekend.
        const double day = std::floor(mid / 86400.0);
        const double weekday = day - 7 * std::floor(day / 7);
        return m_rate * diurnalFactor(mid) * (weekday >= 5 ? m_weekendFactor : 1.0);
    }
    case Shape::Spiky: {
        // Seconds of [t, t + dt) that fall in a burst window [n*every, n*every + length).
        double inBurst = 0;
        const double end = t + dt;
        double start = std::floor(t / m_burstEveryS) * m_burstEveryS;
        // Long steps cover whole periods: count them at once, walk only the partial ends.
        const double periods = std::floor((end - start) / m_burstEveryS);
        if (periods > 2) {
            inBurst += (periods - 1) * m_burstLengthS;
            const double first = start;
            inBurst += std::max(0.0, std::min(end, first + m_burstLengthS) - std::max(t, first));
            start = first + periods * m_burstEveryS;
        }
        for (; start < end; start += m_burstEveryS)
            inBurst += std::max(0.0, std::min(end, start + m_burstLengthS) - std::max(t, start));
        const double share = dt > 0 ? std::clamp(inBurst / dt, 0.0, 1.0) : 0.0;
        return m_burstRate * share + m_rate * (1 - share);
    }
    case Shape::Series:
        if (m_series.isEmpty())
            return 0;
        return dt > 0 ? std::max(0.0, seriesEvents(t + dt) - seriesEvents(t)) / dt : seriesRate(t);
    case Shape::Replay: {
        const double k = std::floor(mid / m_replayStepS);
        return k >= 0 && k < static_cast<double>(m_replay.size()) ? m_replay[static_cast<size_t>(k)] : 0.0;
    }
    }
    return 0;
}

} // namespace archscope
