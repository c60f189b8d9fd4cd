#include "referencestepper.h"

#include "sim/asyncage.h"
#include "sim/busyqueue.h"
#include "sim/costmodel.h"
#include "sim/detmath.h"
#include "sim/fifoage.h"
#include "sim/occupancy.h"
#include "sim/randomload.h"
#include "sim/roleformulas.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"
#include "sim/sqspollers.h"
#include "sim/streampeaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>

namespace archscope::reference {

namespace {

using Series = SimulationResults::Series;
using Role = SimGraph::Role;
using Slot = SimGraph::Slot;
using Sim = Simulator;
constexpr int seriesCount = SimulationResults::seriesCount;
enum InputSlot { InSync, InAsync, InOther, InputSlots };

// Lambda's queue of asynchronous events, in cohorts of `width` seconds by arrival time: served
// oldest first, and a cohort leaves once all of it is older than the age limit. A cohort
// emptied down to dust (1e-12 of what was taken) counts as empty. Each cohort keeps when its
// events came (the first pushing step's start, the last one's end).
class AsyncCohorts
{
public:
    explicit AsyncCohorts(double width) : m_width(width) {}

    double total() const { return m_total; }

    void push(double t, double dt, double amount)
    {
        if (amount <= 0)
            return;
        if (m_total <= 0 || m_cohorts.empty()) {  // what is left is dust: start afresh
            m_cohorts.clear();
            m_total = 0;
        }
        Cohort &c = m_cohorts[static_cast<long long>(std::floor(t / m_width))];
        if (c.arrived <= 0)
            c.fromS = t;
        c.toS = t + dt;
        c.waiting += amount;
        c.arrived += amount;
        m_total += amount;
    }

    // Removes and returns the events of every cohort older than maxAge at time t.
    double expire(double t, double maxAge)
    {
        double expired = 0;
        while (!m_cohorts.empty() && (m_cohorts.begin()->first + 1) * m_width + maxAge <= t) {
            expired += m_cohorts.begin()->second.waiting;
            m_cohorts.erase(m_cohorts.begin());
        }
        m_total = m_cohorts.empty() ? 0 : std::max(0.0, m_total - expired);
        return expired;
    }

    void pop(double amount)
    {
        double taken = 0;
        while (amount > 0 && !m_cohorts.empty()) {
            double &cohort = m_cohorts.begin()->second.waiting;
            const double take = std::min(amount, cohort);
            cohort -= take;
            amount -= take;
            taken += take;
            if (cohort <= 1e-12 * (1 + take))
                m_cohorts.erase(m_cohorts.begin());
        }
        m_total = m_cohorts.empty() ? 0 : std::max(0.0, m_total - taken);
    }

    // The age at time t of the oldest waiting event.
    double ageS(double t) const
    {
        if (!(m_total > 0 && !m_cohorts.empty()))
            return 0;
        const Cohort &c = m_cohorts.begin()->second;
        return std::max(0.0, t - sim::asyncArrivalOfOldest(c.waiting, c.arrived, c.fromS, c.toS));
    }

private:
    struct Cohort
    {
        double waiting = 0, arrived = 0, fromS = 0, toS = 0;
    };
    double m_width;
    double m_total = 0;
    std::map<long long, Cohort> m_cohorts;  // cohort index -> its events
};

// A poll wire into a function: the stream's or queue's backlog for this consumer, and (SQS)
// its pollers.
struct PollWireState
{
    double backlog = 0;
    double pollers = 0;
    double ageS = 0;
    double arrived = 0;      // joined the backlog this step
    sim::FifoAge oldest;     // the oldest waiting, first in, first out
    double invocations = 0;  // wanted this step
    double needed = 0;       // invocations wanted before the concurrency cap
    double takeable = 0;     // what those could take in full batches
    double rampTo = 0;       // SQS pollers by the step's end while messages wait
    double busyPeak = 0;     // the pollers all busy while messages wait (0: none waited)
    double settleTo = 0;     // the busy pollers the step's arrivals settle at (0: five)
    double ceiling = 0;      // what those busy pollers seldom pass
    double peakWithin = 0;   // the most messages waiting within any step, as a fluid
    double waitWithin = 0;   // the longest wait within the step, as a fluid
    sim::SqsPollerEquilibrium equilibrium;
    sim::BusyQueuePeaks busyQueue;
    sim::StreamPeaks streamPeaks;
};

// What one node carries from step to step, and its totals.
struct NodeState
{
    double in[InputSlots] = {};  // this step's deliveries per slot
    // Lambda
    double warm = 0;
    double tokens = 0;
    double attempts = 1;
    double finalFailure = 0;
    std::optional<AsyncCohorts> queue;
    sim::HeadAgeHistory headAges;  // the queue's oldest event's age over the run
    // Fleets
    double units = 0, pending = 0, readyAt = 0, belowTargetS = 0, queued = 0, tickArrivals = 0, tickS = 0;
    sim::FifoAge backlogAge;  // of the requests in the queue
    // Totals
    double peakAge = 0, expired = 0, failed = 0, toFailure = 0, dropped = 0;
    double cumulativeCost = 0;
    CostModel::Usage usage{};
};

// The run's shared pools at one step.
struct Account
{
    double unreservedPool = 0;  // the account's concurrency not reserved by any function
    double poolFree = 0;        // what pooled functions have left of it this step
    double legacyLevel = 0;     // legacy scaling: the account's burst bucket
};

// A series folded into buckets of `bucketSteps` steps (the last one may be shorter), and
// over the whole run: its sum and its peak (at least 0).
struct Fold
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
    qint64 count = 0;
    double runTotal = 0;
    double runPeak = 0;

