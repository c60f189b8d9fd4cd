#pragma once

#include "containerstep.h"
#include "detmath.h"
#include "lambdastep.h"
#include "relaystep.h"
#include "seriesfold.h"
#include "simgraph.h"
#include "simulationoptions.h"
#include "simulationresults.h"
#include "simulator.h"

#include <algorithm>
#include <vector>

namespace archscope::sim {

// One simulation of a compiled diagram, for Simulator::run (DESIGN.md, "Simulation"): the
// nodes' state, the buffers of the chunk being stepped, and the results being filled.
//
// The horizon is stepped in chunks of up to chunkCap steps. A chunk is processed in the step
// order (g.order), each node (or run of up to four same-shaped nodes in lanes, see Unit) over
// all the chunk's steps: a node's inputs for the chunk are complete once its upstream nodes
// are done, and its state stays in registers through a tight loop. Inputs arrive in buffers
// per (node, slot) that some wire feeds (others read zeros), indexed by step; poll wires
// have their own arrival buffers and report their backlog per position.
//
// Each node's series for one chunk go to `ser` [series][position], are folded into buckets
// as soon as the node is done (while they are still in L1), and are added into the
// diagram's row `tot`. Series hold events and dollars per step; the fold scales them to rates
// (seriesScale). When buckets are short, a chunk holds whole buckets laid out bucket by column
// (position = step in bucket * columns + bucket), so the fold runs down the columns with
// vector operations; otherwise a chunk is part of one bucket, in order.
class SimulationRun
{
public:
    // `reservedElsewhere`: the reserved concurrency of functions outside `g` that share its
    // account (when `g` is a part of a diagram stepped on its own).
    SimulationRun(const SimGraph &g, const SimulationOptions &options, SimulationResults &r, double reservedElsewhere = 0);
    SimulationRun(const SimulationRun &) = delete;
    SimulationRun &operator=(const SimulationRun &) = delete;

    // Steps the whole horizon; false when `progress` cancelled it.
    bool stepAll(const Simulator::Progress &progress);
    // The same a chunk at a time, for parts of a diagram stepped side by side: false when
    // the horizon is done; else the chunk's steps, then its buckets.
    bool beginChunk();
    void stepChunk();
    void finishChunk();
    // The chunk being stepped: its steps and, once stepped, the diagram's row by position
    // (another part's may be added in before finishChunk).
    int chunkLength() const { return len; }
    qint64 chunkFirstStep() const { return chunkStart; }
    double *diagramRow(SimulationResults::Series series) { return tot(series); }
    // Off: finishChunk leaves the diagram's row unfolded (a part's row is added into
    // another run's, which folds the sum).
    void setFoldsDiagramRow(bool on) { foldsDiagramRow = on; }
    double accountPool() const { return unreservedPool; }
    // A part's use of the account's pool, for a run in parts to tell whether the whole run
    // would have come near it (partsrun.cpp). Per depth whose functions draw on the pool and
    // per step of the chunk: the depth's load as sharePool weighs it, what its functions took,
    // and the most pool left beyond what it took that one of them could still reach (0 at
    // least: one without random arrivals needs what it takes).
    struct PoolTrace
    {
        int level = 0;
        std::vector<double> load, used, reach;
    };
    void setTracesPool(bool on);
    const std::vector<PoolTrace> &poolTraces() const { return traces; }
    // The per-node and per-wire summaries and the bills, once every step is done.
    void summarize(const Catalog &catalog);
    // What each node's bill is made of (after summarize), for a free tier shared with parts
    // summarized apart.
    const QList<QList<CostModel::Line>> &costLines() const { return lines; }
    const QList<CostModel::Usage> &costUsage() const { return usage; }

private:
    // Duration percentiles and ages as CloudWatch names them (simulationmetrics.cpp), from the
    // summaries and the nodes' state once every step is done.
    void summarizeMetrics();

private:
    using Series = SimulationResults::Series;
    enum { InSync, InAsync, InOther, InSlots };
    // The step order in units: one node, or a run of two to four relays, functions or fleets
    // of one level and shape that step together in lanes (stepRelayLanes, stepLambdaLanes,
    // stepContainerLanes; legacy scaling couples every function through the account's burst
    // bucket, so it steps functions one by one).
    struct Unit
    {
        int first = 0;  // into g.order
        int count = 1;  // more than one: in lanes
        // In lanes: which lanes derive each series (bit j: lane j, see initDerivations), and
        // whether the step stores the series the lanes derive (not when every lane derives
        // all its role can: nothing reads them).
        unsigned char derived[SimulationResults::seriesCount] = {};
        bool storeDerived = true;
    };

