#pragma once

#include "lanes.h"
#include "occupancy.h"
#include "randomload.h"
#include "simgraph.h"
#include "simulator.h"
#include "sqspollers.h"

#include <algorithm>
#include <cmath>

// The formulas that the step bodies (relaystep, lambdastep, containerstep) share with the
// code that derives series from others (SimulationRun::initDerivations) and with the
// chunk's bookkeeping: each is written here once.
namespace archscope::sim {

// The most a function holds in service while its load outruns its warm pool `warm` (at the
// start, or in a spike past the pool): the requests the warm environments cannot take start
// cold and hold theirs for the init as well, so until the first new ones are free the mean flow
// holds warm + (rate − warm / d)(init + d), within `capacity`. 0 when the pool keeps up.
// Lane by lane for the vector steps (V a lane vector), or one double.
template <class V>
[[gnu::always_inline]] inline V coldRampInService(V warm, V rate, V durationS, V initS, V capacity)
{
    const V zero{};
    const auto ramps = (initS > zero) & (durationS > zero) & (rate * durationS > warm);
    return ramps ? vmin(capacity, warm + (rate - warm / durationS) * (initS + durationS)) : zero;
}

// What a node costs per step just for existing (USD).
inline double standingCost(const SimGraph::Node &node, double dt)
{
    return node.usdPerSecond * dt;
}

// A function's invocations per step per concurrent execution (Little's law): Served is
// Concurrency times this.
inline double servedPerConcurrency(const SimGraph::Node &node, double dt)
{
    return dt * (1 / node.durationS);
}

// The concurrency a function's Utilization is measured against: its reserved concurrency,
// or the account's unreserved pool.
inline double utilizationLimit(const SimGraph::Node &node, double unreservedPool)
{
    return node.reserved < 0 ? unreservedPool : node.reserved;
}
// Utilization is Concurrency times this when the limit is above 0.
inline double utilizationPerConcurrency(double limit)
{
    return limit > 0 ? 1 / limit : 0.0;
}

// Legacy scaling: the account's burst bucket at a step's start, refilled, less what the
// functions stepped before in this step took (`used`); may be below 0.
inline double legacyLevel(double level, double refill, double used)
{
    return std::min(Simulator::legacyBurst, level + refill) - used;
}

// A fleet unit serves unitCapacity requests/s as slots of one request each: this many slots,
// each request in service slots / unitCapacity seconds (about durationS), so the fleet's
// capacity stays exact (the exact engine's model, and the queueing layer's servers).
// Whether target tracking decides at the end of the step [t, t + dt): a one-minute metric
// closes within it.
inline bool targetTrackingDecides(double t, double dt)
{
    constexpr double tick = Simulator::scaleTickS;
    return std::floor((t + dt) / tick + 1e-9) > std::floor(t / tick + 1e-9);
}

// A poller SQS adds while messages wait takes a batch at once, where one that has been
// polling takes its batches over its invocations' cycle. A poller added at time t₀ has started
// 1 + ⌊(t − t₀) / d⌋ invocations by t, on average (t − t₀) / d + ½: the pollers added during a
// ramp take messages as if this many more had been polling all along (300 a minute times half
// a duration). Without it a queue that starts at 300 messages/s into a 5 s function clears
// its first backlog 5 s late, with 25 pollers too many (295 against 268 request by request).
inline double sqsLeadPollers(double durationS)
{
    return Simulator::sqsPollersPerMinute / 60 * durationS / 2;
}

// How long within a step of `dt` seconds SQS keeps adding pollers (300 a minute) to the
// `pollers` there are: while messages wait, that is until the pollers, each taking
// `perPollerS` messages a second in full batches (and `lead` more as if polling, see
// sqsLeadPollers), have served the `backlog` waiting at the step's start and those arriving
// since at `arrivalRate`. A fluid over the step, so a step of a minute adds as many as sixty
// steps of a second.
inline double sqsRampS(double pollers, double backlog, double arrivalRate, double perPollerS, double lead, double dt)
{
    // Served by τ: perPollerS ((pollers + lead) τ + perS τ² / 2); waiting: backlog + arrivalRate τ.
    // The root of a τ² + b τ − backlog, in the form that does not cancel when b > 0.
    constexpr double perS = Simulator::sqsPollersPerMinute / 60;
    const double a = perPollerS * perS / 2, b = perPollerS * (pollers + lead) - arrivalRate, waiting = std::max(0.0, backlog);
    if (!(a > 0))
        return 0;
    const double disc = std::sqrt(b * b + 4 * a * waiting);
    const double root = b > 0 ? 2 * waiting / (b + disc) : (disc - b) / (2 * a);
    return std::clamp(root, 0.0, dt);
}

// The most messages waiting within a step, as the same fluid: `backlog` at its start,
// arrivals at `arrivalRate`, pollers added 300 a minute from `pollers` (up to
// `maxConcurrency`). The backlog grows until the pollers keep up, at
// t* = (arrivalRate / perPollerS − pollers − lead) / perS; a step longer than that still sees
// its peak (a burst's backlog builds and clears within the first minute).
inline double sqsPeakWithinStep(double backlog, double arrivalRate, double pollers, double perPollerS, double lead,
                                double maxConcurrency, double dt)
{
    constexpr double perS = Simulator::sqsPollersPerMinute / 60;
    if (!(perPollerS > 0))
        return backlog;
    const double catchUp = (arrivalRate / perPollerS - pollers - lead) / perS;
    if (!(catchUp > 0))
        return backlog;
    // Past maxConcurrency the pollers stop growing; the backlog then peaks at the step's end,
    // which the step's own figure shows.
    const double t = std::min({catchUp, dt, std::max(0.0, (maxConcurrency - pollers) / perS)});
    return backlog + arrivalRate * t - perPollerS * ((pollers + lead) * t + perS * t * t / 2);
}

// The longest a message waits within a step, in the same fluid, first in first out: the one
// served as the pollers catch up (at t*), which arrived when the pollers had served the
// backlog and the arrivals before it. 0 when they do not catch up within the step (the step's
// end then shows the wait) or had nothing to catch up.
inline double sqsLongestWaitWithinStep(double backlog, double arrivalRate, double pollers, double perPollerS, double lead,
                                       double maxConcurrency, double dt)
{
    constexpr double perS = Simulator::sqsPollersPerMinute / 60;
    if (!(perPollerS > 0) || !(arrivalRate > 0))
        return 0;
    const double catchUp = (arrivalRate / perPollerS - pollers - lead) / perS;
    if (!(catchUp > 0) || catchUp > dt || pollers + perS * catchUp > maxConcurrency)
        return 0;
    const double served = perPollerS * ((pollers + lead) * catchUp + perS * catchUp * catchUp / 2);
    return served > backlog ? catchUp - (served - backlog) / arrivalRate : 0.0;
}

// The SQS pollers over a step of `dt` seconds from `pollers`: added 300 a minute for
// `backlogS` seconds while messages wait (sqsRampS), or on their way up to the `settle` busy
// pollers random arrivals keep (sqspollers.h); once none wait they fall to `settle` (five at
// least), as pollers finding nothing are dropped. Never above `maxConcurrency`. `rampTo`: by
// the step's end while messages still wait; `mean`: over the step, what it runs on: with no
// backlog to ramp for, no more than the `busy` pollers random arrivals keep on average (under
// five, the first five are not all busy).
struct SqsStepPollers
{
    double rampTo, mean;
};
inline SqsStepPollers sqsStepPollers(double pollers, double backlogS, double settle, double busy, double maxConcurrency,
                                     double dt)
{
    constexpr double perS = Simulator::sqsPollersPerMinute / 60;
    const double settleS = settle > pollers ? std::min(dt, (settle - pollers) / perS) : 0.0;
    const double rampTo = std::min(maxConcurrency, pollers + std::max(backlogS, settleS) * perS);
    const double added = rampTo - pollers;  // reached after added / perS seconds, then held
    double mean = rampTo - added * added * (0.5 / (perS * dt));
    const double after = std::min(maxConcurrency, std::max(Simulator::sqsPollersStart, settle));
    if (backlogS < dt && rampTo > after)
        mean -= (dt - backlogS) / dt * (rampTo - after);
    if (!(backlogS > 0) && busy > 0)
        mean = std::min(mean, busy);
    return {rampTo, mean};
}

// The batches a stream's `batchSlots` (shards × parallelization factor) start in a step of `dt`
// seconds with `records` there to take: Lambda invokes as soon as records are there, so a slot
// starts again at once when its invocation returns with records waiting, else with the next
// record. A cycle is the duration and, when none arrived meanwhile (e^−λd, λ a slot's records a
// second), the wait for the next one: 1 / (d + e^−λd / λ) a second, back to back under load,
// about once a record when they are rare. (e^λd is taken to its x⁴ term: the rate is within
// 0.4 % at any load, without a transcendental at every step.)
template <class V>
[[gnu::always_inline]] inline V streamBatches(V records, V batchSlots, V durationS, double dt)
{
    const V x = records * durationS / (batchSlots * dt);
    const V xc = vmin(x, splat<V>(1e6));
    const V growth = 1 + xc * (1 + xc * (0.5 + xc * (1.0 / 6 + xc * (1.0 / 24))));
    return records / (x + 1 / growth);
}

// What the invocations that ran of those a poll wire wanted (`needed`, fewer batches than
// wanted: the function's cap or the pool held some back) take of its `backlog` in a step.
// The pollers held back keep the messages waiting, so the invocations that run find fuller
// batches: they take their share of what the wanted ones could take in full batches
// (`takeable`, at least the backlog), up to the backlog.
template <class V>
[[gnu::always_inline]] inline V polledTaken(V backlog, V ran, V needed, V takeable)
{
    return vmin(backlog, ran * takeable / needed);
}

// How the pollers stand when a burst outruns them (sqsPlanStep's ramp). `idle`: pollers that
// wait with the queue empty; each takes the first message that comes, one and not a batch,
// and polls again only when its invocation returns, so against the fluid's steady
// batches they fall b/2 − 1 messages behind each. `spareWarm`: the function's warm
// environments that its busy pollers do not hold; the idle pollers, then those added, take
// them, and the rest start cold and return `initS` later, b·init/d messages behind each.
// Without them a burst from 2 to 200 messages/s into a 1 s function (batches of 10) peaked
// at 156 messages against 257 request by request.
struct SqsRampStart
{
    double idle = 0, spareWarm = 0, initS = 0;
    bool operator==(const SqsRampStart &) const = default;
};
// The ramp start of a step that begins with `backlog` waiting and `pollers` pollers, after a
// step with `arrivedBefore` messages a second, for a function of `durationS` and `initS` with
// `warm` environments, when `arrivalRate` may outrun the pollers (else none: nothing ramps).
// With none waiting the pollers busy are those the arrivals before kept, one message each.
inline SqsRampStart sqsRampStart(double pollers, double backlog, double arrivalRate, double arrivedBefore, double perPollerS,
                                 double durationS, double initS, double warm)
{
    if (!(arrivalRate > perPollerS * (pollers + sqsLeadPollers(durationS))))
        return {};
    const double idle = backlog > 0 ? 0.0 : std::max(0.0, pollers - arrivedBefore * durationS);
    return {idle, std::max(0.0, warm - (pollers - idle)), std::max(0.0, initS)};
}

// An SQS poll wire's step as a whole, from `pollers` and the `backlog` at the step's start,
// messages arriving at `arrivalRate`, `perPollerS` messages a second per poller in full
// batches into a function of `durationS`, the `settle` and `busy` pollers random arrivals
// keep (sqspollers.h), at most `maxConcurrency`; `start`: how a ramp's pollers start.
struct SqsStepPlan
{
    double rampTo = 0, mean = 0;  // sqsStepPollers
    // The pollers taking batches: their mean, and while they are added the lead of their first
    // batches (sqsLeadPollers); the invocations' share of those batches is below 1 then, as no
    // more run at a time than there are pollers.
    double serving = 0, invocationShare = 1;
    // While messages wait every poller is busy: the most in service within the step, at the
    // moment the backlog clears or the step ends (0: none waited).
    double busyPeak = 0;
    double peakWithin = 0, waitWithin = 0;  // sqsPeakWithinStep, sqsLongestWaitWithinStep
};
inline SqsStepPlan sqsPlanStep(double pollers, double backlog, double arrivalRate, double perPollerS, double durationS,
                               double settle, double busy, double maxConcurrency, double dt, const SqsRampStart &start = {})
{
    constexpr double perS = Simulator::sqsPollersPerMinute / 60;
    double lead = sqsLeadPollers(durationS);
    // A ramp's slow start (SqsRampStart): the messages the idle and cold pollers fall behind
    // wait as if there from the start, and the added pollers that start cold lead less.
    double behind = 0;
    const double adding = arrivalRate / perPollerS - pollers - lead;  // about the pollers the ramp adds
    if (adding > 0 && (start.idle > 0 || start.initS > 0)) {
        const double spare = std::max(0.0, start.spareWarm - start.idle);
        lead -= perS * start.initS * (adding > spare ? (adding - spare) / adding : 0.0);
        behind = start.idle * (perPollerS * durationS / 2 - 1)
                 + std::max(0.0, start.idle - start.spareWarm) * perPollerS * start.initS;
        behind = std::max(behind, -backlog);
    }
    const double waiting = backlog + behind;
    const double backlogS = sqsRampS(pollers, waiting, arrivalRate, perPollerS, lead, dt);
    const SqsStepPollers step = sqsStepPollers(pollers, backlogS, settle, busy, maxConcurrency, dt);
    SqsStepPlan plan;
    plan.rampTo = step.rampTo;
    plan.mean = plan.serving = step.mean;
    if (backlogS > 0) {
        const double addingS = std::min(backlogS, std::max(0.0, (maxConcurrency - pollers) / perS));
        // The batches taken: the pollers' mean, their lead, less what the slow start holds back.
        plan.serving = std::max(0.0, step.mean + (lead * addingS - behind / perPollerS) / dt);
        plan.invocationShare = plan.serving > 0 ? step.mean / plan.serving : 1.0;
        plan.busyPeak = std::min(maxConcurrency, pollers + backlogS * perS);
    }
    plan.peakWithin = sqsPeakWithinStep(waiting, arrivalRate, pollers, perPollerS, lead, maxConcurrency, dt);
    plan.waitWithin = sqsLongestWaitWithinStep(waiting, arrivalRate, pollers, perPollerS, lead, maxConcurrency, dt);
    return plan;
}

// The servers an SQS queue waits for at its random peaks when its function's cap (its
// reserved concurrency or share of the account, the wire's maximum concurrency) holds back
// the pollers, whose batches then fill (BusyQueuePeaks); 0 when the pollers' own ceiling at
// the load is lower, as they then settle under the cap taking part batches (sqspollers.h).
inline double busyQueueServers(double capacity, double maxConcurrency, double pollersCeiling)
{
    const double own = std::min(capacity, maxConcurrency);
    return own < pollersCeiling ? own : 0.0;
}

// The levels of a function whose only work is an SQS queue's, `arrivals` messages a second:
// its busy pollers' chain (sqsPollerLevels), where the equilibrium works it out; else Poisson's.
inline queueing::LevelLaw sqsLevelLaw(SqsPollerEquilibrium &equilibrium, double arrivals, double durationS)
{
    const SqsLevels *levels = equilibrium.levelsAt(arrivals, durationS);
    return levels ? queueing::LevelLaw{levels->logWeight.data(), levels->added.data(), levels->ratio.data(),
                                       long(levels->logWeight.size())}
                  : queueing::LevelLaw{};
}

// The most a queue-fed function's random peaks reach: the busy pollers' ceiling about their
// balance (sqspollers.h), or the pollers a backlog ramped up this step, whichever is higher.
inline double sqsPeakPollers(double ceiling, double rampTo)
{
    return std::max(ceiling, rampTo);
}

// The account's unreserved pool near its limit, shared alike. Every request of every function
// that draws on it finds it full with the same chance, so the functions of one depth (whose
// loads are known before any of them runs) are served the same shares at a step: Erlang-B over
// their loads together for sync calls, what that leaves for queued work, and without random
// arrivals the mean flow's pool over their demand. Deeper functions take what is left. Far from
// the limit (the 9√load + 20 environments the occupancy model reaches) each function takes from
// the pool as before: no share differs from 1 by more than rounding there.
struct PoolShare
{
    bool near = false;
    double sync = 1, queued = 1, mean = 1;
    double pool = 0, used = 0;  // what the depth found of the pool, and its expected use of it
    double offered = 0;         // the load the depth's functions offer it (erlangs)
    double syncUsed = 0, queuedUsed = 0;  // that use's sync calls and queued work
    double waiting = 0;         // the chance a request finds that pool full (Erlang-C over the depth's load)
};
// The slots an SQS consumer's busy pollers hold at `arrivals` messages a second into a
// function of `durationS`: their mean (busyPollers) and variance (the settled balance's
// spread times the duration), part batches counted.
struct PollerSlots
{
    double mean = 0, variance = 0;
};
inline PollerSlots sqsPollerSlots(SqsPollerEquilibrium &equilibrium, double arrivals, double durationS)
{
    if (!(arrivals > 0) || !(durationS > 0))
        return {};
    const double busy = equilibrium.busyPollers(arrivals, durationS).busy;
    return {busy, equilibrium.at(arrivals).spread * durationS};
}

// The least pool left beyond which `load` (in concurrent executions, random) never meets it:
// nine deviations and twenty above it, as far as the occupancy model's levels reach.
inline double poolReach(double load)
{
    return load + queueing::levelRoom(std::max(0.0, load));
}
// Whether a depth's load comes near the pool it finds (sharePool).
inline bool poolIsNear(double load, double pool)
{
    return load > 0 && pool - load < queueing::levelRoom(load);
}
// The pool a function with random arrivals meets: what the functions before it left while
// its load can reach that, else the account's whole pool. Beyond its reach the others' use
// changes none of its figures (a chance under 1e-18), so none of its bits either: parts of a
// diagram that never come near the pool step apart with the whole run's figures, exactly.
inline double poolSeen(double load, double poolLeft, double accountPool)
{
    return poolIsNear(load, poolLeft) ? poolLeft : accountPool;
}
// Whether sync calls there share it with SQS pollers (fullShareBesidePollers).
inline bool sharesWithPollers(double syncLoad, double polledLoad)
{
    return polledLoad > 0 && syncLoad > 0;
}
// `polled`: the part of the queued load that is SQS consumers' (in full batches) and the slots
// their busy pollers hold (sqsPollerSlots, summed over them).
inline PoolShare sharePool(double syncLoad, double queuedLoad, double pool, double polledLoad = 0, PollerSlots pollers = {})
{
    PoolShare s;
    const double load = syncLoad + queuedLoad;
    s.near = poolIsNear(load, pool);
    if (!s.near)
        return s;
    // Beside SQS consumers the sync calls meet their pollers' slots (fullShareBesidePollers);
    // queued work takes what the sync calls leave either way.
    const ServedShares served =
        sharesWithPollers(syncLoad, polledLoad)
            ? servedSharesGiven(syncLoad, queuedLoad, pool,
                                fullShareBesidePollers(syncLoad, std::max(0.0, queuedLoad - polledLoad), pollers.mean,
                                                       pollers.variance, wholeCapacity(pool)))
            : servedShares(syncLoad, queuedLoad, pool);
    s.sync = served.sync;
    s.queued = served.queued;
    s.mean = load > pool ? std::max(0.0, pool) / load : 1.0;
    s.pool = pool;
    s.offered = load;
    s.syncUsed = syncLoad * s.sync;
    s.queuedUsed = queuedLoad * s.queued;
    s.used = s.syncUsed + s.queuedUsed;
    // (Sync calls are refused exactly when it is full: servedShares has worked it out then.)
    s.waiting = syncLoad > 0 ? 1 - s.sync : fullShare(syncLoad, queuedLoad, pool);
    return s;
}
// What a function that draws on the pool asks of it at a step, before it runs, in concurrent
// executions: its sync calls, and queued its new async events with their retries and each
// poll wire's new messages in full batches; added term by term in that order (the same bits
// summed a step at a time or a function at a time).
inline double poolLoadPerEvent(const SimGraph::Node &node, double dt)
{
    return node.durationS * (1 / dt);
}
// The most a function's random peaks reach at a near step, `use` its mean use of the pool:
// what the others leave at their lows (their random use this many deviations under its mean),
// when its highs meet them.
constexpr double poolLowDeviations = 2;
inline double pooledServers(const PoolShare &pool, double use, double ownCapacity)
{
    const double others = std::max(0.0, pool.used - use);
    return std::min({ownCapacity, pool.pool, pool.pool - others + poolLowDeviations * std::sqrt(others)});
}
// What a pooled function's random levels reach at a near step when it has sync callers
// (refused beyond them), `offered` its own load (erlangs), `own` its own capacity: up to its
// own capacity within the pool, each level as often as the others leave room for it, their
// number in service Poisson in their offered load, as Erlang's product form has it
// (PoolSharing). The hard cap of pooledServers never let a level above it be reached: two
// sync functions of 50 and 40 requests/s of 1 s in an account of 100 started cold 80 and 130
// times in 6 hours against 188 and 177 request by request, the levels between their usual
// highs and the pool's top each reached now and then, after stays below longer than the
// reclaim time. A function the full pool squeezes far under its load (served `use` more than
// three deviations under it) keeps the hard cap: its levels then lie below those its load
// reaches, where the model does not look (a pool asked for many times its size).
struct PooledLevels
{
    double servers = 0;
    queueing::PoolSharing sharing;
};
inline PooledLevels pooledLevels(const PoolShare &pool, double offered, double use, double own)
{
    if (offered - use > 3 * std::sqrt(offered))
        return {};
    return {std::min(own, pool.pool), {pool.pool, std::max(0.0, pool.offered - offered)}};
}
// The servers a pooled function's queued work waits on at a near step, `use` its mean use
// of the pool and `servers` what its peaks reach. Request by request a finishing invocation
// serves its own function's queue first, then the functions the full pool turned away.
// Beside sync calls (refused while the pool is full) a queue then forms only while the pool
// is full, which a request finds with the chance sync calls are refused, and it takes every
// slot that frees meanwhile: its own, a share of the sync calls' and of the spare, so alone
// the whole pool. Async events of 1 s (6 h) beside sync calls of 1 s on 100, request by
// request against here (the queue as its own Erlang-C on the slots it holds had given 1.5,
// 12, 22, 37 and 18): 30 beside 50/s, 6.3 against 0; 40/s, 10.7 against 0; 48/s, 14.3
// against 0; 58/s, 19 against 0; 35 beside 70/s, 12 against 0.
// Among queued work alone, it drains on the slots its function holds and on those other
// queues leave once empty: between two bounds, the whole spare (slots move freely) and a
// share of it in proportion to the use (they never move); the exact engine's peaks lie near
// their geometric mean, a share √(use / the depth's queued use). Async events of 1 s on 100
// (6 h), request by request against here: 50 and 40/s, 46 and 41 waiting against 45.7 and
// 41.3; 70 and 20/s, 46 and 33 against 53.4 and 30.2; 80 and 10/s, 52 and 31 against 56.8
// and 22.3.
struct PooledQueue
{
    double servers = 0;
    double waitChance = -1;  // ≥ 0: the chance it waits at all (Occupancy::step's queueWaitChance)
};
inline PooledQueue pooledQueue(const PoolShare &pool, double use, double servers)
{
    if (!(use > 0) || !(pool.used > use) || !(pool.queuedUsed > 0))
        return {servers};
    const double spare = pool.pool - pool.used, share = std::sqrt(use / pool.queuedUsed);
    if (pool.syncUsed > 0)
        return {std::min(pool.pool, use + share * (spare + pool.syncUsed)), pool.waiting};
    return {std::min(servers, use + share * spare)};
}
// The share of a function's new async events that find every environment busy and wait
// (Lambda counts them as throttles): on the servers its peaks reach, and near the account's
// limit (`pool`: its depth's share, else null) at least the chance that the pool is full
// when one arrives, which every request of the depth meets alike.
inline double asyncWaitingShare(const PoolShare *pool, double syncLoad, double queuedLoad, double servers)
{
    const double own = fullShare(syncLoad, queuedLoad, servers);
    return pool ? std::max(own, pool->waiting) : own;
}
// A function's shares of the pool at a near step: the depth's, and never more than its own
// capacity outside the pool (warm environments plus scaling, provisioned ones) allows.
inline ServedShares pooledShares(const PoolShare &pool, double syncLoad, double queuedLoad, double ownCapacity)
{
    const ServedShares own = servedShares(syncLoad, queuedLoad, ownCapacity);
    return {std::min(pool.sync, own.sync), std::min(pool.queued, own.queued)};
}

// The random queue of node i's occupancy model, in the requests or messages waiting. An SQS
// wire that takes batches fills them while messages wait, so a queue of invocations does not
// count its messages: the pollers' figures (sqspollers.h) and BusyQueuePeaks do.
inline double occupancyBacklog(const SimGraph &g, int i, const queueing::OccupancyFeed &occupancy)
{
    return g.waitsInBatches(i) ? 0.0 : occupancy.peakBacklog();
}

// The occupancy model of a node with random arrivals: a fleet's slots never start cold and
// its Maximum is its size, so only its random queue is tracked.
inline queueing::OccupancyFeed occupancyFeedFor(const SimGraph::Node &node, double peaksFromS, double peaksToS)
{
    return queueing::OccupancyFeed(Simulator::warmReclaimS,
                                   node.role == SimGraph::Role::Container ? queueing::Occupancy::Tracks::QueueOnly
                                                                          : queueing::Occupancy::Tracks::LevelsAndQueue,
                                   peaksFromS, peaksToS);
}

inline int fleetSlotsPerUnit(const SimGraph::Node &node)
{
    return std::max(1, static_cast<int>(std::lround(node.unitCapacity * node.durationS)));
}
inline double fleetServiceS(const SimGraph::Node &node)
{
    return fleetSlotsPerUnit(node) / node.unitCapacity;
}

} // namespace archscope::sim
