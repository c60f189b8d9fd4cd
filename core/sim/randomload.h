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

// The chance that a request finds every environment busy when `syncLoad` is refused there
// and `queuedLoad` waits (erlangs): the busy states are Erlang-B's over all the work, and
// above them the waiting work's queue (a geometric tail of ratio queuedLoad / capacity) adds
// to the chance, B / (1 − ρ (1 − B)): Erlang-C when all of the work waits, Erlang-B when none
// does, 1 when the waiting work alone fills the capacity.
inline double fullShare(double syncLoad, double queuedLoad, double capacity)
{
    capacity = wholeCapacity(capacity);
    const double load = syncLoad + queuedLoad;
    if (!(load > 0))
        return 0;
    if (capacity - load > 8 * std::sqrt(load) + 20)
        return 0;  // under 1e-14
    if (!(queuedLoad < capacity))
        return 1;
    const double b = queueing::erlangB(load, capacity);
    return b / (1 - queuedLoad / capacity * (1 - b));
}

// The shares of a step's sync work (refused when every environment is busy: fullShare) and
// queued work (async, polled: it waits, so it takes what capacity the sync work leaves) that
// a function runs. Loads are in erlangs; capacity in environments.
struct ServedShares
{
    double sync = 1, queued = 1;
};
inline ServedShares servedShares(double syncLoad, double queuedLoad, double capacity)
{
    capacity = wholeCapacity(capacity);
    ServedShares s;
    if (syncLoad > 0)
        s.sync = 1 - fullShare(syncLoad, queuedLoad, capacity);
    const double room = std::max(0.0, capacity - syncLoad * s.sync);
    if (queuedLoad > room)
        s.queued = room / queuedLoad;
    return s;
}


} // namespace archscope::sim
