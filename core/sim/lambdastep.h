#pragma once

#include "asyncage.h"
#include "busyqueue.h"
#include "costmodel.h"
#include "fifoage.h"
#include "latency.h"
#include "occupancy.h"
#include "roleformulas.h"
#include "simgraph.h"
#include "simulationresults.h"
#include "simulator.h"
#include "sqspollers.h"
#include "streampeaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

// The simulator's per-node state and its Lambda step loop (DESIGN.md, "Simulation").
namespace archscope::sim {

constexpr int chunkCap = 512;  // steps per chunk at most: a run of nodes' series for a chunk stay in L2
static_assert(chunkCap % 8 == 0, "chunks of a long bucket are rounded up to a multiple of 8 steps");

// Lambda's internal queue of asynchronous events, in cohorts by arrival time so events can
// be served oldest first and dropped once older than 6 hours, in O(1) per step. A cohort
// remembers when its events arrived (spread evenly over the steps that pushed them), so the
// oldest still waiting is placed within its cohort rather than at the cohort's start.
struct AsyncQueue
{
    struct Cohort
    {
        double waiting = 0, arrived = 0;
        double fromS = 0, toS = 0;  // the first pushing step's start, the last one's end
    };
    static constexpr int slotCount = 68;
    Cohort slot[slotCount] = {};
    long long oldest = 0;
    long long newest = -1;
    double total = 0;
    double widthS = 337.5;
    HeadAgeHistory *history = nullptr;  // the run's record of ageS, kept by the step loop

    // `amount` events that arrived over the step from t to t + dt.
    void push(double t, double dt, double amount)
    {
        if (amount <= 0)
            return;
        const auto b = static_cast<long long>(std::floor(t / widthS));
        if (total <= 0 || oldest > newest) {
            oldest = newest = b;
            slot[b % slotCount] = {};
            total = 0;
        }
        while (newest < b) {
            ++newest;
            slot[newest % slotCount] = {};
        }
        Cohort &c = slot[b % slotCount];
        if (c.arrived <= 0)
            c.fromS = t;
        c.toS = t + dt;
        c.waiting += amount;
        c.arrived += amount;
        total += amount;
    }
    // Removes and returns the events whose cohort is past the age limit at time t.
    double expire(double t, double maxAge)
    {
        double expired = 0;
        while (oldest <= newest && (oldest + 1) * widthS + maxAge <= t) {
            expired += slot[oldest % slotCount].waiting;
            slot[oldest % slotCount] = {};
            ++oldest;
        }
        total = oldest > newest ? 0 : std::max(0.0, total - expired);
        return expired;
    }
    void pop(double amount)
    {
        double taken = 0;
        while (amount > 0 && oldest <= newest) {
            double &s = slot[oldest % slotCount].waiting;
            const double take = std::min(amount, s);
            s -= take;
            amount -= take;
            taken += take;
            if (s <= 1e-12 * (1 + take)) {
                slot[oldest % slotCount] = {};
                ++oldest;
            }
        }
        total = oldest > newest ? 0 : std::max(0.0, total - taken);
    }
    // The age at time t of the oldest event still waiting: its cohort's events are served in
    // the order they arrived.
    double ageS(double t) const
    {
        if (!(total > 0 && oldest <= newest))
            return 0;
        const Cohort &c = slot[oldest % slotCount];
        return std::max(0.0, t - asyncArrivalOfOldest(c.waiting, c.arrived, c.fromS, c.toS));
    }
};

// An SQS poll wire's figures for one step, kept for the next: under steady traffic the same
// pollers, backlog and arrivals give the same figures.
struct PollStepMemo
{
    double from = -1, start = -1, arrivals = -1;  // the inputs
    SqsRampStart rampStart;
    // serving, invocationShare, busyPeak: SqsStepPlan's.
    double settle = 0, ceiling = 0, rampTo = 0, serving = 0, invocationShare = 1, busyPeak = 0, peakWithin = 0, waitWithin = 0;
};

struct PollState
{
    double backlog = 0;
    double pollers = Simulator::sqsPollersStart;
    double invocations = 0;   // scratch: demanded this step
    double needed = 0;        // scratch: invocations wanted before the cap
    double takeable = 0;      // scratch: what those invocations could take in full batches
    double rampTo = 0;        // scratch: SQS pollers by the step's end while messages wait
    double settleTo = 0;      // scratch: the busy pollers the step's arrivals settle at (0: five)
    double ceiling = 0;       // scratch: what those busy pollers seldom pass
    double busyPeak = 0;      // scratch: the pollers all busy while messages wait (0: none waited)
    double peakWithin = 0;    // the most messages waiting within any step, as a fluid (SQS)
    double waitWithin = 0;    // scratch: the longest wait within the step (SQS)
    double arrived = 0;       // scratch: what joined the backlog this step
    FifoAge oldest;           // the age of the oldest waiting, first in, first out
    // The chunk's steps whose oldest-message age `oldest` works out once the chunk's loop is
    // done (settleAges): a call inside the vector loop would cost it its registers, and a chunk
    // stepped again (the pool ran short) must not count its steps twice.
    struct AgingStep
    {
        double elapsed, arrived, consumed, queued;  // queued 0: none waits
    };
    std::vector<AgingStep> aging;
    bool agingNow = false;  // scratch: `oldest` holds messages after the steps recorded so far
    void beginAging()
    {
        aging.clear();
        agingNow = !oldest.idle();
    }
    // Ages the recorded steps; returns the oldest age among them (never older than the run).
    double settleAges(double dt)
    {
        double peak = 0;
        for (const AgingStep &a : aging)
            peak = std::max(peak, std::min(a.elapsed, oldest.step(a.elapsed - dt, dt, a.arrived, a.consumed, a.queued)));
        aging.clear();
        return peak;
    }
    SqsPollerEquilibrium equilibrium;
    BusyQueuePeaks busyQueue;  // an SQS queue's random peak while its function's servers are all busy
    StreamPeaks streamPeaks;   // a stream's records and IteratorAge at their random peaks
    PollStepMemo memo;
};

struct NodeState
{

