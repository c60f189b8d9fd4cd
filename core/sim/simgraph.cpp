#include "simgraph.h"

#include "costmodel.h"
#include "latency.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "model/wiringrules.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <utility>

namespace archscope {

namespace {


double wireNum(const Catalog &c, InvocationModel model, const QString &sourceKind, const Edge &e, const char *key,
               double fallback)
{
    const QString k = QLatin1String(key);
    if (e.props.value(k).isDouble())
        return e.props.value(k).toDouble();
    for (const PropertySpec &p : c.wireProperties(model, sourceKind))
        if (p.key == k && p.defaultValue.isDouble())
            return p.defaultValue.toDouble();
    return fallback;
}

// FNV-1a over the id, so a node's noise does not change when other nodes are added.
unsigned long long hashId(const QString &id)
{
    unsigned long long h = 1469598103934665603ull;
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

SimulationSpec::Model modelOf(const Catalog &c, const QString &kind)
{
    const KindSpec *k = c.kind(kind);
    return k ? k->simulation.model : SimulationSpec::Model::None;
}

std::optional<double> read(const KindSpec *k, const archscope::Node &n, const char *role)
{
    return k ? k->simulationValue(QLatin1String(role), n.props) : std::nullopt;
}

double read(const KindSpec *k, const archscope::Node &n, const char *role, double fallback)
{
    return read(k, n, role).value_or(fallback);
}

// The valid range of the property behind `role` (Lambda's memory: 128..10,240 MB).
std::pair<double, double> range(const KindSpec *k, const char *role, double lo, double hi)
{
    const PropertySpec *p = k ? k->simulationProperty(QLatin1String(role)) : nullptr;
    return p && p->maximum > p->minimum ? std::pair(p->minimum, p->maximum) : std::pair(lo, hi);
}

} // namespace

SimGraph SimGraph::compile(const DocumentData &data, const Catalog &catalog)
{
    SimGraph g;
    const WiringRules rules(catalog);
    const int n = static_cast<int>(data.nodes.size());

    // Wires first: which are legal, and how each delivers into its target.
    std::vector<std::vector<Wire>> out(n);
    std::vector<int> indegree(n, 0);
    std::vector<int> sqsConsumers(n, 0);
    std::vector<double> sqsBatch(n, 10);
    std::vector<bool> hasSync(n, false), hasOther(n, false), hasFailure(n, false), hasAsync(n, false);
    for (const Edge &e : data.edges) {
        const int from = data.nodeIndex(e.from);
        const int to = data.nodeIndex(e.to);
        if (from < 0 || to < 0)
            continue;
        const WireCheck check = rules.check(data.nodes[from], data.nodes[to], e.kind);
        if (!check.allowed) {
            g.warnings.append(QCoreApplication::translate("Simulation", "Wire %1 (%2 → %3) is refused and was left out: %4")
                                  .arg(e.id, e.from, e.to, check.explanation));
            continue;
        }
        const QString &toKind = data.nodes[to].kind;
        const QString &fromKind = data.nodes[from].kind;
        Wire w;
        w.from = from;
        w.to = to;
        w.id = e.id;
        w.ratio = std::max(0.0, wireNum(catalog, check.model, fromKind, e, "ratio", 1));
        w.failure = check.kind == EdgeKind::Failure;
        const bool toFunction = modelOf(catalog, toKind) == SimulationSpec::Model::Function;
        switch (check.model) {
        case InvocationModel::SyncPush: w.slot = Slot::Sync; break;
        case InvocationModel::AsyncPush: w.slot = Slot::Async; break;
        case InvocationModel::StreamPoll:
        case InvocationModel::QueuePoll:
            w.slot = toFunction ? Slot::Poll : Slot::Other;
            w.polled = true;
            w.queue = check.model == InvocationModel::QueuePoll;
            w.batchSize = std::max(1.0, wireNum(catalog, check.model, fromKind, e, "batchSize", w.queue ? 10 : 100));
            w.maxConcurrency = std::clamp(wireNum(catalog, check.model, fromKind, e, "maxConcurrency", 1000), 2.0, 1000.0);
            w.streamCap = std::max(1.0, std::floor(read(catalog.kind(fromKind), data.nodes[from], "shards", 1)))
                          * std::floor(std::clamp(wireNum(catalog, check.model, fromKind, e, "parallelizationFactor", 1), 1.0, 10.0));
            if (w.queue) {
                ++sqsConsumers[from];
                sqsBatch[from] = w.batchSize;
            }
            break;
        default: w.slot = Slot::Other; break;
        }
        hasSync[to] = hasSync[to] || w.slot == Slot::Sync;
        hasAsync[to] = hasAsync[to] || w.slot == Slot::Async;
        hasOther[to] = hasOther[to] || w.slot != Slot::Sync;
        hasFailure[from] = hasFailure[from] || w.failure;
        out[from].push_back(w);
        ++indegree[to];
    }

    // Kahn's algorithm, taking ready nodes in document order so the order is stable.
    std::vector<int> indeg = indegree;
    std::vector<int> ready;
    for (int i = n - 1; i >= 0; --i)
        if (indeg[i] == 0)
            ready.push_back(i);
    while (!ready.empty()) {
        const int i = ready.back();
        ready.pop_back();
        g.order.push_back(i);
        std::vector<int> next;
        for (const Wire &w : out[i])
            if (--indeg[w.to] == 0)
                next.push_back(w.to);
        std::sort(next.begin(), next.end(), std::greater<int>());
        for (int j : next)
            ready.push_back(j);
        std::sort(ready.begin(), ready.end(), std::greater<int>());
    }
    if (static_cast<int>(g.order.size()) < n) {
        // Peel off nodes that only lead into the cycle: what remains with an outgoing wire to
        // another remaining node is on a cycle (or between two).
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            if (indeg[i] == 0)
                continue;
            bool feedsRemaining = false;
            for (const Wire &w : out[i])
                feedsRemaining = feedsRemaining || indeg[w.to] > 0;
            if (feedsRemaining)
                ids.append(data.nodes[i].id);
        }
        g.error = QCoreApplication::translate("Simulation", "The wires form a cycle through %1: events would circulate forever, so the "
                     "diagram cannot be simulated. Break the loop (for example, write to another "
                     "queue or table).").arg(ids.join(QStringLiteral(" → ")));
        return g;
    }

