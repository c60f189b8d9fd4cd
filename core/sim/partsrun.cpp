#include "partsrun.h"

#include "costmodel.h"
#include "seriesfold.h"
#include "simgraph.h"
#include "simulationrun.h"

#include <algorithm>
#include <barrier>
#include <cmath>
#include <memory>
#include <thread>

namespace archscope::sim {

namespace {

// Parts are whole components in at most this many groups, however many threads step them:
// the grouping (and so every bit of the results) does not depend on the machine.
constexpr int maxParts = 8;

struct Part
{
    std::vector<int> nodes;  // indices in the diagram, ascending
    std::vector<int> wires;  // per wire of `graph`: its index in the diagram
    SimGraph graph;
    SimulationResults results;
    std::unique_ptr<SimulationRun> run;
};

double reservedOf(const SimGraph &g)
{
    double total = 0;
    for (const SimGraph::Node &node : g.nodes)
        if (node.role == SimGraph::Role::Lambda && node.reserved >= 0)
            total += node.reserved;
    return total;
}

bool anyRandomPooled(const SimGraph &g)
{
    return std::any_of(g.nodes.begin(), g.nodes.end(), [](const SimGraph::Node &node) {
        return node.role == SimGraph::Role::Lambda && node.reserved < 0 && node.randomArrivals;
    });
}

// Whether the functions of every part together left the pool room for the largest random
// peak at each step of the chunk (else one part's functions could have felt another's).
bool poolWasFar(const std::vector<std::unique_ptr<Part>> &parts, double pool, bool randomPeaks)
{
    const int len = parts.front()->run->chunkLength();
    for (int k = 0; k < len; ++k) {
        double used = 0;
        for (const auto &part : parts)
            used += pool - part->run->poolLeft()[k];
        const double room = randomPeaks ? poolRoomForPeaks(used) : 0.0;
        if (!(pool - used >= room))
            return false;
    }
    return true;
}

} // namespace

double poolRoomForPeaks(double used)
{
    return 9 * std::sqrt(std::max(0.0, used)) + 20;
}

PartsOutcome runInParts(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                        SimulationResults &r, const Simulator::Progress &progress)
{
    // Legacy scaling: every function draws on the account's burst bucket step by step.
    if (!options.inParts || options.legacyScaling)
        return PartsOutcome::Whole;
    const std::vector<std::vector<int>> groups = g.independentGroups(maxParts);
    if (groups.size() < 2)
        return PartsOutcome::Whole;

    // The free tier is the account's: applied once the parts are together.
    SimulationOptions partOptions = options;
    partOptions.freeTier = false;
    const double reservedAll = reservedOf(g);
    const bool randomPeaks = anyRandomPooled(g);
    std::vector<std::unique_ptr<Part>> parts;
    for (const std::vector<int> &nodes : groups) {
        auto part = std::make_unique<Part>();
        part->nodes = nodes;
        part->graph = g.part(nodes, &part->wires);
        SimulationResults &pr = part->results;
        pr.horizonS = r.horizonS;
        pr.stepS = r.stepS;
        pr.steps = r.steps;
        pr.bucketSteps = r.bucketSteps;
        pr.bucketCount = r.bucketCount;
        pr.bucketS = r.bucketS;
        part->run = std::make_unique<SimulationRun>(part->graph, partOptions, pr, reservedAll - reservedOf(part->graph));
        parts.push_back(std::move(part));
    }
    // The diagram's own row: a run of no nodes folds the sum of the parts' rows.
    const SimGraph noNodes;
    SimulationRun diagram(noNodes, partOptions, r, reservedAll);
    const double pool = diagram.accountPool();

    // Each chunk: every part steps it (the threads taking parts in turn), then the pool is
    // checked and the parts' rows are added up in part order.
    const int partCount = static_cast<int>(parts.size());
    const int threads = std::clamp(options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency()),
                                   1, partCount);
    auto stepParts = [&](int thread) {
        for (int p = thread; p < partCount; p += threads) {
            parts[p]->run->stepChunk();
            parts[p]->run->finishChunk();
        }
    };
    bool stop = false;
    std::barrier sync(threads);
    std::vector<std::jthread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([&, t] {
            for (;;) {
                sync.arrive_and_wait();  // a chunk to step, or the end
                if (stop)
                    return;
                stepParts(t);
                sync.arrive_and_wait();
            }
        });

    PartsOutcome outcome = PartsOutcome::Done;
    const qint64 progressEvery = std::max<qint64>(chunkCap, r.steps / 200);
    qint64 done = 0, nextProgress = 0;
    for (;;) {
        if (!diagram.beginChunk())
            break;
        for (const auto &part : parts)
            part->run->beginChunk();
        sync.arrive_and_wait();
        stepParts(0);
        sync.arrive_and_wait();
        if (!poolWasFar(parts, pool, randomPeaks)) {
            outcome = PartsOutcome::Whole;
            break;
        }
        const int len = diagram.chunkLength();
        for (int series = 0; series < SimulationResults::seriesCount; ++series) {
            const auto s = static_cast<SimulationResults::Series>(series);
            for (const auto &part : parts)
                addInto(diagram.diagramRow(s), part->run->diagramRow(s), len);
        }
        diagram.finishChunk();
        done += len;
        if (progress && done >= nextProgress) {
            nextProgress = done + progressEvery;
            if (!progress(static_cast<double>(done) / static_cast<double>(r.steps))) {
                outcome = PartsOutcome::Cancelled;
                break;
            }
        }
    }
    stop = true;
    sync.arrive_and_wait();
    workers.clear();
    if (outcome != PartsOutcome::Done)
        return outcome;

    // Together again, in the diagram's order.
    const int n = static_cast<int>(g.nodes.size());
    r.nodes = QList<SimulationResults::NodeSummary>(n);
    r.nodeSeries.resize(static_cast<size_t>(n));
    r.wires = QList<SimulationResults::WireSummary>(static_cast<qsizetype>(g.outWires.size()));
    QList<CostModel::Usage> usage(n);
    for (const auto &part : parts) {
        part->run->summarize(catalog);
        SimulationResults &pr = part->results;
        for (size_t at = 0; at < part->nodes.size(); ++at) {
            const int i = part->nodes[at];
            r.nodes[i] = pr.nodes[static_cast<qsizetype>(at)];
            r.nodeSeries[static_cast<size_t>(i)] = std::move(pr.nodeSeries[at]);
            usage[i] = part->run->costUsage()[static_cast<qsizetype>(at)];
        }
        for (size_t w = 0; w < part->wires.size(); ++w)
            r.wires[part->wires[w]] = pr.wires[static_cast<qsizetype>(w)];
        if (!pr.capturedArrivals.empty())
            r.capturedArrivals = std::move(pr.capturedArrivals);
    }
    if (options.freeTier)
        CostModel::applyFreeTier(catalog, g.costLines, usage, r.steps * r.stepS, &r.nodes);
    for (const auto &node : r.nodes)
        r.totalCostUsd += node.costUsd;
    r.monthlyProjectionUsd = r.totalCostUsd * SimulationResults::monthS / (r.steps * r.stepS);
    return PartsOutcome::Done;
}

} // namespace archscope::sim
