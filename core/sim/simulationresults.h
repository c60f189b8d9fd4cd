#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace archscope {

// What a simulation produced, ready for charts: per node a summary, itemised cost and
// decimated series (at most maxBuckets buckets of min / max / mean each over the horizon),
// the same for the whole diagram, and the totals (DESIGN.md, "Simulation" / "Results").
class SimulationResults
{
public:
    // The series kept per node. Flows are rates (per second) averaged over a step; levels
    // (concurrency, backlog, cost) are values at the end of a step.
    enum class Series {
        Arrivals,        // events/s reaching the node (external + from wires)
        Served,          // events/s passed on (sources) or invocations/s run (compute)
        Concurrency,     // Lambda: environments busy; containers and EC2: tasks or instances running
        Utilization,     // 0..1: busy share of the concurrency limit or of provisioned capacity
        Throttled,       // events/s refused (sync 429s, async events that had to wait, 503s)
        Backlog,         // events waiting: async queue, stream or queue backlog, container queue
        ColdStarts,      // new execution environments per second (Lambda)
        CostRate,        // USD per hour at list price (before any free tier)
        CumulativeCost,  // USD since the start, at list price (before any free tier)
        // Lambda: ConcurrentExecutions as CloudWatch shows it, the Maximum per minute (with
        // random arrivals, the expected largest occupancy of the last minute; else Concurrency)
        ConcurrencyMax,
        Count
    };
    static constexpr int seriesCount = static_cast<int>(Series::Count);
    enum class Statistic { Min, Max, Mean };

    // A series' values per bucket. Implicitly shared: a run that takes a part of the diagram
    // from the last run (an edit elsewhere) shares its series rather than copying them, and
    // copies handed to the GUI cost nothing.
    using Values = QList<float>;
    // One series, decimated: bucket i covers [i * bucketS, (i + 1) * bucketS) of simulated time.
    struct DecimatedSeries
    {
        Values min;
        Values max;
        Values mean;
    };

    // One line of a node's bill.
    struct CostItem
    {
        QString name;      // stable id: "requests", "gbSeconds", "freeTier", ...
        QString label;     // translated, for tables and legends
        double quantity = 0;
        QString unit;      // "requests", "GB-s", "vCPU-hours", ...
        double usd = 0;    // negative for the free tier
    };

    // The totals of one node over the horizon.
    struct NodeSummary
    {
        QString id;
        QString kind;
        QString label;
        double arrivals = 0;         // events that reached the node
        double invocations = 0;      // compute: invocations run (Lambda, retries included) or
                                     // requests served (containers); sources: events passed on
        double throttled = 0;        // refused: sync throttles + async events that had to wait
        double coldStarts = 0;
        // Lambda: invocations that failed (CloudWatch's Errors, retries included), and of them
        // those whose duration ran past the timeout (the fast model's expectation).
        double errors = 0, timedOut = 0;
        double peakConcurrency = 0;  // Lambda environments busy; containers: tasks/instances
        double meanConcurrency = 0;
        double peakBacklog = 0;
        double peakIteratorAgeS = 0; // oldest waiting event (streams, queues, async queue)
        double meanUtilization = 0;
        double peakUtilization = 0;  // saturation: 1 = at the concurrency limit / full fleet
        double expired = 0;          // async events older than 6 h
        double failed = 0;           // async events failed after their retries
        double toFailureDestination = 0;  // of expired + failed, sent along a failure wire
        double dropped = 0;          // of expired + failed, lost (no failure wire)
        double costUsd = 0;          // after the free tier
        QList<CostItem> items;
        struct Percentiles
        {
            double p50S = 0, p95S = 0, p99S = 0, count = 0;
        };
        // Compute invoked synchronously: end-to-end latency (wait + init when cold +
        // duration) of the requests served; `count` 0 when none was.
        Percentiles latency;
        // Compute: CloudWatch's Duration, with the init of cold starts (Lambda) or a
        // request's time in service (fleets); `count` 0 when nothing ran.
        Percentiles duration;
        // Ages as CloudWatch names them, the largest over the run; `noAge` where the node
        // has no such metric (SimGraph::ageMetrics says which it has).
        static constexpr double noAge = -1;
        double maxAgeOfOldestMessageS = noAge;  // ApproximateAgeOfOldestMessage: an SQS queue
        double maxIteratorAgeS = noAge;         // IteratorAge (a batch's last record): a stream and the functions reading it
        double maxAsyncEventAgeS = noAge;       // AsyncEventAge: a function invoked asynchronously
        // The ages the node has: CloudWatch's name, the key in `simulate --json`, the value.
        struct Age
        {
            QLatin1String metric, jsonKey;
            double seconds = 0;
        };
        QList<Age> ages() const;
    };

