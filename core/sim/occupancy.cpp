#include "occupancy.h"

#include "expneg.h"
#include "queueing.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace archscope::queueing {

namespace {
constexpr double certain = 50;      // a hazard past which a level is reached for certain
constexpr double minuteS = 60;      // CloudWatch's period for the Maximum of ConcurrentExecutions
constexpr double negligible = 1e-16;
// The numbers waiting are tracked while their chance is over this. Those beyond it, a long
// geometric tail near the brink, add a few millionths of a message to a week's expected peak
// (the lift-and-shift example's fleet: 22.404155 against 22.404159 at 1e-16), and held
// 19 MB of a 5,000-node week's 304.
constexpr double negligibleWaiting = 1e-13;
// A step that changes no level by more than this (relative) leaves the state settled.
constexpr double settledChange = 1e-13;

// The warm pool's part of a step at levels lo .. last (DESIGN.md, "Simulation"; the model is
// described in occupancy.h): the recent first passages decay by `keep` and refill at the
// step's passage rates; environment k is warm unless level k went unreached that long.
struct WarmPass
{
    long lo = 1, last = 0;
    double keep = 0, refill = 0, alwaysWarm = 0;
    double *recent = nullptr, *warm = nullptr;  // per level (index k)
};
WarmPass warmPassOf(long lo, long last, double dt, double alwaysWarm, double reclaimS, double *recent, double *warm)
{
    WarmPass w;
    w.lo = lo;
    w.last = last;
    w.keep = std::exp(-dt / reclaimS);
    w.refill = reclaimS * (1 - w.keep);
    w.alwaysWarm = alwaysWarm;
    w.recent = recent;
    w.warm = warm;
    return w;
}
struct WarmSums4
{
    sim::Double4 pool{}, growth{};
    sim::Mask4 moved{};
};

// (Always inlined: a vector passed to a function compiled for another target would not arrive
// where it is expected, see lanes.h.) `Whole`: every lane is a level of the pass above
// alwaysWarm, so no lane is masked (the same operations on every lane as the masked form).
template <bool Whole>
[[gnu::always_inline]] inline void stepWarm4(const WarmPass &w, long k, sim::Double4 passageRate, sim::Double4 below,
                                             WarmSums4 &sums)
{
    using sim::Double4;
    const Double4 zero = sim::splat(0.0), one = sim::splat(1.0);
    const Double4 recentBefore = sim::load4(w.recent + k);
    const Double4 warmBefore = sim::load4(w.warm + k);
    if constexpr (Whole) {
        const Double4 recent = recentBefore * w.keep + passageRate * w.refill;
        if (!sim::anyLane(sums.moved))  // (one level that moved is enough)
            sums.moved = sim::vmax(recent - recentBefore, recentBefore - recent) > settledChange * sim::vmax(one, recent);
        sim::store4(w.recent + k, recent);
        const Double4 warm = 1 - notReached4(below, recent);
        sums.growth += sim::vmax(zero, warm - warmBefore);
        sim::store4(w.warm + k, warm);
        sums.pool += warm;
    } else {
        const Double4 level = sim::splat(double(k)) + Double4{0, 1, 2, 3};
        const sim::Mask4 valid = level <= double(w.last);
        const Double4 recent = valid ? recentBefore * w.keep + passageRate * w.refill : recentBefore;
        sums.moved |= valid & (sim::vmax(recent - recentBefore, recentBefore - recent) > settledChange * sim::vmax(one, recent));
        sim::store4(w.recent + k, recent);
        const sim::Mask4 mayStartCold = valid & (level > w.alwaysWarm);
        const Double4 warm = mayStartCold ? 1 - notReached4(below, recent) : one;
        sums.growth += mayStartCold ? sim::vmax(zero, warm - warmBefore) : zero;
        sim::store4(w.warm + k, valid ? warm : warmBefore);
        sums.pool += valid ? warm : zero;
    }
}
// Calls step(whole, k) for the vectors of levels k .. k + 3 from lo to last, `whole`
// std::true_type where all four are levels of the pass above alwaysWarm (only the first
// vectors, at or under it, and the last, past the last level, are not).
template <class Step>
[[gnu::always_inline]] inline void forVectors(const WarmPass &w, Step &&step)
{
    long k = w.lo;
    for (; k <= w.last && !(double(k) > w.alwaysWarm); k += 4)
        step(std::false_type{}, k);
    for (; k + 3 <= w.last; k += 4)
        step(std::true_type{}, k);
    for (; k <= w.last; k += 4)
        step(std::false_type{}, k);
}

[[gnu::always_inline]] inline double sumLanes(sim::Double4 v)
{
    return (v[0] + v[1]) + (v[2] + v[3]);
}

// One step's pass over the levels lo .. last, four levels at a time. Per level from lo to hi,
// `crossing` holds πₖ₋₁ (the top level's share applied) and `below` P(n < k), both
// unnormalised (times `perMass` they are chances; the crossing rate is λ times the chance);
// above hi there are no crossings and P(n < k) is 1. Both are padded to whole vectors with
// zeros, and so are the state arrays.
struct LevelPass
{
    long hi = 0;
    const double *crossing = nullptr, *below = nullptr;
    double crossingScale = 0, perMass = 0;
    double load = 0, clumpFloor = 0, dt = 0, reclaimS = 0;
    WarmPass warm;
    // State per level (index k); `lastBelow` keeps this step's P(n < k) for the held steps.
    double *passages = nullptr, *passageRate = nullptr, *belowMin = nullptr, *lastBelow = nullptr;
};
struct LevelSums
{
    double minuteMaximum = 0, warm = 0, growth = 0, recycled = 0;
    bool moved = false;
};

struct LevelSums4
{
    sim::Double4 minuteMaximum{}, recycled{};
    WarmSums4 warm;
};

template <bool Whole>
[[gnu::always_inline]] inline void stepLevels4(const LevelPass &p, long k, LevelSums4 &sums)
{
    using sim::Double4;
    using sim::Mask4;
    using sim::splat;
    const Double4 one = splat(1.0);
    const Double4 offsets = {0, 1, 2, 3};
    const long i = k - p.warm.lo;
    const Double4 level = splat(double(k)) + offsets;
    const Mask4 valid = level <= double(p.warm.last);
    const Double4 crossing = sim::load4(p.crossing + i) * p.crossingScale;
    const Double4 below = level > double(p.hi) ? one : sim::vmin(sim::load4(p.below + i) * p.perMass, one);
    const Double4 passageRate = crossing * sim::vmax(1 - p.load / level, splat(p.clumpFloor));
    // Lanes past the last level have no crossings and P(n < k) = 1: no passages, no change.
    sim::store4(p.passages + k, sim::load4(p.passages + k) + passageRate * p.dt);
    sim::store4(p.passageRate + k, passageRate);
    sim::store4(p.belowMin + k, sim::vmin(sim::load4(p.belowMin + k), below));
    sim::store4(p.lastBelow + k, below);
    stepWarm4<Whole>(p.warm, k, passageRate, below, sums.warm);
    // P(max ≥ k) = 1 − P(n < k) e^−(first passages).
    sums.minuteMaximum += 1 - notReached4(below, passageRate * minuteS);
    // Reached again after a stay below longer than the reclaim time.
    const Double4 stays = p.reclaimS * crossing / sim::vmax(below, splat(1e-300));
    const Double4 recycled = crossing * p.dt * expNeg4(stays);
    if constexpr (Whole)
        sums.recycled += recycled;
    else
        sums.recycled += valid & (level > p.warm.alwaysWarm) ? recycled : splat(0.0);
}

__attribute__((target_clones("avx2", "default"))) LevelSums passLevels(const LevelPass &p)
{
    LevelSums4 sums;
    forVectors(p.warm, [&](auto whole, long k) __attribute__((always_inline)) { stepLevels4<whole>(p, k, sums); });
    return {sumLanes(sums.minuteMaximum), sumLanes(sums.warm.pool), sumLanes(sums.warm.growth), sumLanes(sums.recycled),
            sim::anyLane(sums.warm.moved)};
}

// A held step (its load within the tolerance of the last pass's): only the warm pool moves,
// at the last pass's passage rates and chances below.
__attribute__((target_clones("avx2", "default"))) LevelSums passWarm(const WarmPass &w, const double *passageRate,
                                                                     const double *below)
{
    WarmSums4 warm;
    forVectors(w, [&](auto whole, long k) __attribute__((always_inline)) {
        stepWarm4<whole>(w, k, sim::load4(passageRate + k), sim::load4(below + k), warm);
    });
    return {0, sumLanes(warm.pool), sumLanes(warm.growth), 0, sim::anyLane(warm.moved)};
}

// The same for the numbers waiting j = from .. count, for the horizon's peak backlog (no
// figure is asked per step): the chance of j waiting is `chance` r^(j−from), and
// P(n < servers + j) grows from `cdf` (P(n < servers + from − 1)) by those chances.
struct BacklogPass
{
    long from = 1, count = 0;
    double chance = 0, ratio = 0, cdf = 0, rate = 0, dt = 0;
    double *passages = nullptr, *belowMin = nullptr;
};

// Numbers waiting j .. j + 3; `Whole`: all of them up to p.count (no lane masked). `cdf` is
// P(n < servers + j − 1) before, after.
template <bool Whole>
[[gnu::always_inline]] inline void stepBacklog4(const BacklogPass &p, long j, sim::Double4 chance, double &cdf)
{
    using sim::Double4;
    using sim::Mask4;
    using sim::splat;
    const Mask4 valid = Whole ? ~Mask4{} : splat(double(j)) + Double4{0, 1, 2, 3} <= double(p.count);
    const Double4 c = Whole ? chance : valid ? chance : splat(0.0);
    // P(n < servers + j): the running sum within the vector, then what came before.
    const Double4 once = c + __builtin_shufflevector(c, splat(0.0), 4, 0, 1, 2);
    const Double4 twice = once + __builtin_shufflevector(once, splat(0.0), 4, 4, 0, 1);
    const Double4 below = sim::vmin(sim::vmax(twice + cdf, splat(0.0)), splat(1.0));
    cdf += twice[3];
    const Double4 passageRate = p.rate * c * (1 - p.ratio);
    sim::store4(p.passages + j, sim::load4(p.passages + j) + passageRate * p.dt);
    const Double4 belowMin = sim::load4(p.belowMin + j);
    sim::store4(p.belowMin + j, Whole ? sim::vmin(belowMin, below) : valid ? sim::vmin(belowMin, below) : belowMin);
}

__attribute__((target_clones("avx2", "default"))) void passBacklog(const BacklogPass &p)
{
    // (forBacklogRates works the rates out again in this order of products.)
    const double r = p.ratio;
    sim::Double4 chance = p.chance * sim::Double4{1, r, r * r, r * r * r};
    const double r4 = r * r * r * r;
    double cdf = p.cdf;
    long j = p.from;
    for (; j + 3 <= p.count; j += 4) {
        stepBacklog4<true>(p, j, chance, cdf);
        chance *= r4;
    }
    if (j <= p.count)
        stepBacklog4<false>(p, j, chance, cdf);
}

// The first-passage rates of the numbers waiting j = `lowest` .. the count that a pass of
// passBacklog stored, to the bit: the chance from `from` on in blocks of four, as there.
template <class Use>
void forBacklogRates(long from, long count, double chance0, double ratio, double rate, long lowest, Use use)
{
    const double r = ratio;
    sim::Double4 chance = chance0 * sim::Double4{1, r, r * r, r * r * r};
    const double r4 = r * r * r * r;
    for (long j = from; j <= count; j += 4) {
        const sim::Double4 passageRate = rate * chance * (1 - ratio);
        for (int k = 0; k < 4 && j + k <= count; ++k)
            if (j + k >= lowest)
                use(j + k, passageRate[k]);
        chance *= r4;
    }
}

constexpr double holdTolerance = 0.1, tailDeviations = 6;  // (holdBand)

// The most a Poisson number in service of mean `load` reaches (levelRoom over it).
double reachOf(double load)
{
    return load + levelRoom(load);
}

// Level n's room in a pool of `pool` that others hold too, a Poisson number of mean `others`:
// P(others ≤ pool − n), between whole pools by the pool's fraction, for n = lo − 1 .. hi into
// room[n − lo + 1], up to a common factor (it cancels where the levels are normalised).
// Worked upwards in the others' number m = pool − n, where the sum is stable: from its Poisson
// term, relative, and the sum of the terms up to it, F(m) / term(m) = 1 / Erlang-B(others, m).
void poolRoom(long lo, long hi, double pool, double others, double *room)
{
    const double whole = std::floor(pool), part = pool - whole;
    long m = std::max(0L, long(whole) - hi);
    double term = 1, sum = m > 0 ? 1 / std::max(erlangB(others, double(m)), 1e-300) : 1.0;
    for (long n = hi; n >= lo - 1; --n) {
        const long want = long(whole) - n;
        double &out = room[n - lo + 1];
        if (want < 0) {
            out = want == -1 ? part * term : 0.0;  // (m is 0 there)
            continue;
        }
        // (The reciprocals stand apart from the chain of products, so the divisions overlap.)
        while (m < want) {
            ++m;
            term *= others * (1 / double(m));
            sum += term;
        }
        out = part > 0 ? sum + part * term * others * (1 / double(m + 1)) : sum;
        if (sum > 1e250) {  // far below the others' mean the terms grow as e^others
            for (long k = n; k <= hi; ++k)
                room[k - lo + 1] *= 1e-250;
            term *= 1e-250;
            sum *= 1e-250;
        }
    }
}

// How far the others' load and the pool may move before the rooms of the levels that matter
// (lo .. `top`, the last with a share of the occupancy over 1e-12) move against each other by
// e^holdTolerance (see holdBand): d ln F(m) / d others = −B(others, m), and a pool one larger
// multiplies F(m) by 1 / (1 − B(others, m + 1)), where B(others, m) = 1 − F(m − 1) / F(m) is
// the ratio of the rooms of levels n + 1 and n.
struct RoomBands
{
    double others = 0, pool = 0;
};
RoomBands roomBands(long lo, long top, double pool, double others, const double *room)
{
    const auto blocked = [&](long n) {  // B at level n, at most 1 − 1e-16
        const double here = room[n - lo + 1];
        return here > 0 ? std::min(1 - room[n - lo + 2] / here, 1 - 1e-16) : 1 - 1e-16;
    };
    const double low = blocked(lo - 1), high = blocked(top);
    const double spread = std::fabs(high - low), spreadLog = std::fabs(std::log1p(-high) - std::log1p(-low));
    return {std::min(holdTolerance / std::max(spread, 1e-300), holdTolerance * others),
            std::min(holdTolerance / std::max(spreadLog, 1e-300), holdTolerance * pool)};
}

// The largest change of load (erlangs) a step may hold with after a pass at `load`: a held
// step's load is within a band around the last pass's in which the chances that
// decide the peaks move by at most e^holdTolerance. Those are the chances of levels up to
// tailDeviations above the load (P(n ≥ k) about 1e-9: a level reached about once in a run),
// which move by z Δa / √a at z deviations, and (queued) of the numbers waiting down to
// chances of about e^−queueExponent, which move by queueExponent Δln r / |ln r|, with
// d ln r / da = (1 − r) / (a (1 − ρ)) for queueTailRatio's r.
double holdBand(double load, double servers, double queueRatio)
{
    constexpr double queueExponent = 20;
    if (!(load > 0))
        return 0;
    double band = holdTolerance * std::sqrt(load) / tailDeviations;
    const double rho = load / servers;
    if (queueRatio > 0 && queueRatio < 1)
        band = std::min(band, holdTolerance * -std::log(queueRatio) * load * (1 - rho) / (queueExponent * (1 - queueRatio)));
    else if (queueRatio >= 1 && rho < 1)  // at the brink (no random queue): not back below it
        band = std::min(band, std::max(0.0, load - queueBrink * servers));
    return band;
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
    if (rho > queueBrink)
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
    m_lastBelow.resize(n, 1.0);
}

Occupancy::Step Occupancy::step(double rate, double durationS, double servers, double dt, double queueCv,
                                 double alwaysWarm, double queueServers, PoolSharing sharing, LevelLaw law,
                                 double queueWaitChance)
{
    Step out;
    // Less than a millionth of an environment is none (a pool used up, to rounding).
    const double a = rate > 0 && durationS > 0 && servers > 1e-6 ? rate * durationS : 0.0;
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
        m_pass = {++m_pass.count, rate, servers};
        const double top = std::min(double(cap), a + 3 * std::sqrt(a));
        out.minuteMaximum = top;
        out.warm = std::max(top, alwaysWarm);
        out.coldStarts = std::max(0.0, top - std::max(m_coarseWarm, alwaysWarm));
        m_coarseWarm = top;
        m_coarsePeak = std::max(m_coarsePeak, top);
        return out;
    }
    // A step like the last pass's (or within the tolerance of it: held) adds the first
    // passages of that pass; after the state has settled on it, it gives what that pass
    // gave: constant traffic (and a spiky one between its spikes) costs no pass over the
    // levels, and a slowly changing one moves only the warm pool between passes.
    // (Servers above every level that matters play no part, nor then does the queue.)
    const double spread = std::sqrt(a);
    const double reach = std::ceil(reachOf(a));
    const bool capped = a > 0 && double(cap) <= reach;
    // A queue on fewer servers than the levels reach (a pooled function's): Erlang-C on its own.
    // A queue that forms only while a shared pool is full waits with that chance and drains on
    // its own servers, however many.
    const bool givenWait = queueCv >= 0 && a > 0 && queueWaitChance >= 0 && queueServers > 0;
    const bool ownQueue =
        givenWait || (queueCv >= 0 && a > 0 && queueServers >= 0 && queueServers < servers && queueServers <= reach);
    const double queueAt = ownQueue ? queueServers : servers;
    // The others matter where they may leave no room for the levels this load reaches: within
    // the reach (as this load's) of their load below the pool's top.
    // (A pool past 10¹² is none: whole levels are counted in longs.)
    const bool shares = sharing.pool >= 0 && sharing.pool <= 1e12 && sharing.others > 0 && queueCv < 0
                        && m_tracksLevels && a > 0
                        && sharing.pool - std::min(double(cap), reach) < reachOf(sharing.others);
    const Inputs inputs{rate,
                        durationS,
                        capped ? servers : -1,
                        dt,
                        capped || ownQueue ? queueCv : -1,
                        alwaysWarm,
                        ownQueue ? queueServers : -1,
                        givenWait ? queueWaitChance : -1,
                        shares ? sharing : PoolSharing{},
                        law.size > 0 && m_tracksLevels && a > 0};
    if (inputs == m_last || holds(inputs)) {
        m_pendingS += dt;
        if (m_settled || !m_tracksLevels)
            return m_settledStep;
        const auto [lo, last] = m_passageLevels;
        const LevelSums sums = passWarm(warmPassOf(lo, last, dt, alwaysWarm, m_reclaimS, m_recent.data(), m_warm.data()),
                                        m_passageRate.data(), m_lastBelow.data());
        out = m_settledStep;
        out.warm = double(m_sure) + sums.warm;
        out.coldStarts += sums.growth;
        m_settledStep.warm = out.warm;
        m_settled = !sums.moved && sums.growth < settledChange;
        return out;
    }
    flushPending();
    m_last = inputs;
    m_othersBand = m_poolBand = 0;  // (set below when the levels share a pool)
    // Servers beyond the load's reach: no wait worth a number.
    m_pass = {++m_pass.count, rate, queueAt, capped || ownQueue ? -1.0 : 0.0};
    const double queueRatio = queueCv >= 0 ? queueTailRatio(a, queueAt, givenWait ? 1.0 : queueCv) : -1;
    const bool queued = queueRatio >= 0 && queueRatio < 1;
    m_holdBand = holdBand(a, queueAt, capped || ownQueue ? queueRatio : -1);
    // The levels whose chance this step is neither negligible nor certain: some deviations
    // around the load, within the servers.
    // (Below 7 deviations P(n < k) is under 1e-12; above 9, a level is not reached in a month
    // of minutes.)
    const long lo = a > 0 ? std::clamp(long(std::floor(a - 7 * spread - 3)), 1L, cap) : 1;
    const long hi = a > 0 ? std::min(cap, long(reach)) : 0;
    // The levels' own chain where it covers the window's foot.
    const bool chain = inputs.law && lo - 1 < law.size;

