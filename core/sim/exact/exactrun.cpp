#include "exactrun.h"

#include "sim/roleformulas.h"

#include "sim/simulator.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace archscope::exact {

namespace {

constexpr double arrivalSegmentS = 1;  // the traffic's rate is taken per second of simulated time

ExactResults::Percentiles percentiles(const LogHistogram &h)
{
    ExactResults::Percentiles p;
    p.count = static_cast<qint64>(h.count());
    p.p50 = h.quantile(0.5);
    p.p95 = h.quantile(0.95);
    p.p99 = h.quantile(0.99);
    p.mean = h.mean();
    p.max = h.max();
    return p;
}

} // namespace

ExactRun::ExactRun(const SimGraph &graph, const ExactOptions &options)
    : m_g(graph), m_options(options), m_rng(static_cast<std::uint64_t>(options.seed))
{
    m_from = options.fromS;
    m_to = options.toS;
    m_start = m_from - std::max(0.0, options.warmUpS);
    const int n = static_cast<int>(graph.nodes.size());
    m_stats.resize(n);
    m_lambda.resize(n);
    m_fleet.resize(n);
    m_pathsOf.resize(n);
    m_polls.resize(graph.pollWireCount);
    double reservedSum = 0;
    const auto minutes = static_cast<size_t>(std::ceil((m_to - m_from) / 60));
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = graph.nodes[i];
        NodeStats &s = m_stats[i];
        s.lastChange = s.unitsAt = m_start;
        if (node.role != SimGraph::Role::Relay) {
            s.concurrencyPerMinute.reserve(minutes);
            s.throttlesPerMinute.reserve(minutes);
        }
        if (node.role == SimGraph::Role::Lambda) {
            LambdaState &l = m_lambda[i];
            l.pooled = node.reserved < 0;
            l.limit = l.pooled ? INT_MAX : static_cast<int>(std::floor(node.reserved));
            l.provisioned = static_cast<int>(std::floor(node.provisioned));
            l.scaling = ScalingBucket{Simulator::scalingPer10s, m_start, Simulator::scalingPer10s / 10, Simulator::scalingPer10s};
            l.duration = Lognormal(node.drawnDurationS, node.durationCv);
            if (!l.pooled)
                reservedSum += std::floor(node.reserved);
        } else if (node.role == SimGraph::Role::Container) {
            FleetState &f = m_fleet[i];
            f.units = static_cast<int>(std::ceil(node.minUnits));
            f.slotsPerUnit = sim::fleetSlotsPerUnit(node);
            f.service = Lognormal(sim::fleetServiceS(node), node.durationCv);
            s.peakUnits = f.units;
            push(m_start + ExactEngine::scaleTickS, EventKind::ScaleTick, i);
        }
        if (node.hasTraffic)
            m_sources.push_back(Source{i});
    }
    m_accountScaling = ScalingBucket{Simulator::legacyBurst, m_start, Simulator::legacyPerMinute / 60, Simulator::legacyBurst};
    m_pool = static_cast<int>(std::max(0.0, std::floor(options.accountConcurrency - reservedSum)));
    for (int w = 0; w < static_cast<int>(graph.outWires.size()); ++w) {
        const SimGraph::Wire &wire = graph.outWires[w];
        if (wire.pollIndex < 0)
            continue;
        PollQueue &p = m_polls[wire.pollIndex];
        p.wire = w;
        p.pollers = std::min(Simulator::sqsPollersStart, wire.maxConcurrency);
        p.pollersAt = m_start;
        if (!wire.queue)  // a lane per shard and parallel batch: Lambda splits a shard's keys among them
            p.lanes.resize(static_cast<size_t>(std::max(1.0, wire.streamCap)));
    }
    for (int k = 0; k < static_cast<int>(m_sources.size()); ++k) {
        const double t = nextArrival(m_sources[k], m_start);
        if (t < m_to)
            push(t, EventKind::Arrival, k);
    }
}

void ExactRun::push(double t, EventKind kind, int node, unsigned aux, double x)
{
    m_heap.push(Event{t, x, node, static_cast<unsigned>(kind) | aux});
}

