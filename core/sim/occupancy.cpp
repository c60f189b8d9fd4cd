#include "occupancy.h"

#include <algorithm>
#include <cmath>

namespace archscope::queueing {

namespace {
constexpr double certain = 50;      // a hazard past which a level is reached for certain
constexpr double minuteS = 60;      // CloudWatch's period for the Maximum of ConcurrentExecutions
constexpr double negligible = 1e-16;

// e^−x for x ≥ 0, without the call where a few terms give it to double precision: most
// levels are far from the load, where the exponent is tiny (a short series, off by under
// x⁵/120 < 1e-17) or large (under 1e-17, nothing beside the terms of 1 it meets).
inline double expNeg(double x)
{
    if (x < 1e-3)
        return 1 - x * (1 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24))));
    return x > 40 ? 0.0 : std::exp(-x);
}

// below × e^−x: the chance a level is not reached, from the chance of starting below it and
// the first passages; well under the load the first factor alone makes it nothing.
inline double notReached(double below, double x)
{
    return below < 1e-17 ? 0.0 : below * expNeg(x);
}
} // namespace

double queueTailRatio(double load, double servers, double durationCv)
{
    const double rho = load / servers;
    if (!(rho > 0))
        return 0;
    if (!(rho < 1))
        return 1;
    // At the brink the stationary queue never settles within a run: the fluid backlog of
    // the mean flow takes over there.
    constexpr double brink = 0.999;
    if (rho > brink)
        return 1;
    // Geometric tail with ratio r: mean queue C r / (1 − r); Allen–Cunneen asks for
    // C ρ / (1 − ρ) × g.
    const double g = (1 + durationCv * durationCv) / 2;
    const double odds = rho / (1 - rho) * g;
    return odds / (1 + odds);
}

void Occupancy::grow(long level)
{
    if (level < long(m_warm.size()))
        return;
    const size_t n = size_t(level) + 1;
    m_warm.resize(n, 0.0);
    m_recent.resize(n, 0.0);
    m_passages.resize(n, 0.0);
    m_passageRate.resize(n, 0.0);
    m_below.resize(n, 1.0);
}

