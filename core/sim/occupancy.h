#pragma once

#include "queueing.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace archscope::queueing {

// How far above a Poisson number in service of mean `load` the occupancy model's levels
// reach: 9 deviations and 20 (a level not reached in a month of minutes). A pool beyond that
// plays no part in its figures (sim::poolIsNear).
inline double levelRoom(double load)
{
    return 9 * std::sqrt(load) + 20;
}

// A pool that other work holds too, a Poisson number in service of mean `others` (erlangs),
// for a node whose arrivals beyond it are refused. Their occupancies then have Erlang's
// product form: level n weighs its Poisson chance times P(others ≤ pool − n), and is climbed
// into only while the others leave it room. A level high in the pool is reached rarely but
// still reached (a hard cap at what the others leave at their lows, taken before, never
// reached it, and missed most of the cold starts there).
struct PoolSharing
{
    double pool = -1;  // < 0: none
    double others = 0;
    bool operator==(const PoolSharing &) const = default;
};

// Levels that are not Poisson's: a birth-death chain over the number in service n, given per
// n as the logarithm of its chance (relative), the ratio of the next one's chance to its, and
// its rate of climbs to n + 1 a second (n from 0 to size − 1; above, no chance). Its
// crossings into a level are those climbs, with no clumping to allow for (a chain's are
// exact). An SQS queue's busy pollers (sqsPollerLevels) wander this way; the arrays belong to
// the caller.
struct LevelLaw
{
    const double *logWeight = nullptr, *climbs = nullptr;
    const double *ratio = nullptr;  // e^(logWeight[n + 1] − logWeight[n]), 0 at the last
    long size = 0;                  // 0: Poisson levels
};

// The random occupancy of one compute node across the steps of a run (DESIGN.md,
// "Simulation"): what a mean flow cannot show. Requests arrive at random (Poisson) and each
// holds an execution environment (or a fleet's slot) for a mean duration. Within a step the
// number in service n then has a known distribution πₙ (truncated Poisson for any duration
// distribution when arrivals beyond the servers are refused; with a queue, a geometric tail
// above the servers). From it, level by level:
// - the chance that level k is reached within a window: it starts there (P(n ≥ k)), or the
//   occupancy climbs from k − 1 to k, at the rate λ πₖ₋₁, in clumps (a climb is soon followed
//   by more), so first passages come at λ πₖ₋₁ × the clump factor;
// - the horizon's peak: the largest per-minute Maximum, from those chances summed over steps;
// - the warm pool and cold starts: environment k (reused last-in, first-out) is warm while
//   level k was reached within the reclaim time; it starts cold when the pool grows, and
//   when level k is reached after a stay below it longer than the reclaim time (stays below
//   k last P(n < k) / (λ πₖ₋₁) on average, taken as exponential).
// Every figure is a rate or a chance over time, so the step is a resolution, not a result.
class Occupancy
{
public:
    struct Step
    {
        double minuteMaximum = 0;   // expected Maximum in service within a minute at this step's load
        double coldStarts = 0;      // environments started this step
        double warm = 0;            // expected environments warm at the step's end
    };

    // What a node needs of the model: a function its levels (peaks, warm pool, cold starts)
    // and its random queue; a fleet only its random queue (its slots never start cold and its
    // Maximum is its size), which skips the pass over the levels.
    enum class Tracks { LevelsAndQueue, QueueOnly };

    explicit Occupancy(double reclaimS = 300, Tracks tracks = Tracks::LevelsAndQueue)
        : m_reclaimS(reclaimS), m_tracksLevels(tracks == Tracks::LevelsAndQueue)
    {
    }

    // A step of `dt` seconds in which requests arrive at random at `rate` per second and stay
    // `durationS` on average, at most `servers` in service. `queueCv` < 0: arrivals beyond
    // the servers are refused (sync callers); else they wait, durations having that
    // coefficient of variation, and the chance of k waiting falls geometrically
    // (queueTailRatio). Levels at or below `alwaysWarm` (provisioned concurrency) never start
    // cold. A step whose load is within a band around the last pass's repeats that pass,
    // moving only the warm pool (holdBand in occupancy.cpp). `queueServers` (queued, fewer
    // than `servers`): those waiting are served by that many, an Erlang-C queue of its own,
    // while the levels still reach `servers` (a function in a shared pool: its peaks borrow
    // what the others leave, but its queue waits on the slots it holds; pooledQueue).
    // `sharing` (refused beyond the servers): see PoolSharing. `law`: the levels' own chain,
    // in place of Poisson's (LevelLaw). `queueWaitChance` (queued, ≥ 0): the queue forms only
    // while a pool shared with others is full, which happens with this chance, and then drains
    // on `queueServers` (every slot that frees: pooledQueue), in place of Erlang-C's own.
    Step step(double rate, double durationS, double servers, double dt, double queueCv = -1, double alwaysWarm = 0,
              double queueServers = -1, PoolSharing sharing = {}, LevelLaw law = {}, double queueWaitChance = -1);

