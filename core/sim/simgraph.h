#pragma once

#include "costmodel.h"
#include "trafficprofile.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace archscope {

class Catalog;
struct DocumentData;

// A diagram compiled for the simulator: nodes and wires as plain numbers and indices in
// topological order, so the step loop does no lookups, string work or allocation.
class SimGraph
{
public:
    // From the kind's simulation model: relay (and none) → Relay, function → Lambda (its
    // physics), fleet → Container (tasks or instances).
    enum class Role : unsigned char { Relay, Lambda, Container };
    // Where a wire delivers into its target.
    enum class Slot : unsigned char { Sync, Async, Poll, Other };

    struct Wire
    {
        int from = -1;
        int to = -1;
        Slot slot = Slot::Other;
        bool failure = false;   // a Lambda failure route (carries only failed/expired events)
        double ratio = 1;
        // A stream or queue read by its consumer (a function's event source mapping, or a
        // fleet's workers).
        bool polled = false;
        // Poll wires into Lambda (stream or queue): their own backlog and concurrency cap.
        int pollIndex = -1;
        bool queue = false;     // SQS poller ramp (else a stream: shards x parallelization)
        double batchSize = 1;
        double streamCap = 1;   // shards x parallelization factor
        double maxConcurrency = 1000;
        QString id;
    };

    struct Node
    {
        QString id;
        QString kind;
        QString label;
        Role role = Role::Relay;
        bool hasTraffic = false;
        TrafficProfile traffic;
        unsigned long long noiseSeed = 0;  // a hash of the id
        // Relay prices: USD per event passing and USD per second standing (from CostModel).
        double usdPerEvent = 0;
        double usdPerSecond = 0;
        // Lambda
        double durationS = 0.1;       // Lambda; fleets: one request's time in service (exact engine)
        // The lognormal's mean the durations are drawn from, before a timeout cuts them (Lambda;
        // durationS is the mean run once cut).
        double drawnDurationS = 0.1;
        double durationCv = 0.5;      // coefficient of variation of the duration (0: fixed)
        double billedDurationS = 0.1; // duration rounded up to 1 ms (capped by the timeout)
        double memoryGb = 0.125;
        double coldStartS = 0.25;
        // Invocations that fail: drawn at this rate (the file's `errorRate`; 1 when the mean
        // duration passes the timeout), and those whose duration passes the timeout (the
        // lognormal's tail; the exact engine draws the durations and sees them itself).
        double failureRate = 0;
        double timeoutShare = 0;
        // The fast model's share of invocations that fail, either way.
        double failureShare() const { return 1 - (1 - failureRate) * (1 - timeoutShare); }
        double timeoutS = 3;          // the exact engine cuts (and fails) longer draws here
        int retries = 2;
        double reserved = -1;         // < 0: shares the account pool
        double provisioned = 0;
        double usdPerRequest = 0;
        double usdPerGbS = 0;
        double usdPerProvisionedGbS = 0;          // standing, per configured environment
        double usdPerProvisionedDurationGbS = 0;  // invocations run on provisioned environments
        // Containers and instances
        double unitCapacity = 1;      // requests/s one task or instance serves
        double minUnits = 0;
        double maxUnits = 1;
        double targetUtilization = 0.7;
        double launchDelayS = 60;
        double usdPerUnitSecond = 0;
        double usdPerSecondFixed = 0; // EKS control plane
        bool syncOnly = false;        // fed only by sync wires: a short queue, then 503s
        // Wiring, as ranges into SimGraph::outWires / pollIn
        int outBegin = 0, outEnd = 0;
        int pollBegin = 0, pollEnd = 0;
        bool hasFailureWire = false;
        bool hasAsyncInput = false;
        int level = 0;                // the longest path from a source: one level never feeds itself
        // Requests reach it at random (from a source with Poisson noise, through any wires):
        // the queueing layer then adds the peaks, throttles and waits a mean flow hides.
        bool randomArrivals = false;
    };

    // Compiles `data`; refused wires are skipped with a warning; a cycle is an error.
    static SimGraph compile(const DocumentData &data, const Catalog &catalog);
    // Nodes of one role and shape (for Lambda: async queue or not, none, one or several poll
    // wires) run the same step code; `order` keeps them together within a depth.
    static int stepShape(const Node &node);

    // The ages CloudWatch reports for node i: ApproximateAgeOfOldestMessage for an SQS queue
    // a function polls, IteratorAge for a stream a function polls and for that function,
    // AsyncEventAge for a function invoked asynchronously.
    struct AgeMetrics
    {
        bool oldestMessage = false, iterator = false, asyncEvent = false;
    };
    AgeMetrics ageMetrics(int node) const;
    // Whether node i is a function an SQS wire feeds in batches of more than one message.
    bool waitsInBatches(int node) const;

    // The nodes no wire joins, in groups to step side by side: each connected component
    // whole in one group, at most `maxGroups` groups of about equal work, each group's nodes
    // in document order. The same graph always gives the same groups.
    std::vector<std::vector<int>> independentGroups(int maxGroups) const;
    // The graph of `nodes` (ascending indices, no wire to or from a node outside them): its
    // nodes, wires, poll wires and step order renumbered; `wireOf` receives each of its wires'
    // index here.
    SimGraph part(const std::vector<int> &nodes, std::vector<int> *wireOf) const;

    QList<Node> nodes;             // document order
    std::vector<int> order;        // step order: topological, by depth then shape (node indices)
    std::vector<Wire> outWires;    // grouped by source node (Node::outBegin..outEnd)
    std::vector<int> pollIn;       // per node (Node::pollBegin..pollEnd): indices into outWires
    QList<QList<CostModel::Line>> costLines;  // per node: what the step loop charges for
    int pollWireCount = 0;
    QString pricesAsOf;
    QString error;
    QStringList warnings;
};

} // namespace archscope