Occupancy::Step Occupancy::step(double rate, double durationS, double servers, double dt, double queueRatio,
                                 double alwaysWarm)
{
    Step out;
    // Less than a millionth of an environment is none (a pool used up, to rounding).
    const double a = rate > 0 && durationS > 0 && servers > 1e-6 ? rate * durationS : 0.0;
    const bool queued = queueRatio >= 0 && queueRatio < 1;
    // Fractional servers (a share of a pool, a ramp): the top level admits that fraction of
    // the arrivals that reach it, so every figure moves continuously with the servers.
    const double whole = std::floor(std::min(servers, 1e12));
    const double topShare = servers - whole > 1e-9 ? servers - whole : 1.0;
    const long cap = a > 0 ? std::max(1L, long(whole) + (topShare < 1 ? 1 : 0)) : 0;
    // Past a hundred thousand in service the randomness is a sliver of the load (its deviation
    // is √a), and tracking every level would cost memory and time in proportion: the peak is
    // then taken as the load and three deviations, within the servers, and the warm pool
    // follows it.
    if (a > 0 && std::min(double(cap), a + 3 * std::sqrt(a)) > maxTrackedLevel) {
        const double top = std::min(double(cap), a + 3 * std::sqrt(a));
        out.minuteMaximum = top;
        out.warm = std::max(top, alwaysWarm);
        out.coldStarts = std::max(0.0, top - std::max(m_coarseWarm, alwaysWarm));
        m_coarseWarm = top;
        m_coarsePeak = std::max(m_coarsePeak, top);
        return out;
    }
    // A step like the last, after the state has settled on it, gives what the last gave and
    // adds its first passages: constant traffic (and a spiky one between its spikes) costs
    // no pass over the levels.
    // (Servers above every level that matters play no part, nor then does the queue.)
    const double spread = std::sqrt(a);
    const double reach = std::ceil(a + 9 * spread + 20);
    const bool capped = a > 0 && double(cap) <= reach;
    const Inputs inputs{rate, durationS, capped ? servers : -1, dt, capped ? queueRatio : -1, alwaysWarm};
    if (m_settled && inputs == m_last) {
        m_pendingS += dt;
        return m_settledStep;
    }
    flushPending();
    const bool repeated = inputs == m_last;
    m_last = inputs;
    const long topBefore = m_top, sureBefore = m_sure;
    // Settled: the same step again changed no level by more than rounding (the recent
    // first passages have converged, the pool has stopped growing).
    constexpr double settledChange = 1e-13;
    bool moved = false;
    double growth = 0;

    // The levels whose chance this step is neither negligible nor certain: some deviations
    // around the load, within the servers.
    // (Below 7 deviations P(n < k) is under 1e-12; above 9, a level is not reached in a month
    // of minutes.)
    const long lo = a > 0 ? std::clamp(long(std::floor(a - 7 * spread - 3)), 1L, cap) : 1;
    const long hi = a > 0 ? std::min(cap, long(reach)) : 0;
    const double keep = std::exp(-dt / m_reclaimS);

    // Levels now certain: always occupied, so always warm. Growing straight into them starts
    // their environments.
    grow(std::max(hi, lo));
    for (long k = m_sure + 1; k < lo; ++k) {
        if (double(k) > alwaysWarm)
            out.coldStarts += 1 - m_warm[size_t(k)];
        m_warm[size_t(k)] = 1;
        m_recent[size_t(k)] = m_passages[size_t(k)] = certain;
        m_below[size_t(k)] = 0;
    }
    m_sure = lo - 1;
    out.minuteMaximum = double(m_sure);
    out.warm = double(m_sure);

    // πₙ from n = lo − 1 to hi, relative to π_{lo − 1} (far from the load the absolute values
    // underflow), then normalised over the levels that matter: Poisson weights, below lo − 1
    // falling at least geometrically (ratio (lo − 1) / a), and (queued) the geometric tail
    // above the servers.
    double mass = 0, below = 0;
    if (a > 0) {
        m_pmf.assign(size_t(hi - lo + 2), 0.0);
        double p = 1;
        for (long n = lo - 1; n <= hi; ++n) {
            m_pmf[size_t(n - lo + 1)] = n == cap ? p * topShare : p;
            mass += m_pmf[size_t(n - lo + 1)];
            p *= a / double(n + 1);
        }
        below = lo > 1 ? (double(lo - 1) / a) / (1 - double(lo - 1) / a) : 0.0;  // lo − 1 < a there
        mass += below;
        if (queued && hi == cap)
            mass += m_pmf.back() * queueRatio / (1 - queueRatio);
    }
    const double clumpFloor = 1 / (1 + spread);
    const double perMass = a > 0 ? 1 / mass : 0;
    double cdf = a > 0 ? below / mass : 1;  // P(n < k)
    for (long k = lo; k <= std::max(hi, m_top); ++k) {
        double passageRate = 0, crossing = 0, below = 1;  // below: P(n < k)
        if (k <= hi) {
            const double prev = m_pmf[size_t(k - lo)] * perMass;  // πₖ₋₁
            cdf += prev;
            crossing = rate * prev * (k == cap ? topShare : 1.0);
            passageRate = crossing * std::max(1 - a / double(k), clumpFloor);
            below = std::clamp(cdf, 0.0, 1.0);
        }
        const size_t i = size_t(k);
        m_passages[i] += passageRate * dt;
        m_passageRate[i] = passageRate;
        m_below[i] = std::min(m_below[i], below);
        const double recent = m_recent[i] * keep + passageRate * m_reclaimS * (1 - keep);
        moved |= std::abs(recent - m_recent[i]) > settledChange * std::max(1.0, recent);
        m_recent[i] = recent;
        // P(max ≥ k) = 1 − P(n < k) e^−(first passages).
        out.minuteMaximum += 1 - notReached(below, passageRate * minuteS);
        const double warm = double(k) <= alwaysWarm ? 1.0 : 1 - notReached(below, m_recent[i]);
        if (double(k) > alwaysWarm) {
            growth += std::max(0.0, warm - m_warm[i]);
            // Reached again after a stay below longer than the reclaim time.
            const double stays = crossing > 0 ? m_reclaimS * crossing / std::max(below, 1e-300) : 745.0;
            if (stays < 745)
                out.coldStarts += crossing * dt * expNeg(stays);
        }
        m_warm[i] = warm;
        out.warm += warm;
    }
    out.coldStarts += growth;
    m_passageLevels = {lo, std::max(hi, m_top)};
    m_top = std::max(hi, m_top);
    while (m_top > m_sure && m_warm[size_t(m_top)] < negligible && m_recent[size_t(m_top)] < negligible
           && m_top > hi)
        --m_top;

    // The queue: j waiting is n = cap + j in the system.
    m_backlogLevels = 0;
    if (queued && a > 0 && hi == cap) {
        // prev: π_{cap + j − 1}; cdf: P(n < cap + j).
        double prev = m_pmf.back() / mass;
        for (size_t j = 1; prev > negligible && j < 1000000; ++j) {
            if (j >= m_backlogPassages.size()) {
                m_backlogPassages.resize(j + 1, 0.0);
                m_backlogPassageRate.resize(j + 1, 0.0);
                m_backlogBelow.resize(j + 1, 1.0);
            }
            m_backlogLevels = j;
            cdf += prev;
            const double passageRate = rate * prev * (1 - queueRatio);
            const double below = std::clamp(cdf, 0.0, 1.0);
            m_backlogPassages[j] += passageRate * dt;
            m_backlogPassageRate[j] = passageRate;
            m_backlogBelow[j] = std::min(m_backlogBelow[j], below);
            out.backlogMaximum += 1 - notReached(below, passageRate * minuteS);
            prev *= queueRatio;
        }
    }
    m_settled = repeated && !moved && growth < settledChange && m_top == topBefore
                && m_sure == sureBefore;
    m_settledStep = out;
    m_settledStep.coldStarts -= growth;
    return out;
}

