#pragma once

// A plain reference stepper for the simulator: the oracle Simulator::run is compared with
// (tst_referencestepper). Every step, every node in the step order, one at a time: take its
// inputs, apply its role's step, pass its outputs on. No chunks, lanes, derived series or
// skipping of zero spans; written to be read, not to be fast.

#include "sim/simulationoptions.h"
#include "sim/simulationresults.h"

#include <array>
#include <vector>

namespace archscope {
class Catalog;
class SimGraph;
} // namespace archscope

namespace archscope::reference {

// One series' buckets in double precision (the engine rounds them to float).
struct Buckets
{
    std::vector<double> min, max, mean;
};

struct ReferenceResults
{
    // The run description, the node and wire summaries and the bills, as Simulator::run
    // gives them; its series hold the buckets below rounded to float.
    SimulationResults results;
    std::vector<std::array<Buckets, SimulationResults::seriesCount>> nodeSeries;  // [node][series]
    std::array<Buckets, SimulationResults::seriesCount> totalSeries;              // the diagram's row
};

ReferenceResults referenceRun(const SimGraph &graph, const Catalog &catalog, const SimulationOptions &options);

} // namespace archscope::reference