    // The last step that was not held: its inputs, a count that grows with each, and
    // (queued, whole servers under the load's reach) Erlang-C's chance to wait, from the same
    // Poisson weights (else < 0).
    struct Pass
    {
        std::uint64_t count = 0;
        double rate = 0, servers = 0, waitChance = -1;
    };
    const Pass &lastPass() const { return m_pass; }

    // Off: a step holds only when its inputs repeat the last pass's exactly (to check the
    // held steps against full passes).
    void setHoldsWithinTolerance(bool on) { m_holds = on; }

    // The peaks count the steps from here on only (the exact check's window): every level
    // and number waiting unreached, each starting below as the last pass left it.
    void restartPeaks();
    // The expected largest per-minute Maximum in service over the steps so far.
    double peak() const;
    // Queued: the expected largest number waiting over the steps so far.
    double peakBacklog() const;
    double reclaimS() const { return m_reclaimS; }

private:
    struct Inputs
    {
        double rate = -1, durationS = 0, servers = 0, dt = 0, queueCv = 0, alwaysWarm = 0, queueServers = -1;
        double queueWaitChance = -1;
        PoolSharing sharing;
        bool law = false;
        bool operator==(const Inputs &) const = default;
    };
    void grow(long level);
    // Whether a step with these inputs, not the last pass's, repeats that pass.
    bool holds(const Inputs &in) const;
    // Adds the first passages of the held steps.
    void flushPending();
    // Moves m_backlogSure past the numbers waiting whose first passages make them certain.
    void reachBacklog();
    // Level k's first passages in those steps, not yet added.
    double pending(long k) const
    {
        return k >= m_passageLevels.first && k <= m_passageLevels.second ? m_passageRate[size_t(k)] * m_pendingS : 0.0;
    }

    static constexpr double maxTrackedLevel = 100000;
    double m_reclaimS;
    bool m_tracksLevels;
    bool m_holds = true;
    double m_coarsePeak = 0, m_coarseWarm = 0;  // steps past maxTrackedLevel
    long m_sure = 0;        // levels 1 .. m_sure are reached for certain and always warm
    long m_top = 0;         // the highest level with any state
    // Per level k (index k): whether its environment is warm, the first-passage hazard over
    // about the last reclaim time, the first passages summed over the run, and the least
    // chance over the steps of starting below it, P(n < k) (so P(max < k) is at most that
    // times e^−passages).
    std::vector<double> m_warm, m_recent, m_passages, m_below;
    std::vector<double> m_lastBelow;  // the last pass's P(n < k), for the held steps
    // Queued: per number waiting j (index j), its first passages and least chance below.
    std::vector<double> m_backlogPassages, m_backlogBelow;
    std::size_t m_backlogSure = 0;  // 1 .. this many waiting are reached for certain (not stepped)
    std::vector<double> m_crossing, m_cdf;  // scratch: per level, πₖ₋₁ and P(n < k), unnormalised
    std::vector<double> m_room;             // scratch (sharing): per level, the others' room, relative
    // The last pass's first-passage rates (levels in m_passageLevels), for the steps held on it.
    std::vector<double> m_passageRate;
    // The last pass over the numbers waiting (passBacklog; count 0: none): its rates are
    // worked out again from these where the held steps need them, rather than kept per number
    // (a queue near its brink has hundreds of thousands).
    struct BacklogRates
    {
        long from = 1, count = 0;
        double chance = 0, ratio = 0, rate = 0;
    };
    BacklogRates m_backlogRates;
    std::pair<long, long> m_passageLevels{1, 0};
    Inputs m_last;
    double m_holdBand = 0;
    double m_othersBand = 0, m_poolBand = 0;  // the same for the sharing's inputs (poolRoom)
    Pass m_pass;
    bool m_settled = false;
    Step m_settledStep;     // what a settled repeat gives: no growth, the same recycling
    double m_pendingS = 0;  // seconds of held steps whose first passages are not yet added
};

// Steps fed to an Occupancy a minute at a time when they are shorter, for one compute node
// (its figures are rates and chances over time, so they do not depend on the period, and a
// minute is CloudWatch's period for the Maximum; each call costs a pass over the levels).
class OccupancyFeed
{
public:
    static constexpr double periodS = 60;

    // The peaks count the minutes that start within [peaksFromS, peaksToS) (the exact
    // check's window; SimulationOptions::peaksFromS).
    explicit OccupancyFeed(double reclaimS = 300, Occupancy::Tracks tracks = Occupancy::Tracks::LevelsAndQueue,
                           double peaksFromS = 0, double peaksToS = std::numeric_limits<double>::infinity())
        : m_model(reclaimS, tracks), m_peaksFromS(peaksFromS), m_peaksToS(peaksToS)
    {
    }