    void add(double v)
    {
        min = std::min(min, v);
        max = std::max(max, v);
        sum += v;
        ++count;
        runTotal += v;
        runPeak = std::max(runPeak, v);
    }
    void close(double scale, Buckets &out)
    {
        out.min.push_back(min * scale);
        out.max.push_back(max * scale);
        out.mean.push_back(sum * scale / static_cast<double>(count));
        min = std::numeric_limits<double>::infinity();
        max = -std::numeric_limits<double>::infinity();
        sum = 0;
        count = 0;
    }
};

// Series hold events, invocations and dollars per step; buckets show them per second (cost
// per hour). The diagram's utilization is its Lambda concurrency over the account's.
double bucketScale(Series series, bool diagram, const SimulationOptions &options)
{
    const double perSecond = 1 / options.stepS;
    switch (series) {
    case Series::Arrivals:
    case Series::Served:
    case Series::Throttled:
    case Series::ColdStarts: return perSecond;
    case Series::CostRate: return 3600 * perSecond;
    case Series::Utilization:
        if (diagram)
            return options.accountConcurrency > 0 ? 1 / options.accountConcurrency : 0.0;
        return 1;
    default: return 1;
    }
}

// One step's value of each series of one node (or of the diagram).
using Values = std::array<double, seriesCount>;

double &at(Values &values, Series series)
{
    return values[static_cast<size_t>(series)];
}

class Stepper
{
public:
    Stepper(const SimGraph &g, const SimulationOptions &options, SimulationResults &r) : g(g), o(options), r(r), dt(options.stepS)
    {
        const int n = static_cast<int>(g.nodes.size());
        state.resize(n);
        for (const SimGraph::Node &node : g.nodes)
            occupancy.push_back(sim::occupancyFeedFor(node, o.peaksFromS, o.peaksToS));
        double reserved = 0;
        for (int i = 0; i < n; ++i) {
            const SimGraph::Node &node = g.nodes[i];
            NodeState &s = state[i];
            if (node.role == Role::Lambda) {
                s.warm = node.provisioned;
                s.tokens = Sim::scalingPer10s;
                // An async event runs 1 + f + f^2 ... times (one more per retry) and fails
                // for good with f^(retries + 1).
                double failAll = 1;
                s.attempts = 0;
                for (int attempt = 0; attempt <= node.retries; ++attempt) {
                    s.attempts += failAll;
                    failAll *= node.failureShare();
                }
                s.finalFailure = failAll;
                if (node.reserved >= 0)
                    reserved += node.reserved;
                if (node.hasAsyncInput) {
                    s.queue.emplace(std::max(dt, Sim::asyncMaxAgeS / 64));
                    s.headAges = sim::HeadAgeHistory(std::max(dt, Sim::asyncMaxAgeS / 64), static_cast<double>(r.steps) * dt);
                }
            } else if (node.role == Role::Container) {
                s.units = node.minUnits;
            }
        }
        pollWires.resize(g.pollWireCount);
        pollIn.assign(g.pollWireCount, 0.0);
        for (const SimGraph::Wire &wire : g.outWires)
            if (wire.pollIndex >= 0) {
                pollWires[wire.pollIndex].pollers = std::min(Sim::sqsPollersStart, wire.maxConcurrency);
                pollWires[wire.pollIndex].equilibrium = sim::SqsPollerEquilibrium(wire.batchSize);
                if (wire.queue)
                    pollWires[wire.pollIndex].busyQueue =
                        sim::BusyQueuePeaks(wire.batchSize, g.nodes[wire.to].durationS, g.nodes[wire.to].durationCv);
                if (!wire.queue)
                    pollWires[wire.pollIndex].streamPeaks = sim::StreamPeaks(sim::streamShape(g, wire));
            }
        account.unreservedPool = std::max(0.0, o.accountConcurrency - reserved);
        for (int i : g.order)
            if (g.nodes[i].role == Role::Lambda && g.nodes[i].reserved < 0) {
                const size_t level = static_cast<size_t>(g.nodes[i].level);
                if (pooledAtLevel.size() <= level)
                    pooledAtLevel.resize(level + 1);
                pooledAtLevel[level].push_back(i);
            }
        account.legacyLevel = Sim::legacyBurst;
        wireEvents.assign(g.outWires.size(), 0.0);
        wirePeak.assign(g.outWires.size(), 0.0);
        folds.assign(n + 1, {});
        buckets.assign(n + 1, {});
    }

    void run()
    {
        for (qint64 k = 0; k < r.steps; ++k) {
            step(static_cast<double>(k) * dt);
            if ((k + 1) % r.bucketSteps == 0 || k + 1 == r.steps)
                closeBuckets();
        }
    }

    void summarize(const Catalog &catalog, ReferenceResults &out);

private:
    void step(double t);
    void stepRelay(int i, double t, Values &v, double *diagramArrivals);
    void stepLambda(int i, double t, Values &v);
    void stepContainer(int i, double t, Values &v);
    double pollDemand(PollWireState &p, const SimGraph::Wire &wire, double in, double d, double t, double warm, double initS);
    double pollServe(PollWireState &p, const SimGraph::Wire &wire, double share, double t, double *peakAge);
    void deliver(int i, double amount, bool failures);
    void closeBuckets();
    // The pool shared by the functions of one depth that draw on it, at this step.
    sim::PoolShare sharePoolAt(int level);

