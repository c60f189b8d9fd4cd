#include "simulationrun.h"

#include "latency.h"

#include <algorithm>
#include <limits>

// SimulationRun's metrics as CloudWatch names them (DESIGN.md, "Metrics, named as CloudWatch
// names them") that follow from the run once every step is done: Duration percentiles and
// the ages of waiting events.
namespace archscope::sim {

void SimulationRun::summarizeMetrics()
{
    std::vector<double> waitingAge(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        SimulationResults::NodeSummary &sum = r.nodes[i];
        if (node.role != SimGraph::Role::Relay && sum.invocations > 0) {
            // Duration (with init when cold): no wait, a share of the requests starting cold.
            queueing::LatencyMix mix;
            mix.requests = sum.invocations;
            const bool lambda = node.role == SimGraph::Role::Lambda;
            mix.cold = lambda ? sum.coldStarts : 0.0;
            const queueing::LatencyPercentiles p = queueing::latencyPercentiles(
                mix, lambda ? node.drawnDurationS : fleetServiceS(node), node.durationCv, lambda ? node.coldStartS : 0.0,
                lambda ? node.timeoutS : std::numeric_limits<double>::infinity());
            sum.duration = {p.p50S, p.p95S, p.p99S, sum.invocations};
        }
        if (node.role == SimGraph::Role::Lambda)
            waitingAge[i] = waitingAgeS(st[i].peakAge, occupancyBacklog(g, i, occupancies[i]), node, node.durationS, sum.peakConcurrency);
        else if (node.role == SimGraph::Role::Container)  // slots: each a request at a time
            waitingAge[i] = waitingAgeS(st[i].peakAge, occupancyBacklog(g, i, occupancies[i]), node, fleetServiceS(node),
                                        sum.peakConcurrency * fleetSlotsPerUnit(node));
        const SimGraph::AgeMetrics ages = g.ageMetrics(i);
        if (ages.oldestMessage)
            sum.maxAgeOfOldestMessageS = 0;
        if (ages.iterator)
            sum.maxIteratorAgeS = 0;
        if (ages.asyncEvent)
            sum.maxAsyncEventAgeS = asyncEventAgeS(node, waitingAge[i], sum.invocations, headAges[st[i].asyncQueue],
                                                   sum.expired > 0);
    }
    // A queue's oldest message and a stream's iterator age are those its readers kept waiting
    // (a function's event source mapping, or a fleet's workers).
    for (const SimGraph::Wire &w : g.outWires) {
        if (!w.polled)
            continue;
        SimulationResults::NodeSummary &from = r.nodes[w.from];
        if (w.queue) {
            // The messages the function's servers kept waiting, those waiting for a poller, and
            // (held at its cap) those waiting for all its servers.
            const QueuePeaks q = w.pollIndex >= 0 ? queuePeaks[w.pollIndex] : QueuePeaks{};
            from.maxAgeOfOldestMessageS = std::max({from.maxAgeOfOldestMessageS, waitingAge[w.to], q.forPollerAgeS, q.busy.ageS});
        } else {
            // A function's lanes: the records its batches left behind (a fleet's workers: their queue).
            const double age = w.pollIndex >= 0 ? std::max(st[w.to].peakAge, streamAges[w.pollIndex]) : waitingAge[w.to];
            from.maxIteratorAgeS = std::max(from.maxIteratorAgeS, age);
            if (w.pollIndex >= 0)
                r.nodes[w.to].maxIteratorAgeS = std::max(r.nodes[w.to].maxIteratorAgeS, age);
        }
    }
}

} // namespace archscope::sim
