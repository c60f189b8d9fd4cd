#include "relaystep.h"

#include "lanes.h"

namespace archscope::sim {

namespace {

using Series = SimulationResults::Series;

__attribute__((target_clones("avx2", "default"))) void stepLanes(RelayLanes &l)
{
    const Double4 perEvent = load4(l.usdPerEvent), standing = load4(l.standing);
    Double4 cumulative = load4(l.cumulative);
    double *const cArr = l.series4[static_cast<int>(Series::Arrivals)];
    double *const cCost = l.series4[static_cast<int>(Series::CostRate)];
    double *const cCum = l.series4[static_cast<int>(Series::CumulativeCost)];
    const bool storeArrivals = l.storeArrivals;
    for (int k = 0; k < l.len; ++k) {
        const int at = l.posOf[k] * 4;
        const Double4 a = gather4(l.in, k);
        const Double4 cost = a * perEvent + standing;
        cumulative += cost;
        if (storeArrivals)
            store4(cArr + at, a);
        store4(cCost + at, cost);
        store4(cCum + at, cumulative);
    }
    store4(l.cumulative, cumulative);
}

} // namespace

void stepRelayLanes(RelayLanes &lanes)
{
    stepLanes(lanes);
}

} // namespace archscope::sim
