#include "exactrun.h"

#include "sim/simulator.h"

#include <algorithm>
#include <cmath>

// Functions and fleets in the exact engine: the rules of lambdastep.cpp and containerstep.cpp
// applied to single requests.
namespace archscope::exact {

namespace {
constexpr unsigned workShift = 3, provisionedShift = 5, attemptShift = 6, timedOutShift = 8, pollShift = 9;
constexpr double pollersPerS = Simulator::sqsPollersPerMinute / 60;
} // namespace

// An environment for one invocation, if the function may run one more now: under its
// reserved concurrency or the account pool, on a provisioned or warm environment, or on a
// new one while the scaling rate allows (1,000 per 10 s per function; legacy: a burst of
// 3,000 per account, then 500 a minute).
ExactRun::Refusal ExactRun::acquire(int node, double t, bool *cold, bool *provisioned)
{
    LambdaState &l = m_lambda[node];
    if (m_stats[node].busy >= l.limit)
        return Refusal::Capped;
    if (l.pooled && m_poolBusy >= m_pool)
        return Refusal::Pool;
    *cold = false;
    *provisioned = false;
    if (l.provisionedBusy < l.provisioned) {
        ++l.provisionedBusy;
        *provisioned = true;
        return Refusal::None;
    }
    while (!l.idleSince.empty() && t - l.idleSince.front() >= Simulator::warmReclaimS)
        l.idleSince.pop_front();
    if (!l.idleSince.empty()) {
        l.idleSince.pop_back();  // the most recently used: the others may age out
        return Refusal::None;
    }
    ScalingBucket &bucket = m_options.legacyScaling ? m_accountScaling : l.scaling;
    bucket.refill(t);
    if (bucket.tokens < 1)
        return Refusal::Scaling;
    bucket.tokens -= 1;
    *cold = true;
    return Refusal::None;
}

double ExactRun::start(int node, double t, Work work, bool cold, bool provisioned, int attempt, int poll, double receivedAt)
{
    LambdaState &l = m_lambda[node];
    NodeStats &s = m_stats[node];
    const SimGraph::Node &n = m_g.nodes[node];
    // A draw past the timeout is cut there and the invocation fails (init has its own limit).
    double duration = l.duration.draw(m_rng);
    const bool timedOut = duration > n.timeoutS;
    duration = std::min(duration, n.timeoutS);
    const double run = duration + (cold ? n.coldStartS : 0);
    s.invocations += 1;
    s.coldStarts += cold ? 1 : 0;
    s.duration.add(run);
    setBusy(node, s.busy + 1, t);
    if (l.pooled)
        ++m_poolBusy;
    const unsigned aux = static_cast<unsigned>(work) << workShift | (provisioned ? 1u : 0u) << provisionedShift
                         | static_cast<unsigned>(std::min(attempt, 3)) << attemptShift | (timedOut ? 1u : 0u) << timedOutShift
                         | static_cast<unsigned>(poll + 1) << pollShift;
    push(t + run, EventKind::Done, node, aux, receivedAt);
    return run;
}

void ExactRun::afterRefusal(int node, double t, Refusal refusal)
{
    LambdaState &l = m_lambda[node];
    if (refusal == Refusal::Pool && !l.waitingForPool) {
        l.waitingForPool = true;
        m_waitingForPool.push_back(node);
    } else if (refusal == Refusal::Scaling) {
        const ScalingBucket &bucket = m_options.legacyScaling ? m_accountScaling : l.scaling;
        const double when = t + (1 - bucket.tokens) / bucket.perS;
        if (l.wakeAt < 0 || when < l.wakeAt) {
            l.wakeAt = when;
            push(when, EventKind::Wake, node);
        }
    }
    // Capped: the next invocation to finish dispatches again.
}

// A sync caller gets an environment now or a 429: it never waits.
void ExactRun::lambdaSync(int node, double t, int path)
{
    bool cold = false, provisioned = false;
    const Refusal refusal = acquire(node, t, &cold, &provisioned);
    if (refusal != Refusal::None) {
        countThrottle(node);
        if (path >= 0)
            ++m_paths[path].throttled;
        return;
    }
    const double run = start(node, t, Work::Sync, cold, provisioned, 0, -1, t);
    if (path >= 0)
        m_paths[path].latency.add(run);
}

// An async event (Lambda's internal queue) or a message on a poll wire (w >= 0).
void ExactRun::lambdaQueue(int node, int w, double t, int path)
{
    if (w >= 0) {
        const SimGraph::Wire &wire = m_g.outWires[w];
        PollQueue &p = m_polls[wire.pollIndex];
        if (wire.queue) {
            p.messages.push_back(Queued{t, t, 0, path});
        } else {
            const int lanes = static_cast<int>(p.lanes.size());
            const int lane = lanes == 1 ? 0 : std::min(lanes - 1, static_cast<int>(m_rng.uniform() * lanes));
            p.lanes[lane].records.push_back(Queued{t, t, 0, path});
            markReady(p, lane);
        }
        addBacklog(wire.from, 1);
        addBacklog(node, 1);
        lambdaDispatch(node, t);
        return;
    }
    RingQueue<Queued> &async = m_lambda[node].async;
    async.push_back(Queued{t, t, 0, path});
    addBacklog(node, 1);
    lambdaDispatch(node, t);
    // Counted as the fast model does: a new async event that cannot start at once (the
    // queue is FIFO, so it is the one left at the back).
    if (!async.empty())
        countThrottle(node);
}

// `oldestS`: the oldest event taken (ApproximateAgeOfOldestMessage for SQS); `lastS`: the
// batch's last record, which is what IteratorAge measures (near 0 while a stream's lane keeps up).
void ExactRun::recordAges(int node, const SimGraph::Wire *wire, double oldestS, double lastS)
{
    NodeStats &s = m_stats[node];
    s.maxAge = std::max(s.maxAge, oldestS);
    NodeStats &from = m_stats[wire->from];
    from.maxAge = std::max(from.maxAge, oldestS);
    if (wire->queue) {
        from.maxSqsAge = std::max(from.maxSqsAge, oldestS);
    } else {
        s.maxIteratorAge = std::max(s.maxIteratorAge, lastS);
        from.maxIteratorAge = std::max(from.maxIteratorAge, lastS);
    }
}

void ExactRun::markReady(PollQueue &p, int lane)
{
    StreamLane &l = p.lanes[lane];
    if (!l.ready && !l.busy && !l.records.empty()) {
        l.ready = true;
        p.ready.push_back(lane);
    }
}

// Starts the batch of the lane ready longest if the function may run it; false if it may not.
bool ExactRun::startStreamBatch(int node, const SimGraph::Wire &wire, PollQueue &p, double t)
{
    bool cold = false, provisioned = false;
    const Refusal refusal = acquire(node, t, &cold, &provisioned);
    if (refusal != Refusal::None) {
        afterRefusal(node, t, refusal);
        return false;
    }
    const int k = p.ready.front();
    p.ready.pop_front();
    StreamLane &lane = p.lanes[k];
    lane.ready = false;
    const size_t take = std::min(lane.records.size(), static_cast<size_t>(wire.batchSize));
    recordAges(node, &wire, t - lane.records.front().queuedAt, t - lane.records.at(take - 1).queuedAt);
    NodeStats &s = m_stats[node];
    for (size_t m = 0; m < take; ++m) {
        s.wait.add(t - lane.records.front().queuedAt);
        lane.records.pop_front();
    }
    addBacklog(node, -static_cast<long long>(take));
    addBacklog(wire.from, -static_cast<long long>(take));
    lane.busy = true;
    ++p.inflight;
    start(node, t, Work::Poll, cold, provisioned, 0, wire.pollIndex, k);
    return true;
}

void ExactRun::failAsync(int node, double t)
{
    NodeStats &s = m_stats[node];
    if (m_g.nodes[node].hasFailureWire) {
        s.toFailure += 1;
        sendOn(node, t, true, -1);
    } else {
        s.dropped += 1;
    }
}

// Starts what waits while the function may: async events oldest first (dropping those past
// 6 h), then each poll wire's batch: an SQS queue's under its pollers, a stream's from the
// lane ready longest.
void ExactRun::lambdaDispatch(int node, double t)
{
    LambdaState &l = m_lambda[node];
    NodeStats &s = m_stats[node];
    const SimGraph::Node &n = m_g.nodes[node];
    for (bool started = true; started;) {
        started = false;
        while (!l.async.empty() && t - l.async.front().receivedAt >= Simulator::asyncMaxAgeS) {
            l.async.pop_front();
            addBacklog(node, -1);
            s.maxAsyncAge = std::max(s.maxAsyncAge, Simulator::asyncMaxAgeS);
            s.expired += 1;
            failAsync(node, t);
        }
        bool cold = false, provisioned = false;
        if (!l.async.empty()) {
            const Refusal refusal = acquire(node, t, &cold, &provisioned);
            if (refusal != Refusal::None)
                return afterRefusal(node, t, refusal);
            const Queued q = l.async.front();
            l.async.pop_front();
            addBacklog(node, -1);
            s.wait.add(t - q.queuedAt);
            s.maxAsyncAge = std::max(s.maxAsyncAge, t - q.receivedAt);
            s.maxAge = std::max(s.maxAge, t - q.receivedAt);
            start(node, t, Work::Async, cold, provisioned, q.attempt, -1, q.receivedAt);
            started = true;
        }
        for (int k = n.pollBegin; k < n.pollEnd; ++k) {
            const SimGraph::Wire &wire = m_g.outWires[m_g.pollIn[k]];
            PollQueue &p = m_polls[wire.pollIndex];
            if (!wire.queue) {
                if (p.ready.empty())
                    continue;
                if (s.busy >= l.limit || !startStreamBatch(node, wire, p, t))
                    return;
                started = true;
                continue;
            }
            const double basePollers = std::min(Simulator::sqsPollersStart, wire.maxConcurrency);
            if (p.messages.empty()) {
                p.pollers = std::max(basePollers, static_cast<double>(p.inflight));
                p.pollersAt = t;
                continue;
            }
            if (s.busy >= l.limit)
                return;  // the function's cap, not the pollers, holds the queue back
            // SQS adds pollers while messages wait (300 a minute up to maxConcurrency).
            p.pollers = std::min(wire.maxConcurrency, p.pollers + (t - p.pollersAt) * pollersPerS);
            p.pollersAt = t;
            const double cap = std::floor(p.pollers);
            if (p.inflight >= cap) {
                if (cap < wire.maxConcurrency)
                    afterPollers(node, t + (p.inflight + 1 - p.pollers + 1e-9) / pollersPerS);
                continue;
            }
            const Refusal refusal = acquire(node, t, &cold, &provisioned);
            if (refusal != Refusal::None)
                return afterRefusal(node, t, refusal);
            const auto take = std::min(p.messages.size(), static_cast<size_t>(wire.batchSize));
            recordAges(node, &wire, t - p.messages.front().queuedAt, t - p.messages.front().queuedAt);
            for (size_t m = 0; m < take; ++m) {
                s.wait.add(t - p.messages.front().queuedAt);
                p.messages.pop_front();
            }
            addBacklog(node, -static_cast<long long>(take));
            addBacklog(wire.from, -static_cast<long long>(take));
            ++p.inflight;
            start(node, t, Work::Poll, cold, provisioned, 0, wire.pollIndex, t);
            if (p.messages.empty()) {
                p.pollers = std::max(basePollers, static_cast<double>(p.inflight));
                p.pollersAt = t;
            }
            started = true;
        }
    }
}

void ExactRun::afterPollers(int node, double when)
{
    LambdaState &l = m_lambda[node];
    if (l.wakeAt < 0 || when < l.wakeAt) {
        l.wakeAt = when;
        push(when, EventKind::Wake, node);
    }
}

void ExactRun::lambdaDone(const Event &e)
{
    const int node = e.node;
    LambdaState &l = m_lambda[node];
    NodeStats &s = m_stats[node];
    const SimGraph::Node &n = m_g.nodes[node];
    const auto work = static_cast<Work>((e.aux >> workShift) & 3);
    const int attempt = static_cast<int>((e.aux >> attemptShift) & 3);
    const int poll = static_cast<int>(e.aux >> pollShift) - 1;
    setBusy(node, s.busy - 1, e.t);
    if ((e.aux >> provisionedShift) & 1)
        --l.provisionedBusy;
    else
        l.idleSince.push_back(e.t);
    if (l.pooled)
        --m_poolBusy;
    if (poll >= 0) {
        PollQueue &p = m_polls[poll];
        --p.inflight;
        if (!p.lanes.empty()) {
            const int lane = static_cast<int>(e.x);
            p.lanes[lane].busy = false;
            markReady(p, lane);
        }
    }
    const bool failed = ((e.aux >> timedOutShift) & 1) || (n.failureRate > 0 && m_rng.uniform() < n.failureRate);
    s.errors += failed ? 1 : 0;
    if (!failed) {
        sendOn(node, e.t, false, -1);
    } else if (work == Work::Async) {
        // Lambda retries an async event after 1 min, then 2 min; its age keeps counting.
        if (attempt < n.retries)
            push(e.t + Simulator::asyncRetryDelayS * (attempt + 1), EventKind::Retry, node,
                 static_cast<unsigned>(attempt + 1) << attemptShift, e.x);
        else {
            s.failed += 1;
            failAsync(node, e.t);
        }
    }
    lambdaDispatch(node, e.t);
    if (l.pooled && !m_waitingForPool.empty()) {
        m_poolScratch.swap(m_waitingForPool);
        for (int other : m_poolScratch) {
            m_lambda[other].waitingForPool = false;
            lambdaDispatch(other, e.t);
        }
        m_poolScratch.clear();
    }
}

void ExactRun::lambdaRetry(const Event &e)
{
    const int attempt = static_cast<int>((e.aux >> attemptShift) & 3);
    m_lambda[e.node].async.push_back(Queued{e.x, e.t, attempt, -1});
    addBacklog(e.node, 1);
    lambdaDispatch(e.node, e.t);
}

// --- fleets: units of slots, a FIFO request queue, target tracking with its launch delay

void ExactRun::setUnits(int node, int units, double t)
{
    NodeStats &s = m_stats[node];
    FleetState &f = m_fleet[node];
    s.unitArea += f.units * (t - s.unitsAt);
    s.unitsAt = t;
    f.units = units;
    s.peakUnits = std::max(s.peakUnits, units);
}

void ExactRun::fleetReceive(int node, double t, int path)
{
    FleetState &f = m_fleet[node];
    const SimGraph::Node &n = m_g.nodes[node];
    f.arrivalsThisTick += 1;
    // Behind a sync caller the queue holds 30 s of capacity; then 503s.
    if (n.syncOnly && static_cast<double>(f.queue.size()) >= f.units * n.unitCapacity * Simulator::syncQueueS) {
        countThrottle(node);
        if (path >= 0)
            ++m_paths[path].throttled;
        return;
    }
    f.queue.push_back(Queued{t, t, 0, path});
    addBacklog(node, 1);
    fleetDispatch(node, t);
}

void ExactRun::fleetDispatch(int node, double t)
{
    FleetState &f = m_fleet[node];
    NodeStats &s = m_stats[node];
    const int capacity = f.units * f.slotsPerUnit;
    while (s.busy < capacity && !f.queue.empty()) {
        const Queued q = f.queue.front();
        f.queue.pop_front();
        addBacklog(node, -1);
        const double wait = t - q.queuedAt;
        s.wait.add(wait);
        s.maxAge = std::max(s.maxAge, wait);
        const double service = f.service.draw(m_rng);
        s.duration.add(service);
        s.invocations += 1;
        if (q.path >= 0)
            m_paths[q.path].latency.add(t - q.receivedAt + service);
        setBusy(node, s.busy + 1, t);
        push(t + service, EventKind::Done, node, static_cast<unsigned>(Work::Fleet) << workShift);
    }
}

void ExactRun::fleetDone(const Event &e)
{
    setBusy(e.node, m_stats[e.node].busy - 1, e.t);
    sendOn(e.node, e.t, false, -1);
    fleetDispatch(e.node, e.t);
}

// Target tracking, as containerstep.cpp: the demand (arrivals plus draining the queue within
// a minute) at the target utilization; out after the launch delay, in after 5 min below.
void ExactRun::fleetTick(int node, double t)
{
    FleetState &f = m_fleet[node];
    const SimGraph::Node &n = m_g.nodes[node];
    const double tick = ExactEngine::scaleTickS;
    const double demandRate = f.arrivalsThisTick / tick + static_cast<double>(f.queue.size()) / 60;
    f.arrivalsThisTick = 0;
    const double desired = std::clamp(std::ceil(demandRate / (n.unitCapacity * n.targetUtilization)), n.minUnits, n.maxUnits);
    if (desired > f.units + f.pending && f.pending <= 0) {
        f.pending = static_cast<int>(desired) - f.units;
        f.belowS = 0;
        if (n.launchDelayS <= 0)
            fleetReady(node, t);
        else
            push(t + n.launchDelayS, EventKind::UnitsReady, node);
    } else if (desired < f.units) {
        f.belowS += tick;
        if (f.belowS >= Simulator::scaleInCooldownS) {
            setUnits(node, static_cast<int>(std::max(desired, n.minUnits)), t);
            f.belowS = 0;
        }
    } else {
        f.belowS = 0;
    }
    push(t + tick, EventKind::ScaleTick, node);
}

void ExactRun::fleetReady(int node, double t)
{
    FleetState &f = m_fleet[node];
    setUnits(node, f.units + f.pending, t);
    f.pending = 0;
    fleetDispatch(node, t);
}

} // namespace archscope::exact