    // --- run description
    double horizonS = 0;
    double stepS = 0;         // the step run: finer than asked under short bursts (Simulator::resolutionS)
    double stepAskedS = 0;    // the step the options asked for
    // Why the run stepped finer than asked, in the user's words (empty when it did not).
    QString finerStepNote() const;
    qint64 steps = 0;
    qint64 seed = 0;
    bool freeTier = false;
    QString region;
    QString pricesAsOf;       // the newest `asOf` among the prices used
    QString error;            // non-empty: nothing was simulated (e.g. a cycle of wires)
    QStringList warnings;     // wires ignored and the like; the run still completed
    bool cancelled = false;

    // --- decimation
    qint64 bucketSteps = 1;   // simulation steps per bucket
    double bucketS = 0;       // seconds per bucket
    int bucketCount = 0;
    static constexpr int maxBuckets = 2000;

    // Events carried by one wire (for labels on the canvas); failure wires carry only
    // failed and expired events. Refused wires are absent.
    struct WireSummary
    {
        QString id;
        QString from;
        QString to;
        double events = 0;
        double meanRatePerS = 0;
        double peakRatePerS = 0;  // the busiest step
    };

    // --- totals
    QList<NodeSummary> nodes;  // in document order
    QList<WireSummary> wires;
    double totalCostUsd = 0;   // after the free tier
    double monthlyProjectionUsd = 0;  // totalCostUsd scaled to a 30-day month
    static constexpr double monthS = 30 * 86400.0;

    // --- series, indexed [node][series]; the diagram's own series are totalSeries (sums of
    // the nodes; its Concurrency is the account's Lambda concurrency in use). A series the
    // node's role never sets (a relay's concurrency) is left empty: series() gives `zeros`.
    std::vector<std::array<DecimatedSeries, seriesCount>> nodeSeries;
    std::array<DecimatedSeries, seriesCount> totalSeries;
    DecimatedSeries zeros;  // bucketCount buckets of 0

    // Events per step reaching SimulationOptions::captureArrivalsOf (empty unless asked).
    std::vector<double> capturedArrivals;

    bool ok() const { return error.isEmpty() && !cancelled; }
    int nodeIndex(const QString &id) const;
    const NodeSummary *node(const QString &id) const;
    // A series ready for a chart: x = the bucket's middle in seconds from the start.
    // node -1 means the whole diagram.
    QList<QPointF> points(int node, Series series, Statistic statistic = Statistic::Mean) const;
    const DecimatedSeries &series(int node, Series series) const;
    double bucketStart(int bucket) const { return bucket * bucketS; }
    // The buckets that overlap [fromS, toS), as [first, last).
    std::pair<int, int> bucketsWithin(double fromS, double toS) const;
    // The largest bucket Maximum of a series among those buckets.
    double maxWithin(int node, Series series, double fromS, double toS) const;
    // The bucket value at simulated time tS (for a play-mode cursor); 0 outside the horizon.
    double valueAt(int node, Series series, double tS, Statistic statistic = Statistic::Mean) const;
    static QString seriesId(Series series);  // stable: "arrivals", "costRate", ...
    // What a chart of peak concurrency plots for a node: ConcurrencyMax where the node has it
    // (a function: CloudWatch's ConcurrentExecutions, Maximum per minute), else Concurrency
    // (a fleet's tasks or instances running).
    Series peakConcurrencySeries(int node) const;
};

} // namespace archscope