    // Nodes: parameters resolved once, with catalog defaults.
    for (int i = 0; i < n; ++i) {
        const archscope::Node &src = data.nodes[i];
        Node node;
        node.id = src.id;
        node.kind = src.kind;
        node.label = src.label;
        node.noiseSeed = hashId(src.id);  // mixed with the run's seed by the simulator
        const KindSpec *kind = catalog.kind(src.kind);
        if (kind && kind->property(QStringLiteral("traffic"))) {
            const QJsonObject defaults = kind->property(QStringLiteral("traffic"))->defaultValue.toObject();
            node.traffic = TrafficProfile::fromJson(src.props.value(QStringLiteral("traffic")).toObject(), defaults);
            node.hasTraffic = !node.traffic.isZero();
        }
        const double sqsPerMessage = 1 + (sqsConsumers[i] > 0 ? 2 / sqsBatch[i] : 0);
        const QList<CostModel::Line> lines
            = CostModel::lines(catalog, src.kind, src.props, sqsPerMessage, static_cast<int>(out[i].size()));
        const CostModel::Usage rate = CostModel::ratePerBasis(lines);
        g.costLines.append(lines);
        node.usdPerEvent = rate[CostModel::Events];
        node.usdPerSecond = rate[CostModel::Seconds];
        g.pricesAsOf = std::max(g.pricesAsOf, CostModel::pricesAsOf(catalog, src.kind));
        node.hasFailureWire = hasFailure[i];
        const auto [cvLow, cvHigh] = range(kind, "durationCv", 0, 4);
        node.durationCv = std::clamp(read(kind, src, "durationCv", 0.5), cvLow, cvHigh);
        node.hasAsyncInput = hasAsync[i];

        switch (kind ? kind->simulation.model : SimulationSpec::Model::None) {
        case SimulationSpec::Model::Function: {
            node.role = Role::Lambda;
            const double durationMs = std::max(0.001, read(kind, src, "durationMs", 100));
            const double timeoutMs = std::max(1.0, read(kind, src, "timeoutS", 3)) * 1000;
            const bool timesOut = durationMs > timeoutMs;
            node.durationS = node.drawnDurationS = std::min(durationMs, timeoutMs) / 1000;
            node.timeoutS = timeoutMs / 1000;
            node.billedDurationS = std::ceil(std::min(durationMs, timeoutMs)) / 1000;
            const auto [minMemory, maxMemory] = range(kind, "memoryMb", 128, 10240);
            node.memoryGb = std::clamp(read(kind, src, "memoryMb", 128), minMemory, maxMemory) / 1024;
            node.coldStartS = std::max(0.0, read(kind, src, "coldStartMs", 250)) / 1000;
            // `errorRate` is not a catalog property (yet): an optional extra a file may carry.
            node.failureRate = timesOut ? 1.0 : std::clamp(src.props.value(QStringLiteral("errorRate")).toDouble(0), 0.0, 1.0);
            // (Under one in a billion is none: no bill of 1e-36 requests to a failure queue.)
            node.timeoutShare = timesOut ? 0.0 : queueing::durationSurvival(node.drawnDurationS, node.durationCv, node.timeoutS);
            if (node.timeoutShare < 1e-9)
                node.timeoutShare = 0;
            // The draws past the timeout end there, so invocations run and are billed the cut
            // mean (a cut under 0.01 % of the mean is left out: no figure would show it).
            const double cutMeanS = queueing::cutMeanDuration(node.drawnDurationS, node.durationCv, node.timeoutS);
            if (node.timeoutShare > 0 && cutMeanS < node.drawnDurationS * (1 - 1e-4)) {
                node.durationS = cutMeanS;
                node.billedDurationS = std::ceil(node.durationS * 1000) / 1000;
            }
            const auto [minRetries, maxRetries] = range(kind, "retries", 0, 2);
            node.retries = std::clamp(static_cast<int>(read(kind, src, "retries", 2)), static_cast<int>(minRetries),
                                      static_cast<int>(maxRetries));
            const std::optional<double> reserved = read(kind, src, "reservedConcurrency");
            node.reserved = reserved ? std::max(0.0, *reserved) : -1;
            node.provisioned = std::max(0.0, read(kind, src, "provisionedConcurrency", 0));
            if (node.reserved >= 0)
                node.provisioned = std::min(node.provisioned, node.reserved);
            node.usdPerRequest = rate[CostModel::Requests];
            node.usdPerGbS = rate[CostModel::GbSeconds];
            node.usdPerProvisionedDurationGbS = rate[CostModel::ProvisionedDurationGbS];
            break;
        }
        case SimulationSpec::Model::Fleet:
            node.role = Role::Container;
            node.unitCapacity = std::max(1e-6, read(kind, src, "capacity", 1));
            node.minUnits = std::max(0.0, read(kind, src, "minUnits", 1));
            node.maxUnits = std::max(node.minUnits, read(kind, src, "maxUnits", 1));
            node.targetUtilization = std::clamp(read(kind, src, "targetUtilization", 0.7), 0.05, 1.0);
            node.launchDelayS = std::max(0.0, read(kind, src, "launchDelayS", 60));
            node.usdPerUnitSecond = rate[CostModel::UnitSeconds];
            node.syncOnly = hasSync[i] && !hasOther[i];
            node.durationS = node.drawnDurationS = std::max(0.001, read(kind, src, "durationMs", 100)) / 1000;
            break;
        case SimulationSpec::Model::Relay:
        case SimulationSpec::Model::None: break;
        }
        g.nodes.append(node);
    }

