#include "simulationrun.h"

#include "costmodel.h"
#include "randomload.h"
#include "roleformulas.h"

#include "catalog/catalog.h"

#include <algorithm>
#include <limits>
#include <span>

namespace archscope::sim {

namespace {

using Series = SimulationResults::Series;
constexpr int S = SimulationResults::seriesCount;
constexpr int ser4Stride = chunkCap * 4 + 24;  // lanes' series, staggered: 4 KiB apart they would alias in the caches

// The series each role sets; the others stay 0 and are never folded.
constexpr Series relaySeries[] = {Series::Arrivals, Series::CostRate, Series::CumulativeCost};
constexpr Series lambdaSeries[] = {Series::Arrivals,   Series::Served,     Series::Concurrency,
                                   Series::Utilization, Series::Throttled, Series::Backlog,
                                   Series::ColdStarts,  Series::CostRate,  Series::CumulativeCost,
                                   Series::ConcurrencyMax};
constexpr Series containerSeries[] = {Series::Arrivals,  Series::Served,  Series::Concurrency, Series::Utilization,
                                      Series::Throttled, Series::Backlog, Series::CostRate,    Series::CumulativeCost};
// The series each role adds into the diagram's row (relays add their cost only).
constexpr Series relayTotals[] = {Series::CostRate};
constexpr Series lambdaTotals[] = {Series::Served,  Series::Concurrency, Series::Throttled,
                                   Series::Backlog, Series::ColdStarts,  Series::CostRate};
constexpr Series containerTotals[] = {Series::Served, Series::Throttled, Series::Backlog, Series::CostRate};
// The series the lanes of each role can leave unstored when they derive them (initDerivations).
constexpr Series lambdaDerivable[] = {Series::Served, Series::Utilization};
struct RoleSeries
{
    std::span<const Series> set, row, derivable;
};
RoleSeries roleSeries(SimGraph::Role role)
{
    switch (role) {
    case SimGraph::Role::Relay: return {relaySeries, relayTotals, {}};
    case SimGraph::Role::Lambda: return {lambdaSeries, lambdaTotals, lambdaDerivable};
    case SimGraph::Role::Container: return {containerSeries, containerTotals, {}};
    }
    return {};
}
std::span<const Series> seriesOf(SimGraph::Role role)
{
    return roleSeries(role).set;
}
std::span<const Series> totalsOf(SimGraph::Role role)
{
    return roleSeries(role).row;
}
// Series that are often 0 for a whole chunk: checked first, and then neither folded nor added.
bool oftenZero(Series series)
{
    return series == Series::Throttled || series == Series::Backlog || series == Series::ColdStarts;
}

} // namespace

SimulationRun::SimulationRun(const SimGraph &g, const SimulationOptions &options, SimulationResults &r,
                             double reservedElsewhere)
    : g(g), options(options), r(r), dt(options.stepS), invDt(1 / options.stepS), n(static_cast<int>(g.nodes.size())),
      rows(n + 1), reservedElsewhere(reservedElsewhere)
{
    initNodes();
    initSeries();
    initWiring();
    initUnits();
}

bool SimulationRun::setsSeries(int i, Series series) const
{
    const SimGraph::Node &node = g.nodes[i];
    const std::span<const Series> set = seriesOf(node.role);
    if (std::find(set.begin(), set.end(), series) != set.end())
        return true;
    // A relay passes on what arrives (summarize), and a polled one holds a backlog.
    return node.role == SimGraph::Role::Relay && (series == Series::Served || series == Series::Backlog);
}

void SimulationRun::initNodes()
{
    using Sim = Simulator;
    st.resize(n);
    poll.resize(g.pollWireCount);
    for (const SimGraph::Node &node : g.nodes)
        occupancies.push_back(occupancyFeedFor(node, options.peaksFromS, options.peaksToS));
    double reservedTotal = reservedElsewhere;
    int functions = 0;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        NodeState &s = st[i];
        if (node.role == SimGraph::Role::Lambda) {
            ++functions;
            s.warm = node.provisioned;
            s.tokens = Sim::scalingPer10s;
            double a = 1, term = 1;
            for (int k = 0; k < node.retries; ++k) {
                term *= node.failureShare();
                a += term;
            }
            s.attempts = a;
            s.finalFailure = term * node.failureShare();
            if (node.reserved >= 0)
                reservedTotal += node.reserved;
            if (node.hasAsyncInput) {
                s.asyncQueue = static_cast<int>(queues.size());
                AsyncQueue q;
                q.widthS = std::max(dt, Sim::asyncMaxAgeS / 64);
                queues.push_back(q);
            }
        } else if (node.role == SimGraph::Role::Container) {
            s.units = node.minUnits;
        }
    }
    headAges.assign(queues.size(), HeadAgeHistory(queues.empty() ? dt : queues.front().widthS, r.steps * dt));
    for (size_t k = 0; k < queues.size(); ++k)
        queues[k].history = &headAges[k];
    for (const SimGraph::Wire &wire : g.outWires)
        if (wire.pollIndex >= 0) {
            poll[wire.pollIndex].pollers = std::min(Sim::sqsPollersStart, wire.maxConcurrency);
            poll[wire.pollIndex].equilibrium = SqsPollerEquilibrium(wire.batchSize);
            if (wire.queue)
                poll[wire.pollIndex].busyQueue =
                    BusyQueuePeaks(wire.batchSize, g.nodes[wire.to].durationS, g.nodes[wire.to].durationCv);
            else
                poll[wire.pollIndex].streamPeaks = StreamPeaks(streamShape(g, wire));
        }
    unreservedPool = std::max(0.0, options.accountConcurrency - reservedTotal);
    reclaimKeep = detmath::expNeg(-dt / Sim::warmReclaimS);  // idle share kept per step
    refill = Sim::scalingPer10s / 10 * dt;
    legacyRefill = Sim::legacyPerMinute / 60 * dt;
    accountTokens = Sim::legacyBurst;
    stepwise = options.legacyScaling && functions > 1;
    for (int i = 0; i < n && !options.captureArrivalsOf.isEmpty(); ++i)
        if (g.nodes[i].id == options.captureArrivalsOf) {
            captureIndex = i;
            r.capturedArrivals.assign(static_cast<size_t>(r.steps), 0.0);
            break;
        }
}

