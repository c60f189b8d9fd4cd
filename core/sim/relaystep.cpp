#include "relaystep.h"

#include "lanes.h"

namespace archscope::sim {

namespace {

using Series = SimulationResults::Series;

// The relay's step, written once: V is double for one relay, Double4 for a run.
template <class V>
[[gnu::always_inline]] inline void stepShaped(RelayLanes &l)
{
    constexpr int stride = widthOf<V> == 1 ? 1 : 4;
    const V perEvent = load4<V>(l.usdPerEvent), standing = load4<V>(l.standing);
    V cumulative = load4<V>(l.cumulative);
    double *const cArr = l.series[static_cast<int>(Series::Arrivals)];
    double *const cCost = l.series[static_cast<int>(Series::CostRate)];
    double *const cCum = l.series[static_cast<int>(Series::CumulativeCost)];
    const bool storeArrivals = l.storeArrivals;
    for (int k = 0; k < l.len; ++k) {
        const int at = l.posOf[k] * stride;
        const V a = gather4<V>(l.in, k);
        const V cost = a * perEvent + standing;
        cumulative += cost;
        if (storeArrivals)
            store4(cArr + at, a);
        store4(cCost + at, cost);
        store4(cCum + at, cumulative);
    }
    store4(l.cumulative, cumulative);
}

__attribute__((target_clones("avx2", "default"))) void stepLanes(RelayLanes &l)
{
    stepShaped<Double4>(l);
}

} // namespace

void stepRelayLanes(RelayLanes &lanes)
{
    if (lanes.count == 1)
        stepShaped<double>(lanes);
    else
        stepLanes(lanes);
}

} // namespace archscope::sim
