#pragma once

#include "simulator.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace archscope {

class Catalog;
class SimGraph;
struct DocumentData;
struct SimulationOptions;
class SimulationResults;

namespace sim {

// A diagram whose parts no wire joins, stepped part by part on several threads (DESIGN.md,
// "Simulation"). The parts share only the account's pool of unreserved concurrency. While
// every function, stepped after the others of its depth and of shallower ones, would still
// find the pool beyond the reach of its random peaks, no function reads what the others left
// (poolSeen), and the parts are stepped side by side with the whole run's figures; a run in
// which the pool comes nearer is stepped again whole, one node after the other, so its
// functions share the pool in step order. Either way the results do not depend on the number
// of threads.
enum class PartsOutcome { Done, Cancelled, Whole };

// What a run in parts keeps for the next (SimulationRunner's, as the diagram is edited): the
// results it gave and, per part, what the part was stepped from and, step by step, its row
// of the diagram and its use of the pool. A part whose nodes and wires are as they were is
// not stepped again. Runs of more than maxSteps steps keep nothing.
class PartsCache
{
public:
    static constexpr qint64 maxSteps = 50000;
    void clear();
    // How many parts the last run in parts stepped, and how many it took from here.
    int stepped() const { return m_stepped; }
    int reused() const { return m_reused; }

    struct Part;

private:
    friend class archscope::Simulator;
    friend PartsOutcome runInParts(const SimGraph &, const Catalog &, const SimulationOptions &, SimulationResults &,
                                   const Simulator::Progress &, const DocumentData *, PartsCache *);
    // The results of the run that found the parts pending, once they are shared.
    void adopt(const std::shared_ptr<const SimulationResults> &results);

    QByteArray m_runKey;
    std::shared_ptr<const SimulationResults> m_results;
    std::vector<std::shared_ptr<const Part>> m_parts, m_pending;
    bool m_hasPending = false;
    int m_stepped = 0, m_reused = 0;
};

// Fills `r` (its horizon, step and buckets already set) and returns Done or Cancelled; or
// returns Whole when the diagram is to be stepped whole (a whole run sets `r` afresh): it is
// one part, the options ask for it, legacy scaling couples every function, or the pool came
// near. With `cache` (and `data`, what `g` was compiled from), parts found there are not
// stepped, and the parts of this run replace them.
PartsOutcome runInParts(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                        SimulationResults &r, const Simulator::Progress &progress, const DocumentData *data = nullptr,
                        PartsCache *cache = nullptr);

} // namespace sim
} // namespace archscope