    void initNodes();
    void initSeries();
    void initWiring();
    void initUnits();
    double *ser(Series series) { return &serBuf[static_cast<size_t>(series) * chunkCap]; }
    double *tot(Series series) { return &totBuf[static_cast<size_t>(series) * chunkCap]; }
    double seriesScale(int series, int row) const;
    // Chunks are parts of one bucket, in order: buckets longer than a chunk, or chunks of one
    // step (stepwise).
    bool longBuckets() const { return r.bucketSteps > chunkCap || stepwise; }
    double *input(int node, int slot);
    void deliver(const SimGraph::Node &node, const double *amounts, int len, bool failures);
    bool laneable(int i) const;
    void layOutChunk();
    struct Derivation
    {
        bool derived = false;
        Series from = Series::Arrivals;
        double factor = 0, offset = 0;
        bool hasOffset = false;
    };
    void initDerivations();
    // Whether node i's steps set `series` (else it stays 0 and has no buckets).
    bool setsSeries(int i, Series series) const;
    const Derivation &derivationOf(Series series, int i) const
    {
        return derivations[static_cast<size_t>(series) * n + i];
    }
    double derive(int i, Series series, const Derivation &d, double fromChunkSum);
    double fold(int series, int row, const double *v);
    void foldZeros(int series, int row);
    void sourceEvents(int i, double *events);
    const double *relayArrivals(int i, double *scratch);
    void countSteps(NodeState &s, const double *chunkSum);
    void finishLambda(int i, const double *chunkSum, const double *out, const double *lost, const double *gbs,
                      const double *gbsProvisioned);
    void finishRelay(int i, const double *chunkSum, const double *out);
    void finishContainer(int i, const double *chunkSum, const double *out);
    void stepInLanes(const Unit &unit);
    // The node in lane j of `unit` (fillers repeat the last one).
    int laneNode(const Unit &unit, int j) const { return g.order[unit.first + std::min(j, unit.count - 1)]; }
    void setRelayLane(RelayLanes &lanes, int j, int i, const double *in);
    void stepRelaysInLanes(const Unit &unit);
    void stepLambdasInLanes(const Unit &unit);
    void stepContainersInLanes(const Unit &unit);
    void containerInputs(int i, ContainerChunk &c);
    template <class Lanes, class Chunk>
    void prepareLanes(Lanes &lanes, const Chunk &run, const Unit &unit);
    bool sharePoolAtLevel(int level);
    void stepAlone(int i);
    void unstage();

    const SimGraph &g;
    const SimulationOptions &options;
    SimulationResults &r;
    const double dt;
    const double invDt;
    const int n;
    const int rows;  // the last row is the whole diagram
    const double reservedElsewhere;
    bool foldsDiagramRow = true;
    QList<QList<CostModel::Line>> lines;  // per node, after summarize
    QList<CostModel::Usage> usage;

    // Nodes
    std::vector<NodeState> st;
    std::vector<PollState> poll;
    std::vector<double> streamAges;  // per poll wire: a stream's IteratorAge at its random peak
    // Per poll wire: an SQS queue's random peaks (messages, and how long the oldest waited),
    // waiting for a poller and (held at the cap) for all the function's servers.
    struct QueuePeaks
    {
        double forPoller = 0, forPollerAgeS = 0;
        BusyQueuePeaks::Peaks busy;
    };
    std::vector<QueuePeaks> queuePeaks;
    std::vector<AsyncQueue> queues;
    std::vector<HeadAgeHistory> headAges;  // one per queue: AsyncEventAge's history
    std::vector<queueing::OccupancyFeed> occupancies;  // per node; used by functions with random arrivals
    double unreservedPool = 0, reclaimKeep = 1, refill = 0, legacyRefill = 0, accountTokens = 0;
    // Chunks of one step: under legacy scaling, functions share the account's burst bucket
    // step by step, so each must see what every other one took at the steps before (the
    // step order runs every node before the next step).
    bool stepwise = false;
    int captureIndex = -1;

