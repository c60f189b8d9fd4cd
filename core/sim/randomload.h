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

// fullShare for a sync request beside SQS consumers whose busy pollers hold `pollersMean`
// slots on average (variance `pollersVariance`), `queuedLoad` being the rest of the queued
// work. The pollers keep their slots while messages wait but take another's freed slot only
// as SQS adds a poller (5 a second), so they do not fill the capacity the moment it frees,
// as waiting work does in fullShare: their number moves slowly, and the sync calls meet the
// capacity less that number (the rest of the queued work still waits as in fullShare).
// 50 sync calls a second of 1 s beside 40 SQS messages/s in batches of one, sharing 100:
// 3.41 % refused against 3.61 % request by request (fullShare: 4.41 %, Erlang-B over both:
// 2.70 %); beside 300 messages/s in batches of 10, whose 38 busy pollers take part batches
// and vary little: 1.55 % against 1.51 %.
inline double fullShareBesidePollers(double syncLoad, double queuedLoad, double pollersMean, double pollersVariance,
                                     double capacity)
{
    const double spread = std::sqrt(std::max(0.0, pollersVariance));
    // (Past a few thousand numbers of pollers their spread is a sliver of the pool.)
    if (!(pollersMean > 0) || !(syncLoad > 0) || !(spread > 0) || spread > 250)
        return fullShare(syncLoad, queuedLoad + std::max(0.0, pollersMean), capacity);
    capacity = wholeCapacity(capacity);
    const double load = syncLoad + queuedLoad;
    if (!(queuedLoad + pollersMean < capacity))
        return 1;  // the queued work alone fills it (as fullShare)
    const double lo = std::max(0.0, std::floor(pollersMean - 8 * spread - 3)), hi = std::ceil(pollersMean + 8 * spread + 3);
    if (capacity - hi - load > 8 * std::sqrt(load) + 20)
        return 0;  // under 1e-14 at the pollers' highs
    // From the pollers' highs down, so the capacity left climbs a whole environment at a time
    // and Erlang-B follows by its recursion, B(a, c) = a B(a, c − 1) / (c + a B(a, c − 1));
    // their number is normal about its mean, weighed at whole numbers.
    double full = 0, total = 0, b = -1;
    for (double n = hi; n >= lo; --n) {
        const double c = capacity - n;
        double f = 1;
        if (c > 1e-6) {
            b = b < 0 ? queueing::erlangB(load, c) : load * b / (c + load * b);
            if (queuedLoad < c)
                f = b / (1 - queuedLoad / c * (1 - b));
        }
        const double z = (n - pollersMean) / spread, weight = std::exp(-0.5 * z * z);
        full += weight * f;
        total += weight;
    }
    return std::min(1.0, full / total);
}

// The shares of a step's sync work (refused when every environment is busy: fullShare) and
// queued work (async, polled: it waits, so it takes what capacity the sync work leaves) that
// a function runs. Loads are in erlangs; capacity in environments.
struct ServedShares
{
    double sync = 1, queued = 1;
};
// The same for a sync request's chance `syncFull` of finding the capacity full, worked out
// elsewhere (fullShareBesidePollers).
inline ServedShares servedSharesGiven(double syncLoad, double queuedLoad, double capacity, double syncFull)
{
    capacity = wholeCapacity(capacity);
    ServedShares s;
    if (syncLoad > 0)
        s.sync = 1 - syncFull;
    const double room = std::max(0.0, capacity - syncLoad * s.sync);
    if (queuedLoad > room)
        s.queued = room / queuedLoad;
    return s;
}
inline ServedShares servedShares(double syncLoad, double queuedLoad, double capacity)
{
    capacity = wholeCapacity(capacity);
    return servedSharesGiven(syncLoad, queuedLoad, capacity, syncLoad > 0 ? fullShare(syncLoad, queuedLoad, capacity) : 0.0);
}


} // namespace archscope::sim
