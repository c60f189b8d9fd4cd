#pragma once

#include "simulator.h"

namespace archscope {

class Catalog;
class SimGraph;
struct SimulationOptions;
class SimulationResults;

namespace sim {

// A diagram whose parts no wire joins, stepped part by part on several threads (DESIGN.md,
// "Simulation"). The parts share only the account's pool of unreserved concurrency. While
// that pool covers every function's use with room for the largest random peak, no function
// can feel the others, and the parts are stepped side by side; a run in which the pool comes
// nearer is stepped again whole, one node after the other, so its functions share the pool
// in step order. Either way the results do not depend on the number of threads.
enum class PartsOutcome { Done, Cancelled, Whole };

// Fills `r` (its horizon, step and buckets already set) and returns Done or Cancelled; or
// returns Whole when the diagram is to be stepped whole (a whole run sets `r` afresh): it is
// one part, the options ask for it, legacy scaling couples every function, or the pool came
// near.
PartsOutcome runInParts(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                        SimulationResults &r, const Simulator::Progress &progress);

// The room a run in parts leaves in the account's pool for the random peaks of the functions
// with random arrivals, when they use `used` of it on average at a step: beyond the reach
// of the occupancy model's levels (nine deviations and twenty above the load).
double poolRoomForPeaks(double used);

} // namespace sim
} // namespace archscope