void SimulationRun::initWiring()
{
    inSlot.assign(static_cast<size_t>(n) * InSlots, -1);
    for (const SimGraph::Wire &wire : g.outWires) {
        const int slot = wire.slot == SimGraph::Slot::Sync ? InSync : wire.slot == SimGraph::Slot::Async ? InAsync : InOther;
        if (wire.slot != SimGraph::Slot::Poll && inSlot[static_cast<size_t>(wire.to) * InSlots + slot] < 0)
            inSlot[static_cast<size_t>(wire.to) * InSlots + slot] = inSlotCount++;
    }
    inBuf.assign(static_cast<size_t>(inSlotCount + 1) * chunkCap, 0.0);  // the last: zeros
    zeros = &inBuf[static_cast<size_t>(inSlotCount) * chunkCap];
    inStamp.assign(static_cast<size_t>(inSlotCount), -1);
    const int pollSlots = std::max(1, g.pollWireCount);
    pollBuf.assign(static_cast<size_t>(pollSlots) * chunkCap, 0.0);
    pollBacklog.assign(static_cast<size_t>(pollSlots) * chunkCap, 0.0);
    scratch.assign(static_cast<size_t>(8) * chunkCap, 0.0);
    extBuf = scratch.data();
    outBuf = extBuf + chunkCap;
    lostBuf = outBuf + chunkCap;
    poolFree = lostBuf + chunkCap;
    legacyUsed = poolFree + chunkCap;
    qGbs = legacyUsed + chunkCap;  // Lambda with provisioned concurrency
    qGbsProvisioned = qGbs + chunkCap;
    relayBacklog = qGbsProvisioned + chunkCap;
    wireTotal.assign(g.outWires.size(), 0.0);
    wirePeak.assign(g.outWires.size(), 0.0);
    for (int i = 0; i < n; ++i) {
        std::vector<int> pollIndices;
        for (int w = g.nodes[i].outBegin; w < g.nodes[i].outEnd; ++w)
            if (g.outWires[w].pollIndex >= 0)
                pollIndices.push_back(g.outWires[w].pollIndex);
        if (g.nodes[i].role == SimGraph::Role::Relay && !pollIndices.empty())
            polledRelays.emplace_back(i, std::move(pollIndices));
    }
    pollWires.resize(n);
    for (int i = 0; i < n; ++i)
        for (int p = g.nodes[i].pollBegin; p < g.nodes[i].pollEnd; ++p) {
            const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
            const size_t at = static_cast<size_t>(wire.pollIndex) * chunkCap;
            pollWires[i].push_back({&wire, &poll[wire.pollIndex], &pollBuf[at], &pollBacklog[at], 1 / wire.batchSize});
        }
    // The functions that draw on the account's pool, by depth (in step order).
    for (int i : g.order)
        if (g.nodes[i].role == SimGraph::Role::Lambda && g.nodes[i].reserved < 0) {
            const size_t level = static_cast<size_t>(g.nodes[i].level);
            if (pooledAtLevel.size() <= level)
                pooledAtLevel.resize(level + 1);
            pooledAtLevel[level].push_back(i);
        }
    levelShares.resize(chunkCap);
    levelLoad.resize(3 * chunkCap);
}

void SimulationRun::initUnits()
{
    containerRun.posOf = posOf;
    containerRun.dt = dt;
    containerRun.out = outBuf;
    lambdaRun.posOf = posOf;
    lambdaRun.dt = dt;
    lambdaRun.peaksFromS = options.peaksFromS;
    lambdaRun.peaksToS = options.peaksToS;
    lambdaRun.unreservedPool = unreservedPool;
    lambdaRun.reclaimKeep = reclaimKeep;
    lambdaRun.refill = refill;
    lambdaRun.legacyRefill = legacyRefill;
    lambdaRun.poolFree = poolFree;
    lambdaRun.legacyUsed = legacyUsed;
    lambdaRun.out = outBuf;
    lambdaRun.lost = lostBuf;
    lambdaRun.gbs = qGbs;
    lambdaRun.gbsProvisioned = qGbsProvisioned;
    for (int series = 0; series < S; ++series)
        lambdaRun.series[series] = containerRun.series[series] = ser(static_cast<Series>(series));
    for (int at = 0; at < n;) {
        Unit u{at, 1};
        const SimGraph::Node &node = g.nodes[g.order[at]];
        if (laneable(g.order[at]))
            while (u.count < 4 && at + u.count < n) {
                const SimGraph::Node &next = g.nodes[g.order[at + u.count]];
                if (!laneable(g.order[at + u.count]) || next.level != node.level
                    || SimGraph::stepShape(next) != SimGraph::stepShape(node))
                    break;
                ++u.count;
            }
        // Which lanes derive each series; the lanes store none of them when every lane
        // derives all its role can.
        const std::span<const Series> derivable = roleSeries(node.role).derivable;
        u.storeDerived = derivable.empty();
        for (int j = 0; j < u.count; ++j) {
            for (int series = 0; series < S; ++series)
                u.derived[series] |= derivationOf(static_cast<Series>(series), laneNode(u, j)).derived << j;
            for (Series series : derivable)
                u.storeDerived = u.storeDerived || !derivationOf(series, laneNode(u, j)).derived;
        }
        units.push_back(u);
        at += u.count;
    }
    ser4Buf.assign(static_cast<size_t>(S) * ser4Stride, 0.0);
    laneBuf.assign(static_cast<size_t>(4) * 4 * chunkCap, 0.0);
    fillerOut.assign(chunkCap, 0.0);
    taken.assign(static_cast<size_t>(4) * chunkCap, 0.0);
    for (int series = 0; series < S; ++series)
        series4[series] = &ser4Buf[static_cast<size_t>(series) * ser4Stride];
    for (int j = 0; j < 4; ++j) {
        double *const own = &laneBuf[static_cast<size_t>(j) * 4 * chunkCap];
        laneOut[j] = own;
        laneLost[j] = own + chunkCap;
        laneGbs[j] = own + 2 * chunkCap;
        laneGbsProvisioned[j] = own + 3 * chunkCap;
    }
}