    const SimGraph &g;
    const SimulationOptions &o;
    SimulationResults &r;
    const double dt;
    std::vector<NodeState> state;
    std::vector<queueing::OccupancyFeed> occupancy;  // functions with random arrivals
    std::vector<PollWireState> pollWires;
    std::vector<double> pollIn;  // this step's deliveries per poll wire
    Account account;
    std::vector<std::vector<int>> pooledAtLevel;  // functions drawing on the account's pool, by depth
    sim::PoolShare levelShare;                    // for the depth being stepped
    double diagramCumulativeCost = 0;
    std::vector<double> wireEvents, wirePeak;
    std::vector<std::array<Fold, seriesCount>> folds;      // [node, then the diagram][series]
    std::vector<std::array<Buckets, seriesCount>> buckets;  // the same
};

void Stepper::step(double t)
{
    const int n = static_cast<int>(g.nodes.size());
    for (NodeState &s : state)
        std::fill(std::begin(s.in), std::end(s.in), 0.0);
    std::fill(pollIn.begin(), pollIn.end(), 0.0);
    account.poolFree = account.unreservedPool;
    if (o.legacyScaling)
        account.legacyLevel = std::min(Sim::legacyBurst, account.legacyLevel + Sim::legacyPerMinute / 60 * dt);

    // The step order (SimGraph::order: by depth from the sources, then by shape, then in
    // document order) is part of the model: what a node passes on reaches the next ones in
    // this same step, and the functions of one depth that draw on the account's pool share it
    // alike near its limit (sim::sharePool); deeper ones take what is left.
    std::vector<Values> values(n + 1, Values{});
    double diagramArrivals = 0;
    int level = -1;
    for (int i : g.order) {
        if (g.nodes[i].level != level) {
            level = g.nodes[i].level;
            levelShare = sharePoolAt(level);
        }
        switch (g.nodes[i].role) {
        case Role::Relay: stepRelay(i, t, values[i], &diagramArrivals); break;
        case Role::Lambda: stepLambda(i, t, values[i]); break;
        case Role::Container: stepContainer(i, t, values[i]); break;
        }
    }
    if (o.legacyScaling)
        account.legacyLevel = std::max(0.0, account.legacyLevel);

    // A stream's or queue's backlog is what its consumers left waiting.
    for (int i = 0; i < n; ++i)
        for (int w = g.nodes[i].outBegin; w < g.nodes[i].outEnd; ++w)
            if (g.outWires[w].pollIndex >= 0)
                values[i][static_cast<int>(Series::Backlog)] += pollWires[g.outWires[w].pollIndex].backlog;

    // The diagram's row: the sources' events, the compute's work, everyone's cost.
    Values &diagram = values[n];
    diagram[static_cast<int>(Series::Arrivals)] = diagramArrivals;
    for (int i : g.order) {
        const Role role = g.nodes[i].role;
        const auto &v = values[i];
        auto add = [&](Series series) { diagram[static_cast<int>(series)] += v[static_cast<int>(series)]; };
        if (role != Role::Relay) {
            add(Series::Served);
            add(Series::Throttled);
            add(Series::Backlog);
        }
        if (role == Role::Lambda) {
            add(Series::Concurrency);
            add(Series::ColdStarts);
        }
        add(Series::CostRate);
    }
    diagram[static_cast<int>(Series::Utilization)] = diagram[static_cast<int>(Series::Concurrency)];  // scaled in its buckets
    diagramCumulativeCost += diagram[static_cast<int>(Series::CostRate)];
    diagram[static_cast<int>(Series::CumulativeCost)] = diagramCumulativeCost;
    for (int row = 0; row <= n; ++row)
        for (int series = 0; series < seriesCount; ++series)
            folds[row][series].add(values[row][series]);
}

void Stepper::stepRelay(int i, double t, Values &v, double *diagramArrivals)
{
    const SimGraph::Node &node = g.nodes[i];
    NodeState &s = state[i];
    double own = 0;
    if (node.hasTraffic) {
        own = node.traffic.meanRate(t, dt) * dt;  // random arrivals are the queueing layer's
        *diagramArrivals += own;
    }
    const double arrivals = own + s.in[InSync] + s.in[InAsync] + s.in[InOther];
    const double cost = arrivals * node.usdPerEvent + node.usdPerSecond * dt;
    s.cumulativeCost += cost;
    s.usage[CostModel::Events] += arrivals;
    at(v, Series::Arrivals) = arrivals;
    at(v, Series::Served) = arrivals;  // a relay passes on what arrives
    at(v, Series::CostRate) = cost;
    at(v, Series::CumulativeCost) = s.cumulativeCost;
    deliver(i, arrivals, false);
}

// Concurrent batches at most: the SQS pollers, or shards x parallelization.
double pollCap(const PollWireState &p, const SimGraph::Wire &wire)
{
    return wire.queue ? std::min(p.pollers, wire.maxConcurrency) : wire.streamCap;
}

double Stepper::pollDemand(PollWireState &p, const SimGraph::Wire &wire, double in, double d, double t, double warm, double initS)
{
    const double arrivedBefore = p.arrived;
    p.backlog += in;
    p.arrived = in;
    p.invocations = 0;
    p.settleTo = 0;
    p.ceiling = 0;
    p.waitWithin = 0;
    p.busyPeak = 0;
    p.rampTo = std::min(p.pollers, wire.maxConcurrency);
    const bool countsPeaks = o.countsPeaks(t);
    if (!wire.queue && countsPeaks)
        p.streamPeaks.expose(in / dt, dt);
    if (p.backlog <= 0)
        return 0;
    // Concurrent batches at most: the SQS pollers, or shards x parallelization.
    // A stream's batch slot invokes again as soon as records wait.
    double cap = pollCap(p, wire), cycles = sim::streamBatches(p.backlog, cap, d, dt), share = 1;
    if (wire.queue) {
        // Pollers are added (300 a minute) while messages wait, until they have taken them
        // (served in full batches: batchSize / d a second each), and up to those random
        // arrivals keep busy; the step runs on their mean. Each polls again when its
        // invocation returns.
        const sim::SqsPollerEquilibrium::Busy busy = p.equilibrium.busyPollers(in / dt, d);
        p.settleTo = std::min(wire.maxConcurrency, busy.settle);
        p.ceiling = std::min(wire.maxConcurrency, busy.ceiling);
        if (countsPeaks)
            p.equilibrium.expose(in / dt, dt);
        const double perPollerS = (1 / d) / (1 / wire.batchSize);
        // A burst that outruns the pollers: those idle or cold start slow.
        const sim::SqsRampStart start =
            sim::sqsRampStart(p.pollers, p.backlog - in, in / dt, arrivedBefore / dt, perPollerS, d, initS, warm);
        const sim::SqsStepPlan plan = sim::sqsPlanStep(p.pollers, p.backlog - in, in / dt, perPollerS, d, p.settleTo,
                                                       std::min(wire.maxConcurrency, busy.busy), wire.maxConcurrency, dt, start);
        if (countsPeaks)
            p.peakWithin = std::max(p.peakWithin, plan.peakWithin);
        p.waitWithin = plan.waitWithin;
        p.rampTo = plan.rampTo;
        p.busyPeak = plan.busyPeak;
        // Pollers added take their first batches at once: the batches taken run on the mean
        // and that lead, the invocations are their share.
        share = plan.invocationShare;
        cap = plan.serving;
        cycles = cap * dt * (1 / d);
    }
    // Batches fill up under load; at low rates each poll takes what is there.
    const double needed = std::max(p.backlog * (1 / wire.batchSize), std::min(p.backlog, cycles));
    p.needed = needed * share;
    p.takeable = needed * wire.batchSize;
    p.invocations = std::min(needed, cap * dt * (1 / d)) * share;
    return p.invocations;
}

double Stepper::pollServe(PollWireState &p, const SimGraph::Wire &wire, double share, double t, double *peakAge)
{
    if (p.invocations <= 0 && p.backlog <= 0) {
        p.ageS = 0;
        if (wire.queue)  // idle: the pollers fall back to the first five
            p.pollers = std::min(Sim::sqsPollersStart, wire.maxConcurrency);
        return 0;
    }
    const double invocations = p.invocations * share;
    // All of them take all of it; fewer take fuller batches.
    const double consumed = invocations >= p.needed ? p.backlog : sim::polledTaken(p.backlog, invocations, p.needed, p.takeable);
    p.backlog -= consumed;
    const bool waits = p.backlog > 1e-9;
    p.ageS = waits || !p.oldest.idle() ? p.oldest.step(t, dt, p.arrived, consumed, waits ? p.backlog : 0.0) : 0.0;
    p.ageS = std::min(p.ageS, t + dt);  // never older than the run
    *peakAge = std::max(*peakAge, std::max(p.ageS, p.waitWithin));
    if (wire.queue) {
        // SQS pollers added while messages are left waiting stay; once none wait, those the
        // arrivals keep busy (5 at least).
        p.pollers = p.backlog > 1e-9 ? p.rampTo : std::max(std::min(Sim::sqsPollersStart, wire.maxConcurrency), p.settleTo);
    }
    return invocations;
}

sim::PoolShare Stepper::sharePoolAt(int level)
{
    if (static_cast<size_t>(level) >= pooledAtLevel.size())
        return {};
    // Term by term, as the engine adds them a function at a time (sim::poolLoadPerEvent).
    double syncLoad = 0, queuedLoad = 0, polledLoad = 0;
    sim::PollerSlots pollers;
    for (int i : pooledAtLevel[level]) {
        const SimGraph::Node &node = g.nodes[i];
        const double perEvent = sim::poolLoadPerEvent(node, dt);
        syncLoad += state[i].in[InSync] * perEvent;
        queuedLoad += state[i].in[InAsync] * (state[i].attempts * perEvent);
        for (int p = node.pollBegin; p < node.pollEnd; ++p) {
            const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
            const double load = pollIn[wire.pollIndex] * ((1 / wire.batchSize) * perEvent);
            queuedLoad += load;
            if (wire.queue) {
                polledLoad += load;
                const sim::PollerSlots held = sim::sqsPollerSlots(pollWires[wire.pollIndex].equilibrium,
                                                                   pollIn[wire.pollIndex] * (1 / dt), node.durationS);
                pollers.mean += held.mean;
                pollers.variance += held.variance;
            }
        }
    }
    return pooledAtLevel[level].empty() ? sim::PoolShare{}
                                        : sim::sharePool(syncLoad, queuedLoad, account.poolFree, polledLoad, pollers);
}

void Stepper::stepLambda(int i, double t, Values &v)
{
    const SimGraph::Node &node = g.nodes[i];
    NodeState &s = state[i];
    const double d = node.durationS;
    const bool pooled = node.reserved < 0;

    // Inputs: sync calls, async events (through the function's own queue), poll wires.
    const double syncIn = s.in[InSync], asyncIn = s.in[InAsync];
    double asyncAvailable = 0, expired = 0;
    bool queued = false;  // events were waiting: the step's events join the cohorts
    if (s.queue) {
        queued = s.queue->total() > 0 || dt > Sim::asyncMaxAgeS;
        if (queued) {
            s.queue->push(t, dt, asyncIn);
            expired = s.queue->expire(t + dt, Sim::asyncMaxAgeS);
            asyncAvailable = s.queue->total();
        } else {
            asyncAvailable = asyncIn;
        }
    }
    double arrivals = syncIn + asyncIn;
    double polled = 0, randomPolled = 0;
    for (int p = node.pollBegin; p < node.pollEnd; ++p) {
        const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
        arrivals += pollIn[wire.pollIndex];
        const double invocations = pollDemand(pollWires[wire.pollIndex], wire, pollIn[wire.pollIndex], d, t, s.warm, node.coldStartS);
        polled += invocations;
        // A stream's slots start their batches themselves: the random model counts its
        // records' full batches.
        randomPolled += wire.queue ? invocations : std::min(invocations, pollWires[wire.pollIndex].backlog * (1 / wire.batchSize));
    }

    // Concurrency: the demand (Little's law), capped by the limit (reserved, or what is left
    // of the account's pool) and by the warm environments plus what scaling allows now.
    const double demand = (syncIn + asyncAvailable * s.attempts + polled) * d * (1 / dt);
    const double limit = pooled ? account.poolFree : node.reserved;
    double scaling;
    if (o.legacyScaling) {
        scaling = std::max(0.0, account.legacyLevel);
    } else {
        s.tokens = std::min(Sim::scalingPer10s, s.tokens + Sim::scalingPer10s / 10 * dt);
        scaling = s.tokens;
    }
    const double fresh = std::max(s.warm + scaling, node.provisioned);
    double capacity = std::min(limit, fresh);
    // Near its limit the pool is shared alike by the functions of this depth (sim::sharePool).
    const bool poolNear = pooled && levelShare.near;
    double conc, share, syncShare, asyncWaiting = 0, queueCapacity = -1, queueWaitChance = -1;
    sim::PooledLevels pooledLevels;
    if (node.randomArrivals) {
        // Random arrivals: Erlang-B refuses sync calls; queued work takes what is left.
        const double syncLoad = syncIn * d * (1 / dt), queuedLoad = demand - syncLoad;
        sim::ServedShares served;
        if (poolNear) {
            served = sim::pooledShares(levelShare, syncLoad, queuedLoad, fresh);
            double used = syncLoad * served.sync + queuedLoad * served.queued;
            if (used > account.poolFree) {
                const sim::ServedShares left = sim::servedShares(syncLoad, queuedLoad, std::min(fresh, account.poolFree));
                served = {std::min(served.sync, left.sync), std::min(served.queued, left.queued)};
                used = syncLoad * served.sync + queuedLoad * served.queued;
            }
            capacity = sim::pooledServers(levelShare, used, fresh);
            const sim::PooledQueue queue = sim::pooledQueue(levelShare, used, capacity);
            queueCapacity = queue.servers;
            queueWaitChance = queue.waitChance;
            pooledLevels = sim::pooledLevels(levelShare, syncLoad + queuedLoad, used, fresh);
        } else {
            if (pooled)
                capacity = std::min(fresh, sim::poolSeen(syncLoad + queuedLoad, account.poolFree, account.unreservedPool));
            served = sim::servedShares(syncLoad, queuedLoad, capacity);
        }
        syncShare = served.sync;
        share = served.queued;
        conc = syncLoad * served.sync + queuedLoad * served.queued;
        asyncWaiting = sim::asyncWaitingShare(poolNear ? &levelShare : nullptr, syncLoad, queuedLoad, capacity);
    } else {
        conc = std::min(poolNear ? demand * levelShare.mean : demand, capacity);
        share = syncShare = conc < demand ? conc / demand : 1.0;
    }

    const double syncServed = syncIn * syncShare;
    const double asyncServed = asyncAvailable * share;
    double pollServed = 0, backlog = 0;
    for (int p = node.pollBegin; p < node.pollEnd; ++p) {
        const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
        PollWireState &ps = pollWires[wire.pollIndex];
        pollServed += pollServe(ps, wire, share, t, &s.peakAge);
        backlog += ps.backlog;
    }
    double asyncThrottled = 0;
    if (s.queue) {
        if (queued)
            s.queue->pop(asyncServed);
        else if (asyncAvailable - asyncServed > 1e-12 * (1 + asyncServed))
            s.queue->push(t, dt, asyncAvailable - asyncServed);
        // An event is throttled once: when it has to wait on arrival.
        asyncThrottled = std::max(0.0, asyncIn - std::max(0.0, asyncServed - (asyncAvailable - asyncIn)));
        if (node.randomArrivals)
            asyncThrottled = std::max(asyncThrottled, asyncIn * asyncWaiting);
        backlog += s.queue->total();
        s.peakAge = std::max(s.peakAge, s.queue->ageS(t + dt));
        s.headAges.record(t, s.queue->ageS(t + dt));
    }

    const double invocations = conc * (dt * (1 / d));
    const double staticLimit = pooled ? account.unreservedPool : node.reserved;
    // Without random arrivals, the most in service within the step: the SQS pollers are all
    // busy while messages wait.
    double mostInService = conc;
    if (!node.randomArrivals && node.pollEnd > node.pollBegin) {
        double busyPollers = 0;
        for (int p = node.pollBegin; p < node.pollEnd; ++p)
            busyPollers += pollWires[g.outWires[g.pollIn[p]].pollIndex].busyPeak;
        mostInService = std::max(conc, std::min(busyPollers, std::min(staticLimit, fresh)));
    }
    // The per-minute Maximum of a mean flow that outruns its warm pool: its sync and async
    // invocations that start cold hold their environments for the init too.
    double peakInService = mostInService;
    if (!node.randomArrivals)
        peakInService = std::max(peakInService, sim::coldRampInService(s.warm, (syncIn + asyncAvailable * s.attempts) / dt, d,
                                                                        node.coldStartS, std::min(staticLimit, fresh)));
    const double throttled = (syncIn - syncServed) + asyncThrottled;
    double created;
    if (node.randomArrivals) {
        // The warm pool follows the per-minute peaks; queued work waits for the servers its
        // wires allow.
        double servers = capacity;
        const bool waits = !(syncIn > 0);
        if (waits && node.pollEnd > node.pollBegin) {
            double caps = 0;
            for (int p = node.pollBegin; p < node.pollEnd; ++p) {
                const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
                const PollWireState &ps = pollWires[wire.pollIndex];
                caps += wire.queue ? sim::sqsPeakPollers(ps.ceiling, ps.rampTo) : wire.streamCap;
            }
            servers = std::min(servers, caps);
        }
        // An SQS queue that is the function's only work waits for all its servers, and its
        // levels are its busy pollers'.
        queueing::LevelLaw law;
        if (waits && node.pollEnd - node.pollBegin == 1 && !node.hasAsyncInput) {
            const SimGraph::Wire &wire = g.outWires[g.pollIn[node.pollBegin]];
            PollWireState &ps = pollWires[wire.pollIndex];
            const double arrivals = pollIn[wire.pollIndex] / dt;
            if (wire.queue && o.countsPeaks(t))
                ps.busyQueue.expose(arrivals,
                                    sim::busyQueueServers(capacity, wire.maxConcurrency, ps.equilibrium.busyPollers(arrivals, d).ceiling),
                                    dt);
            if (wire.queue)
                law = sim::sqsLevelLaw(ps.equilibrium, arrivals, d);
        }
        // While messages wait every SQS poller is busy: the mean flow's own peak in the step.
        double busyPollers = 0;
        for (int p = node.pollBegin; p < node.pollEnd; ++p)
            busyPollers += pollWires[g.outWires[g.pollIn[p]].pollIndex].busyPeak;
        const double randomDemand = (syncIn + asyncAvailable * s.attempts + randomPolled) * d * (1 / dt);
        const double rate = randomDemand * (1 / d);
        const double inService = std::max({conc, std::min(capacity, busyPollers),
                                           sim::coldRampInService(s.warm, rate, d, node.coldStartS, servers)});
        const bool shares = !waits && pooledLevels.sharing.pool >= 0;
        created = occupancy[i].feed(rate, d, shares ? pooledLevels.servers : servers, waits, node.durationCv,
                                    node.provisioned, dt, &s.warm, inService, waits ? queueCapacity : -1,
                                    shares ? pooledLevels.sharing : queueing::PoolSharing{}, law,
                                    waits ? queueWaitChance : -1);
    } else {
        // An invocation needs a whole environment even when the average is a fraction.
        const double needed = conc > 0 ? std::max(mostInService, std::min(1.0, invocations)) : 0.0;
        created = std::max(0.0, needed - s.warm);
        // Idle environments fade with the reclaim time; provisioned ones stay.
        const double keep = detmath::expNeg(-dt / Sim::warmReclaimS);
        s.warm = std::max(node.provisioned, std::max(needed, s.warm * keep + needed * (1 - keep)));
    }
    if (o.legacyScaling)
        account.legacyLevel -= created;
    else
        s.tokens = std::max(0.0, s.tokens - created);
    if (pooled)
        account.poolFree = std::max(0.0, account.poolFree - conc);

    double lost = 0;
    if (s.queue) {
        const double failedAsync = asyncServed * s.finalFailure;
        s.expired += expired;
        s.failed += failedAsync;
        lost = failedAsync + expired;
    }
    const double passedOn = (syncServed + pollServed) * (1 - node.failureShare()) + asyncServed * (1 - s.finalFailure);

    // Billing: duration on provisioned environments while they suffice, the rest on demand.
    const double gbs = invocations * node.billedDurationS * node.memoryGb;
    double onDemandGbs = gbs, provisionedGbs = 0;
    if (node.provisioned > 0) {
        provisionedGbs = gbs * (conc > 0 ? std::min(conc, node.provisioned) / conc : 0.0);
        onDemandGbs = gbs - provisionedGbs;
    }
    const double initGbs = created * node.coldStartS * node.memoryGb;
    const double cost = invocations * node.usdPerRequest + (onDemandGbs + initGbs) * node.usdPerGbS
                        + provisionedGbs * node.usdPerProvisionedDurationGbS + node.usdPerSecond * dt;
    s.cumulativeCost += cost;
    s.usage[CostModel::Requests] += invocations;
    s.usage[CostModel::GbSeconds] += onDemandGbs;
    s.usage[CostModel::ProvisionedDurationGbS] += provisionedGbs;
    s.usage[CostModel::InitGbSeconds] += initGbs;

    at(v, Series::Arrivals) = arrivals;
    at(v, Series::Served) = invocations;
    at(v, Series::Concurrency) = conc;
    at(v, Series::ConcurrencyMax) = node.randomArrivals ? occupancy[i].minuteMaximum() : peakInService;
    at(v, Series::Utilization) = staticLimit > 0 ? conc * (1 / staticLimit) : (demand > 0 ? 1.0 : 0.0);
    at(v, Series::Throttled) = throttled;
    at(v, Series::Backlog) = backlog;
    at(v, Series::ColdStarts) = created;
    at(v, Series::CostRate) = cost;
    at(v, Series::CumulativeCost) = s.cumulativeCost;

    deliver(i, passedOn, false);
    if (lost > 0) {
        if (node.hasFailureWire) {
            s.toFailure += lost;
            deliver(i, lost, true);
        } else {
            s.dropped += lost;
        }
    }
}

void Stepper::stepContainer(int i, double t, Values &v)
{
    const SimGraph::Node &node = g.nodes[i];
    NodeState &s = state[i];
    const double in = s.in[InSync] + s.in[InAsync] + s.in[InOther];
    if (s.pending > 0 && t >= s.readyAt) {  // launched units are ready
        s.units += s.pending;
        s.pending = 0;
    }
    const double capacity = s.units * node.unitCapacity * dt;
    s.queued += in;
    const double served = std::min(s.queued, capacity);
    s.queued -= served;
    double throttled = 0;
    if (node.syncOnly) {  // sync callers wait 30 s at most, then get 503s
        const double maxQueue = s.units * node.unitCapacity * Sim::syncQueueS;
        if (s.queued > maxQueue) {
            throttled = s.queued - maxQueue;
            s.queued = maxQueue;
        }
    }
    const double utilization = served >= capacity ? (capacity > 0 || in > 0 ? 1.0 : 0.0) : served * (1 / capacity);
    s.peakAge = std::max(s.peakAge, s.backlogAge.step(t, dt, in - throttled, served, s.queued));

    // Target tracking, when a minute closes: the units the demand over it (arrivals, and the
    // queue drained within a minute) needs at the target utilization; out after the launch
    // delay, in after the cooldown below target.
    const double serving = s.units;  // this step runs, and is billed, on these
    s.tickArrivals += in;
    s.tickS += dt;
    if (std::floor((t + dt) / 60 + 1e-9) > std::floor(t / 60 + 1e-9)) {
        const double demandRate = s.tickArrivals / s.tickS + s.queued * (1.0 / 60);
        const double desired
            = std::clamp(std::ceil(demandRate / (node.unitCapacity * node.targetUtilization)), node.minUnits, node.maxUnits);
        if (desired > s.units + s.pending && s.pending <= 0) {
            s.pending = desired - s.units;
            s.readyAt = t + dt + node.launchDelayS;
            if (node.launchDelayS <= 0) {
                s.units += s.pending;
                s.pending = 0;
            }
            s.belowTargetS = 0;
        } else if (desired < s.units) {
            s.belowTargetS += s.tickS;
            if (s.belowTargetS >= Sim::scaleInCooldownS) {
                s.units = std::max(desired, node.minUnits);
                s.belowTargetS = 0;
            }
        } else {
            s.belowTargetS = 0;
        }
        s.tickArrivals = s.tickS = 0;
    }
    if (node.randomArrivals) {  // the random queue of the fleet's slots
        const double servers = serving * sim::fleetSlotsPerUnit(node);
        double warm = 0;
        occupancy[i].feed(in * (1 / dt), sim::fleetServiceS(node), servers, true, node.durationCv, servers, dt, &warm);
    }
    const double cost = serving * dt * node.usdPerUnitSecond + node.usdPerSecond * dt;
    s.cumulativeCost += cost;
    s.usage[CostModel::UnitSeconds] += serving * dt;
    at(v, Series::Arrivals) = in;
    at(v, Series::Served) = served;
    at(v, Series::Concurrency) = serving;
    at(v, Series::Utilization) = utilization;
    at(v, Series::Throttled) = throttled;
    at(v, Series::Backlog) = s.queued;
    at(v, Series::CostRate) = cost;
    at(v, Series::CumulativeCost) = s.cumulativeCost;
    deliver(i, served, false);
}

// Passes `amount` along the node's normal wires (or its failure wires), times each wire's
// ratio, into its target's slot for this same step.
void Stepper::deliver(int i, double amount, bool failures)
{
    const SimGraph::Node &node = g.nodes[i];
    for (int w = node.outBegin; w < node.outEnd; ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        if (wire.failure != failures)
            continue;
        const double events = amount * wire.ratio;
        wireEvents[w] += events;
        wirePeak[w] = std::max(wirePeak[w], events);
        if (wire.slot == Slot::Poll)
            pollIn[wire.pollIndex] += events;
        else
            state[wire.to].in[wire.slot == Slot::Sync ? InSync : wire.slot == Slot::Async ? InAsync : InOther] += events;
    }
}

void Stepper::closeBuckets()
{
    const int n = static_cast<int>(g.nodes.size());
    for (int row = 0; row <= n; ++row)
        for (int series = 0; series < seriesCount; ++series)
            folds[row][series].close(bucketScale(static_cast<Series>(series), row == n, o), buckets[row][series]);
}

void Stepper::summarize(const Catalog &catalog, ReferenceResults &out)
{
    const int n = static_cast<int>(g.nodes.size());
    const double steps = static_cast<double>(r.steps);
    QList<QList<CostModel::Line>> lines;
    QList<CostModel::Usage> usage;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        NodeState &s = state[i];
        const auto &f = folds[i];
        auto total = [&](Series series) { return f[static_cast<int>(series)].runTotal; };
        auto peak = [&](Series series) { return f[static_cast<int>(series)].runPeak; };
        SimulationResults::NodeSummary sum;
        sum.id = node.id;
        sum.kind = node.kind;
        sum.label = node.label;
        sum.arrivals = total(Series::Arrivals);
        sum.invocations = total(Series::Served);
        sum.throttled = total(Series::Throttled);
        sum.coldStarts = total(Series::ColdStarts);
        sum.peakConcurrency = peak(Series::Concurrency);
        if (node.role == Role::Lambda)
            sum.peakConcurrency = std::max(sum.peakConcurrency, peak(Series::ConcurrencyMax));
        sum.meanConcurrency = total(Series::Concurrency) / steps;
        sum.peakBacklog = peak(Series::Backlog);
        if (node.role == Role::Container && node.randomArrivals)
            sum.peakBacklog = std::max(sum.peakBacklog, occupancy[i].peakBacklog());
        if (node.role == Role::Lambda && node.randomArrivals) {
            double warm = 0;
            sum.coldStarts += occupancy[i].close(node.durationS, node.durationCv, node.provisioned, &warm);
            sum.peakConcurrency = occupancy[i].peak();
            sum.peakBacklog = std::max(sum.peakBacklog, sim::occupancyBacklog(g, i, occupancy[i]));
        }
        sum.meanUtilization = total(Series::Utilization) / steps;
        sum.peakUtilization = peak(Series::Utilization);
        sum.peakIteratorAgeS = s.peakAge;
        sum.expired = s.expired;
        sum.failed = s.failed;
        sum.toFailureDestination = s.toFailure;
        sum.dropped = s.dropped;
        if (g.ageMetrics(i).asyncEvent)
            sum.maxAsyncEventAgeS = sim::asyncEventAgeS(
                node, sim::waitingAgeS(s.peakAge, sim::occupancyBacklog(g, i, occupancy[i]), node, node.durationS, sum.peakConcurrency), sum.invocations,
                s.headAges, sum.expired > 0);
        s.usage[CostModel::Seconds] = steps * dt;
        sum.items = CostModel::items(g.costLines.at(i), s.usage);
        for (const auto &item : sum.items)
            sum.costUsd += item.usd;
        lines.append(g.costLines.at(i));
        usage.append(s.usage);
        r.nodes.append(sum);
    }
    // A polled SQS queue holds the random queue too: work waiting for the function's servers
    // and messages waiting for a poller.
    for (const SimGraph::Wire &w : g.outWires)
        if (w.pollIndex >= 0 && g.nodes[w.to].randomArrivals && w.queue)
            r.nodes[w.from].peakBacklog = std::max(
                r.nodes[w.from].peakBacklog, std::max({sim::occupancyBacklog(g, w.to, occupancy[w.to]), pollWires[w.pollIndex].equilibrium.waitingPeak(),
                                                       pollWires[w.pollIndex].busyQueue.peaks().backlog}));
    for (const SimGraph::Wire &w : g.outWires)  // a stream's records behind its lanes' batches
        if (w.pollIndex >= 0 && g.nodes[w.to].randomArrivals && !w.queue)
            for (int node : {w.from, w.to})
                r.nodes[node].peakBacklog = std::max(r.nodes[node].peakBacklog, pollWires[w.pollIndex].streamPeaks.peaks().backlog);
    for (const SimGraph::Wire &w : g.outWires)  // an SQS backlog may build and clear within a step
        if (w.pollIndex >= 0 && w.queue)
            r.nodes[w.from].peakBacklog = std::max(r.nodes[w.from].peakBacklog, pollWires[w.pollIndex].peakWithin);
    if (o.freeTier)
        CostModel::applyFreeTier(catalog, lines, usage, steps * dt, &r.nodes);
    for (const auto &node : r.nodes)
        r.totalCostUsd += node.costUsd;
    r.monthlyProjectionUsd = r.totalCostUsd * SimulationResults::monthS / (steps * dt);
    for (size_t w = 0; w < g.outWires.size(); ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        r.wires.append({wire.id, g.nodes[wire.from].id, g.nodes[wire.to].id, wireEvents[w], wireEvents[w] / (steps * dt),
                        wirePeak[w] / dt});
    }