// Poisson arrivals at the traffic's rate, taken as constant within each second: inverting
// the integrated rate (one exponential draw spent across segments) is exact for that rate
// and, unlike thinning, wastes no draws when the rate swings. Without noise the arrivals
// follow the profile exactly: one per unit of the integrated rate, evenly spaced.
double ExactRun::nextArrival(Source &source, double t)
{
    const TrafficProfile &traffic = m_g.nodes[source.node].traffic;
    double e = traffic.poissonNoise() ? m_rng.exponential() : 1.0;
    for (;;) {
        if (t >= source.segmentEnd) {
            const double begin = std::floor(t / arrivalSegmentS) * arrivalSegmentS;
            source.segmentEnd = begin + arrivalSegmentS;
            source.rate = std::max(0.0, traffic.meanRate(begin, arrivalSegmentS));
        }
        const double room = (source.segmentEnd - t) * source.rate;
        if (e < room)
            return t + e / source.rate;
        e -= room;
        t = source.segmentEnd;
        if (t >= m_to)
            return std::numeric_limits<double>::infinity();
    }
}

void ExactRun::sendOn(int node, double t, bool failures, int source)
{
    const SimGraph::Node &n = m_g.nodes[node];
    for (int w = n.outBegin; w < n.outEnd; ++w) {
        const SimGraph::Wire &wire = m_g.outWires[w];
        if (wire.failure != failures)
            continue;
        const int copies = wire.ratio == 1 ? 1 : m_rng.copies(wire.ratio);
        for (int c = 0; c < copies; ++c)
            receive(w, t, wire.slot == SimGraph::Slot::Sync ? source : -1);
    }
}

// One event reaching a wire's target. `source` is the traffic source of a sync path (-1
// when the event left it: a non-sync wire or a compute node on the way).
void ExactRun::receive(int w, double t, int source)
{
    const SimGraph::Wire &wire = m_g.outWires[w];
    const int to = wire.to;
    m_stats[to].arrivals += 1;
    switch (m_g.nodes[to].role) {
    case SimGraph::Role::Relay: sendOn(to, t, false, source); break;
    case SimGraph::Role::Lambda:
        if (wire.slot == SimGraph::Slot::Sync)
            lambdaSync(to, t, source >= 0 ? pathFor(source, to) : -1);
        else
            lambdaQueue(to, wire.pollIndex >= 0 ? w : -1, t, -1);
        break;
    case SimGraph::Role::Container: fleetReceive(to, t, source >= 0 ? pathFor(source, to) : -1); break;
    }
}

int ExactRun::pathFor(int source, int compute)
{
    for (int p : m_pathsOf[compute])
        if (m_paths[p].source == source)
            return p;
    m_paths.push_back(Path{source, compute, {}, 0});
    m_pathsOf[compute].push_back(static_cast<int>(m_paths.size()) - 1);
    return static_cast<int>(m_paths.size()) - 1;
}

void ExactRun::setBusy(int node, int busy, double t)
{
    NodeStats &s = m_stats[node];
    s.busyArea += s.busy * (t - s.lastChange);
    s.lastChange = t;
    s.busy = busy;
    s.minuteMax = std::max(s.minuteMax, busy);
}

void ExactRun::addBacklog(int node, long long delta)
{
    NodeStats &s = m_stats[node];
    s.backlog += delta;
    s.peakBacklog = std::max(s.peakBacklog, s.backlog);
}

void ExactRun::countThrottle(int node)
{
    m_stats[node].throttled += 1;
    m_stats[node].minuteThrottles += 1;
}

// The warm-up is over: what was counted so far is forgotten; pools, queues and fleets stay.
void ExactRun::startMeasuring()
{
    m_measuring = true;
    m_nextMinute = m_from + 60;
    for (int i = 0; i < static_cast<int>(m_stats.size()); ++i) {
        NodeStats &s = m_stats[i];
        s.arrivals = s.invocations = s.throttled = s.coldStarts = s.errors = 0;
        s.expired = s.failed = s.toFailure = s.dropped = 0;
        s.peakBacklog = s.backlog;
        s.minuteMax = s.busy;
        s.minuteThrottles = 0;
        s.busyArea = s.unitArea = 0;
        s.lastChange = s.unitsAt = m_from;
        s.maxAge = s.maxSqsAge = s.maxIteratorAge = s.maxAsyncAge = 0;
        s.peakUnits = m_fleet[i].units;
        s.duration.clear();
        s.wait.clear();
    }
    m_paths.clear();
    for (std::vector<int> &p : m_pathsOf)
        p.clear();
}