bool SimulationRun::laneable(int i) const
{
    const SimGraph::Node &node = g.nodes[i];
    if (!options.lanes)
        return false;
    if (node.role == SimGraph::Role::Relay)
        return true;
    if (node.hasTraffic)
        return false;
    if (node.role == SimGraph::Role::Container)
        return !node.randomArrivals;  // the queueing layer steps one fleet at a time
    // Functions with random arrivals step alone: the queueing layer is not in the lanes.
    return node.role == SimGraph::Role::Lambda && !options.legacyScaling && node.pollEnd - node.pollBegin <= 1
           && !node.randomArrivals;
}

double *SimulationRun::input(int node, int slot)
{
    const int at = inSlot[static_cast<size_t>(node) * InSlots + slot];
    return at < 0 || inStamp[at] != stamp ? zeros : &inBuf[static_cast<size_t>(at) * chunkCap];
}

// Adds `amounts` (one per step) along the node's wires: normal wires or failure wires. A
// wire's events and busiest step are the amounts' sum and maximum times its ratio (ratios are
// never negative), reduced once per node in the first wire's pass.
void SimulationRun::deliver(const SimGraph::Node &node, const double *amounts, int len, bool failures)
{
    double total = 0, busiest = 0;
    bool reduced = false;
    for (int w = node.outBegin; w < node.outEnd; ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        if (wire.failure != failures)
            continue;
        double *to = nullptr;
        bool add = false;  // a poll wire's buffer has one writer: its stream or queue, every chunk
        if (wire.slot == SimGraph::Slot::Poll) {
            to = &pollBuf[static_cast<size_t>(wire.pollIndex) * chunkCap];
        } else {
            const int slot = wire.slot == SimGraph::Slot::Sync ? InSync : wire.slot == SimGraph::Slot::Async ? InAsync : InOther;
            const int at = inSlot[static_cast<size_t>(wire.to) * InSlots + slot];
            to = &inBuf[static_cast<size_t>(at) * chunkCap];
            add = inStamp[at] == stamp;
            inStamp[at] = stamp;
        }
        scaleInto(to, amounts, wire.ratio, len, add, reduced ? nullptr : &total, reduced ? nullptr : &busiest);
        reduced = true;
        wireTotal[w] += total * wire.ratio;
        wirePeak[w] = std::max(wirePeak[w], busiest * wire.ratio);
    }
}

bool SimulationRun::stepAll(const Simulator::Progress &progress)
{
    qint64 nextProgress = 0;
    const qint64 progressEvery = std::max<qint64>(chunkCap, r.steps / 200);
    while (beginChunk()) {
        stepChunk();
        finishChunk();
        if (progress && chunkStart + len >= nextProgress) {
            nextProgress = chunkStart + len + progressEvery;
            if (!progress(static_cast<double>(chunkStart + len) / static_cast<double>(r.steps)))
                return false;
        }
    }
    return true;
}

bool SimulationRun::beginChunk()
{
    chunkStart += len;  // 0 before the first chunk
    if (chunkStart >= r.steps)
        return false;
    layOutChunk();
    t0 = static_cast<double>(chunkStart) * dt;
    stamp = chunkStart;
    for (int series = 0; series < S; ++series)
        std::fill_n(tot(static_cast<Series>(series)), len, 0.0);
    std::fill(poolFree, poolFree + len, unreservedPool);
    return true;
}

void SimulationRun::setTracesPool(bool on)
{
    traces.clear();
    if (!on)
        return;
    for (size_t level = 0; level < pooledAtLevel.size(); ++level)
        if (!pooledAtLevel[level].empty()) {
            PoolTrace &t = traces.emplace_back();
            t.level = static_cast<int>(level);
            t.load.resize(chunkCap);
            t.used.resize(chunkCap);
            t.reach.resize(chunkCap);
        }
}

void SimulationRun::stepChunk()
{
    int level = -1;
    PoolTrace *trace = nullptr;
    // A depth's use of the pool: what was left before it, less what is left after it.
    auto closeTrace = [&] {
        if (trace)
            for (int k = 0; k < len; ++k)
                trace->used[k] -= poolFree[k];
        trace = nullptr;
        lambdaRun.poolReach = nullptr;
    };
    for (const Unit &unit : units) {
        const int lead = g.nodes[g.order[unit.first]].level;
        if (lead != level) {
            closeTrace();
            level = lead;
            lambdaRun.poolShares = sharePoolAtLevel(level) ? levelShares.data() : nullptr;
            for (PoolTrace &t : traces)
                if (t.level == level) {
                    trace = &t;
                    const double *syncLoad = levelLoad.data(), *queuedLoad = syncLoad + chunkCap;
                    for (int k = 0; k < len; ++k)
                        t.load[k] = syncLoad[k] + queuedLoad[k];
                    std::copy_n(poolFree, len, t.used.begin());
                    std::fill_n(t.reach.begin(), len, 0.0);
                    lambdaRun.poolReach = t.reach.data();
                }
        }
        if (unit.count > 1)
            stepInLanes(unit);
        else
            stepAlone(g.order[unit.first]);
    }
    closeTrace();
}