    // Levels now certain: always occupied, so always warm. Growing straight into them starts
    // their environments.
    const long last = m_tracksLevels ? std::max(hi, m_top) : hi;
    const long padded = (std::max(last - lo + 1, 0L) + 3) / 4 * 4;
    double grownSure = 0;
    if (m_tracksLevels) {
        grow(std::max(lo + padded, hi));
        for (long k = m_sure + 1; k < lo; ++k) {
            if (double(k) > alwaysWarm)
                grownSure += 1 - m_warm[size_t(k)];
            m_warm[size_t(k)] = 1;
            m_recent[size_t(k)] = m_passages[size_t(k)] = certain;
            m_below[size_t(k)] = 0;
        }
        m_sure = lo - 1;
        out.minuteMaximum = double(m_sure);
        out.warm = double(m_sure);
    }

    // πₙ from n = lo − 1 to hi, relative to π_{lo − 1} (far from the load the absolute values
    // underflow), then normalised over the levels that matter: Poisson weights, below lo − 1
    // falling at least geometrically (ratio (lo − 1) / a), and (queued) the geometric tail
    // above the servers. Per level k from lo, unnormalised: the crossings into it (πₖ₋₁, the
    // top level's share applied) and P(n < k); above hi none and 1 (the pass normalises).
    double mass = 0, top = 0, belowHi = 0;  // belowHi: P(n < hi), unnormalised
    const bool queueMatters = queued && a > 0 && (ownQueue || hi == cap);
    const bool weighs = a > 0 && (m_tracksLevels || queueMatters);
    // The scratch is written from index 0 to hi − lo by the loop below; only the rest is zeroed.
    if (m_tracksLevels) {
        if (m_crossing.size() < size_t(padded)) {
            m_crossing.resize(size_t(padded));
            m_cdf.resize(size_t(padded));
        }
        const size_t written = weighs ? size_t(hi - lo + 1) : 0;
        std::fill(m_crossing.begin() + long(written), m_crossing.begin() + padded, 0.0);
        std::fill(m_cdf.begin() + long(written), m_cdf.begin() + padded, 0.0);
    }
    if (weighs) {
        // Sharing: each level's weight times its room (the crossings into level k, πₖ₋₁ times
        // k's room: the others must leave room for the arrival).
        const double *room = nullptr;
        if (shares) {
            m_room.resize(std::max(m_room.size(), size_t(hi - lo + 2)));
            poolRoom(lo, hi, sharing.pool, sharing.others, m_room.data());
            room = m_room.data();
        }
        double under = lo > 1 ? (double(lo - 1) / a) / (1 - double(lo - 1) / a) : 0.0;  // lo − 1 < a there
        if (room)
            under *= room[0];
        if (chain) {
            under = 0;
            for (long n = 0; n < lo - 1; ++n)
                under += std::exp(law.logWeight[n] - law.logWeight[lo - 1]);
        }
        // Below hi no level is the top one (hi ≤ cap), so its weight is its πₙ; the crossings
        // into cap carry the top level's share. A fleet (QueueOnly) needs only the sums.
        double p = 1, cdf = under;
        if (m_tracksLevels) {
            double most = 0;
            long top = lo - 1;  // (sharing) the last level with a share over 1e-12
            for (long n = lo - 1; n < hi; ++n) {
                const double here = room ? p * room[n - lo + 1] : p;
                // (A chain's crossings are its climbs; the pass scales by the rate.)
                const double into = room ? p * room[n - lo + 2] : chain ? (n < law.size ? p * law.climbs[n] / rate : 0.0) : p;
                cdf += here;
                m_crossing[size_t(n + 1 - lo)] = n + 1 == cap ? into * topShare : into;
                m_cdf[size_t(n + 1 - lo)] = cdf;
                mass += here;
                p *= chain ? (n < law.size ? law.ratio[n] : 0.0) : a / double(n + 1);
                most = std::max(most, here);
                if (room && here > 1e-12 * most)
                    top = n;
            }
            if (room) {
                p *= room[hi - lo + 1];
                const RoomBands bands = roomBands(lo, std::min(top, hi - 1), sharing.pool, sharing.others, room);
                m_othersBand = bands.others;
                m_poolBand = bands.pool;
            }
        } else {
            for (long n = lo - 1; n < hi; ++n) {
                cdf += p;
                mass += p;
                p *= a / double(n + 1);
            }
        }
        top = hi == cap ? p * topShare : p;
        mass += top;
        belowHi = cdf;
        mass += under;
        if (queueMatters && !ownQueue)
            mass += top * queueRatio / (1 - queueRatio);
        // Erlang-C: π_c / (1 − ρ) over Σ_{n<c} πₙ + π_c / (1 − ρ), the M/M/c occupancy.
        if (queueMatters && !ownQueue && topShare == 1 && a < servers) {
            const double waiting = top / (1 - a / servers);
            m_pass.waitChance = waiting / (belowHi + waiting);
        }
    }
    const double perMass = a > 0 ? 1 / mass : 0;
    LevelSums sums;
    if (m_tracksLevels) {
        LevelPass pass;
        pass.hi = hi;
        pass.crossing = m_crossing.data();
        pass.below = m_cdf.data();
        pass.crossingScale = rate * perMass;
        pass.perMass = perMass;
        pass.load = a;
        pass.clumpFloor = chain ? 1.0 : 1 / (1 + spread);
        pass.dt = dt;
        pass.reclaimS = m_reclaimS;
        pass.warm = warmPassOf(lo, last, dt, alwaysWarm, m_reclaimS, m_recent.data(), m_warm.data());
        pass.passages = m_passages.data();
        pass.passageRate = m_passageRate.data();
        pass.belowMin = m_below.data();
        pass.lastBelow = m_lastBelow.data();
        sums = passLevels(pass);
        out.minuteMaximum += sums.minuteMaximum;
        out.warm += sums.warm;
        out.coldStarts += sums.recycled + sums.growth + grownSure;
        m_passageLevels = {lo, last};
        m_top = last;
        while (m_top > m_sure && m_warm[size_t(m_top)] < negligible && m_recent[size_t(m_top)] < negligible
               && m_top > hi)
            --m_top;
    }

