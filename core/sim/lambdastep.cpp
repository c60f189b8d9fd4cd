#include "lambdastep.h"

#include "lanes.h"
#include "randomload.h"

namespace archscope::sim {

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

using Series = SimulationResults::Series;

// What a run of functions polls: nothing, streams, SQS queues, or both.
enum PollKind { NoPoll, StreamPoll, QueuePoll, MixedPoll };

// A poll wire into each lane's function: its state and its caps.
template <class V>
struct PollLanes
{
    using M = MaskOf<V>;
    V backlog{}, pollers{}, needed{}, takeable{}, invocations{}, rampTo{}, settleTo{}, ceiling{}, busyPeak{};
    V waitWithin{};  // scratch: the longest wait within the step (sqsLongestWaitWithinStep)
    V arrived{};     // scratch: what joined the backlog this step
    V perBatch{}, batch{}, maxConcurrency{}, streamCap{};
    M isQueue{};
    PollState *state[widthOf<V>] = {};
    bool aging = false;  // some lane's oldest-message age holds a step

    [[gnu::always_inline]] void load(int j, const PollWire &pw)
    {
        const PollState &ps = *pw.state;
        setLane(backlog, j, ps.backlog);
        setLane(pollers, j, ps.pollers);
        setLane(needed, j, ps.needed);
        setLane(takeable, j, ps.takeable);
        setLane(invocations, j, ps.invocations);
        setLane(rampTo, j, ps.rampTo);
        setLane(settleTo, j, ps.settleTo);
        setLane(ceiling, j, ps.ceiling);
        setLane(busyPeak, j, ps.busyPeak);
        setLane(waitWithin, j, ps.waitWithin);
        setLane(arrived, j, ps.arrived);
        aging = aging || ps.agingNow;
        setLane(perBatch, j, pw.perBatch);
        setLane(batch, j, pw.wire->batchSize);
        setLane(maxConcurrency, j, pw.wire->maxConcurrency);
        setLane(streamCap, j, pw.wire->streamCap);
        setMask(isQueue, j, pw.wire->queue);
        state[j] = pw.state;
    }
    [[gnu::always_inline]] void store(int j, PollState &ps) const
    {
        ps.backlog = laneOf(backlog, j);
        ps.pollers = laneOf(pollers, j);
        ps.needed = laneOf(needed, j);
        ps.takeable = laneOf(takeable, j);
        ps.invocations = laneOf(invocations, j);
        ps.rampTo = laneOf(rampTo, j);
        ps.settleTo = laneOf(settleTo, j);
        ps.ceiling = laneOf(ceiling, j);
        ps.busyPeak = laneOf(busyPeak, j);
        ps.waitWithin = laneOf(waitWithin, j);
        ps.arrived = laneOf(arrived, j);
    }

    // How many invocations the wire may run at once: the SQS pollers (each waits for its
    // invocation before it polls again; `peaks`: the most the random peaks reach, see
    // sqsPeakPollers), or a stream's shards times its parallelization factor.
    template <PollKind Kind>
    [[gnu::always_inline]] V cap(bool peaks = false) const
    {
        V queueCap = vmin(pollers, maxConcurrency);
        if (peaks)
            for (int j = 0; j < widthOf<V>; ++j)
                setLane(queueCap, j, sqsPeakPollers(laneOf(ceiling, j), laneOf(rampTo, j)));
        return Kind == StreamPoll ? streamCap : Kind == QueuePoll ? queueCap : (isQueue ? queueCap : streamCap);
    }