// The pool shared by the functions of one depth that draw on it, per step of the chunk, from
// their inputs (all of them stepped already) and what shallower functions left of the pool;
// false when it is far from its limit at every step.
bool SimulationRun::sharePoolAtLevel(int level)
{
    if (static_cast<size_t>(level) >= pooledAtLevel.size() || pooledAtLevel[level].empty())
        return false;
    double *const syncLoad = levelLoad.data(), *const queuedLoad = syncLoad + chunkCap, *const polledLoad = queuedLoad + chunkCap;
    std::fill_n(syncLoad, len, 0.0);
    std::fill_n(queuedLoad, len, 0.0);
    std::fill_n(polledLoad, len, 0.0);
    for (int i : pooledAtLevel[level]) {
        const double perEvent = poolLoadPerEvent(g.nodes[i], dt), retried = st[i].attempts * perEvent;
        if (const double *in = input(i, InSync); in != zeros)
            for (int k = 0; k < len; ++k)
                syncLoad[k] += in[k] * perEvent;
        if (const double *in = input(i, InAsync); in != zeros)
            for (int k = 0; k < len; ++k)
                queuedLoad[k] += in[k] * retried;
        for (const PollWire &pw : pollWires[i]) {
            const double perMessage = pw.perBatch * perEvent;
            for (int k = 0; k < len; ++k)
                queuedLoad[k] += pw.in[k] * perMessage;
            if (pw.wire->queue)  // an SQS queue's pollers (fullShareBesidePollers)
                for (int k = 0; k < len; ++k)
                    polledLoad[k] += pw.in[k] * perMessage;
        }
    }
    bool near = false;
    for (int k = 0; k < len; ++k) {
        // The slots SQS pollers hold, only where sync calls meet them near the pool's limit.
        PollerSlots pollers;
        if (sharesWithPollers(syncLoad[k], polledLoad[k]) && poolIsNear(syncLoad[k] + queuedLoad[k], poolFree[k]))
            for (int i : pooledAtLevel[level])
                for (const PollWire &pw : pollWires[i])
                    if (pw.wire->queue) {
                        const PollerSlots held = sqsPollerSlots(pw.state->equilibrium, pw.in[k] * (1 / dt), g.nodes[i].durationS);
                        pollers.mean += held.mean;
                        pollers.variance += held.variance;
                    }
        levelShares[k] = sharePool(syncLoad[k], queuedLoad[k], poolFree[k], polledLoad[k], pollers);
        near = near || levelShares[k].near;
    }
    return near;
}

// A source's events per step, into `events` (zeros for other nodes), and into the diagram's
// arrivals.
void SimulationRun::sourceEvents(int i, double *events)
{
    const SimGraph::Node &node = g.nodes[i];
    if (!node.hasTraffic) {
        std::fill(events, events + len, 0.0);
        return;
    }
    // Events per step: the mean. Poisson noise is the queueing layer's to model (drawing
    // counts per step as well would count the randomness twice, and differently per step).
    node.traffic.fillMeanRates(t0, dt, len, events, dt);
    double *const tArr = tot(Series::Arrivals);
    if (columns == 1) {  // positions are steps
        addInto(tArr, events, len);
        return;
    }
    for (int k = 0; k < len; ++k)
        tArr[posOf[k]] += events[k];
}

// What arrives at a relay per step: its own events plus what its wires deliver, summed in
// that order into `scratch` when there is more than one (adding the zeros of the others would
// change no bit), else the one buffer itself.
const double *SimulationRun::relayArrivals(int i, double *scratch)
{
    const double *parts[4];
    int count = 0;
    if (g.nodes[i].hasTraffic) {
        sourceEvents(i, scratch);
        parts[count++] = scratch;
    }
    for (int slot : {InSync, InAsync, InOther})
        if (inSlot[static_cast<size_t>(i) * InSlots + slot] >= 0)
            parts[count++] = input(i, slot);
    if (count == 0)
        return zeros;
    if (count > 1) {
        if (parts[0] != scratch)
            std::copy_n(parts[0], len, scratch);
        for (int p = 1; p < count; ++p)
            addInto(scratch, parts[p], len);
    }
    return count > 1 ? scratch : parts[0];
}

// What every node adds up after its steps, from its chunk sums.
void SimulationRun::countSteps(NodeState &s, const double *chunkSum)
{
    s.usage[CostModel::Seconds] += dt * len;
    s.arrivals += chunkSum[static_cast<int>(Series::Arrivals)];
}

// A function's totals and deliveries after its steps (its series are in the diagram's row
// already).
void SimulationRun::finishLambda(int i, const double *chunkSum, const double *out, const double *lost, const double *gbs,
                       const double *gbsProvisioned)
{
    const SimGraph::Node &node = g.nodes[i];
    NodeState &s = st[i];
    countSteps(s, chunkSum);
    const double served = chunkSum[static_cast<int>(Series::Served)];
    const double cold = chunkSum[static_cast<int>(Series::ColdStarts)];
    s.invocations += served;
    s.throttled += chunkSum[static_cast<int>(Series::Throttled)];
    s.coldStarts += cold;
    s.usage[CostModel::Requests] += served;
    if (node.provisioned > 0) {
        s.usage[CostModel::GbSeconds] += sum4(gbs, len);
        s.usage[CostModel::ProvisionedDurationGbS] += sum4(gbsProvisioned, len);
    } else {
        s.usage[CostModel::GbSeconds] += served * node.billedDurationS * node.memoryGb;
    }
    s.usage[CostModel::InitGbSeconds] += cold * node.coldStartS * node.memoryGb;
    deliver(node, out, len, false);
    double lostTotal = 0;
    if (s.asyncQueue >= 0 && !isZero(lost, len))  // only queued events fail or expire
        for (int k = 0; k < len; ++k)
            lostTotal += lost[k];
    if (lostTotal > 0) {
        if (node.hasFailureWire) {
            s.toFailure += lostTotal;
            deliver(node, lost, len, true);
        } else {
            s.dropped += lostTotal;
        }
    }
}