    // The queue: j waiting is n = cap + j in the system, with chance π_cap r^j; while that is
    // not negligible (and for at most a million).
    m_backlogRates.count = 0;
    if (queueMatters) {
        BacklogPass backlog;
        // One waiting (as πₙ at the servers, Erlang-C's C (1 − r)), and P(n < servers).
        double first = top / mass, below = belowHi * perMass;
        if (ownQueue) {
            const double waiting = givenWait ? std::min(1.0, queueWaitChance) : erlangC(a, queueServers);
            first = waiting * (1 - queueRatio);
            below = 1 - waiting;
            m_pass.waitChance = waiting;
        }
        backlog.ratio = queueRatio;
        backlog.rate = rate;
        backlog.dt = dt;
        if (first > negligibleWaiting) {
            const double beyond = queueRatio > 0 ? std::log(negligibleWaiting / first) / std::log(queueRatio) : 0.0;
            backlog.count = long(std::min(999999.0, std::max(1.0, std::ceil(beyond))));
        }
        // The numbers reached for certain are skipped: from there, the chance and
        // P(n < servers + j − 1) in closed form.
        backlog.from = long(m_backlogSure) + 1;
        const double skipped = std::pow(queueRatio, double(backlog.from - 1));
        backlog.chance = first * skipped;
        backlog.cdf = below + first * (1 - skipped) / (1 - queueRatio);
        const size_t size = size_t(backlog.count + 4);
        if (m_backlogPassages.size() < size) {
            m_backlogPassages.resize(size, 0.0);
            m_backlogBelow.resize(size, 1.0);
        }
        backlog.passages = m_backlogPassages.data();
        backlog.belowMin = m_backlogBelow.data();
        passBacklog(backlog);
        m_backlogRates = {backlog.from, backlog.count, backlog.chance, backlog.ratio, backlog.rate};
        reachBacklog();
    }
    // Settled: the same step again changed no level by more than rounding (the recent
    // first passages have converged, the pool has stopped growing).
    m_settled = false;  // a new pass: the next held step tells whether the state has settled on it
    m_settledStep = out;
    m_settledStep.coldStarts = sums.recycled;  // what a held step starts besides the pool's growth
    return out;
}