    // The invocations wanted this step, after `in` events joined the backlog. Batches fill up
    // under load; at low rates each poll takes what is there: a stream's shard (each of its
    // parallel batches) invokes again as soon as records wait (streamBatches), an SQS
    // poller as soon as its invocation returns. SQS adds pollers (300 a minute) while messages
    // wait: until they would have taken the backlog, and up to the busy pollers random
    // arrivals settle at (sqspollers.h); the step runs on their mean over it.
    // `countsPeaks`: the step counts towards the backlog's peaks (SimulationOptions::peaksFromS).
    // `warm`, `initS`: the function's warm environments and cold start (SqsRampStart).
    template <PollKind Kind>
    [[gnu::always_inline]] V demand(V in, double dt, V d, V invD, bool countsPeaks, V warm, V initS)
    {
        const V zero{};
        const V arrivedBefore = arrived;
        backlog += in;
        arrived = in;
        V cap = this->template cap<Kind>(), cycles = zero;
        if constexpr (Kind != QueuePoll)
            cycles = streamBatches(backlog, cap, d, dt);  // (SQS lanes: their pollers', below)
        V share = splat<V>(1.0);  // the invocations' share of the batches taken (SqsStepPlan)
        if constexpr (Kind != StreamPoll) {
            rampTo = vmin(maxConcurrency, pollers);
            V serving = rampTo;  // the pollers' mean over the step, and the lead of those added
            settleTo = zero;
            ceiling = zero;
            busyPeak = zero;
            waitWithin = zero;
            const M queues = Kind == QueuePoll ? M(backlog > zero) : M(isQueue & (backlog > zero));
            if (anyLane(queues))
                for (int j = 0; j < widthOf<V>; ++j)
                    if (isSet(queues, j)) {
                        PollState &ps = *state[j];
                        const double from = laneOf(pollers, j), arrivalRate = laneOf(in, j) / dt, start = laneOf(backlog - in, j);
                        const double perPollerS = laneOf(invD / perBatch, j);
                        const SqsRampStart rampStart = sqsRampStart(from, start, arrivalRate, laneOf(arrivedBefore, j) / dt,
                                                                    perPollerS, laneOf(d, j), laneOf(initS, j), laneOf(warm, j));
                        // Steady traffic: the same pollers, backlog and arrivals as the step
                        // before give the same figures (everything else here is fixed per wire,
                        // and nothing ramps).
                        PollStepMemo &m = ps.memo;
                        if (!(from == m.from && start == m.start && arrivalRate == m.arrivals && rampStart == m.rampStart)) {
                            const double most = laneOf(maxConcurrency, j);
                            const SqsPollerEquilibrium::Busy busy = ps.equilibrium.busyPollers(arrivalRate, laneOf(d, j));
                            const SqsStepPlan plan = sqsPlanStep(from, start, arrivalRate, perPollerS, laneOf(d, j),
                                                                 std::min(most, busy.settle), std::min(most, busy.busy), most, dt,
                                                                 rampStart);
                            m = {from,
                                 start,
                                 arrivalRate,
                                 rampStart,
                                 std::min(most, busy.settle),
                                 std::min(most, busy.ceiling),
                                 plan.rampTo,
                                 plan.serving,
                                 plan.invocationShare,
                                 plan.busyPeak,
                                 plan.peakWithin,
                                 plan.waitWithin};
                        }
                        if (countsPeaks)
                            ps.peakWithin = std::max(ps.peakWithin, m.peakWithin);
                        setLane(waitWithin, j, m.waitWithin);
                        setLane(ceiling, j, m.ceiling);
                        setLane(settleTo, j, m.settle);
                        setLane(rampTo, j, m.rampTo);
                        setLane(serving, j, m.serving);
                        setLane(share, j, m.invocationShare);
                        setLane(busyPeak, j, m.busyPeak);
                    }
            if constexpr (Kind == QueuePoll) {
                cap = serving;
            } else {
                cap = isQueue ? serving : cap;
                share = isQueue ? share : splat<V>(1.0);
            }
            cycles = Kind == QueuePoll ? serving * dt * invD : (isQueue ? serving * dt * invD : cycles);
        }
        const M some = notMask(backlog <= zero);
        const V stepNeeded = vmax(backlog * perBatch, vmin(backlog, cycles));
        needed = some ? stepNeeded * share : needed;
        takeable = some ? stepNeeded * batch : takeable;
        invocations = some ? vmin(stepNeeded, cap * dt * invD) * share : zero;
        return invocations;
    }

    // Of `inv` invocations demanded, those the random model counts: a stream's slots start
    // their batches themselves (back to back under load), so those invocations do not arrive
    // at random; its records do, and they come to the step's full batches. (SQS invocations
    // are the pollers', whose busy count sqspollers.h works out.)
    template <PollKind Kind>
    [[gnu::always_inline]] V randomInvocations(V inv) const
    {
        if constexpr (Kind == QueuePoll)
            return inv;
        const V full = vmin(inv, backlog * perBatch);
        if constexpr (Kind == StreamPoll)
            return full;
        return isQueue ? inv : full;
    }