    // Series and buckets
    std::vector<double> serBuf, totBuf;
    std::vector<Accumulator> acc;
    std::vector<double> totalSum, peak;
    std::vector<Derivation> derivations;  // [series][node]: long buckets derive these from another series
    std::vector<BucketOut> dest;  // where each finished bucket goes: [series][row] -> min, max, mean
    // Long buckets close all series at once: their min, max and mean collect here and go out
    // stageBuckets at a time, so each destination array is touched once per cache line
    // rather than once per bucket.
    std::vector<float> staged;
    int stagedFrom = 0;
    double totalCumulative = 0;
    qint64 bucketStepCount = 0;
    int bucket = 0;

    // Wiring
    std::vector<int> inSlot;
    int inSlotCount = 0;
    std::vector<double> inBuf, pollBuf, pollBacklog, scratch;
    double *extBuf = nullptr, *outBuf = nullptr, *lostBuf = nullptr, *poolFree = nullptr, *legacyUsed = nullptr;
    double *qGbs = nullptr, *qGbsProvisioned = nullptr, *relayBacklog = nullptr;
    double *zeros = nullptr;  // never written
    // An input slot holds this chunk's deliveries once the first of them has written it
    // (its stamp is the chunk's start); until then it reads as zeros, so no chunk clears them.
    std::vector<qint64> inStamp;
    qint64 stamp = 0;
    std::vector<double> wireTotal, wirePeak;
    std::vector<std::pair<int, std::vector<int>>> polledRelays;  // streams and queues with consumers
    std::vector<std::vector<PollWire>> pollWires;
    std::vector<std::vector<int>> pooledAtLevel;  // functions that draw on the account's pool, by depth
    std::vector<PoolShare> levelShares;           // per step of the chunk, for the depth stepping now
    std::vector<double> levelLoad;                // scratch: the depth's sync, queued and SQS-polled loads per step
    std::vector<PoolTrace> traces;                // setTracesPool: one per depth of pooledAtLevel with functions

    // Stepping
    LambdaChunk lambdaRun;        // what every Lambda step reads and writes the same way all run long
    ContainerChunk containerRun;  // the same for fleets
    std::vector<Unit> units;
    // Lanes: series [series][position * 4 + lane]; each lane's outputs (a relay's is its
    // input: relayIn); the fillers' state and scratch.
    std::vector<double> ser4Buf, laneBuf, fillerOut;
    std::vector<double> taken;  // what pooled functions in lanes take from the account pool, per step
    int exactPoolChunks = 0;    // more than 0: lanes check the pool at every step (it ran short lately)
    double *series4[SimulationResults::seriesCount] = {};
    double *laneOut[4] = {}, *laneLost[4] = {}, *laneGbs[4] = {}, *laneGbsProvisioned[4] = {};
    const double *relayIn[4] = {};
    // Long buckets (positions are steps): each lane's Arrivals when its one input is them,
    // which the lanes then do not store (else null).
    const double *arrivalsIn[4] = {};
    NodeState fillerState[4];
    AsyncQueue fillerQueue[4];
    PollState fillerPollState[4];
    PollWire fillerPoll[4];

    // The chunk being stepped: `len` steps from `chunkStart`; when buckets are short,
    // `columns` whole buckets of `depth` steps, else part of one bucket (`closes`: its end).
    qint64 chunkStart = 0;
    int len = 0, depth = 0, columns = 1;
    bool closes = true;
    double t0 = 0;
    int posOf[chunkCap] = {};
};

} // namespace archscope::sim
