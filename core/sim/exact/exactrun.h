#pragma once

#include "exactengine.h"
#include "eventheap.h"
#include "exactrandom.h"
#include "loghistogram.h"
#include "ringqueue.h"

#include "sim/simgraph.h"

#include <algorithm>
#include <vector>

// The exact engine's state and event loop (one run), shared by exactrun.cpp (events, arrivals,
// delivery, results) and exactcompute.cpp (functions and fleets).
namespace archscope::exact {

enum class EventKind : unsigned char { Arrival, Done, Wake, Retry, UnitsReady, ScaleTick };
// What a finished invocation was serving.
enum class Work : unsigned char { Sync, Async, Poll, Fleet };

// One scheduled event, 24 bytes: the heap is a vector of these.
struct Event
{
    double t;
    double x;       // Done/Retry of async work: when the event first reached the function; a stream's batch: its lane
    int node;
    unsigned aux;   // kind | work << 3 | provisioned << 5 | attempt << 6 | timed out << 8 | poll wire + 1 << 9
};

struct Queued
{
    double receivedAt;  // first receipt (the age limit counts from here)
    double queuedAt;    // joined this queue (the wait counts from here)
    int attempt;
    int path;           // sync path, or -1
};

struct NodeStats
{
    double arrivals = 0, invocations = 0, throttled = 0, coldStarts = 0, errors = 0;
    double expired = 0, failed = 0, toFailure = 0, dropped = 0;
    long long backlog = 0, peakBacklog = 0;
    int busy = 0, minuteMax = 0;
    double minuteThrottles = 0;
    double busyArea = 0, lastChange = 0;
    double unitArea = 0, unitsAt = 0;
    double maxAge = 0, maxSqsAge = 0, maxIteratorAge = 0, maxAsyncAge = 0;
    int peakUnits = 0;
    LogHistogram duration, wait;
    std::vector<float> concurrencyPerMinute, throttlesPerMinute;
};

// New execution environments allowed: a bucket of `cap` refilled at `perS`.
struct ScalingBucket
{
    double tokens = 0, at = 0, perS = 1, cap = 1;
    void refill(double t)
    {
        tokens = std::min(cap, tokens + (t - at) * perS);
        at = t;
    }
};

struct LambdaState
{
    int limit = 0;             // reserved concurrency, or a large number when pooled
    bool pooled = true;
    int provisioned = 0, provisionedBusy = 0;
    RingQueue<double> idleSince;  // warm on-demand environments, oldest idle first
    ScalingBucket scaling;     // the 2023 model: per function
    RingQueue<Queued> async;
    double wakeAt = -1;        // a Wake is scheduled for then (or -1)
    bool waitingForPool = false;
    Lognormal duration;
};

// One of a stream's batch lanes (a shard, or a part of its partition keys under a
// parallelization factor): a FIFO of records with a batch at a time.
struct StreamLane
{
    RingQueue<Queued> records;
    bool busy = false;
    bool ready = false;  // listed in PollQueue::ready
};

struct PollQueue
{
    int wire = -1;             // index into SimGraph::outWires
    RingQueue<Queued> messages;  // an SQS queue's
    int inflight = 0;
    double pollers = 0, pollersAt = 0;
    // A stream: records go to a lane at random (random partition keys); the lanes with
    // records and no batch running, in the order they became so, are the next to invoke.
    std::vector<StreamLane> lanes;
    RingQueue<int> ready;
};

struct FleetState
{
    int units = 0, pending = 0, slotsPerUnit = 1;
    double readyAt = 0, belowS = 0, arrivalsThisTick = 0;
    RingQueue<Queued> queue;
    Lognormal service;
};

struct Source
{
    int node = -1;
    double segmentEnd = -1, rate = 0;
};

class ExactRun
{
public:
    ExactRun(const SimGraph &graph, const ExactOptions &options);
    ExactResults run(const ExactEngine::Progress &progress);

private:
    // exactrun.cpp
    void push(double t, EventKind kind, int node, unsigned aux = 0, double x = 0);
    double nextArrival(Source &source, double t);
    void sendOn(int node, double t, bool failures, int source);
    void receive(int wire, double t, int source);
    int pathFor(int source, int compute);
    void setBusy(int node, int busy, double t);
    void addBacklog(int node, long long delta);
    void countThrottle(int node);
    void startMeasuring();
    void closeMinute();
    void finish(ExactResults &results);
    // exactcompute.cpp
    void lambdaSync(int node, double t, int path);
    void lambdaQueue(int node, int wire, double t, int path);
    void lambdaDispatch(int node, double t);
    void lambdaDone(const Event &e);
    void lambdaRetry(const Event &e);
    enum class Refusal { None, Capped, Pool, Scaling };
    Refusal acquire(int node, double t, bool *cold, bool *provisioned);
    double start(int node, double t, Work work, bool cold, bool provisioned, int attempt, int poll, double receivedAt);
    void afterRefusal(int node, double t, Refusal refusal);
    void afterPollers(int node, double when);
    void failAsync(int node, double t);
    void fleetReceive(int node, double t, int path);
    void fleetDispatch(int node, double t);
    void fleetDone(const Event &e);
    void fleetTick(int node, double t);
    void fleetReady(int node, double t);
    void setUnits(int node, int units, double t);
    void recordAges(int node, const SimGraph::Wire *wire, double oldestS, double lastS);
    bool startStreamBatch(int node, const SimGraph::Wire &wire, PollQueue &p, double t);
    void markReady(PollQueue &p, int lane);

    const SimGraph &m_g;
    ExactOptions m_options;
    Rng m_rng;
    double m_start = 0, m_from = 0, m_to = 0;
    bool m_measuring = false;
    double m_nextMinute = 0;
    EventHeap<Event> m_heap;
    std::vector<Source> m_sources;
    std::vector<NodeStats> m_stats;
    std::vector<LambdaState> m_lambda;   // per node (empty for other roles)
    std::vector<FleetState> m_fleet;
    std::vector<PollQueue> m_polls;      // per poll wire (Wire::pollIndex)
    std::vector<int> m_waitingForPool;   // pooled functions with work waiting for the pool
    std::vector<int> m_poolScratch;
    int m_pool = 0, m_poolBusy = 0;
    ScalingBucket m_accountScaling;      // the legacy model: one burst bucket per account
    struct Path { int source, compute; LogHistogram latency; qint64 throttled = 0; };
    std::vector<Path> m_paths;
    std::vector<std::vector<int>> m_pathsOf;  // per compute node: indices into m_paths
};

} // namespace archscope::exact