void Occupancy::flushPending()
{
    if (!(m_pendingS > 0))
        return;
    for (long k = m_passageLevels.first; k <= m_passageLevels.second; ++k)
        m_passages[size_t(k)] += m_passageRate[size_t(k)] * m_pendingS;
    for (size_t j = 1; j <= m_backlogLevels; ++j)
        m_backlogPassages[j] += m_backlogPassageRate[j] * m_pendingS;
    m_pendingS = 0;
}

double OccupancyFeed::feed(double offeredRate, double durationS, double servers, bool queued, double durationCv,
                        double alwaysWarm, double dt, double *warm)
{
    m_seconds += dt;
    m_offered += offeredRate * dt;
    m_serverSeconds += servers * dt;
    m_queued = queued;
    return m_seconds < periodS - 1e-9 ? 0.0 : close(durationS, durationCv, alwaysWarm, warm);
}

double OccupancyFeed::close(double durationS, double durationCv, double alwaysWarm, double *warm)
{
    if (!(m_seconds > 0))
        return 0;
    const double rate = m_offered / m_seconds, servers = m_serverSeconds / m_seconds;
    const double ratio = m_queued ? queueTailRatio(rate * durationS, servers, durationCv) : -1;
    const Occupancy::Step step = m_model.step(rate, durationS, servers, m_seconds, ratio, alwaysWarm);
    m_minuteMaximum = step.minuteMaximum;
    m_seconds = m_offered = m_serverSeconds = 0;
    *warm = std::max(alwaysWarm, step.warm);
    return step.coldStarts;
}

double Occupancy::peak() const
{
    double expected = double(m_sure);
    for (size_t k = size_t(m_sure) + 1; k < m_passages.size(); ++k)
        expected += 1 - notReached(m_below[k], m_passages[k] + pending(long(k)));
    return std::max(expected, m_coarsePeak);
}

double Occupancy::peakBacklog() const
{
    double expected = 0;
    for (size_t j = 1; j < m_backlogPassages.size(); ++j)
        expected += 1 - notReached(m_backlogBelow[j], m_backlogPassages[j]
                                                   + (j <= m_backlogLevels ? m_backlogPassageRate[j] * m_pendingS : 0.0));
    return expected;
}

} // namespace archscope::queueing