    // Runs the share of the invocations wanted that the function could take; returns them.
    // When every invocation wanted runs, the backlog is taken whole; else as polledTaken says
    // (dividing only then keeps the usual step free of divisions).
    template <PollKind Kind>
    [[gnu::always_inline]] V serve(V share, double elapsed, V &peakAge)
    {
        const V zero{};
        const M active = notMask((invocations <= zero) & (backlog <= zero));
        const V inv = invocations * share;
        const M partial = inv < needed;
        V consumed = backlog;
        if (anyLane(partial & active))
            consumed = partial ? polledTaken(backlog, inv, needed, takeable) : backlog;
        const V left = backlog - consumed;
        const M waits = notMask(left <= splat<V>(1e-9));
        // The oldest waiting, first in, first out over the steps (kept while any wait): the
        // steps are recorded here and aged after the chunk's loop (PollState::settleAges).
        if (aging || anyLane(waits & active)) {
            aging = false;
            for (int j = 0; j < widthOf<V>; ++j) {
                PollState &ps = *state[j];
                const bool laneWaits = isSet(waits & active, j);
                if (!laneWaits && !ps.agingNow)
                    continue;
                const double queued = laneWaits ? laneOf(left, j) : 0.0;
                ps.aging.push_back({elapsed, laneOf(arrived, j), laneOf(consumed, j), queued});
                ps.agingNow = queued > FifoAge::emptyBelow;
                aging = aging || ps.agingNow;
            }
        }
        peakAge = active ? vmax(peakAge, waitWithin) : peakAge;
        backlog = active ? left : backlog;
        if constexpr (Kind != StreamPoll) {
            // SQS pollers: those added while messages are left waiting stay; once none wait,
            // those random arrivals keep busy (5 at least).
            const V settled = vmax(vmin(splat<V>(Simulator::sqsPollersStart), maxConcurrency), settleTo);
            const V next = waits ? rampTo : settled;
            if constexpr (Kind == QueuePoll)
                pollers = next;
            else
                pollers = isQueue ? next : pollers;
        }
        return active ? zero + inv : zero;
    }
};

// The Lambda function's step, written once: V is double for one function, Double2 or
// Double4 for a run of functions in lanes (lane j: LambdaLanes::lane[j]). Branches are
// selects (both sides computed, one kept) where lanes may differ; the rare work (an async
// queue with events waiting, an account pool that runs short, a function held back, a
// backlog left over) drops to the lanes that need it, divisions included. Each real lane
// gets the same bits as the function stepped on its own.
//
// The shape: Legacy (the account's burst bucket; one function at a time), an async Queue,
// what it polls (Kind; Many: several poll wires, one function at a time). Terms that are zero
// for the shape are left out, which changes no bit (adding 0 or multiplying 0 by a finite
// value is exact); so is the sync input when no lane has one this chunk (Sync false: only
// async or poll work), and provisioned concurrency when no lane has any (Prov false: max(x,
// 0) is x for x >= 0).
template <class V, bool Legacy, bool Queue, PollKind Kind, bool Many, bool Sync, bool Prov>
[[gnu::always_inline]] inline bool stepShaped(const LambdaLanes &l)
{
    using M = MaskOf<V>;
    using S = Simulator;
    constexpr int W = widthOf<V>;
    constexpr int stride = W == 1 ? 1 : 4;  // series: by position alone, or [position * 4 + lane]
    constexpr bool Poll = Kind != NoPoll;
    static_assert(W == 1 || (!Legacy && !Many), "legacy scaling and several poll wires step one function at a time");
    const LambdaChunk &first = l.lane[0];
    const int len = first.len, count = l.count;
    const int *const posOf = first.posOf;
    const double dt = first.dt, invDt = 1 / dt, t0 = first.t0;
    const double reclaimKeep = first.reclaimKeep, refill = first.refill, legacyRefill = first.legacyRefill;
    double *const poolFree = first.poolFree;
    double *const legacyUsed = first.legacyUsed;

    V d, invD, dtPerD, f, attempts, finalFailure, limit, provisioned, staticLimit, perLimit;
    V billed, memoryGb, coldStartS, usdPerRequest, usdPerGbS, usdPerProvisionedGbS, standing;
    V warm, tokens, peakAge, expiredTotal, failedTotal, cumulative, queued;
    PollLanes<V> polls;
    M hasProvisioned, real, pooledMask;
    bool pooled[4] = {}, anyPooled = false, allLimited = true;
    const double *inSync[W], *inAsync[W], *pollIn[W];
    double *out[W], *lost[W], *waiting[W], *gbsOut[W], *gbsProvisionedOut[W];
    for (int j = 0; j < W; ++j) {
        const LambdaChunk &c = l.lane[j];
        const SimGraph::Node &node = *c.node;
        const NodeState &s = *c.state;
        setLane(d, j, node.durationS);
        setLane(invD, j, 1 / node.durationS);
        setLane(dtPerD, j, servedPerConcurrency(node, dt));
        setLane(f, j, node.failureShare());
        setLane(attempts, j, s.attempts);
        setLane(finalFailure, j, s.finalFailure);
        const bool lanePooled = node.reserved < 0;
        pooled[j] = lanePooled && j < count;
        setMask(pooledMask, j, pooled[j]);
        anyPooled = anyPooled || pooled[j];
        // A pooled lane's limit is what is left of the pool: checked in order after the rest.
        setLane(limit, j, lanePooled ? std::numeric_limits<double>::infinity() : node.reserved);
        setLane(provisioned, j, node.provisioned);
        setMask(hasProvisioned, j, node.provisioned > 0);
        setLane(staticLimit, j, utilizationLimit(node, c.unreservedPool));
        setLane(perLimit, j, utilizationPerConcurrency(laneOf(staticLimit, j)));
        allLimited = allLimited && laneOf(staticLimit, j) > 0;
        setLane(billed, j, node.billedDurationS);
        setLane(memoryGb, j, node.memoryGb);
        setLane(coldStartS, j, node.coldStartS);
        setLane(usdPerRequest, j, node.usdPerRequest);
        setLane(usdPerGbS, j, node.usdPerGbS);
        setLane(usdPerProvisionedGbS, j, node.usdPerProvisionedDurationGbS);
        setLane(standing, j, standingCost(node, dt));
        setLane(warm, j, s.warm);
        setLane(tokens, j, s.tokens);
        setLane(peakAge, j, s.peakAge);
        setLane(expiredTotal, j, s.expired);
        setLane(failedTotal, j, s.failed);
        setLane(cumulative, j, s.cumulativeCost);
        setLane(queued, j, Queue ? c.queue->total : 0.0);
        setMask(real, j, j < count);
        inSync[j] = c.inSync;
        inAsync[j] = c.inAsync;
        out[j] = c.out;
        lost[j] = c.lost;
        gbsOut[j] = c.gbs;
        gbsProvisionedOut[j] = c.gbsProvisioned;
        if constexpr (Poll && !Many) {
            c.polls[0].state->beginAging();
            polls.load(j, c.polls[0]);
            pollIn[j] = c.polls[0].in;
            waiting[j] = c.polls[0].waiting;
        }
    }
    double *const *const series = W == 1 ? first.series : l.series4;
    const V zero{}, one = splat<V>(1.0);
    const M everyLane = everyLaneIf<V>(dt > S::asyncMaxAgeS);
    // One function checks the pool at every step; lanes may check it after the loop.
    const bool exactPool = W == 1 || l.exactPool, storeDerived = l.storeDerived, storeArrivals = l.storeArrivals;
    double *const taken = l.taken;
    double level = first.accountLevel;  // legacy scaling
    // Functions with random arrivals step one at a time (SimulationRun::laneable).
    const bool randomArrivals = W == 1 && first.occupancy;
    // A run that may step again starts its queues again from here.
    AsyncQueue queueBefore[W];
    if (Queue && anyPooled && !exactPool)
        for (int j = 0; j < count; ++j)
            queueBefore[j] = *l.lane[j].queue;
    if constexpr (Many)
        for (int p = 0; p < first.pollCount; ++p)
            first.polls[p].state->beginAging();

    for (int k = 0; k < len; ++k) {
        const int pos = posOf[k];
        const double t = t0 + k * dt;
        const bool countsPeaks = SimulationOptions::countsPeaks(t, first.peaksFromS, first.peaksToS);

        // What arrives, and the work it asks for (`work`, in invocations per step). With
        // nothing waiting, an async step's events need no cohorts unless some are left over
        // (they cannot expire within the step they arrived in).
        const V syncInv = Sync ? gather4<V>(inSync, k) : zero;
        V asyncNew = zero, asyncAvail = zero, expired = zero;
        M cohorts{};
        if constexpr (Queue) {
            asyncNew = gather4<V>(inAsync, k);
            asyncAvail = asyncNew;
            cohorts = ((queued > zero) | everyLane) & real;
            if (anyLane(cohorts))
                for (int j = 0; j < count; ++j)
                    if (isSet(cohorts, j)) {
                        AsyncQueue *q = l.lane[j].queue;
                        q->push(t, dt, laneOf(asyncNew, j));
                        setLane(expired, j, q->expire(t + dt, S::asyncMaxAgeS));
                        setLane(asyncAvail, j, q->total);
                    }
        }
        // Each sum starts from its first term that the shape has.
        V arrivals = syncInv, work = syncInv;
        if constexpr (Queue) {
            arrivals = Sync ? arrivals + asyncNew : asyncNew;
            work = Sync ? work + asyncAvail * attempts : asyncAvail * attempts;
        }
        V randomWork = work;  // what the random model counts (PollLanes::randomInvocations)
        if constexpr (Poll && !Many) {
            const V in = gather4<V>(pollIn, k);
            arrivals = Sync || Queue ? arrivals + in : in;
            const V invocations = polls.template demand<Kind>(in, dt, d, invD, countsPeaks, warm, coldStartS);
            const V randomPolled = polls.template randomInvocations<Kind>(invocations);
            randomWork = Sync || Queue ? work + randomPolled : randomPolled;
            work = Sync || Queue ? work + invocations : invocations;
        } else if constexpr (Many) {
            V polled = zero, randomPolled = zero;
            for (int p = 0; p < first.pollCount; ++p) {
                const PollWire &pw = first.polls[p];
                PollLanes<V> wire;
                wire.load(0, pw);
                arrivals += pw.in[k];
                const V invocations = wire.template demand<MixedPoll>(pw.in[k], dt, d, invD, countsPeaks, warm, coldStartS);
                polled += invocations;
                randomPolled += wire.template randomInvocations<MixedPoll>(invocations);
                wire.store(0, *pw.state);
            }
            randomWork = work + randomPolled;
            work += polled;
        }

        // Capacity: the offered load `demand` (Little's law, in concurrent executions) is
        // served up to `conc`, the least of the limit (reserved, or what is left of the
        // account's pool), and the warm environments plus what scaling allows now (never
        // below the provisioned ones). `share` is the part of the demand served.
        const V demand = work * d * invDt;
        V available;
        if constexpr (Legacy) {
            // The account's burst bucket, after the functions before this one took their share.
            level = legacyLevel(level, legacyRefill, legacyUsed[k]);
            available = vmax(zero, level);
        } else {
            tokens = vmin(splat<V>(S::scalingPer10s), tokens + refill);
            available = tokens;
        }
        const V fresh = Prov ? vmax(warm + available, provisioned) : warm + available;
        // Near its limit the account's pool is shared alike by this depth's functions that draw
        // on it (sharePool); without random arrivals each is served the same share of its demand.
        const PoolShare *const poolShare = first.poolShares && first.poolShares[k].near ? &first.poolShares[k] : nullptr;
        const V asked = poolShare && !randomArrivals ? (pooledMask ? demand * poolShare->mean : demand) : demand;
        V conc = vmin(vmin(asked, limit), fresh);
        // Random arrivals (one function at a time): sync callers meet Erlang-B's refusals
        // before the mean reaches the capacity; queued work takes what capacity is left.
        V share = one, syncShare = one;
        double capacity = 0, asyncWaiting = 0, queueCapacity = -1, queueWaitChance = -1;
        PooledLevels pooledLevelsNow;  // (sharing.pool < 0: not near the pool's limit)
        if constexpr (W == 1) {
            if (randomArrivals) {
                const double syncLoad = Sync ? syncInv * d * invDt : 0.0, queuedLoad = demand - syncLoad;
                ServedShares served;
                if (poolShare && pooled[0]) {
                    const double own = std::min(limit, fresh);
                    served = pooledShares(*poolShare, syncLoad, queuedLoad, own);
                    double used = syncLoad * served.sync + queuedLoad * served.queued;
                    if (used > poolFree[k]) {  // queued work waiting beyond the depth's forecast
                        const ServedShares left = servedShares(syncLoad, queuedLoad, std::min(own, poolFree[k]));
                        served = {std::min(served.sync, left.sync), std::min(served.queued, left.queued)};
                        used = syncLoad * served.sync + queuedLoad * served.queued;
                    }
                    capacity = pooledServers(*poolShare, used, own);
                    const PooledQueue queue = pooledQueue(*poolShare, used, capacity);
                    queueCapacity = queue.servers;
                    queueWaitChance = queue.waitChance;
                    pooledLevelsNow = pooledLevels(*poolShare, syncLoad + queuedLoad, used, own);
                } else {
                    capacity = std::min(std::min(limit, fresh),
                                        pooled[0] ? poolSeen(syncLoad + queuedLoad, poolFree[k], first.unreservedPool) : limit);
                    served = servedShares(syncLoad, queuedLoad, capacity);
                }
                syncShare = served.sync;
                share = served.queued;
                conc = syncLoad * served.sync + queuedLoad * served.queued;
                if (first.poolReach && pooled[0])
                    first.poolReach[k] = std::max(first.poolReach[k], poolReach(syncLoad + queuedLoad) - laneOf(conc, 0));
                if constexpr (Queue)
                    asyncWaiting = asyncWaitingShare(poolShare && pooled[0] ? poolShare : nullptr, syncLoad, queuedLoad, capacity);
            }
        }
        if (anyPooled && !exactPool) {
            store4(taken + k * 4, pooledMask ? conc : zero);
        } else if (anyPooled) {
            // In order, each pooled function takes from what the ones before it left. When the
            // pool covers them all (the usual case) no lane changes, and what is left after
            // each is a plain difference (never below 0), one lane after the other.
            const V takes = pooledMask ? conc : zero;
            V before;  // the pool before each lane takes its share
            double left = poolFree[k];
            for (int j = 0; j < W; ++j) {
                setLane(before, j, left);
                left -= laneOf(takes, j);
            }
            if (!anyLane(takes > before)) [[likely]] {
                poolFree[k] = left;
            } else {
                double pool = poolFree[k];
                for (int j = 0; j < W; ++j)
                    if (pooled[j]) {
                        setLane(conc, j, std::min(std::min(laneOf(asked, j), pool), laneOf(fresh, j)));
                        pool = std::max(0.0, pool - laneOf(conc, j));
                    }
                poolFree[k] = pool;
            }
        }
        if (!randomArrivals) {
            const M heldBack = conc < demand;
            if (anyLane(heldBack))
                share = heldBack ? conc / demand : one;
            syncShare = share;
        }

        // The work served, and what waits.
        const V servedSync = Sync ? syncInv * syncShare : zero;
        const V asyncServed = asyncAvail * share;
        V pollServed = zero, backlog = zero;
        if constexpr (Poll && !Many) {
            pollServed = polls.template serve<Kind>(share, t + dt, peakAge);
            backlog += polls.backlog;
            for (int j = 0; j < W; ++j)
                waiting[j][pos] = laneOf(polls.backlog, j);
        } else if constexpr (Many) {
            for (int p = 0; p < first.pollCount; ++p) {
                const PollWire &pw = first.polls[p];
                PollLanes<V> wire;
                wire.load(0, pw);
                pollServed += wire.template serve<MixedPoll>(share, t + dt, peakAge);
                wire.store(0, *pw.state);
                backlog += wire.backlog;
                pw.waiting[pos] = wire.backlog;
            }
        }
        V asyncThrottled = zero;
        if constexpr (Queue) {
            const V leftover = asyncAvail - asyncServed;
            const M touched = (cohorts | (leftover > splat<V>(1e-12) * (one + asyncServed))) & real;
            if (anyLane(touched)) {
                V age = zero;
                for (int j = 0; j < count; ++j)
                    if (isSet(touched, j)) {
                        AsyncQueue *q = l.lane[j].queue;
                        if (isSet(cohorts, j))
                            q->pop(laneOf(asyncServed, j));
                        else
                            q->push(t, dt, laneOf(leftover, j));
                        setLane(queued, j, q->total);
                        setLane(age, j, q->ageS(t + dt));
                    }
                peakAge = vmax(peakAge, age);
            }
            // An event is throttled once: when it has to wait on arrival.
            asyncThrottled = vmax(zero, asyncNew - vmax(zero, asyncServed - (asyncAvail - asyncNew)));
            if (randomArrivals)  // random arrivals wait before the mean reaches the capacity
                asyncThrottled = vmax(asyncThrottled, asyncNew * asyncWaiting);
            backlog += queued;
            for (int j = 0; j < count; ++j)
                if (HeadAgeHistory *h = l.lane[j].queue->history)
                    h->record(t, l.lane[j].queue->ageS(t + dt));
        }
        // servedSync + asyncServed * attempts + pollServed is share * demand * dt / d, that is
        // conc * dt / d: one multiplication after conc.
        const V invocations = conc * dtPerD;
        V throttled = Sync ? syncInv - servedSync : zero;
        if constexpr (Queue)
            throttled = Sync ? throttled + asyncThrottled : asyncThrottled;

        // While messages wait every SQS poller is busy: the mean flow's own peak within the
        // step (a backlog's ramp), which a minute's mean load does not show. Without random
        // arrivals it is the most in service.
        V busyPollers = zero;
        if constexpr (Poll && !Many) {
            busyPollers = polls.busyPeak;
        } else if constexpr (Many) {
            double sum = 0;
            for (int p = 0; p < first.pollCount; ++p)
                sum += first.polls[p].state->busyPeak;
            busyPollers = splat<V>(sum);
        }
        const V mostInService = Poll && !randomArrivals ? vmax(conc, vmin(busyPollers, vmin(staticLimit, fresh))) : conc;
        // The per-minute Maximum of a mean flow that outruns its warm pool: the sync calls' and
        // async events' invocations that start cold hold their environments for the init too
        // (polled ones wait for their pollers, counted above). Only the Maximum takes it: fed
        // back into the warm pool, the overshoot init / d of each rise (over 1 for short
        // functions) would swing from step to step and amplify rounding.
        V peakInService = mostInService;
        if (!randomArrivals) {
            V pushed = syncInv;
            if constexpr (Queue)
                pushed = Sync ? pushed + asyncAvail * attempts : asyncAvail * attempts;
            peakInService = vmax(peakInService, coldRampInService(warm, pushed * invDt, d, coldStartS, vmin(staticLimit, fresh)));
        }

        // Environments: an invocation needs a whole one even when the average is a fraction;
        // idle ones fade (needed + (warm - needed) * keep when warm exceeds needed).
        V created;
        if (randomArrivals) {
            // The occupancy model: the warm pool follows the per-minute peaks; queued work
            // waits for the servers its wires allow (a stream's shards; the SQS pollers, whose
            // random peaks stay under their ceiling, while the mean flow already holds back a
            // burst that outruns them).
            double servers = capacity;
            if constexpr (W == 1 && Poll && !Many)
                servers = std::min(servers, polls.template cap<Kind>(true));
            else if constexpr (W == 1 && Many) {
                double caps = 0;
                for (int p = 0; p < first.pollCount; ++p) {
                    PollLanes<V> wire;
                    wire.load(0, first.polls[p]);
                    caps += wire.template cap<MixedPoll>(true);
                }
                servers = std::min(servers, caps);
            }
            const bool waits = !(laneOf(syncInv, 0) > 0);
            if (!waits)
                servers = capacity;  // sync callers are refused beyond the capacity, not held by the wires
            // An SQS queue that is the function's only work waits for all its servers, and its
            // levels are its busy pollers'.
            queueing::LevelLaw law;
            if constexpr (W == 1 && Poll && !Many && !Queue)
                if (waits && first.polls[0].wire->queue) {
                    PollState &ps = *first.polls[0].state;
                    const double arrivals = first.polls[0].in[k] / dt;
                    if (countsPeaks)
                        ps.busyQueue.expose(arrivals,
                                            busyQueueServers(capacity, first.polls[0].wire->maxConcurrency,
                                                             ps.equilibrium.busyPollers(arrivals, laneOf(d, 0)).ceiling),
                                            dt);
                    law = sqsLevelLaw(ps.equilibrium, arrivals, laneOf(d, 0));
                }
            double pool = laneOf(warm, 0);
            const double rate = laneOf(randomWork * d * invDt * invD, 0);
            const double inService = std::max({laneOf(conc, 0), std::min(capacity, laneOf(busyPollers, 0)),
                                               coldRampInService(pool, rate, laneOf(d, 0), laneOf(coldStartS, 0), servers)});
            const bool shares = !waits && pooledLevelsNow.sharing.pool >= 0;
            created = splat<V>(first.occupancy->feed(rate, laneOf(d, 0), shares ? pooledLevelsNow.servers : servers,
                                                     waits, first.node->durationCv, laneOf(provisioned, 0), dt, &pool,
                                                     inService, waits ? queueCapacity : -1,
                                                     shares ? pooledLevelsNow.sharing : queueing::PoolSharing{}, law,
                                                     waits ? queueWaitChance : -1));
            setLane(warm, 0, pool);
        } else {
            const V neededEnvs = conc > zero ? vmax(mostInService, vmin(one, invocations)) : zero;
            created = vmax(zero, neededEnvs - warm);
            warm = vmax(neededEnvs, warm * reclaimKeep + neededEnvs * (1 - reclaimKeep));
            if constexpr (Prov)
                warm = vmax(provisioned, warm);
        }
        if constexpr (Legacy) {
            legacyUsed[k] += created;
            level = std::max(0.0, level - created);
        } else {
            tokens = vmax(zero, tokens - created);
        }

        // What passes on, fails or expires.
        if constexpr (Queue) {
            const V failedAsync = asyncServed * finalFailure;
            expiredTotal += expired;
            failedTotal += failedAsync;
            scatter4(lost, k, failedAsync + expired);
        }
        V passed = servedSync;
        if constexpr (Poll)
            passed = Sync ? passed + pollServed : pollServed;
        if constexpr (Sync || Poll)
            passed *= one - f;
        if constexpr (Queue)
            passed = Sync || Poll ? passed + asyncServed * (one - finalFailure) : asyncServed * (one - finalFailure);
        scatter4(out, k, passed);

        // Billing: duration on provisioned environments while they suffice.
        const V gbs = invocations * billed * memoryGb;
        V onDemandGbs = gbs, provisionedGbs = zero;
        if constexpr (Prov) {
            const V provShare = conc > zero ? vmin(conc, provisioned) / conc : zero;
            provisionedGbs = hasProvisioned ? gbs * provShare : zero;
            onDemandGbs = hasProvisioned ? gbs - provisionedGbs : gbs;
            scatter4(gbsOut, k, onDemandGbs);
            scatter4(gbsProvisionedOut, k, provisionedGbs);
        }
        const V init = created * coldStartS * memoryGb;
        V cost = invocations * usdPerRequest + (onDemandGbs + init) * usdPerGbS;
        if constexpr (Prov)
            cost += provisionedGbs * usdPerProvisionedGbS;
        cost += standing;
        cumulative += cost;

        const int at = pos * stride;
        if (storeArrivals)
            store4(series[static_cast<int>(Series::Arrivals)] + at, arrivals);
        store4(series[static_cast<int>(Series::Concurrency)] + at, conc);
        store4(series[static_cast<int>(Series::ConcurrencyMax)] + at,
               randomArrivals ? splat<V>(first.occupancy->minuteMaximum()) : peakInService);
        if (storeDerived) {
            store4(series[static_cast<int>(Series::Served)] + at, invocations);
            const V utilization = allLimited ? conc * perLimit : staticLimit > zero ? conc * perLimit : (demand > zero ? one : zero);
            store4(series[static_cast<int>(Series::Utilization)] + at, utilization);
        }
        store4(series[static_cast<int>(Series::Throttled)] + at, throttled);
        store4(series[static_cast<int>(Series::Backlog)] + at, backlog);
        store4(series[static_cast<int>(Series::ColdStarts)] + at, created);
        store4(series[static_cast<int>(Series::CostRate)] + at, cost);
        store4(series[static_cast<int>(Series::CumulativeCost)] + at, cumulative);
    }
    if (anyPooled && !exactPool && !takeFromPool(poolFree, taken, len, W)) {
        if constexpr (Queue)
            for (int j = 0; j < count; ++j)
                *l.lane[j].queue = queueBefore[j];
        return false;
    }
    // The arrivals towards the random peaks of the queues' and streams' backlogs (random arrivals
    // only), once the steps stand (outside the loop, which needs its registers).
    if constexpr (Kind != NoPoll) {
        auto expose = [&](const PollWire &pw) {
            PollState &state = *pw.state;
            for (int k = 0; k < len; ++k)
                if (SimulationOptions::countsPeaks(t0 + k * dt, first.peaksFromS, first.peaksToS)) {
                    if (pw.wire->queue)
                        state.equilibrium.expose(pw.in[k] / dt, dt);
                    else
                        state.streamPeaks.expose(pw.in[k] / dt, dt);
                }
        };
        if (randomArrivals)  // one function: its wires
            for (int p = 0; p < first.pollCount; ++p)
                expose(first.polls[p]);
    }
    // The oldest messages' ages, now the steps stand.
    if constexpr (Poll && !Many)
        for (int j = 0; j < count; ++j)
            setLane(peakAge, j, std::max(laneOf(peakAge, j), l.lane[j].polls[0].state->settleAges(dt)));
    if constexpr (Many) {
        double oldest = laneOf(peakAge, 0);
        for (int p = 0; p < first.pollCount; ++p)
            oldest = std::max(oldest, first.polls[p].state->settleAges(dt));
        setLane(peakAge, 0, oldest);
    }
    for (int j = 0; j < count; ++j) {
        NodeState &s = *l.lane[j].state;
        s.warm = laneOf(warm, j);
        s.tokens = laneOf(tokens, j);
        s.peakAge = laneOf(peakAge, j);
        s.expired = laneOf(expiredTotal, j);
        s.failed = laneOf(failedTotal, j);
        s.cumulativeCost = laneOf(cumulative, j);
        if constexpr (Poll && !Many)
            polls.store(j, *l.lane[j].polls[0].state);
    }
    return true;
}

template <int W, bool Queue, PollKind Kind, bool Sync, bool Prov>
ARCHSCOPE_TEMPLATE_CLONES bool stepLanesCloned(const LambdaLanes &l)
{
    return stepShaped<LanesOf<W>, false, Queue, Kind, false, Sync, Prov>(l);
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

// One function: its shape picks the loop; every term is kept (sync, provisioned).
template <bool Legacy, bool Queue>
void stepOnePolling(const LambdaLanes &l)
{
    switch (l.lane[0].pollCount) {
    case 0: stepShaped<double, Legacy, Queue, NoPoll, false, true, true>(l); break;
    case 1: stepShaped<double, Legacy, Queue, MixedPoll, false, true, true>(l); break;
    default: stepShaped<double, Legacy, Queue, MixedPoll, true, true, true>(l); break;
    }
}

} // namespace

void stepLambda(const LambdaChunk &c, bool legacy)
{
    LambdaLanes l;
    l.lane[0] = c;
    l.count = 1;
    if (legacy)
        c.queue ? stepOnePolling<true, true>(l) : stepOnePolling<true, false>(l);
    else
        c.queue ? stepOnePolling<false, true>(l) : stepOnePolling<false, false>(l);
}

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