void SimulationRun::finishRelay(int i, const double *chunkSum, const double *out)
{
    NodeState &s = st[i];
    countSteps(s, chunkSum);
    const double arrivals = chunkSum[static_cast<int>(Series::Arrivals)];
    s.invocations += arrivals;
    s.usage[CostModel::Events] += arrivals;
    deliver(g.nodes[i], out, len, false);
}

void SimulationRun::finishContainer(int i, const double *chunkSum, const double *out)
{
    NodeState &s = st[i];
    countSteps(s, chunkSum);
    s.invocations += chunkSum[static_cast<int>(Series::Served)];
    s.throttled += chunkSum[static_cast<int>(Series::Throttled)];
    s.usage[CostModel::UnitSeconds] += chunkSum[static_cast<int>(Series::Concurrency)] * dt;
    deliver(g.nodes[i], out, len, false);
}

// A run of nodes stepped together in lanes: their loop, folds, row and totals.
void SimulationRun::stepInLanes(const Unit &unit)
{
    const int lead = g.order[unit.first];
    const SimGraph::Role role = g.nodes[lead].role;
    std::fill_n(arrivalsIn, 4, nullptr);
    switch (role) {
    case SimGraph::Role::Relay: stepRelaysInLanes(unit); break;
    case SimGraph::Role::Lambda: stepLambdasInLanes(unit); break;
    case SimGraph::Role::Container: stepContainersInLanes(unit); break;
    }
    double laneSums[S][4] = {};
    bool zero[S] = {};
    const unsigned everyLane = (1u << unit.count) - 1;
    LaneFold folds[4];
    Accumulator discarded[4];
    // Derived series: with every lane derived, not folded at all; else folded, the derived
    // lanes into scratch (their buckets are set from their sources below).
    for (Series series : seriesOf(role)) {
        const int sIdx = static_cast<int>(series);
        if (unit.derived[sIdx] == everyLane)
            continue;
        if (series == Series::Arrivals && arrivalsIn[0]) {  // each lane's from its input
            for (int j = 0; j < unit.count; ++j)
                laneSums[sIdx][j] = foldChunk(arrivalsIn[j], len, &acc[static_cast<size_t>(series) * rows + laneNode(unit, j)]);
            continue;
        }
        const double *v4 = series4[sIdx];
        if (oftenZero(series) && isZeroLanes(v4, len, unit.count)) {
            zero[static_cast<int>(series)] = true;
            for (int j = 0; j < unit.count; ++j)
                foldZeros(static_cast<int>(series), laneNode(unit, j));
            continue;
        }
        for (int j = 0; j < unit.count; ++j) {
            const size_t idx = static_cast<size_t>(series) * rows + laneNode(unit, j);
            folds[j] = {unit.derived[sIdx] >> j & 1 ? &discarded[j] : &acc[idx], dest[idx], &totalSum[idx], &peak[idx]};
        }
        if (longBuckets())
            foldChunkLanes(v4, len, folds, unit.count, laneSums[static_cast<int>(series)]);
        else
            foldColumnsLanes(v4, depth, columns, seriesScale(static_cast<int>(series), lead), folds, unit.count,
                             bucket, laneSums[static_cast<int>(series)]);
    }
    for (Series series : seriesOf(role))
        for (int j = 0; j < unit.count; ++j)
            if (unit.derived[static_cast<int>(series)] >> j & 1) {
                const int i = laneNode(unit, j);
                const Derivation &d = derivationOf(series, i);
                laneSums[static_cast<int>(series)][j] = derive(i, series, d, laneSums[static_cast<int>(d.from)][j]);
            }
    for (Series series : totalsOf(role)) {
        if (zero[static_cast<int>(series)])
            continue;
        const Derivation &d = derivationOf(series, lead);
        if (unit.storeDerived || !d.derived) {
            addLanesInto(tot(series), series4[static_cast<int>(series)], len, unit.count);
            continue;
        }
        double factors[4];
        for (int j = 0; j < unit.count; ++j)
            factors[j] = derivationOf(series, laneNode(unit, j)).factor;
        addLanesInto(tot(series), series4[static_cast<int>(d.from)], len, unit.count, factors);
    }
    for (int j = 0; j < unit.count; ++j) {
        const int i = laneNode(unit, j);
        double chunkSum[S];
        for (int series = 0; series < S; ++series)
            chunkSum[series] = laneSums[series][j];
        switch (role) {
        case SimGraph::Role::Relay: finishRelay(i, chunkSum, relayIn[j]); break;
        case SimGraph::Role::Lambda:
            finishLambda(i, chunkSum, laneOut[j], laneLost[j], laneGbs[j], laneGbsProvisioned[j]);
            break;
        case SimGraph::Role::Container: finishContainer(i, chunkSum, laneOut[j]); break;
        }
        if (i == captureIndex) {
            const double *arrivals = series4[static_cast<int>(Series::Arrivals)];
            for (int k = 0; k < len; ++k)
                r.capturedArrivals[static_cast<size_t>(chunkStart + k)] = arrivalsIn[j] ? arrivalsIn[j][k] : arrivals[posOf[k] * 4 + j];
        }
    }
}

