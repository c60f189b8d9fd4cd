#pragma once

#include "model/problem.h"

#include <QList>

namespace archscope {

class Catalog;
class SimulationResults;
struct DocumentData;

// Reads a finished simulation for what a reviewer must hear about, as warnings naming the node
// and the figure: compute at the limit of its capacity, a backlog that grows and never drains,
// invocations that run past their timeout, and throttled requests. They come from results, so they change when a run finishes, and as
// warnings they never fail `validate`.
class SimulationProblems
{
public:
    // Utilization from which a node counts as full (a fleet at its maximum, a function at its
    // concurrency limit).
    static constexpr double saturatedUtilization = 0.99;
    // The share of a function's invocations past its timeout from which it is said (one in a
    // thousand: the slow tail a timeout a few times the mean still cuts is not news).
    static constexpr double timedOutShare = 0.001;

    // `data` is the diagram the results are of (for each node's limits).
    static QList<Problem> check(const SimulationResults &results, const DocumentData &data, const Catalog &catalog);
};

} // namespace archscope