void ExactRun::closeMinute()
{
    for (int i = 0; i < static_cast<int>(m_stats.size()); ++i) {
        if (m_g.nodes[i].role == SimGraph::Role::Relay)
            continue;
        NodeStats &s = m_stats[i];
        s.concurrencyPerMinute.push_back(static_cast<float>(s.minuteMax));
        s.throttlesPerMinute.push_back(static_cast<float>(s.minuteThrottles));
        s.minuteMax = s.busy;
        s.minuteThrottles = 0;
    }
    m_nextMinute += 60;
}

ExactResults ExactRun::run(const ExactEngine::Progress &progress)
{
    ExactResults results;
    results.seed = m_options.seed;
    m_heap.reserve(1024);
    if (m_from <= m_start)
        startMeasuring();
    const double span = std::max(1e-9, m_to - m_start);
    const auto guard = static_cast<qint64>(2 * m_options.eventBudget) + 1000000;
    qint64 events = 0;
    while (!m_heap.empty()) {
        const Event e = m_heap.pop();
        if (e.t >= m_to)
            break;
        if (!m_measuring && e.t >= m_from)
            startMeasuring();
        while (m_measuring && e.t >= m_nextMinute)
            closeMinute();
        switch (static_cast<EventKind>(e.aux & 7)) {
        case EventKind::Arrival: {
            Source &source = m_sources[static_cast<size_t>(e.node)];
            const int node = source.node;
            m_stats[node].arrivals += 1;
            switch (m_g.nodes[node].role) {
            case SimGraph::Role::Relay: sendOn(node, e.t, false, node); break;
            case SimGraph::Role::Lambda: lambdaQueue(node, -1, e.t, -1); break;
            case SimGraph::Role::Container: fleetReceive(node, e.t, -1); break;
            }
            const double next = nextArrival(source, e.t);
            if (next < m_to)
                push(next, EventKind::Arrival, e.node);
            break;
        }
        case EventKind::Done:
            if (m_g.nodes[e.node].role == SimGraph::Role::Container)
                fleetDone(e);
            else
                lambdaDone(e);
            break;
        case EventKind::Wake:
            m_lambda[e.node].wakeAt = -1;
            lambdaDispatch(e.node, e.t);
            break;
        case EventKind::Retry: lambdaRetry(e); break;
        case EventKind::UnitsReady: fleetReady(e.node, e.t); break;
        case EventKind::ScaleTick: fleetTick(e.node, e.t); break;
        }
        if ((++events & 0xffff) == 0) {
            if (progress && !progress((e.t - m_start) / span)) {
                results.cancelled = true;
                break;
            }
            if (events > guard) {
                results.error = QCoreApplication::translate("Simulation", "The exact run stopped at %1 s: it took more than %2 "
                                                                          "million events, twice its budget.")
                                    .arg(e.t, 0, 'f', 0)
                                    .arg(2 * m_options.eventBudget / 1e6, 0, 'f', 0);
                break;
            }
        }
    }
    results.events = events;
    if (!m_measuring)
        startMeasuring();
    finish(results);
    return results;
}