bool Occupancy::holds(const Inputs &in) const
{
    return m_holds && in.durationS == m_last.durationS && in.servers == m_last.servers && in.dt == m_last.dt
           && in.alwaysWarm == m_last.alwaysWarm && in.queueCv == m_last.queueCv && in.queueServers == m_last.queueServers
           && in.queueWaitChance == m_last.queueWaitChance
           && in.rate > 0 && m_last.rate > 0
           && std::fabs(in.rate - m_last.rate) * in.durationS <= m_holdBand
           // (A pass without sharing leaves both bands 0: only another such step holds on it.)
           && std::fabs(in.sharing.others - m_last.sharing.others) <= m_othersBand
           && std::fabs(in.sharing.pool - m_last.sharing.pool) <= m_poolBand && in.law == m_last.law;
}

void Occupancy::flushPending()
{
    if (!(m_pendingS > 0))
        return;
    for (long k = m_passageLevels.first; k <= m_passageLevels.second; ++k)
        m_passages[size_t(k)] += m_passageRate[size_t(k)] * m_pendingS;
    if (const BacklogRates &b = m_backlogRates; b.count > 0) {
        forBacklogRates(b.from, b.count, b.chance, b.ratio, b.rate, long(m_backlogSure) + 1,
                        [&](long j, double rate) { m_backlogPassages[size_t(j)] += rate * m_pendingS; });
    }
    m_pendingS = 0;
    reachBacklog();
}

