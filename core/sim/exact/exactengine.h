#pragma once

#include "sim/simulationoptions.h"
#include "sim/simulationresults.h"
#include "sim/simulator.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace archscope {

class Catalog;
class SimGraph;
struct DocumentData;

// What to simulate request by request: the window, the seed, the account and the budget.
struct ExactOptions
{
    double fromS = 0;             // the measured window [fromS, toS) in seconds from the start
    double toS = 3600;
    double warmUpS = 0;           // simulated before fromS, not measured (warm pools, queues)
    qint64 seed = 1;
    double accountConcurrency = 1000;
    bool legacyScaling = false;   // Lambda's scaling before 2023 (SimulationOptions::legacyScaling)
    double eventBudget = 50e6;    // events (arrivals, completions, timers) the run may take
    bool cutToBudget = false;     // over budget: shorten the window (else refuse)

    // The seed and the account's settings of a fast run, over [fromS, toS).
    static ExactOptions from(const SimulationOptions &fast, double fromS, double toS)
    {
        ExactOptions o;
        o.fromS = fromS;
        o.toS = toS;
        o.seed = fast.seed;
        o.accountConcurrency = fast.accountConcurrency;
        o.legacyScaling = fast.legacyScaling;
        return o;
    }
};

// The exact engine's figures: per node the fast model's NodeSummary fields where they mean
// the same, and what only a per-request run can see (percentiles, ages, per-minute peaks).
struct ExactResults
{
    struct Percentiles
    {
        double p50 = 0, p95 = 0, p99 = 0, mean = 0, max = 0;
        qint64 count = 0;
    };

    struct NodeResult
    {
        // id, kind, label, arrivals, invocations (Lambda: attempts started; fleets: requests
        // served), throttled (sync 429s, new async events that had to wait, fleets' 503s),
        // coldStarts, peakConcurrency (the
        // largest per-minute Maximum of ConcurrentExecutions: executions in progress, init
        // included; fleets: requests in service), meanConcurrency, peakBacklog (events
        // waiting: async queue, poll wires, fleet queue; on a queue or stream the poll
        // wires it feeds), peakIteratorAgeS (oldest waiting event of any kind), mean and peak
        // utilization (of the reserved concurrency or the account pool; fleets: of the slots
        // running, the peak as peakConcurrency over peakUnits' slots), expired,
        // failed (async events after their retries), toFailureDestination, dropped; the
        // CloudWatch metrics Duration and the ages (maxAgeOfOldestMessageS on SQS queues,
        // maxIteratorAgeS on streams and the functions reading them, maxAsyncEventAgeS on
        // functions invoked asynchronously).
        SimulationResults::NodeSummary summary;
        double errors = 0;        // Errors: failed invocations (errorRate, timeouts), retries included
        Percentiles duration;     // Duration with init (compute)
        Percentiles wait;         // time queued before an invocation started (queued work)
        double peakUnits = 0, meanUnits = 0;           // fleets: tasks or instances running
        std::vector<float> concurrencyMaxPerMinute;    // ConcurrentExecutions, Maximum
        std::vector<float> throttlesPerMinute;         // Throttles, Sum
    };

    // Requests from a source along sync wires (through relays) into one compute node:
    // end-to-end latency = wait + init when cold + duration.
    struct SyncPath
    {
        QString sourceId;
        QString computeId;
        Percentiles latency;
        qint64 throttled = 0;
    };

    double fromS = 0, toS = 0;    // the measured window (toS cut when over budget)
    qint64 seed = 0;
    qint64 events = 0;            // events the run processed (warm-up included)
    double expectedEvents = 0;    // the estimate checked against the budget
    QString error;                // non-empty: nothing (or only part) was simulated
    QStringList warnings;
    bool cancelled = false;
    QList<NodeResult> nodes;      // document order
    QList<SyncPath> paths;
    static constexpr const char *percentileMethod = "log-histogram, 32 bins per doubling (within 1.6 %)";

    bool ok() const { return error.isEmpty() && !cancelled; }
    const NodeResult *node(const QString &id) const;
};

// The discrete-event simulation of every request (DESIGN.md, "The exact engine"): Poisson
// arrivals, lognormal durations, every cap, ramp, pool, batch, retry and failure route of the
// fast model, execution environments that start cold, stay warm and are reclaimed.
// Single-threaded and deterministic: the same graph, options and seed give the same bits.
class ExactEngine
{
public:
    // Called every 65,536 events with the fraction of the window done; false stops the run.
    using Progress = std::function<bool(double fraction)>;

    static ExactResults run(const DocumentData &data, const Catalog &catalog, const ExactOptions &options,
                            const Progress &progress = {});
    static ExactResults run(const SimGraph &graph, const ExactOptions &options, const Progress &progress = {});
    // Events a run over the options' window is expected to take (arrivals and completions).
    static double expectedEvents(const SimGraph &graph, const ExactOptions &options);
    // The default window's start: the `lengthS` of the fast run with the most events arriving
    // at its nodes (0 when the horizon is shorter).
    static double busiestWindow(const SimulationResults &fast, double lengthS = 3600);

    static constexpr double scaleTickS = Simulator::scaleTickS;  // target tracking reads a one-minute metric
};

} // namespace archscope