    // Lambda
    double warm = 0;
    double tokens = 0;
    int asyncQueue = -1;
    double attempts = 1;      // invocations per async event: 1 + f + f^2 ... with retries
    double finalFailure = 0;  // share of async events failing after all retries
    // Containers
    double units = 0, pending = 0, readyAt = 0, belowTargetS = 0, backlog = 0;
    FifoAge backlogAge;  // of the requests in the fleet's queue
    bool backlogWaits = false;  // the queue held requests at the last step
    double tickArrivals = 0, tickS = 0;  // what arrived since target tracking last decided, over how long
    // Totals
    double arrivals = 0, invocations = 0, throttled = 0, coldStarts = 0;
    double expired = 0, failed = 0, toFailure = 0, dropped = 0, peakAge = 0;
    double cumulativeCost = 0;
    CostModel::Usage usage{};
    queueing::LatencyMix latency;  // fleets with random arrivals: waits of the requests served
    double minuteServed = 0;       // of them, served this minute not behind a standing queue
};

// A poll wire into a Lambda, with the buffers it reads and reports into.
struct PollWire
{
    const SimGraph::Wire *wire = nullptr;
    PollState *state = nullptr;
    const double *in = nullptr;  // events arriving per step
    double *waiting = nullptr;   // backlog left per position (the stream's or queue's series)
    double perBatch = 1;         // 1 / the wire's batch size
};

// One Lambda function over one chunk: what stepLambda reads and writes.
struct LambdaChunk
{
    const SimGraph::Node *node = nullptr;
    NodeState *state = nullptr;
    AsyncQueue *queue = nullptr;
    queueing::OccupancyFeed *occupancy = nullptr;  // random arrivals only
    const PollWire *polls = nullptr;
    int pollCount = 0;
    int len = 0;
    const int *posOf = nullptr;
    double t0 = 0, dt = 1;
    double peaksFromS = 0, peaksToS = 0;  // SimulationOptions
    double unreservedPool = 0, reclaimKeep = 1, refill = 0, legacyRefill = 0;
    double accountLevel = 0;  // legacy scaling: the account's burst bucket at the chunk's start
    const double *inSync = nullptr, *inAsync = nullptr;
    double *poolFree = nullptr, *legacyUsed = nullptr;
    // Per step: the pool shared by the functions of this depth that draw on it (sharePool);
    // null while it is far from its limit all chunk long.
    const PoolShare *poolShares = nullptr;
    // Per step, when a run in parts asks: the most pool left beyond what it takes that a
    // function with random arrivals drawing on the pool could still reach (poolReach − what
    // it took), raised by each such function; else null.
    double *poolReach = nullptr;
    double *out = nullptr, *lost = nullptr;
    double *gbs = nullptr, *gbsProvisioned = nullptr;  // with provisioned concurrency only
    double *series[SimulationResults::seriesCount] = {};
};

// The Lambda step is one body (lambdastep.cpp), a template on the lane type: stepLambda
// instantiates it on double for one function, stepLambdaLanes on vectors for a run.

// Runs one Lambda function over one chunk, in a loop compiled for its shape (scaling model,
// async queue or not, no, one or several poll wires), so each function runs only the work
// it has, with its state in registers.
void stepLambda(const LambdaChunk &c, bool legacy);

// Up to four functions of one shape (async queue or not, no or one poll wire; the 2023
// scaling model) over one chunk, one per lane of four-double vectors (two-double ones for a
// run of two): the chains of dependent steps advance at once. Lanes `count` .. 3 are
// fillers: they read zeros and write to scratch. Each real lane gets the same bits as
// stepLambda on its own (the same body), and the account pool is taken lane by lane in
// order; the series go to series4[series][position * 4 + lane] instead of LambdaChunk::series.
//
// The account pool: with exactPool, each step checks in order whether every pooled lane fits
// in what the ones before it left. Without, the loop records what each pooled lane takes
// (in `taken`, chunkCap rows of four) and checks every step at once after it, which is
// cheaper; if a lane did not fit, nothing is written back (no state, no pool) and
// stepLambdaLanes returns false, so the caller steps the run again with exactPool.
struct LambdaLanes
{
    LambdaChunk lane[4];
    int count = 0;
    bool sync = true;  // false: no lane has sync events this chunk (every inSync is zeros)
    // false: every lane's Served and Utilization are derived from its Concurrency (long
    // buckets), so nothing reads them and they are not stored.
    bool storeDerived = true;
    // false: every lane's Arrivals are its one input (oneInput), read from there (long
    // buckets), so they are not stored.
    bool storeArrivals = true;
    bool exactPool = false;
    double *taken = nullptr;
    double *series4[SimulationResults::seriesCount] = {};

    // Lane j's Arrivals, when the step's sum of inputs has one term: sync events alone (no
    // queue, no poll wire), or the queue's or the poll wire's alone when no lane has sync
    // events this chunk (the step then leaves the sync terms out); else null.
    const double *oneInput(int j) const;
};
bool stepLambdaLanes(const LambdaLanes &lanes);

// What the first `lanes` (2 or 4) lanes took from the account pool at each step (rows of four
// in `taken`), in lane order: when none took more than the ones before it left, the pool
// becomes what is left after them all (a plain difference, lane after lane, as the check at
// each step gives) and true; else the pool stays as it was and false.
bool takeFromPool(double *poolFree, const double *taken, int len, int lanes);

} // namespace archscope::sim