// First passages only grow, and fall with the number waiting: the numbers reached for
// certain are the first ones.
void Occupancy::reachBacklog()
{
    while (m_backlogSure + 1 < m_backlogPassages.size() && m_backlogPassages[m_backlogSure + 1] > certainPassages)
        ++m_backlogSure;
}

void Occupancy::restartPeaks()
{
    flushPending();
    m_coarsePeak = 0;
    // Levels always occupied stay reached; above them the window starts where the last pass
    // left the chance of being below.
    for (size_t k = size_t(m_sure) + 1; k < m_passages.size(); ++k) {
        m_passages[k] = 0;
        m_below[k] = m_lastBelow[k];
    }
    std::fill(m_backlogPassages.begin(), m_backlogPassages.end(), 0.0);
    std::fill(m_backlogBelow.begin(), m_backlogBelow.end(), 1.0);
    m_backlogSure = 0;
}

double OccupancyFeed::close(double durationS, double durationCv, double alwaysWarm, double *warm)
{
    if (!(m_seconds > 0))
        return 0;
    const double minuteStartS = m_elapsedS - m_seconds;
    if (m_peaksFromS > 0 && !m_peaksRestarted && minuteStartS >= m_peaksFromS - 1e-6) {
        m_model.restartPeaks();
        m_heldPeak = 0;
        m_peaksRestarted = true;
    }
    if (!m_peaksEnded && minuteStartS >= m_peaksToS - 1e-6) {
        m_endedPeak = peak();
        m_endedBacklog = peakBacklog();
        m_peaksEnded = true;
    }
    const double rate = m_offered / m_seconds, servers = m_serverSeconds / m_seconds;
    const double queueServers = m_queueServerSeconds / m_seconds;
    PoolSharing sharing;
    if (m_sharedSeconds >= m_seconds - 1e-9)
        sharing = {m_poolSeconds / m_seconds, m_othersSeconds / m_seconds};
    const double waitChance = m_waitSeconds >= m_seconds - 1e-9 ? m_waitChanceSeconds / m_seconds : -1.0;
    // Levels the mean flow itself held in service were reached this minute: they count towards
    // the Maximum, and their environments stay warm for the reclaim time (the random model, at
    // the minute's mean load, keeps them warm as provisioned ones meanwhile), so those started
    // beyond the pool there was start cold once. (Kept only in the minute they were started,
    // a stream's lanes, always busy, had started cold every other minute: 14,262 in the
    // clickstream example's week against 8 request by request.)
    const double whole = std::floor(m_inService);  // environments are whole
    if (whole >= m_held || m_heldS >= m_model.reclaimS()) {
        m_held = whole;
        m_heldS = 0;
    }
    // (By a whole environment: the mean flow at a capacity the pool just holds is no ramp.)
    const bool beyondPool = m_held >= std::max(m_warmBefore, alwaysWarm) + 1;
    const double keptWarm = std::max(m_held, alwaysWarm);
    const Occupancy::Step step = m_model.step(rate, durationS, servers, m_seconds, m_queued ? durationCv : -1, keptWarm,
                                              queueServers, sharing, m_law, waitChance);
    m_minuteMaximum = std::max(step.minuteMaximum, m_inService);
    m_heldPeak = std::max(m_heldPeak, m_inService);
    double started = step.coldStarts;
    if (beyondPool)
        started += std::max(0.0, whole - std::max(m_warmBefore, alwaysWarm));
    m_handedOver = true;
    m_heldS += m_seconds;
    m_seconds = m_offered = m_serverSeconds = m_queueServerSeconds = m_inService = 0;
    m_sharedSeconds = m_poolSeconds = m_othersSeconds = 0;
    m_waitSeconds = m_waitChanceSeconds = 0;
    *warm = std::max(keptWarm, step.warm);
    m_warmBefore = *warm;
    return started;
}

