#include "partsrun.h"

#include "costmodel.h"
#include "roleformulas.h"
#include "seriesfold.h"
#include "simgraph.h"
#include "simulationrun.h"

#include "model/documentdata.h"

#include <QDataStream>
#include <QIODevice>
#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <cmath>
#include <memory>
#include <thread>

namespace archscope::sim {

using Series = SimulationResults::Series;
constexpr int seriesCount = SimulationResults::seriesCount;

// Step by step, a part's row of the diagram ([series][step], positions within each chunk as
// the chunk lays them out; a series that stayed 0 is empty) and its use of the account's pool
// by depth (SimulationRun::PoolTrace, over every step).
struct PartSteps
{
    std::array<std::vector<double>, seriesCount> rows;
    std::vector<SimulationRun::PoolTrace> pool;
};

// A part as a run in parts left it: what it was stepped from (nodes without their places on
// the canvas, and the wires leaving them), where its nodes and wires are in the results the
// cache keeps, each node's cost before the account's free tier, its usage, and its steps.
struct PartsCache::Part
{
    QList<Node> nodes;
    QList<Edge> edges;
    std::vector<int> resultNodes, resultWires;
    std::vector<double> costBeforeFreeTier;
    QList<CostModel::Usage> usage;
    bool captures = false;
    std::shared_ptr<const PartSteps> steps;
};

void PartsCache::clear()
{
    m_runKey.clear();
    m_results.reset();
    m_parts.clear();
    m_pending.clear();
    m_hasPending = false;
}

void PartsCache::adopt(const std::shared_ptr<const SimulationResults> &results)
{
    if (!m_hasPending)
        return;
    m_parts = std::move(m_pending);
    m_pending.clear();
    m_hasPending = false;
    m_results = results;
}

namespace {

// Parts are whole components in groups whose number depends on the run alone, never on the
// threads stepping them (so neither does any bit of the results): finer for the runs a
// cache keeps (an edit then steps a small part again), coarser for long runs (each part
// costs a little at every chunk).
int maxPartsFor(qint64 steps)
{
    return steps <= 12000 ? 32 : steps <= PartsCache::maxSteps ? 16 : 8;
}

struct Part
{
    std::vector<int> nodes;  // indices in the diagram, ascending
    std::vector<int> wires;  // per wire of `graph`: its index in the diagram
    SimGraph graph;
    SimulationResults results;
    std::unique_ptr<SimulationRun> run;            // stepped in this run; else
    std::shared_ptr<const PartsCache::Part> kept;  // taken from the cache
    std::shared_ptr<PartsCache::Part> keep;        // what this run keeps of it
    std::shared_ptr<PartSteps> steps;              // the steps it keeps (stepped in this run)
};

bool allZero(const double *v, int len)
{
    return std::all_of(v, v + len, [](double x) { return x == 0; });
}

int deepestLevel(const SimGraph &g)
{
    int deepest = 0;
    for (const SimGraph::Node &node : g.nodes)
        deepest = std::max(deepest, node.level);
    return deepest;
}

double reservedOf(const SimGraph &g)
{
    double total = 0;
    for (const SimGraph::Node &node : g.nodes)
        if (node.role == SimGraph::Role::Lambda && node.reserved >= 0)
            total += node.reserved;
    return total;
}

// What a run's parts depend on besides their own nodes and wires.
QByteArray runKey(const SimulationOptions &o, const SimulationResults &r, double reservedAll, size_t parts)
{
    QByteArray key;
    QDataStream out(&key, QIODevice::WriteOnly);
    out << o.horizonS << o.stepS << o.seed << o.accountConcurrency << o.legacyScaling << o.region << o.maxBuckets
        << o.seriesBudgetBytes << o.captureArrivalsOf << o.lanes << o.peaksFromS << o.peaksToS << r.steps << r.bucketSteps
        << r.bucketCount << reservedAll << quint64(parts);
    return key;
}

// The nodes of a part and the wires leaving them, as a cache compares them.
void contentOf(const DocumentData &data, const std::vector<int> &nodes, const std::vector<int> &partOf, int part,
               const QHash<QString, int> &index, QList<Node> *outNodes, QList<Edge> *outEdges)
{
    for (int i : nodes) {
        Node n = data.nodes[i];
        n.pos = QPointF();
        n.extra = QJsonObject();
        outNodes->append(n);
    }
    for (const Edge &e : data.edges) {
        const int from = index.value(e.from, -1);
        if (from >= 0 && partOf[from] == part) {
            Edge kept = e;
            kept.extra = QJsonObject();
            outEdges->append(kept);
        }
    }
}

// The parts' use of the pool in one chunk, summed by depth: [level * chunkCap + step].
struct DepthUse
{
    std::vector<double> load, used, reach;
    std::vector<char> pooled;  // per level
    explicit DepthUse(int levels)
        : load(static_cast<size_t>(levels) * chunkCap), used(load.size()), reach(load.size()), pooled(levels)
    {
    }
    void clear(int len)
    {
        for (size_t level = 0; level < pooled.size(); ++level) {
            const size_t at = level * chunkCap;
            std::fill_n(&load[at], len, 0.0);
            std::fill_n(&used[at], len, 0.0);
            std::fill_n(&reach[at], len, 0.0);
        }
        std::fill(pooled.begin(), pooled.end(), 0);
    }
    // One part's use at steps [from, from + len) of its traces.
    void add(const std::vector<SimulationRun::PoolTrace> &traces, size_t from, int len)
    {
        for (const SimulationRun::PoolTrace &t : traces) {
            const size_t at = static_cast<size_t>(t.level) * chunkCap;
            pooled[static_cast<size_t>(t.level)] = 1;
            addInto(&load[at], &t.load[from], len);
            addInto(&used[at], &t.used[from], len);
            for (int k = 0; k < len; ++k)
                reach[at + k] = std::max(reach[at + k], t.reach[from + k]);
        }
    }
};

// Whether the whole run, every function stepped in order with what those before it left of
// the pool, would have found it as far at every step of the chunk as each part did alone:
// then no function read what the others left (poolSeen, sharePool) and the parts' figures
// are the whole run's. At a depth, the pool left is the account's less what shallower
// depths took; sharePool would find the depth's load near it, or a function with random
// arrivals would meet it after the rest of its depth took their share, or one without
// would not find what it takes. The margin covers the sums' rounding (the whole run adds in
// another order).
bool wholeRunFindsPoolFar(const DepthUse &use, int len, double pool)
{
    const double margin = 1e-9 * pool + 1e-6;
    for (int k = 0; k < len; ++k) {
        double left = pool;
        for (size_t level = 0; level < use.pooled.size(); ++level) {
            if (!use.pooled[level])
                continue;
            const size_t at = level * chunkCap + static_cast<size_t>(k);
            const double load = use.load[at], used = use.used[at];
            if (load > 0 && !(left >= poolReach(load) + margin))
                return false;
            if (!(left - used >= use.reach[at] + margin))
                return false;
            left -= used;
        }
    }
    return true;
}

} // namespace

PartsOutcome runInParts(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                        SimulationResults &r, const Simulator::Progress &progress, const DocumentData *data,
                        PartsCache *cache)
{
    // Legacy scaling: every function draws on the account's burst bucket step by step.
    if (!options.inParts || options.legacyScaling)
        return PartsOutcome::Whole;
    const std::vector<std::vector<int>> groups = g.independentGroups(maxPartsFor(r.steps));
    if (groups.size() < 2)
        return PartsOutcome::Whole;

    // The free tier is the account's: applied once the parts are together.
    SimulationOptions partOptions = options;
    partOptions.freeTier = false;
    const double reservedAll = reservedOf(g);
    const bool keeping = cache && data && r.steps <= PartsCache::maxSteps;
    const QByteArray key = keeping ? runKey(options, r, reservedAll, groups.size()) : QByteArray();
    if (keeping && key != cache->m_runKey) {
        cache->clear();
        cache->m_runKey = key;
    }
    if (keeping) {
        cache->m_pending.clear();
        cache->m_hasPending = false;
    }
    std::vector<int> partOf(g.nodes.size(), -1);
    for (size_t p = 0; p < groups.size(); ++p)
        for (int i : groups[p])
            partOf[i] = static_cast<int>(p);
    QHash<QString, int> index;
    if (keeping)
        for (int i = 0; i < data->nodes.size(); ++i)
            index.insert(data->nodes[i].id, i);

    std::vector<std::unique_ptr<Part>> parts;
    std::vector<Part *> live;
    for (const std::vector<int> &nodes : groups) {
        auto part = std::make_unique<Part>();
        part->nodes = nodes;
        part->graph = g.part(nodes, &part->wires);
        if (keeping) {
            auto keep = std::make_shared<PartsCache::Part>();
            contentOf(*data, nodes, partOf, static_cast<int>(parts.size()), index, &keep->nodes, &keep->edges);
            for (const auto &kept : cache->m_parts)
                if (kept->nodes == keep->nodes && kept->edges == keep->edges) {
                    part->kept = kept;
                    break;
                }
            if (!part->kept)
                part->steps = std::make_shared<PartSteps>();
            part->keep = std::move(keep);
        }
        if (!part->kept) {
            SimulationResults &pr = part->results;
            pr.horizonS = r.horizonS;
            pr.stepS = r.stepS;
            pr.steps = r.steps;
            pr.bucketSteps = r.bucketSteps;
            pr.bucketCount = r.bucketCount;
            pr.bucketS = r.bucketS;
            part->run = std::make_unique<SimulationRun>(part->graph, partOptions, pr, reservedAll - reservedOf(part->graph));
            part->run->setFoldsDiagramRow(false);
            part->run->setTracesPool(true);
            if (part->steps)
                for (const SimulationRun::PoolTrace &t : part->run->poolTraces()) {
                    SimulationRun::PoolTrace &kept = part->steps->pool.emplace_back();
                    kept.level = t.level;
                    kept.load.resize(static_cast<size_t>(r.steps));
                    kept.used.resize(static_cast<size_t>(r.steps));
                    kept.reach.resize(static_cast<size_t>(r.steps));
                }
            live.push_back(part.get());
        }
        parts.push_back(std::move(part));
    }
    // The diagram's own row: a run of no nodes folds the sum of the parts' rows.
    const SimGraph noNodes;
    SimulationRun diagram(noNodes, partOptions, r, reservedAll);
    const double pool = diagram.accountPool();

    // Each chunk: every part stepped in this run steps it; then the pool is checked and the
    // parts' rows are added up in part order.
    const int liveCount = static_cast<int>(live.size());
    const int threads = std::clamp(options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()),
                                   1, std::max(1, liveCount));
    // The threads take the next part not yet stepped: parts differ in work by their load.
    std::atomic<int> nextPart{0};
    auto stepParts = [&](int) {
        for (int p = nextPart++; p < liveCount; p = nextPart++) {
            live[p]->run->stepChunk();
            live[p]->run->finishChunk();
        }
    };
    PartsOutcome outcome = PartsOutcome::Done;
    const qint64 progressEvery = std::max<qint64>(chunkCap, r.steps / 200);
    qint64 done = 0, nextProgress = 0;
    DepthUse use(deepestLevel(g) + 1);
    // Lays out the next chunk for every part; false at the horizon's end.
    auto beginChunk = [&] {
        if (!diagram.beginChunk())
            return false;
        for (Part *part : live)
            part->run->beginChunk();
        nextPart = 0;
        return true;
    };
    // Once every part has stepped the chunk: the pool, the diagram's row, progress; false
    // when the run stops here.
    auto gatherChunk = [&] {
        const int len = diagram.chunkLength();
        const qint64 first = diagram.chunkFirstStep();
        use.clear(len);
        for (const auto &part : parts) {
            if (part->kept) {
                use.add(part->kept->steps->pool, static_cast<size_t>(first), len);
                continue;
            }
            const std::vector<SimulationRun::PoolTrace> &traces = part->run->poolTraces();
            use.add(traces, 0, len);
            if (part->steps)
                for (size_t t = 0; t < traces.size(); ++t) {
                    SimulationRun::PoolTrace &keep = part->steps->pool[t];
                    const auto at = static_cast<std::ptrdiff_t>(first);
                    std::copy_n(traces[t].load.begin(), len, keep.load.begin() + at);
                    std::copy_n(traces[t].used.begin(), len, keep.used.begin() + at);
                    std::copy_n(traces[t].reach.begin(), len, keep.reach.begin() + at);
                }
        }
        if (!wholeRunFindsPoolFar(use, len, pool)) {
            outcome = PartsOutcome::Whole;
            return false;
        }
        // (A row of zeros adds nothing, to the bit: the diagram's row starts at +0.)
        for (int series = 0; series < seriesCount; ++series) {
            const auto s = static_cast<Series>(series);
            for (const auto &part : parts) {
                if (part->kept) {
                    const std::vector<double> &keptRow = part->kept->steps->rows[series];
                    if (!keptRow.empty())
                        addInto(diagram.diagramRow(s), &keptRow[static_cast<size_t>(first)], len);
                    continue;
                }
                const double *row = part->run->diagramRow(s);
                addInto(diagram.diagramRow(s), row, len);
                if (part->steps && !allZero(row, len)) {
                    std::vector<double> &keepRow = part->steps->rows[series];
                    if (keepRow.empty())
                        keepRow.assign(static_cast<size_t>(r.steps), 0.0);
                    std::copy_n(row, len, &keepRow[static_cast<size_t>(first)]);
                }
            }
        }
        diagram.finishChunk();
        done += len;
        if (progress && done >= nextProgress) {
            nextProgress = done + progressEvery;
            if (!progress(static_cast<double>(done) / static_cast<double>(r.steps))) {
                outcome = PartsOutcome::Cancelled;
                return false;
            }
        }
        return true;
    };
    // One meeting a chunk: the last thread to arrive gathers it and lays out the next.
    bool more = beginChunk();
    std::barrier sync(threads, [&]() noexcept { more = gatherChunk() && beginChunk(); });
    auto work = [&](int thread) {
        while (more) {
            stepParts(thread);
            sync.arrive_and_wait();
        }
    };
    {
        std::vector<std::jthread> workers;
        for (int t = 1; t < threads; ++t)
            workers.emplace_back(work, t);
        work(0);
    }
    if (outcome != PartsOutcome::Done)
        return outcome;

