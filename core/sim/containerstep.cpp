#include "containerstep.h"

#include "lanes.h"
#include "queueing.h"
#include "roleformulas.h"

namespace archscope::sim {

using Series = SimulationResults::Series;

namespace {

// The fleet's step, written once: V is double for one fleet, Double2 or Double4 for a run
// of fleets in lanes (lane j: ContainerLanes::lane[j]); every branch where lanes may differ
// is a select with the same operations on each side. Single: every lane has one input
// (inAsync is null).
template <class V, bool Single>
[[gnu::always_inline]] inline void stepShaped(const ContainerLanes &l)
{
    using M = MaskOf<V>;
    using S = Simulator;
    constexpr int W = widthOf<V>;
    constexpr int stride = W == 1 ? 1 : 4;  // series: by position alone, or [position * 4 + lane]
    const ContainerChunk &first = l.lane[0];
    const int len = first.len;
    const int *const posOf = first.posOf;
    const double dt = first.dt, t0 = first.t0, invDt = 1 / dt;
    V unitCapacity, perUnitTarget, minUnits, maxUnits, launchDelayS, usdPerUnitSecond, standing;
    V units, pending, readyAt, below, queued, cumulative, tickIn, tickS, peakAge;
    M waited;
    M syncOnly, immediate;
    const double *inSync[W], *inAsync[W], *inOther[W];
    double *out[W];
    for (int j = 0; j < W; ++j) {
        const ContainerChunk &c = l.lane[j];
        const SimGraph::Node &node = *c.node;
        const NodeState &s = *c.state;
        setLane(unitCapacity, j, node.unitCapacity);
        setLane(perUnitTarget, j, node.unitCapacity * node.targetUtilization);
        setLane(minUnits, j, node.minUnits);
        setLane(maxUnits, j, node.maxUnits);
        setLane(launchDelayS, j, node.launchDelayS);
        setLane(usdPerUnitSecond, j, node.usdPerUnitSecond);
        setLane(standing, j, standingCost(node, dt));
        setMask(syncOnly, j, node.syncOnly);
        setMask(immediate, j, node.launchDelayS <= 0);
        setLane(units, j, s.units);
        setLane(pending, j, s.pending);
        setLane(readyAt, j, s.readyAt);
        setLane(below, j, s.belowTargetS);
        setLane(queued, j, s.backlog);
        setLane(cumulative, j, s.cumulativeCost);
        setLane(tickIn, j, s.tickArrivals);
        setLane(tickS, j, s.tickS);
        setMask(waited, j, s.backlogWaits);
        setLane(peakAge, j, s.peakAge);
        inSync[j] = c.inSync;
        inAsync[j] = c.inAsync;
        inOther[j] = c.inOther;
        out[j] = c.out;
    }
    double *const *const series = W == 1 ? first.series : l.series4;
    const V zero{}, one = splat<V>(1.0);
    const bool storeArrivals = l.storeArrivals;
    // Capacity `c` (requests per step) and what follows from the fleet's size, worked out
    // again only when it changes.
    V capacity, perCapacity, maxQueue, cost;
    auto resized = [&] {
        capacity = units * unitCapacity * dt;
        perCapacity = capacity > zero ? one / capacity : zero;
        maxQueue = units * unitCapacity * S::syncQueueS;
        cost = units * dt * usdPerUnitSecond + standing;
    };
    resized();
    // Random arrivals (one fleet at a time): the queue's peaks and the waits of the requests
    // served, from the occupancy of the fleet's slots.
    queueing::OccupancyFeed *const random = W == 1 ? first.occupancy : nullptr;
    const double slotsPerUnit = fleetSlotsPerUnit(*first.node), serviceS = fleetServiceS(*first.node);
    const double cv = first.node->durationCv;

    for (int k = 0; k < len; ++k) {
        const int at = posOf[k] * stride;
        const double t = t0 + k * dt;
        V in = gather4<V>(inSync, k);
        if constexpr (!Single)
            in = in + gather4<V>(inAsync, k) + gather4<V>(inOther, k);
        // The fleet's size changes rarely (a launch lands, target tracking grows or shrinks
        // it): behind branches, which are predicted, rather than selects every step, so the
        // next step's capacity does not wait on this step's scaling decision.
        const M ready = (pending > zero) & (splat<V>(t) >= readyAt);
        if (anyLane(ready)) [[unlikely]] {
            units = ready ? units + pending : units;
            pending = ready ? zero : pending;
            resized();
        }
        // The offered load queues and is served up to the capacity; sync callers wait
        // syncQueueS at most, then get 503s.
        queued += in;
        const V served = vmin(queued, capacity);
        queued -= served;
        const M over = syncOnly & (queued > maxQueue);
        const V throttled = over ? queued - maxQueue : zero;
        queued = over ? maxQueue : queued;
        // The oldest request waiting, while a queue stands (or has just emptied).
        const M waits = queued > splat<V>(1e-6);
        if (anyLane(waits | waited)) [[unlikely]] {
            const V accepted = in - throttled;
            for (int j = 0; j < l.count; ++j)
                if (isSet(waits | waited, j))
                    setLane(peakAge, j, std::max(laneOf(peakAge, j),
                                                 l.lane[j].state->backlogAge.step(t, dt, laneOf(accepted, j), laneOf(served, j),
                                                                                  laneOf(queued, j))));
            waited = waits;
        }
        // Full (or no capacity and something arrived): 1 exactly.
        const V util = served >= capacity ? (((capacity > zero) | (in > zero)) ? one : zero) : served * perCapacity;
        // Target tracking on utilization reads a one-minute metric: when a minute closes (at
        // every step when steps are longer), the demand over it (arrivals plus draining the
        // queue within a minute) at the target utilization, after the launch delay. Deciding
        // on a step's arrivals at its start would see a burst before it happens.
        // (This step ran, and is billed, on the units it started with.)
        const V serving = units, servingCost = cost;
        tickIn = tickIn + in;
        tickS = tickS + splat<V>(dt);
        if (targetTrackingDecides(t, dt)) {
            const V demandRate = tickIn / tickS + queued * (1.0 / 60);
            const V wanted = ceil4(demandRate / perUnitTarget);
            const V desired = wanted < minUnits ? minUnits : (maxUnits < wanted ? maxUnits : wanted);
            const M grow = (desired > units + pending) & (pending <= zero);
            const M shrink = notMask(grow) & (desired < units);
            // Shrinking: after the cooldown below target.
            const V belowLonger = below + tickS;
            const M cooled = belowLonger >= splat<V>(S::scaleInCooldownS);
            if (anyLane(grow | (shrink & cooled))) [[unlikely]] {
                // Growing: the extra units arrive after the launch delay (at once without one).
                const V launched = desired - units;
                const V unitsGrown = immediate ? units + launched : units;
                const V unitsShrunk = cooled ? vmax(desired, minUnits) : units;
                units = grow ? unitsGrown : (shrink ? unitsShrunk : units);
                pending = grow ? (immediate ? zero : launched) : pending;
                readyAt = grow ? splat<V>(t + dt) + launchDelayS : readyAt;
                resized();
            }
            below = (shrink & notMask(cooled)) ? belowLonger : zero;
            tickIn = zero;
            tickS = zero;
        }
        if constexpr (W == 1) {
            if (random) {
                const double servers = serving * slotsPerUnit, rate = in * invDt;
                double warm = 0;  // slots never start cold
                random->feed(rate, serviceS, servers, true, cv, servers, dt, &warm);
                queueing::LatencyMix &mix = first.state->latency;
                mix.requests += served;
                if (queued > 0) {
                    // Past capacity: every request waits for the queue ahead of it.
                    mix.addBehind(served, queued / std::max(serving * unitCapacity, 1e-9));
                } else {
                    first.state->minuteServed += served;
                }
                // Random waits from the minute's mean load, like the occupancy (at the load of
                // its pass): a step shorter than a minute is a resolution of the flow, not a
                // separate random regime.
                if (random->handedOver()) {
                    mix.addWaits(first.state->minuteServed, random->minuteWait(serviceS, cv));
                    first.state->minuteServed = 0;
                }
            }
        }
        cumulative += servingCost;
        scatter4(out, k, served);
        if (storeArrivals)
            store4(series[static_cast<int>(Series::Arrivals)] + at, in);
        store4(series[static_cast<int>(Series::Served)] + at, served);
        store4(series[static_cast<int>(Series::Concurrency)] + at, serving);
        store4(series[static_cast<int>(Series::Utilization)] + at, util);
        store4(series[static_cast<int>(Series::Throttled)] + at, throttled);
        store4(series[static_cast<int>(Series::Backlog)] + at, queued);
        store4(series[static_cast<int>(Series::CostRate)] + at, servingCost);
        store4(series[static_cast<int>(Series::CumulativeCost)] + at, cumulative);
    }
    for (int j = 0; j < l.count; ++j) {
        NodeState &s = *l.lane[j].state;
        s.units = laneOf(units, j);
        s.pending = laneOf(pending, j);
        s.readyAt = laneOf(readyAt, j);
        s.belowTargetS = laneOf(below, j);
        s.backlog = laneOf(queued, j);
        s.cumulativeCost = laneOf(cumulative, j);
        s.tickArrivals = laneOf(tickIn, j);
        s.tickS = laneOf(tickS, j);
        s.backlogWaits = isSet(waited, j);
        s.peakAge = laneOf(peakAge, j);
    }
}

template <int W, bool Single>
ARCHSCOPE_TEMPLATE_CLONES void stepLanesCloned(const ContainerLanes &l)
{
    stepShaped<LanesOf<W>, Single>(l);
}

template <int W>
void stepLanesWide(const ContainerLanes &l)
{
    bool single = true;
    for (int j = 0; j < W; ++j)
        single = single && !l.lane[j].inAsync;
    single ? stepLanesCloned<W, true>(l) : stepLanesCloned<W, false>(l);
}

} // namespace

void stepContainer(const ContainerChunk &c)
{
    ContainerLanes l;
    l.lane[0] = c;
    l.count = 1;
    c.inAsync ? stepShaped<double, false>(l) : stepShaped<double, true>(l);
}

void stepContainerLanes(const ContainerLanes &lanes)
{
    lanes.count <= 2 ? stepLanesWide<2>(lanes) : stepLanesWide<4>(lanes);
}

} // namespace archscope::sim