const Wait &OccupancyFeed::minuteWait(double durationS, double durationCv)
{
    const Occupancy::Pass &pass = m_model.lastPass();
    if (m_waitPass != pass.count) {
        m_waitPass = pass.count;
        const double load = pass.rate * durationS;
        if (!(load > 0 && load < pass.servers))
            m_wait = Wait{};
        else if (pass.waitChance >= 0)
            m_wait = waitGivenErlangC(pass.waitChance, load, pass.servers, durationS, durationCv);
        else
            m_wait = waitInQueue(load, pass.servers, durationS, durationCv);
    }
    return m_wait;
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
    double expected = double(m_backlogSure);
    // The numbers the last pass reached, with the held steps' passages, then the rest.
    size_t j = m_backlogSure + 1;
    if (const BacklogRates &b = m_backlogRates; b.count > 0) {
        forBacklogRates(b.from, b.count, b.chance, b.ratio, b.rate, long(j), [&](long level, double rate) {
            expected += 1 - notReached(m_backlogBelow[size_t(level)], m_backlogPassages[size_t(level)] + rate * m_pendingS);
        });
        j = std::max(j, size_t(b.count) + 1);
    }
    for (; j < m_backlogPassages.size(); ++j)
        expected += 1 - notReached(m_backlogBelow[j], m_backlogPassages[j]);
    return expected;
}

} // namespace archscope::queueing
