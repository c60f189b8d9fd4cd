#include "lambdastep.h"

#include "lanes.h"

namespace archscope::sim {

namespace {

using Series = SimulationResults::Series;

// A poll wire's invocations wanted this step, after `in` events joined its backlog.
// Divisions are few on purpose: each one sits on the chain from one step to the next.
inline double pollDemand(PollState &ps, const PollWire &pw, double in, double dt, double invD)
{
    const SimGraph::Wire &wire = *pw.wire;
    ps.backlog += in;
    ps.invocations = 0;
    if (ps.backlog <= 0)
        return 0;
    const double cap = wire.queue ? std::min(ps.pollers, wire.maxConcurrency) : wire.streamCap;
    // Batches fill up under load; at low rates each poll (about one per second per poller)
    // takes what is there.
    ps.needed = std::max(ps.backlog * pw.perBatch, std::min(ps.backlog, cap * dt));
    ps.invocations = std::min(ps.needed, cap * dt * invD);
    return ps.invocations;
}

// Runs the share of a poll wire's invocations the function could take; returns the backlog left.
inline double pollServe(PollState &ps, const SimGraph::Wire &wire, double share, double dt, double invDt, double d,
                        double *served, double *peakAge)
{
    if (ps.invocations <= 0 && ps.backlog <= 0) {
        ps.ageS = 0;
        return ps.backlog;
    }
    const double inv = ps.invocations * share;
    // When every invocation wanted runs, the backlog is taken whole; else each invocation
    // takes its share of it. (Dividing only then keeps the usual step free of divisions.)
    const double consumed = inv >= ps.needed ? ps.backlog : std::min(ps.backlog, inv * ps.backlog / ps.needed);
    ps.backlog -= consumed;
    *served += inv;
    ps.ageS = ps.backlog <= 1e-9 ? 0 : consumed > 0 ? ps.backlog * dt / consumed : ps.ageS + dt;
    *peakAge = std::max(*peakAge, ps.ageS);
    if (wire.queue) {
        const double wanted = ps.needed * d * invDt;
        ps.pollers = wanted > ps.pollers ? std::min(wire.maxConcurrency, ps.pollers + Simulator::sqsPollersPerMinute / 60 * dt)
                                         : std::max(std::min(Simulator::sqsPollersStart, wire.maxConcurrency), wanted);
    }
    return ps.backlog;
}

// A Lambda function's steps, compiled per shape (scaling model, async queue or not, no, one
// or several poll wires) so each function runs only the work it has, with its state in
// registers.
template <bool Legacy, bool Queue, int Polls>
void stepLambdaShaped(const LambdaChunk &c)
{
    using S = Simulator;
    const SimGraph::Node &node = *c.node;
    NodeState &s = *c.state;
    const int len = c.len;
    const int *const posOf = c.posOf;
    const double dt = c.dt, invDt = 1 / dt, t0 = c.t0;
    const double d = node.durationS, invD = 1 / d, dtPerD = dt * invD, f = node.failureRate;
    const double attempts = s.attempts, finalFailure = s.finalFailure;
    const double reserved = node.reserved, provisioned = node.provisioned;
    const bool pooled = reserved < 0, hasProvisioned = provisioned > 0;
    const double staticLimit = pooled ? c.unreservedPool : reserved;
    const double perLimit = staticLimit > 0 ? 1 / staticLimit : 0.0;
    const double billed = node.billedDurationS, memoryGb = node.memoryGb, coldStartS = node.coldStartS;
    const double usdPerRequest = node.usdPerRequest, usdPerGbS = node.usdPerGbS;
    const double usdPerProvisionedGbS = node.usdPerProvisionedDurationGbS, standing = node.usdPerSecond * dt;
    const double reclaimKeep = c.reclaimKeep, refill = c.refill, legacyRefill = c.legacyRefill;
    const double *__restrict inSync = c.inSync;
    const double *__restrict inAsync = c.inAsync;
    double *__restrict poolFree = c.poolFree;
    double *__restrict legacyUsed = c.legacyUsed;
    double *__restrict out = c.out;
    double *__restrict lost = c.lost;
    double *__restrict cArr = c.series[static_cast<int>(Series::Arrivals)];
    double *__restrict cServed = c.series[static_cast<int>(Series::Served)];
    double *__restrict cConc = c.series[static_cast<int>(Series::Concurrency)];
    double *__restrict cUtil = c.series[static_cast<int>(Series::Utilization)];
    double *__restrict cThr = c.series[static_cast<int>(Series::Throttled)];
    double *__restrict cBacklog = c.series[static_cast<int>(Series::Backlog)];
    double *__restrict cCold = c.series[static_cast<int>(Series::ColdStarts)];
    double *__restrict cCost = c.series[static_cast<int>(Series::CostRate)];
    double *__restrict cCum = c.series[static_cast<int>(Series::CumulativeCost)];
    AsyncQueue *const q = c.queue;
    double warm = s.warm, tokens = s.tokens, level = c.accountLevel;
    double peakAge = s.peakAge, expiredTotal = s.expired, failedTotal = s.failed;
    double cumulative = s.cumulativeCost;
    // One poll wire: its state in locals.
    PollState one = Polls == 1 ? *c.polls[0].state : PollState();
    const SimGraph::Wire *const oneWire = Polls == 1 ? c.polls[0].wire : nullptr;

    for (int k = 0; k < len; ++k) {
        const int pos = posOf[k];
        const double syncInv = inSync[k];
        double asyncNew = 0, asyncAvail = 0, expired = 0;
        bool cohorts = false;
        if constexpr (Queue) {
            // With nothing waiting, the step's events need no cohorts unless some are left
            // over (they cannot expire within the step they arrived in).
            const double t = t0 + k * dt;
            asyncNew = inAsync[k];
            cohorts = q->total > 0 || dt > S::asyncMaxAgeS;
            if (cohorts) {
                q->push(t, asyncNew);
                expired = q->expire(t + dt, S::asyncMaxAgeS);
                asyncAvail = q->total;
            } else {
                asyncAvail = asyncNew;
            }
        }
        double arrivals = syncInv + asyncNew;
        double polled = 0;
        if constexpr (Polls == 1) {
            arrivals += c.polls[0].in[k];
            polled = pollDemand(one, c.polls[0], c.polls[0].in[k], dt, invD);
        } else if constexpr (Polls > 1) {
            for (int p = 0; p < c.pollCount; ++p) {
                arrivals += c.polls[p].in[k];
                polled += pollDemand(*c.polls[p].state, c.polls[p], c.polls[p].in[k], dt, invD);
            }
        }
        const double demand = (syncInv + asyncAvail * attempts + polled) * d * invDt;
        const double limit = pooled ? poolFree[k] : reserved;
        double available;
        if constexpr (Legacy) {
            // The account's burst bucket, after the functions handled before this one in this
            // chunk took their share.
            level = std::min(S::legacyBurst, level + legacyRefill) - legacyUsed[k];
            available = std::max(0.0, level);
        } else {
            tokens = std::min(S::scalingPer10s, tokens + refill);
            available = tokens;
        }
        const double conc = std::min(std::min(demand, limit), std::max(warm + available, provisioned));
        // The share of the demand served: 1 exactly unless the function is held back.
        const double share = conc < demand ? conc / demand : 1.0;
        const double servedSync = syncInv * share;
        const double asyncServed = asyncAvail * share;
        double pollServed = 0, backlog = 0;
        if constexpr (Polls == 1) {
            const double left = pollServe(one, *oneWire, share, dt, invDt, d, &pollServed, &peakAge);
            backlog += left;
            c.polls[0].waiting[pos] = left;
        } else if constexpr (Polls > 1) {
            for (int p = 0; p < c.pollCount; ++p) {
                const double left = pollServe(*c.polls[p].state, *c.polls[p].wire, share, dt, invDt, d, &pollServed, &peakAge);
                backlog += left;
                c.polls[p].waiting[pos] = left;
            }
        }
        double asyncThrottled = 0;
        if constexpr (Queue) {
            const double t = t0 + k * dt;
            if (cohorts)
                q->pop(asyncServed);
            else if (asyncAvail - asyncServed > 1e-12 * (1 + asyncServed))
                q->push(t, asyncAvail - asyncServed);
            asyncThrottled = std::max(0.0, asyncNew - std::max(0.0, asyncServed - (asyncAvail - asyncNew)));
            backlog += q->total;
            peakAge = std::max(peakAge, q->ageS(t + dt));
        }
        // servedSync + asyncServed * attempts + pollServed is share * demand * dt / d, that is
        // conc * dt / d: one multiplication after conc instead of five operations on the
        // chain that carries warm environments and tokens from one step to the next.
        const double invocations = conc * dtPerD;
        const double throttled = (syncInv - servedSync) + asyncThrottled;
        // An invocation needs a whole environment even when the average is a fraction.
        const double needed = conc > 0 ? std::max(conc, std::min(1.0, invocations)) : 0.0;
        const double created = std::max(0.0, needed - warm);
        if constexpr (Legacy) {
            legacyUsed[k] += created;
            level -= created;
        } else {
            tokens = std::max(0.0, tokens - created);
        }
        // Idle environments fade: needed + (warm - needed) * keep when warm exceeds needed.
        warm = std::max(provisioned, std::max(needed, warm * reclaimKeep + needed * (1 - reclaimKeep)));
        if (pooled)
            poolFree[k] = std::max(0.0, poolFree[k] - conc);
        if constexpr (Queue) {
            const double failedAsync = asyncServed * finalFailure;
            expiredTotal += expired;
            failedTotal += failedAsync;
            lost[k] = failedAsync + expired;
        }
        out[k] = (servedSync + pollServed) * (1 - f) + asyncServed * (1 - finalFailure);
        // Billing: duration on provisioned environments while they suffice.
        const double gbs = invocations * billed * memoryGb;
        double onDemandGbs = gbs, provisionedGbs = 0;
        if (hasProvisioned) {
            const double provShare = conc > 0 ? std::min(conc, provisioned) / conc : 0.0;
            provisionedGbs = gbs * provShare;
            onDemandGbs = gbs - provisionedGbs;
            c.gbs[k] = onDemandGbs;
            c.gbsProvisioned[k] = provisionedGbs;
        }
        const double init = created * coldStartS * memoryGb;
        const double cost = invocations * usdPerRequest + (onDemandGbs + init) * usdPerGbS
                            + provisionedGbs * usdPerProvisionedGbS + standing;
        cumulative += cost;
        cArr[pos] = arrivals;
        cServed[pos] = invocations;
        cConc[pos] = conc;
        cUtil[pos] = staticLimit > 0 ? conc * perLimit : (demand > 0 ? 1.0 : 0.0);
        cThr[pos] = throttled;
        cBacklog[pos] = backlog;
        cCold[pos] = created;
        cCost[pos] = cost;
        cCum[pos] = cumulative;
    }
    if constexpr (Polls == 1)
        *c.polls[0].state = one;
    s.warm = warm;
    s.tokens = tokens;
    s.peakAge = peakAge;
    s.expired = expiredTotal;
    s.failed = failedTotal;
    s.cumulativeCost = cumulative;
}

template <bool Legacy, bool Queue>
void stepLambdaPolls(const LambdaChunk &c)
{
    switch (c.pollCount) {
    case 0: stepLambdaShaped<Legacy, Queue, 0>(c); break;
    case 1: stepLambdaShaped<Legacy, Queue, 1>(c); break;
    default: stepLambdaShaped<Legacy, Queue, 2>(c); break;
    }
}

} // namespace

void stepLambda(const LambdaChunk &c, bool legacy)
{
    if (legacy)
        c.queue ? stepLambdaPolls<true, true>(c) : stepLambdaPolls<true, false>(c);
    else
        c.queue ? stepLambdaPolls<false, true>(c) : stepLambdaPolls<false, false>(c);
}

// A lane that takes more than the ones before it left leaves less than nothing, and every
// lane after it takes at least 0 (or NaN, which the check at each step lets through too): the
// pool ran short exactly where what is left after all the lanes is below 0. Four steps at a
// time, turned so each vector holds one lane.
__attribute__((target_clones("avx2", "default"))) bool takeFromPool(double *poolFree, const double *taken, int len,
                                                                    int lanes)
{
    double left[chunkCap];
    Mask4 below = {};
    int k = 0;
    for (; k + 4 <= len; k += 4) {
        Double4 t0, t1, t2, t3;
        loadColumns4(taken + k * 4, t0, t1, t2, t3);  // t0: lane 0 at steps k .. k + 3
        Double4 rest = load4(poolFree + k) - t0 - t1;
        if (lanes == 4)
            rest = rest - t2 - t3;
        below |= rest < Double4{};
        store4(left + k, rest);
    }
    bool fits = !anyLane(below);
    for (; k < len; ++k) {
        double rest = poolFree[k];
        for (int j = 0; j < lanes; ++j)
            rest -= taken[k * 4 + j];
        fits = fits && !(rest < 0);
        left[k] = rest;
    }
    if (fits)
        std::memcpy(poolFree, left, sizeof(double) * static_cast<size_t>(len));
    return fits;
}

namespace {

// What a run of functions polls: nothing, streams, SQS queues, or both.
enum PollKind { NoPoll, StreamPoll, QueuePoll, MixedPoll };

// stepLambdaShaped<false, Queue, Poll ? 1 : 0> for four functions in lanes: the same
// operations in the same order, lane by lane. Branches of the scalar loop become selects
// (both sides computed, one kept); the rare work (an async queue with events waiting, an
// account pool that runs short, a function held back, a backlog left over) drops to the
// lanes that need it, divisions included. Terms that are zero for the shape are left out,
// which changes no bit (adding 0 or multiplying 0 by a finite value is exact); so is the
// sync input when no lane has one this chunk (Sync false: only async or poll work), and
// provisioned concurrency when no lane has any (Prov false: max(x, 0) is x for x >= 0).
template <int W, bool Queue, PollKind Kind, bool Sync, bool Prov>
[[gnu::always_inline]] inline bool stepLanesShaped(const LambdaLanes &l)
{
    // W lanes (4, or 2 for a run of two): the names say four, the vectors have W.
    using Double4 = typename LanesOf<W>::D;
    using Mask4 = typename LanesOf<W>::M;
    constexpr bool Poll = Kind != NoPoll;
    using S = Simulator;
    const LambdaChunk &first = l.lane[0];
    const int len = first.len, count = l.count;
    const int *const posOf = first.posOf;
    const double dt = first.dt, invDt = 1 / dt, t0 = first.t0;
    const double reclaimKeep = first.reclaimKeep, refill = first.refill;
    const double rampPerStep = S::sqsPollersPerMinute / 60 * dt;
    double *const poolFree = first.poolFree;

    Double4 d, invD, dtPerD, f, attempts, finalFailure, limit, provisioned, staticLimit, perLimit;
    Double4 billed, memoryGb, coldStartS, usdPerRequest, usdPerGbS, usdPerProvisionedGbS, standing;
    Double4 warm, tokens, peakAge, expiredTotal, failedTotal, cumulative, queued;
    Double4 backlogP, pollers, ageP, needed, perBatch, maxConcurrency, streamCap;
    Mask4 hasProvisioned, isQueue, real, pooledMask;
    bool pooled[4] = {}, anyPooled = false, allLimited = true;
    const double *inSync[4], *inAsync[4], *pollIn[4];
    double *out[4], *lost[4], *waiting[4], *gbsOut[4], *gbsProvisionedOut[4];
    for (int j = 0; j < W; ++j) {
        const LambdaChunk &c = l.lane[j];
        const SimGraph::Node &node = *c.node;
        const NodeState &s = *c.state;
        d[j] = node.durationS;
        invD[j] = 1 / d[j];
        dtPerD[j] = dt * invD[j];
        f[j] = node.failureRate;
        attempts[j] = s.attempts;
        finalFailure[j] = s.finalFailure;
        const bool lanePooled = node.reserved < 0;
        pooled[j] = lanePooled && j < count;
        pooledMask[j] = pooled[j] ? -1 : 0;
        anyPooled = anyPooled || pooled[j];
        // A pooled lane's limit is checked against the pool after the vector step.
        limit[j] = lanePooled ? std::numeric_limits<double>::infinity() : node.reserved;
        provisioned[j] = node.provisioned;
        hasProvisioned[j] = node.provisioned > 0 ? -1 : 0;
        staticLimit[j] = lanePooled ? c.unreservedPool : node.reserved;
        perLimit[j] = staticLimit[j] > 0 ? 1 / staticLimit[j] : 0.0;
        allLimited = allLimited && staticLimit[j] > 0;
        billed[j] = node.billedDurationS;
        memoryGb[j] = node.memoryGb;
        coldStartS[j] = node.coldStartS;
        usdPerRequest[j] = node.usdPerRequest;
        usdPerGbS[j] = node.usdPerGbS;
        usdPerProvisionedGbS[j] = node.usdPerProvisionedDurationGbS;
        standing[j] = node.usdPerSecond * dt;
        warm[j] = s.warm;
        tokens[j] = s.tokens;
        peakAge[j] = s.peakAge;
        expiredTotal[j] = s.expired;
        failedTotal[j] = s.failed;
        cumulative[j] = s.cumulativeCost;
        queued[j] = Queue ? c.queue->total : 0.0;
        real[j] = j < count ? -1 : 0;
        inSync[j] = c.inSync;
        inAsync[j] = c.inAsync;
        out[j] = c.out;
        lost[j] = c.lost;
        gbsOut[j] = c.gbs;
        gbsProvisionedOut[j] = c.gbsProvisioned;
        if constexpr (Poll) {
            const PollWire &pw = c.polls[0];
            const PollState &ps = *pw.state;
            backlogP[j] = ps.backlog;
            pollers[j] = ps.pollers;
            ageP[j] = ps.ageS;
            needed[j] = ps.needed;
            perBatch[j] = pw.perBatch;
            isQueue[j] = pw.wire->queue ? -1 : 0;
            maxConcurrency[j] = pw.wire->maxConcurrency;
            streamCap[j] = pw.wire->streamCap;
            pollIn[j] = pw.in;
            waiting[j] = pw.waiting;
        }
    }
    double *const cArr = l.series4[static_cast<int>(SimulationResults::Series::Arrivals)];
    double *const cServed = l.series4[static_cast<int>(SimulationResults::Series::Served)];
    double *const cConc = l.series4[static_cast<int>(SimulationResults::Series::Concurrency)];
    double *const cUtil = l.series4[static_cast<int>(SimulationResults::Series::Utilization)];
    double *const cThr = l.series4[static_cast<int>(SimulationResults::Series::Throttled)];
    double *const cBacklog = l.series4[static_cast<int>(SimulationResults::Series::Backlog)];
    double *const cCold = l.series4[static_cast<int>(SimulationResults::Series::ColdStarts)];
    double *const cCost = l.series4[static_cast<int>(SimulationResults::Series::CostRate)];
    double *const cCum = l.series4[static_cast<int>(SimulationResults::Series::CumulativeCost)];
    const Double4 zero = {}, one = splat<Double4>(1.0);
    const Mask4 everyLane = dt > S::asyncMaxAgeS ? ~Mask4{} : Mask4{};
    const bool exactPool = l.exactPool, storeDerived = l.storeDerived, storeArrivals = l.storeArrivals;
    double *const taken = l.taken;
    // A run that may step again starts its queues again from here.
    AsyncQueue queueBefore[4];
    if (Queue && anyPooled && !exactPool)
        for (int j = 0; j < count; ++j)
            queueBefore[j] = *l.lane[j].queue;

    for (int k = 0; k < len; ++k) {
        const int pos = posOf[k];
        const Double4 syncInv = Sync ? gather4<Double4>(inSync, k) : zero;
        Double4 asyncNew = zero, asyncAvail = zero, expired = zero;
        Mask4 cohorts = {};
        const double t = t0 + k * dt;
        if constexpr (Queue) {
            asyncNew = gather4<Double4>(inAsync, k);
            asyncAvail = asyncNew;
            cohorts = ((queued > zero) | everyLane) & real;
            if (anyLane(cohorts))
                for (int j = 0; j < count; ++j)
                    if (cohorts[j]) {
                        AsyncQueue *q = l.lane[j].queue;
                        q->push(t, asyncNew[j]);
                        expired[j] = q->expire(t + dt, S::asyncMaxAgeS);
                        asyncAvail[j] = q->total;
                    }
        }
        // Each sum starts from its first term that the shape has.
        Double4 arrivals = syncInv, work = syncInv;
        if constexpr (Queue) {
            arrivals = Sync ? arrivals + asyncNew : asyncNew;
            work = Sync ? work + asyncAvail * attempts : asyncAvail * attempts;
        }
        Double4 pollInvocations = zero;
        if constexpr (Poll) {
            // pollDemand
            const Double4 in = gather4<Double4>(pollIn, k);
            arrivals = Sync || Queue ? arrivals + in : in;
            backlogP += in;
            const Double4 cap = Kind == StreamPoll  ? streamCap
                                : Kind == QueuePoll ? vmin(pollers, maxConcurrency)
                                                    : (isQueue ? vmin(pollers, maxConcurrency) : streamCap);
            const Mask4 some = ~(backlogP <= zero);
            const Double4 stepNeeded = vmax(backlogP * perBatch, vmin(backlogP, cap * dt));
            needed = some ? stepNeeded : needed;
            pollInvocations = some ? vmin(stepNeeded, cap * dt * invD) : zero;
            work = Sync || Queue ? work + pollInvocations : pollInvocations;
        }
        const Double4 demand = work * d * invDt;
        tokens = vmin(splat<Double4>(S::scalingPer10s), tokens + refill);
        const Double4 available = tokens;
        const Double4 fresh = Prov ? vmax(warm + available, provisioned) : warm + available;
        Double4 conc = vmin(vmin(demand, limit), fresh);
        if (anyPooled && !exactPool) {
            store4(taken + k * 4, pooledMask ? conc : zero);
        } else if (anyPooled) {
            // In order, each pooled function takes from what the ones before it left. When the
            // pool covers them all (the usual case) no lane changes, and what is left after
            // each is a plain difference (never below 0), one lane after the other.
            const Double4 taken = pooledMask ? conc : zero;
            Double4 before;  // the pool before each lane takes its share
            double left = poolFree[k];
            for (int j = 0; j < W; ++j) {
                before[j] = left;
                left -= taken[j];
            }
            if (!anyLane(taken > before)) [[likely]] {
                poolFree[k] = left;
            } else {
                double pool = poolFree[k];
                for (int j = 0; j < W; ++j)
                    if (pooled[j]) {
                        conc[j] = std::min(std::min(demand[j], pool), fresh[j]);
                        pool = std::max(0.0, pool - conc[j]);
                    }
                poolFree[k] = pool;
            }
        }
        const Mask4 heldBack = conc < demand;
        Double4 share = one;
        if (anyLane(heldBack))
            share = heldBack ? conc / demand : one;
        const Double4 servedSync = Sync ? syncInv * share : zero;
        const Double4 asyncServed = asyncAvail * share;
        Double4 pollServed = zero, backlog = zero;
        if constexpr (Poll) {
            // pollServe
            const Mask4 active = ~((pollInvocations <= zero) & (backlogP <= zero));
            const Double4 inv = pollInvocations * share;
            const Mask4 partial = inv < needed;
            Double4 consumed = backlogP;
            if (anyLane(partial & active))
                consumed = partial ? vmin(backlogP, inv * backlogP / needed) : backlogP;
            const Double4 left = backlogP - consumed;
            pollServed = active ? zero + inv : zero;
            const Mask4 waits = ~(left <= splat<Double4>(1e-9));
            Double4 age = zero;
            if (anyLane(waits & active))
                age = waits ? (consumed > zero ? left * dt / consumed : ageP + dt) : zero;
            peakAge = active ? vmax(peakAge, age) : peakAge;
            ageP = active ? age : zero;
            backlogP = active ? left : backlogP;
            if constexpr (Kind != StreamPoll) {
                const Double4 wanted = needed * d * invDt;
                const Double4 settled = vmax(vmin(splat<Double4>(S::sqsPollersStart), maxConcurrency), wanted);
                const Double4 ramped = vmin(maxConcurrency, pollers + rampPerStep);
                const Mask4 polls = Kind == QueuePoll ? active : active & isQueue;
                pollers = polls ? (wanted > pollers ? ramped : settled) : pollers;
            }
            backlog += backlogP;
            for (int j = 0; j < W; ++j)
                waiting[j][pos] = backlogP[j];
        }
        Double4 asyncThrottled = zero;
        if constexpr (Queue) {
            const Double4 leftover = asyncAvail - asyncServed;
            const Mask4 touched = (cohorts | (leftover > splat<Double4>(1e-12) * (one + asyncServed))) & real;
            if (anyLane(touched)) {
                Double4 age = zero;
                for (int j = 0; j < count; ++j)
                    if (touched[j]) {
                        AsyncQueue *q = l.lane[j].queue;
                        if (cohorts[j])
                            q->pop(asyncServed[j]);
                        else
                            q->push(t, leftover[j]);
                        queued[j] = q->total;
                        age[j] = q->ageS(t + dt);
                    }
                peakAge = vmax(peakAge, age);
            }
            asyncThrottled = vmax(zero, asyncNew - vmax(zero, asyncServed - (asyncAvail - asyncNew)));
            backlog += queued;
        }
        const Double4 invocations = conc * dtPerD;
        Double4 throttled = Sync ? syncInv - servedSync : zero;
        if constexpr (Queue)
            throttled = Sync ? throttled + asyncThrottled : asyncThrottled;
        const Double4 neededEnvs = conc > zero ? vmax(conc, vmin(one, invocations)) : zero;
        const Double4 created = vmax(zero, neededEnvs - warm);
        tokens = vmax(zero, tokens - created);
        warm = vmax(neededEnvs, warm * reclaimKeep + neededEnvs * (1 - reclaimKeep));
        if constexpr (Prov)
            warm = vmax(provisioned, warm);
        if constexpr (Queue) {
            const Double4 failedAsync = asyncServed * finalFailure;
            expiredTotal += expired;
            failedTotal += failedAsync;
            scatter4(lost, k, failedAsync + expired);
        }
        Double4 passed = servedSync;
        if constexpr (Poll)
            passed = Sync ? passed + pollServed : pollServed;
        if constexpr (Sync || Poll)
            passed *= one - f;
        if constexpr (Queue)
            passed = Sync || Poll ? passed + asyncServed * (one - finalFailure) : asyncServed * (one - finalFailure);
        scatter4(out, k, passed);
        const Double4 gbs = invocations * billed * memoryGb;
        Double4 onDemandGbs = gbs, provisionedGbs = zero;
        if constexpr (Prov) {
            const Double4 provShare = conc > zero ? vmin(conc, provisioned) / conc : zero;
            provisionedGbs = hasProvisioned ? gbs * provShare : zero;
            onDemandGbs = hasProvisioned ? gbs - provisionedGbs : gbs;
            scatter4(gbsOut, k, onDemandGbs);
            scatter4(gbsProvisionedOut, k, provisionedGbs);
        }
        const Double4 init = created * coldStartS * memoryGb;
        Double4 cost = invocations * usdPerRequest + (onDemandGbs + init) * usdPerGbS;
        if constexpr (Prov)
            cost += provisionedGbs * usdPerProvisionedGbS;
        cost += standing;
        cumulative += cost;
        const int at = pos * 4;
        if (storeArrivals)
            store4(cArr + at, arrivals);
        store4(cConc + at, conc);
        if (storeDerived) {
            store4(cServed + at, invocations);
            store4(cUtil + at, allLimited ? conc * perLimit : staticLimit > zero ? conc * perLimit : (demand > zero ? one : zero));
        }
        store4(cThr + at, throttled);
        store4(cBacklog + at, backlog);
        store4(cCold + at, created);
        store4(cCost + at, cost);
        store4(cCum + at, cumulative);
    }
    if (anyPooled && !exactPool && !takeFromPool(poolFree, taken, len, W)) {
        if constexpr (Queue)
            for (int j = 0; j < count; ++j)
                *l.lane[j].queue = queueBefore[j];
        return false;
    }
    for (int j = 0; j < count; ++j) {
        NodeState &s = *l.lane[j].state;
        s.warm = warm[j];
        s.tokens = tokens[j];
        s.peakAge = peakAge[j];
        s.expired = expiredTotal[j];
        s.failed = failedTotal[j];
        s.cumulativeCost = cumulative[j];
        if constexpr (Poll) {
            PollState &ps = *l.lane[j].polls[0].state;
            ps.backlog = backlogP[j];
            ps.pollers = pollers[j];
            ps.ageS = ageP[j];
            ps.needed = needed[j];
        }
    }
    return true;
}

template <int W, bool Queue, PollKind Kind, bool Sync, bool Prov>
ARCHSCOPE_TEMPLATE_CLONES bool stepLanesCloned(const LambdaLanes &l)
{
    return stepLanesShaped<W, Queue, Kind, Sync, Prov>(l);
}

// Whether the sync terms can be left out of a shape's sum of inputs: it has one other input
// (a queue or a poll wire, not both) and no lane has sync events this chunk.
bool syncOptional(bool queue, bool poll, bool sync)
{
    return queue != poll && !sync;
}

// The run's variant: with or without provisioned concurrency, and with or without sync input.
template <int W, bool Queue, PollKind Kind>
bool stepLanesVariant(const LambdaLanes &l)
{
    bool provisioned = false;
    for (int j = 0; j < W; ++j)
        provisioned = provisioned || l.lane[j].node->provisioned > 0;
    if (syncOptional(Queue, Kind != NoPoll, l.sync))
        return provisioned ? stepLanesCloned<W, Queue, Kind, false, true>(l) : stepLanesCloned<W, Queue, Kind, false, false>(l);
    return provisioned ? stepLanesCloned<W, Queue, Kind, true, true>(l) : stepLanesCloned<W, Queue, Kind, true, false>(l);
}

// Functions that poll: which kind (runs that also queue, a rare shape, keep the sync terms).
template <int W, bool Queue>
bool stepLanesPolling(const LambdaLanes &l)
{
    bool streams = false, queues = false;
    for (int j = 0; j < W; ++j)
        (l.lane[j].polls[0].wire->queue ? queues : streams) = true;
    if (streams && queues)
        return stepLanesVariant<W, Queue, MixedPoll>(l);
    return queues ? stepLanesVariant<W, Queue, QueuePoll>(l) : stepLanesVariant<W, Queue, StreamPoll>(l);
}

template <int W>
bool stepLanesWide(const LambdaLanes &l)
{
    if (l.lane[0].pollCount > 0)
        return l.lane[0].queue ? stepLanesPolling<W, true>(l) : stepLanesPolling<W, false>(l);
    if (!l.lane[0].queue)
        return stepLanesVariant<W, false, NoPoll>(l);
    return stepLanesVariant<W, true, NoPoll>(l);
}

} // namespace

const double *LambdaLanes::oneInput(int j) const
{
    const LambdaChunk &c = lane[j];
    const bool queue = c.queue != nullptr, poll = c.pollCount > 0;
    if (!queue && !poll)
        return c.inSync;
    if (!syncOptional(queue, poll, sync))
        return nullptr;
    return poll ? c.polls[0].in : c.inAsync;
}

bool stepLambdaLanes(const LambdaLanes &lanes)
{
    return lanes.count <= 2 ? stepLanesWide<2>(lanes) : stepLanesWide<4>(lanes);
}

} // namespace archscope::sim