    // One step of `dt` seconds: `offeredRate` requests per second for `servers`, refused
    // beyond them or (`queued`) waiting; `inService`: the most the mean flow itself holds in
    // service within the step (a backlog's ramp, whose every poller is busy), which the
    // minute's mean load does not show. Returns the environments started (at the step that
    // closes a minute, else 0) and then sets `warm` to the warm pool. `queueServers`: see
    // Occupancy::step (< 0: the servers).
    // (Inline: it runs at every step of every such node, and mostly only adds.)
    // `sharing`: see Occupancy::step (its pool and the others' load, averaged over the minute
    // like the servers; a minute shares only if each of its steps did). `law`: see
    // Occupancy::step (the minute takes its last step's). `queueWaitChance`: see
    // Occupancy::step (averaged over the minute; a minute has it only if each of its steps did).
    double feed(double offeredRate, double durationS, double servers, bool queued, double durationCv, double alwaysWarm,
                double dt, double *warm, double inService = 0, double queueServers = -1, PoolSharing sharing = {},
                LevelLaw law = {}, double queueWaitChance = -1)
    {
        m_law = law;
        m_handedOver = false;
        m_seconds += dt;
        m_elapsedS += dt;
        m_offered += offeredRate * dt;
        m_serverSeconds += servers * dt;
        m_queueServerSeconds += (queueServers >= 0 ? queueServers : servers) * dt;
        m_sharedSeconds += sharing.pool >= 0 ? dt : 0.0;
        m_poolSeconds += sharing.pool >= 0 ? sharing.pool * dt : 0.0;
        m_othersSeconds += sharing.pool >= 0 ? sharing.others * dt : 0.0;
        m_waitSeconds += queueWaitChance >= 0 ? dt : 0.0;
        m_waitChanceSeconds += queueWaitChance >= 0 ? queueWaitChance * dt : 0.0;
        m_inService = std::max(m_inService, inService);
        m_queued = queued;
        return m_seconds < periodS - 1e-9 ? 0.0 : close(durationS, durationCv, alwaysWarm, warm);
    }
    // Hands over what the current minute gathered (the end of a run); returns the
    // environments started.
    double close(double durationS, double durationCv, double alwaysWarm, double *warm);

    const Occupancy &model() const { return m_model; }
    // The expected largest per-minute Maximum in service over the minutes handed over, and
    // the largest number waiting.
    double peak() const { return m_peaksEnded ? m_endedPeak : std::max(m_model.peak(), m_heldPeak); }
    double peakBacklog() const { return m_peaksEnded ? m_endedBacklog : m_model.peakBacklog(); }
    // The expected Maximum in service within the last minute handed over (CloudWatch's
    // ConcurrentExecutions, Maximum per minute).
    double minuteMaximum() const { return m_minuteMaximum; }
    // Whether the last feed handed a minute over.
    bool handedOver() const { return m_handedOver; }
    // Queued: the random wait at the load of the model's last pass (the minutes it holds
    // share it), for requests of that mean duration and coefficient of variation.
    const Wait &minuteWait(double durationS, double durationCv);
    // The mean offered rate and servers over the part of a minute not handed over yet (0 when
    // there is none).
    double openRate() const { return m_seconds > 0 ? m_offered / m_seconds : 0.0; }
    double openServers() const { return m_seconds > 0 ? m_serverSeconds / m_seconds : 0.0; }

private:
    Occupancy m_model;
    double m_minuteMaximum = 0;
    bool m_handedOver = false;
    double m_seconds = 0, m_offered = 0, m_serverSeconds = 0, m_queueServerSeconds = 0;
    double m_sharedSeconds = 0, m_poolSeconds = 0, m_othersSeconds = 0;
    double m_waitSeconds = 0, m_waitChanceSeconds = 0;
    double m_inService = 0;  // the most the mean flow held in service within the open minute
    // The levels the mean flow held, kept warm for the reclaim time (m_heldS since reached),
    // and the most it held.
    double m_held = 0, m_heldS = 0, m_heldPeak = 0;
    double m_warmBefore = 0;  // the warm pool the last minute handed over left
    double m_peaksFromS = 0, m_peaksToS = 0, m_elapsedS = 0;
    bool m_peaksRestarted = false, m_peaksEnded = false;
    double m_endedPeak = 0, m_endedBacklog = 0;  // the window's peaks, once it has ended
    bool m_queued = false;
    LevelLaw m_law;
    Wait m_wait;
    std::uint64_t m_waitPass = 0;
};

// The geometric ratio of the chance of k waiting in a G/G/c queue at load `load` on
// `servers` with durations of coefficient of variation `durationCv`: Erlang-C's ρ, widened
// so the mean queue is Allen–Cunneen's (1 + cv²) / 2 times the M/M/c one.
double queueTailRatio(double load, double servers, double durationCv);
// The utilization past which queueTailRatio gives 1: no stationary random queue.
constexpr double queueBrink = 0.999;

} // namespace archscope::queueing