// Lane j of `lanes`: relay i, with what arrives at it.
void SimulationRun::setRelayLane(RelayLanes &lanes, int j, int i, const double *in)
{
    const SimGraph::Node &node = g.nodes[i];
    lanes.len = len;
    lanes.posOf = posOf;
    lanes.in[j] = in;
    lanes.usdPerEvent[j] = node.usdPerEvent;
    lanes.standing[j] = standingCost(node, dt);
    lanes.cumulative[j] = st[i].cumulativeCost;
}

void SimulationRun::stepRelaysInLanes(const Unit &unit)
{
    RelayLanes lanes;
    lanes.count = unit.count;
    std::copy_n(series4, S, lanes.series);
    for (int j = 0; j < 4; ++j) {
        const int i = laneNode(unit, j);
        setRelayLane(lanes, j, i, j < unit.count ? relayArrivals(i, laneOut[j]) : zeros);
    }
    lanes.storeArrivals = !longBuckets();
    stepRelayLanes(lanes);
    for (int j = 0; j < unit.count; ++j) {
        st[laneNode(unit, j)].cumulativeCost = lanes.cumulative[j];
        relayIn[j] = lanes.in[j];
        arrivalsIn[j] = lanes.storeArrivals ? nullptr : lanes.in[j];
    }
}

void SimulationRun::stepLambdasInLanes(const Unit &unit)
{
    LambdaLanes lanes;
    prepareLanes(lanes, lambdaRun, unit);
    lanes.storeDerived = unit.storeDerived;
    bool sync = false;
    for (int j = 0; j < 4; ++j) {
        LambdaChunk &c = lanes.lane[j];
        const int i = laneNode(unit, j);
        if (j < unit.count) {
            c.queue = st[i].asyncQueue >= 0 ? &queues[st[i].asyncQueue] : nullptr;
            c.polls = pollWires[i].data();
            c.pollCount = static_cast<int>(pollWires[i].size());
            c.inSync = input(i, InSync);
            c.inAsync = input(i, InAsync);
            sync = sync || c.inSync != zeros;
            c.out = laneOut[j];
            c.lost = laneLost[j];
            c.gbs = laneGbs[j];
            c.gbsProvisioned = laneGbsProvisioned[j];
            continue;
        }
        // A filler also gets an empty queue and its own copy of the poll wire's state.
        c.queue = st[i].asyncQueue >= 0 ? &(fillerQueue[j] = AsyncQueue()) : nullptr;
        c.pollCount = static_cast<int>(pollWires[i].size());
        if (c.pollCount > 0) {
            fillerPollState[j] = *pollWires[i][0].state;
            fillerPoll[j] = pollWires[i][0];
            fillerPoll[j].state = &fillerPollState[j];
            fillerPoll[j].in = zeros;
            fillerPoll[j].waiting = fillerOut.data();
            c.polls = &fillerPoll[j];
        }
        c.inSync = c.inAsync = zeros;
        c.out = c.lost = c.gbs = c.gbsProvisioned = fillerOut.data();
    }
    lanes.sync = sync;
    lanes.storeArrivals = !longBuckets() || !lanes.oneInput(0);  // one shape: all lanes or none
    for (int j = 0; j < unit.count && !lanes.storeArrivals; ++j)
        arrivalsIn[j] = lanes.oneInput(j);
    lanes.taken = taken.data();
    lanes.exactPool = exactPoolChunks > 0;
    if (!stepLambdaLanes(lanes)) {
        // The pool ran short: step again checking it at each step, for the rest of this chunk
        // and the next one, where it is likely to run short too.
        exactPoolChunks = 2;
        lanes.exactPool = true;
        stepLambdaLanes(lanes);
    }
}

// A fleet's arrivals: the one input slot some wire feeds (the usual case), else all three.
void SimulationRun::containerInputs(int i, ContainerChunk &c)
{
    const int *const fed = &inSlot[static_cast<size_t>(i) * InSlots];
    const int fedCount = (fed[InSync] >= 0) + (fed[InAsync] >= 0) + (fed[InOther] >= 0);
    if (fedCount > 1) {
        c.inSync = input(i, InSync);
        c.inAsync = input(i, InAsync);
        c.inOther = input(i, InOther);
        return;
    }
    c.inSync = input(i, fed[InAsync] >= 0 ? InAsync : fed[InOther] >= 0 ? InOther : InSync);
    c.inAsync = c.inOther = nullptr;
}

void SimulationRun::stepContainersInLanes(const Unit &unit)
{
    ContainerLanes lanes;
    prepareLanes(lanes, containerRun, unit);
    for (int j = 0; j < 4; ++j) {
        ContainerChunk &c = lanes.lane[j];
        const int i = laneNode(unit, j);
        if (j < unit.count) {
            containerInputs(i, c);
            c.out = laneOut[j];
        } else {
            c.inSync = zeros;
            c.inAsync = c.inOther = nullptr;
            c.out = fillerOut.data();
        }
    }
    // When some fleet has several inputs, the lanes add all three slots: the others (and
    // the fillers) read zeros in the two they lack. Else Arrivals are each fleet's one input.
    bool several = false;
    for (int j = 0; j < unit.count; ++j)
        several = several || lanes.lane[j].inAsync;
    for (ContainerChunk &c : lanes.lane)
        if (several && !c.inAsync)
            c.inAsync = c.inOther = zeros;
    lanes.storeArrivals = several || !longBuckets();
    for (int j = 0; j < unit.count && !lanes.storeArrivals; ++j)
        arrivalsIn[j] = lanes.lane[j].inSync;
    stepContainerLanes(lanes);
}

