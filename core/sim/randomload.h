#pragma once

#include "queueing.h"

#include <algorithm>
#include <cmath>

// The queueing layer of the fast model (DESIGN.md, "Simulation"): what random arrivals add to
// a step's mean flow.
namespace archscope::sim {

// Less than a millionth of an environment is none: what rounding leaves of a used-up pool.
inline double wholeCapacity(double capacity)
{
    return capacity < 1e-6 ? 0.0 : capacity;
}

// Erlang-B, with a constant-time answer far below capacity (there it is under 1e-14).
inline double lossShare(double load, double servers)
{
    if (!(load > 0))
        return 0;
    if (servers - load > 8 * std::sqrt(load) + 20)
        return 0;
    return queueing::erlangB(load, servers);
}

// The shares of a step's sync work (refused beyond capacity: Erlang-B over all the work)
// and queued work (async, polled: it waits, so it takes what capacity the sync work leaves)
// that a function runs. Loads are in erlangs; capacity in environments.
struct ServedShares
{
    double sync = 1, queued = 1;
};
inline ServedShares servedShares(double syncLoad, double queuedLoad, double capacity)
{
    capacity = wholeCapacity(capacity);
    ServedShares s;
    if (syncLoad > 0)
        s.sync = 1 - lossShare(syncLoad + queuedLoad, capacity);
    const double room = std::max(0.0, capacity - syncLoad * s.sync);
    if (queuedLoad > room)
        s.queued = room / queuedLoad;
    return s;
}

// The share of new async events that find every environment busy and wait (Lambda counts
// them as throttles): Erlang-C over all the function's work, 1 past capacity.
inline double waitingShare(double load, double capacity)
{
    capacity = wholeCapacity(capacity);
    if (!(load > 0))
        return 0;
    if (capacity - load > 8 * std::sqrt(load) + 20)
        return 0;  // under 1e-14
    return queueing::erlangC(load, capacity);
}

} // namespace archscope::sim