void ExactRun::finish(ExactResults &r)
{
    const double window = std::max(1e-9, m_to - m_from);
    while (m_nextMinute - 60 < m_to - 1e-9)
        closeMinute();  // the minutes after the last event, and the last, partial one
    // What still waits at the end: its age so far, and async events already past 6 h.
    for (int i = 0; i < static_cast<int>(m_stats.size()); ++i) {
        NodeStats &s = m_stats[i];
        LambdaState &l = m_lambda[i];
        for (size_t k = 0; k < l.async.size(); ++k)
            s.maxAsyncAge = std::max(s.maxAsyncAge, std::min(Simulator::asyncMaxAgeS, m_to - l.async.at(k).receivedAt));
        if (!m_fleet[i].queue.empty())
            s.maxAge = std::max(s.maxAge, m_to - m_fleet[i].queue.front().queuedAt);
        s.maxAge = std::max(s.maxAge, s.maxAsyncAge);
    }
    // Still waiting at the end: an SQS queue's oldest; a stream lane's oldest and the last
    // record its next batch would take.
    for (const PollQueue &p : m_polls) {
        const SimGraph::Wire &wire = m_g.outWires[p.wire];
        if (!p.messages.empty())
            recordAges(wire.to, &wire, m_to - p.messages.front().queuedAt, m_to - p.messages.front().queuedAt);
        for (const StreamLane &lane : p.lanes)
            if (!lane.records.empty()) {
                const size_t last = std::min(lane.records.size(), static_cast<size_t>(wire.batchSize)) - 1;
                recordAges(wire.to, &wire, m_to - lane.records.front().queuedAt, m_to - lane.records.at(last).queuedAt);
            }
    }
    // A fleet's workers take a queue's messages or a stream's records into its own queue: the
    // oldest it kept waiting is the source's age.
    for (const SimGraph::Wire &w : m_g.outWires)
        if (w.polled && m_g.nodes[w.to].role == SimGraph::Role::Container) {
            double &age = w.queue ? m_stats[w.from].maxSqsAge : m_stats[w.from].maxIteratorAge;
            age = std::max(age, m_stats[w.to].maxAge);
        }

    r.fromS = m_from;
    r.toS = m_to;
    for (int i = 0; i < static_cast<int>(m_stats.size()); ++i) {
        const SimGraph::Node &node = m_g.nodes[i];
        NodeStats &s = m_stats[i];
        setBusy(i, s.busy, m_to);
        ExactResults::NodeResult out;
        SimulationResults::NodeSummary &sum = out.summary;
        sum.id = node.id;
        sum.kind = node.kind;
        sum.label = node.label;
        sum.arrivals = s.arrivals;
        sum.invocations = node.role == SimGraph::Role::Relay ? s.arrivals : s.invocations;
        sum.throttled = s.throttled;
        sum.coldStarts = s.coldStarts;
        for (float v : s.concurrencyPerMinute)
            sum.peakConcurrency = std::max(sum.peakConcurrency, static_cast<double>(v));
        sum.meanConcurrency = s.busyArea / window;
        sum.peakBacklog = static_cast<double>(s.peakBacklog);
        sum.peakIteratorAgeS = s.maxAge;
        sum.expired = s.expired;
        sum.failed = s.failed;
        sum.toFailureDestination = s.toFailure;
        sum.dropped = s.dropped;
        out.errors = s.errors;
        out.duration = percentiles(s.duration);
        out.wait = percentiles(s.wait);
        if (out.duration.count > 0)
            sum.duration = {out.duration.p50, out.duration.p95, out.duration.p99, static_cast<double>(out.duration.count)};
        const SimGraph::AgeMetrics ages = m_g.ageMetrics(i);
        if (ages.oldestMessage)
            sum.maxAgeOfOldestMessageS = s.maxSqsAge;
        if (ages.iterator)
            sum.maxIteratorAgeS = s.maxIteratorAge;
        if (ages.asyncEvent)
            sum.maxAsyncEventAgeS = s.maxAsyncAge;
        if (node.role == SimGraph::Role::Lambda) {
            // Utilization: the busy share of the reserved concurrency or of the account pool.
            const double limit = m_lambda[i].pooled ? m_pool : m_lambda[i].limit;
            sum.meanUtilization = limit > 0 ? sum.meanConcurrency / limit : 0;
            sum.peakUtilization = limit > 0 ? sum.peakConcurrency / limit : 0;
        } else if (node.role == SimGraph::Role::Container) {
            // Of the slots provisioned: busy slot-seconds over slot-seconds running.
            s.unitArea += m_fleet[i].units * (m_to - s.unitsAt);
            out.peakUnits = s.peakUnits;
            out.meanUnits = s.unitArea / window;
            const double perUnit = m_fleet[i].slotsPerUnit;
            sum.meanUtilization = s.unitArea > 0 ? s.busyArea / (s.unitArea * perUnit) : 0;
            sum.peakUtilization = s.peakUnits > 0 ? std::min(1.0, sum.peakConcurrency / (s.peakUnits * perUnit)) : 0;
        }
        out.concurrencyMaxPerMinute = std::move(s.concurrencyPerMinute);
        out.throttlesPerMinute = std::move(s.throttlesPerMinute);
        r.nodes.append(std::move(out));
    }
    for (const Path &p : m_paths) {
        ExactResults::SyncPath path;
        path.sourceId = m_g.nodes[p.source].id;
        path.computeId = m_g.nodes[p.compute].id;
        path.latency = percentiles(p.latency);
        path.throttled = p.throttled;
        r.paths.append(path);
    }
}

} // namespace archscope::exact