// What every kind of lane unit sets the same way: the run's template, the chunk, and each
// lane's node and state. A filler (lanes unit.count .. 3) repeats the last node, with a
// scratch copy of its state.
template <class Lanes, class Chunk>
void SimulationRun::prepareLanes(Lanes &lanes, const Chunk &run, const Unit &unit)
{
    lanes.count = unit.count;
    std::copy_n(series4, S, lanes.series4);
    for (int j = 0; j < 4; ++j) {
        Chunk &c = lanes.lane[j];
        c = run;
        c.len = len;
        c.t0 = t0;
        const int i = laneNode(unit, j);
        c.node = &g.nodes[i];
        if (j < unit.count) {
            c.state = &st[i];
        } else {
            fillerState[j] = st[i];
            c.state = &fillerState[j];
        }
    }
}

// One node stepped on its own.
void SimulationRun::stepAlone(int i)
{
    const SimGraph::Node &node = g.nodes[i];
    NodeState &s = st[i];
    const double *inSync = input(i, InSync);
    const double *inAsync = input(i, InAsync);
    const double *relayIn = zeros;
    switch (node.role) {
    case SimGraph::Role::Relay: {
        // Served is Arrivals (copied after the run); Backlog comes from consumers.
        RelayLanes one;
        one.count = 1;
        for (int series = 0; series < S; ++series)
            one.series[series] = ser(static_cast<Series>(series));
        relayIn = relayArrivals(i, extBuf);
        setRelayLane(one, 0, i, relayIn);
        stepRelayLanes(one);
        s.cumulativeCost = one.cumulative[0];
        break;
    }
    case SimGraph::Role::Lambda: {
        LambdaChunk c = lambdaRun;
        c.node = &node;
        c.state = &s;
        c.queue = s.asyncQueue >= 0 ? &queues[s.asyncQueue] : nullptr;
        c.occupancy = node.randomArrivals ? &occupancies[i] : nullptr;
        c.polls = pollWires[i].data();
        c.pollCount = static_cast<int>(pollWires[i].size());
        c.len = len;
        c.t0 = t0;
        c.accountLevel = accountTokens;
        c.inSync = inSync;
        c.inAsync = inAsync;
        stepLambda(c, options.legacyScaling);
        break;
    }
    case SimGraph::Role::Container: {
        ContainerChunk c = containerRun;
        c.node = &node;
        c.state = &s;
        c.len = len;
        c.t0 = t0;
        c.occupancy = node.randomArrivals ? &occupancies[i] : nullptr;
        containerInputs(i, c);
        stepContainer(c);
        break;
    }
    }
    // Fold the series the node's role sets (the others stay 0); their chunk sums are the
    // node's totals.
    double chunkSum[S] = {};
    bool zero[S] = {};
    for (Series series : seriesOf(node.role)) {
        if (derivationOf(series, i).derived)
            continue;  // after the series it comes from
        if (oftenZero(series) && isZero(ser(series), len)) {
            zero[static_cast<int>(series)] = true;
            foldZeros(static_cast<int>(series), i);
            continue;
        }
        chunkSum[static_cast<int>(series)] = fold(static_cast<int>(series), i, ser(series));
    }
    for (Series series : seriesOf(node.role)) {
        const Derivation &d = derivationOf(series, i);
        if (d.derived)
            chunkSum[static_cast<int>(series)] = derive(i, series, d, chunkSum[static_cast<int>(d.from)]);
    }
    for (Series series : totalsOf(node.role))
        if (!zero[static_cast<int>(series)])
            addInto(tot(series), ser(series), len);
    switch (node.role) {
    case SimGraph::Role::Relay: finishRelay(i, chunkSum, relayIn); break;
    case SimGraph::Role::Lambda: finishLambda(i, chunkSum, outBuf, lostBuf, qGbs, qGbsProvisioned); break;
    case SimGraph::Role::Container: finishContainer(i, chunkSum, outBuf); break;
    }
    if (i == captureIndex)
        for (int k = 0; k < len; ++k)
            r.capturedArrivals[static_cast<size_t>(chunkStart + k)] = ser(Series::Arrivals)[posOf[k]];
}