    // Flatten the wires per source node, and index poll wires per target.
    std::vector<std::vector<int>> pollByTarget(n);
    for (int i = 0; i < n; ++i) {
        g.nodes[i].outBegin = static_cast<int>(g.outWires.size());
        for (Wire w : out[i]) {
            if (w.queue && sqsConsumers[i] > 1)
                w.ratio /= sqsConsumers[i];  // competing consumers share a queue's messages
            if (w.slot == Slot::Poll) {
                w.pollIndex = g.pollWireCount++;
                pollByTarget[w.to].push_back(static_cast<int>(g.outWires.size()));
            }
            g.outWires.push_back(w);
        }
        g.nodes[i].outEnd = static_cast<int>(g.outWires.size());
    }
    for (int i = 0; i < n; ++i) {
        g.nodes[i].pollBegin = static_cast<int>(g.pollIn.size());
        g.pollIn.insert(g.pollIn.end(), pollByTarget[i].begin(), pollByTarget[i].end());
        g.nodes[i].pollEnd = static_cast<int>(g.pollIn.size());
    }

    // The step order: by depth (the longest path from a source), then by step shape, then in
    // document order. Nodes of one depth never feed each other, so runs of one shape can step
    // together in lanes. Functions of one depth share a full account pool alike (sharePool);
    // the depth decides which takes first: the one nearer the sources.
    for (int i : g.order) {
        Node &from = g.nodes[i];
        from.randomArrivals = from.randomArrivals || (from.hasTraffic && from.traffic.poissonNoise());
        for (int w = from.outBegin; w < from.outEnd; ++w) {
            Node &to = g.nodes[g.outWires[w].to];
            to.level = std::max(to.level, from.level + 1);
            to.randomArrivals = to.randomArrivals || from.randomArrivals;
        }
    }
    std::sort(g.order.begin(), g.order.end(), [&](int a, int b) {
        const int levelA = g.nodes[a].level, levelB = g.nodes[b].level;
        const int shapeA = stepShape(g.nodes[a]), shapeB = stepShape(g.nodes[b]);
        return levelA != levelB ? levelA < levelB : shapeA != shapeB ? shapeA < shapeB : a < b;
    });
    return g;
}

int SimGraph::stepShape(const Node &node)
{
    switch (node.role) {
    case Role::Relay: return 0;
    case Role::Container: return 1;
    case Role::Lambda: break;
    }
    return 2 + (node.hasAsyncInput ? 3 : 0) + std::min(node.pollEnd - node.pollBegin, 2);
}

std::vector<std::vector<int>> SimGraph::independentGroups(int maxGroups) const
{
    const int n = static_cast<int>(nodes.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&](int i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const Wire &w : outWires)
        parent[root(w.from)] = root(w.to);
    // Work: the compute nodes step the queueing layer; relays little more than add.
    std::vector<int> component(static_cast<size_t>(n), -1);
    std::vector<std::pair<int, int>> weights;  // (work, first node) per component
    for (int i = 0; i < n; ++i) {
        int &c = component[root(i)];
        if (c < 0) {
            c = static_cast<int>(weights.size());
            weights.emplace_back(0, i);
        }
        weights[c].first += nodes[i].role == Role::Relay ? 1 : 4;
    }
    const int groupCount = std::min(maxGroups, static_cast<int>(weights.size()));
    std::vector<int> byWork(weights.size());
    std::iota(byWork.begin(), byWork.end(), 0);
    std::stable_sort(byWork.begin(), byWork.end(), [&](int a, int b) { return weights[a].first > weights[b].first; });
    // The heaviest component first, each to the lightest group so far.
    std::vector<int> groupOf(weights.size()), load(static_cast<size_t>(std::max(groupCount, 1)), 0);
    for (int c : byWork) {
        const int g = static_cast<int>(std::min_element(load.begin(), load.end()) - load.begin());
        groupOf[c] = g;
        load[g] += weights[c].first;
    }
    std::vector<std::vector<int>> groups(static_cast<size_t>(groupCount));
    for (int i = 0; i < n; ++i)
        groups[groupOf[component[root(i)]]].push_back(i);
    return groups;
}

SimGraph SimGraph::part(const std::vector<int> &keep, std::vector<int> *wireOf) const
{
    SimGraph p;
    p.pricesAsOf = pricesAsOf;
    std::vector<int> index(nodes.size(), -1);
    for (int i : keep) {
        index[i] = static_cast<int>(p.nodes.size());
        p.nodes.append(nodes[i]);
        p.costLines.append(costLines[i]);
    }
    wireOf->clear();
    std::vector<int> newWire(outWires.size(), -1);
    for (int at = 0; at < p.nodes.size(); ++at) {
        Node &node = p.nodes[at];
        const int begin = static_cast<int>(p.outWires.size());
        for (int w = node.outBegin; w < node.outEnd; ++w) {
            Wire wire = outWires[w];
            wire.from = index[wire.from];
            wire.to = index[wire.to];
            if (wire.pollIndex >= 0)
                wire.pollIndex = p.pollWireCount++;
            newWire[w] = static_cast<int>(p.outWires.size());
            wireOf->push_back(w);
            p.outWires.push_back(wire);
        }
        node.outBegin = begin;
        node.outEnd = static_cast<int>(p.outWires.size());
    }
    for (int at = 0; at < p.nodes.size(); ++at) {
        Node &node = p.nodes[at];
        const int begin = static_cast<int>(p.pollIn.size());
        for (int k = node.pollBegin; k < node.pollEnd; ++k)
            p.pollIn.push_back(newWire[pollIn[k]]);
        node.pollBegin = begin;
        node.pollEnd = static_cast<int>(p.pollIn.size());
    }
    for (int i : order)
        if (index[i] >= 0)
            p.order.push_back(index[i]);
    return p;
}

SimGraph::AgeMetrics SimGraph::ageMetrics(int node) const
{
    AgeMetrics m;
    for (const Wire &w : outWires) {
        if (!w.polled)
            continue;
        m.oldestMessage = m.oldestMessage || (w.queue && w.from == node);
        // A function reading a stream reports its IteratorAge too; a fleet's workers do not.
        m.iterator = m.iterator || (!w.queue && (w.from == node || (w.to == node && w.pollIndex >= 0)));
    }
    m.asyncEvent = nodes[node].role == Role::Lambda && nodes[node].hasAsyncInput;
    return m;
}

bool SimGraph::waitsInBatches(int node) const
{
    const Node &n = nodes[node];
    for (int k = n.pollBegin; k < n.pollEnd && n.role == Role::Lambda; ++k)
        if (outWires[pollIn[k]].queue && outWires[pollIn[k]].batchSize > 1)
            return true;
    return false;
}

} // namespace archscope