    // Together again, in the diagram's order.
    const int n = static_cast<int>(g.nodes.size());
    r.nodes = QList<SimulationResults::NodeSummary>(n);
    r.nodeSeries.resize(static_cast<size_t>(n));
    r.wires = QList<SimulationResults::WireSummary>(static_cast<qsizetype>(g.outWires.size()));
    QList<CostModel::Usage> usage(n);
    const SimulationResults *before = cache ? cache->m_results.get() : nullptr;
    for (const auto &part : parts) {
        const PartsCache::Part *kept = part->kept.get();
        if (part->run)
            part->run->summarize(catalog);
        SimulationResults &pr = part->results;
        for (size_t at = 0; at < part->nodes.size(); ++at) {
            const int i = part->nodes[at];
            const auto a = static_cast<qsizetype>(at);
            if (kept) {
                // As the last run gave it, before the account's free tier.
                const int was = kept->resultNodes[at];
                SimulationResults::NodeSummary sum = before->nodes[was];
                sum.items.removeIf([](const SimulationResults::CostItem &item) { return item.name == QLatin1String("freeTier"); });
                sum.costUsd = kept->costBeforeFreeTier[at];
                r.nodes[i] = sum;
                r.nodeSeries[static_cast<size_t>(i)] = before->nodeSeries[static_cast<size_t>(was)];
                usage[i] = kept->usage[a];
            } else {
                r.nodes[i] = pr.nodes[a];
                r.nodeSeries[static_cast<size_t>(i)] = std::move(pr.nodeSeries[at]);
                usage[i] = part->run->costUsage()[a];
            }
        }
        for (size_t w = 0; w < part->wires.size(); ++w)
            r.wires[part->wires[w]] = kept ? before->wires[kept->resultWires[w]] : pr.wires[static_cast<qsizetype>(w)];
        const bool captures = kept ? kept->captures : !pr.capturedArrivals.empty();
        if (captures)
            r.capturedArrivals = kept ? before->capturedArrivals : std::move(pr.capturedArrivals);
        if (part->keep) {  // where this run's results hold the part
            PartsCache::Part &keep = *part->keep;
            keep.resultNodes = part->nodes;
            keep.resultWires = part->wires;
            keep.captures = captures;
            keep.usage.clear();
            keep.costBeforeFreeTier.clear();
            for (int i : part->nodes) {
                keep.usage.append(usage[i]);
                keep.costBeforeFreeTier.push_back(r.nodes[i].costUsd);
            }
            keep.steps = kept ? kept->steps : part->steps;
        }
    }
    if (options.freeTier)
        CostModel::applyFreeTier(catalog, g.costLines, usage, r.steps * r.stepS, &r.nodes);
    for (const auto &node : r.nodes)
        r.totalCostUsd += node.costUsd;
    r.monthlyProjectionUsd = r.totalCostUsd * SimulationResults::monthS / (r.steps * r.stepS);

    if (keeping) {
        cache->m_stepped = cache->m_reused = 0;
        for (const auto &part : parts) {
            cache->m_pending.push_back(part->keep);
            ++(part->kept ? cache->m_reused : cache->m_stepped);
        }
        cache->m_hasPending = true;
    }
    return PartsOutcome::Done;
}

} // namespace archscope::sim