void SimulationRun::summarize(const Catalog &catalog)
{
    // A relay passes on what arrives.
    for (int i = 0; i < n; ++i)
        if (g.nodes[i].role == SimGraph::Role::Relay) {
            r.nodeSeries[i][static_cast<int>(Series::Served)] = r.nodeSeries[i][static_cast<int>(Series::Arrivals)];
            const auto idx = [&](Series series) { return static_cast<size_t>(series) * rows + i; };
            totalSum[idx(Series::Served)] = totalSum[idx(Series::Arrivals)];
            peak[idx(Series::Served)] = peak[idx(Series::Arrivals)];
        }

    // Summaries and bills.
    std::vector<bool> syncCaller(static_cast<size_t>(n), false);  // a sync wire comes in
    for (const SimGraph::Wire &w : g.outWires)
        if (w.slot == SimGraph::Slot::Sync)
            syncCaller[static_cast<size_t>(w.to)] = true;
    lines.clear();
    usage.clear();
    const double steps = static_cast<double>(r.steps);
    const bool windowed = options.peaksFromS > 0 || options.peaksToS < r.horizonS;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        const NodeState &s = st[i];
        SimulationResults::NodeSummary sum;
        sum.id = node.id;
        sum.kind = node.kind;
        sum.label = node.label;
        sum.arrivals = s.arrivals;
        sum.invocations = s.invocations;
        sum.throttled = s.throttled;
        sum.coldStarts = s.coldStarts;
        if (node.role == SimGraph::Role::Lambda) {
            sum.errors = s.invocations * node.failureShare();
            sum.timedOut = s.invocations * node.timeoutShare;
        }
        auto idx = [&](Series series) { return static_cast<size_t>(series) * rows + i; };
        // The peaks' window, when asked, from the series' buckets.
        auto seriesPeak = [&](Series series) {
            return windowed ? r.maxWithin(i, series, options.peaksFromS, options.peaksToS) : peak[idx(series)];
        };
        sum.peakConcurrency = seriesPeak(Series::Concurrency);
        if (node.role == SimGraph::Role::Lambda)  // the mean flow's peak within its steps
            sum.peakConcurrency = std::max(sum.peakConcurrency, seriesPeak(Series::ConcurrencyMax));
        sum.meanConcurrency = totalSum[idx(Series::Concurrency)] / steps;
        sum.peakBacklog = seriesPeak(Series::Backlog);
        if (node.role == SimGraph::Role::Container && node.randomArrivals)
            sum.peakBacklog = std::max(sum.peakBacklog, occupancies[i].peakBacklog());
        if (node.role != SimGraph::Role::Relay && node.randomArrivals && syncCaller[i]) {
            // Latency: a function's requests run at once (or are refused); a fleet's wait.
            queueing::LatencyMix mix = s.latency;
            if (node.role == SimGraph::Role::Container)  // the part of a minute the run ended in
                mix.addRandomWaits(s.minuteServed, occupancies[i].openRate() * fleetServiceS(node),
                                   occupancies[i].openServers(), fleetServiceS(node), node.durationCv);
            double initS = 0, timeoutS = std::numeric_limits<double>::infinity();
            if (node.role == SimGraph::Role::Lambda) {
                mix.requests = sum.invocations;
                mix.cold = sum.coldStarts;
                initS = node.coldStartS;
                timeoutS = node.timeoutS;
            }
            const double durationS = node.role == SimGraph::Role::Lambda ? node.drawnDurationS : fleetServiceS(node);
            const queueing::LatencyPercentiles l = queueing::latencyPercentiles(mix, durationS, node.durationCv, initS, timeoutS);
            sum.latency = {l.p50S, l.p95S, l.p99S, mix.requests};
        }
        if (node.role == SimGraph::Role::Lambda && node.randomArrivals) {
            double warm = 0;  // the run is over: only the totals take the last part of a minute
            sum.coldStarts += occupancies[i].close(node.durationS, node.durationCv, node.provisioned, &warm);
            // The largest per-minute Maximum, and the random queue on top of the mean's.
            sum.peakConcurrency = occupancies[i].peak();
            sum.peakBacklog = std::max(sum.peakBacklog, occupancyBacklog(g, i, occupancies[i]));
        }
        sum.meanUtilization = totalSum[idx(Series::Utilization)] / steps;
        sum.peakUtilization = peak[idx(Series::Utilization)];
        sum.peakIteratorAgeS = s.peakAge;
        sum.expired = s.expired;
        sum.failed = s.failed;
        sum.toFailureDestination = s.toFailure;
        sum.dropped = s.dropped;
        lines.append(g.costLines.at(i));
        usage.append(s.usage);
        r.nodes.append(sum);
    }
    // An SQS queue polled by a function holds the random queue in front of it too: the work
    // waiting for the function's servers (a cap) and the messages waiting for a poller.
    queuePeaks.assign(poll.size(), {});
    for (const SimGraph::Wire &w : g.outWires)
        if (w.pollIndex >= 0 && g.nodes[w.to].randomArrivals && w.queue) {
            QueuePeaks &q = queuePeaks[w.pollIndex];
            q.forPoller = poll[w.pollIndex].equilibrium.waitingPeak(&q.forPollerAgeS);
            q.busy = poll[w.pollIndex].busyQueue.peaks();
            r.nodes[w.from].peakBacklog =
                std::max({r.nodes[w.from].peakBacklog, occupancyBacklog(g, w.to, occupancies[w.to]), q.forPoller, q.busy.backlog});
        }
    // A stream's records wait behind each lane's batch: on the stream, and on the function too.
    streamAges.assign(poll.size(), 0.0);
    for (const SimGraph::Wire &w : g.outWires)
        if (w.pollIndex >= 0 && g.nodes[w.to].randomArrivals && !w.queue) {
            const StreamPeaks::Peaks p = poll[w.pollIndex].streamPeaks.peaks();
            streamAges[w.pollIndex] = p.iteratorAgeS;
            for (int node : {w.from, w.to})
                r.nodes[node].peakBacklog = std::max(r.nodes[node].peakBacklog, p.backlog);
        }
    // Within a step an SQS backlog may build and clear (the step's figures are its ends).
    for (const SimGraph::Wire &w : g.outWires)
        if (w.pollIndex >= 0 && w.queue)
            r.nodes[w.from].peakBacklog = std::max(r.nodes[w.from].peakBacklog, poll[w.pollIndex].peakWithin);
    summarizeMetrics();
    for (int i = 0; i < n; ++i) {
        r.nodes[i].items = CostModel::items(lines.at(i), usage.at(i));
        double total = 0;
        for (const auto &item : r.nodes[i].items)
            total += item.usd;
        r.nodes[i].costUsd = total;
    }
    for (size_t w = 0; w < g.outWires.size(); ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        SimulationResults::WireSummary ws;
        ws.id = wire.id;
        ws.from = g.nodes[wire.from].id;
        ws.to = g.nodes[wire.to].id;
        ws.events = wireTotal[w];
        ws.meanRatePerS = wireTotal[w] / (steps * dt);
        ws.peakRatePerS = wirePeak[w] / dt;
        r.wires.append(ws);
    }
    if (options.freeTier)
        CostModel::applyFreeTier(catalog, lines, usage, r.steps * dt, &r.nodes);
    for (const auto &node : r.nodes)
        r.totalCostUsd += node.costUsd;
    r.monthlyProjectionUsd = r.totalCostUsd * SimulationResults::monthS / (r.steps * dt);
}

} // namespace archscope::sim