    // The buckets, and the same rounded to float.
    auto toFloat = [](const Buckets &b, SimulationResults::DecimatedSeries &d) {
        d.min = SimulationResults::Values(b.min.begin(), b.min.end());
        d.max = SimulationResults::Values(b.max.begin(), b.max.end());
        d.mean = SimulationResults::Values(b.mean.begin(), b.mean.end());
    };
    out.nodeSeries.assign(buckets.begin(), buckets.begin() + n);
    out.totalSeries = buckets[n];
    r.nodeSeries.resize(n);
    for (int i = 0; i < n; ++i)
        for (int series = 0; series < seriesCount; ++series)
            toFloat(buckets[i][series], r.nodeSeries[i][series]);
    for (int series = 0; series < seriesCount; ++series)
        toFloat(buckets[n][series], r.totalSeries[series]);
}

} // namespace

ReferenceResults referenceRun(const SimGraph &graph, const Catalog &catalog, const SimulationOptions &asked)
{
    ReferenceResults out;
    SimulationResults &r = out.results;
    r.region = asked.region;
    r.seed = asked.seed;
    r.freeTier = asked.freeTier;
    r.pricesAsOf = graph.pricesAsOf;
    r.warnings = graph.warnings;
    if (!(asked.stepS > 0) || !std::isfinite(asked.stepS) || !(asked.horizonS >= asked.stepS) || !std::isfinite(asked.horizonS)) {
        r.error = QStringLiteral("bad step or horizon");
        return out;
    }
    // The run's step: the engine's choice of resolution (a burst shorter than the step asked
    // for is stepped at its own), not a piece of the physics.
    SimulationOptions options = asked;
    options.stepS = Simulator::resolutionS(graph, asked.stepS);
    const double dt = options.stepS;
    if (!graph.error.isEmpty()) {
        r.error = graph.error;
        return out;
    }
    r.stepS = dt;
    r.horizonS = options.horizonS;
    r.steps = std::max<qint64>(1, std::llround(options.horizonS / dt));
    const qint64 maxBuckets = options.maxBucketsFor(graph.nodes.size());
    r.bucketSteps = (r.steps + maxBuckets - 1) / maxBuckets;
    r.bucketCount = static_cast<int>((r.steps + r.bucketSteps - 1) / r.bucketSteps);
    r.bucketS = static_cast<double>(r.bucketSteps) * dt;

    Stepper stepper(graph, options, r);
    stepper.run();
    stepper.summarize(catalog, out);
    return out;
}

} // namespace archscope::reference
