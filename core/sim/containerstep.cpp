#include "containerstep.h"

#include "lanes.h"

namespace archscope::sim {

using Series = SimulationResults::Series;

void stepContainer(const ContainerChunk &c)
{
    using S = Simulator;
    const SimGraph::Node &node = *c.node;
    NodeState &s = *c.state;
    const double dt = c.dt, t0 = c.t0;
    double *const cArr = c.series[static_cast<int>(Series::Arrivals)];
    double *const cServed = c.series[static_cast<int>(Series::Served)];
    double *const cConc = c.series[static_cast<int>(Series::Concurrency)];
    double *const cUtil = c.series[static_cast<int>(Series::Utilization)];
    double *const cThr = c.series[static_cast<int>(Series::Throttled)];
    double *const cBacklog = c.series[static_cast<int>(Series::Backlog)];
    double *const cCost = c.series[static_cast<int>(Series::CostRate)];
    double *const cCum = c.series[static_cast<int>(Series::CumulativeCost)];
    const double perUnitTarget = node.unitCapacity * node.targetUtilization, invDt = 1 / dt;
    double units = s.units, pending = s.pending, readyAt = s.readyAt, below = s.belowTargetS;
    double queued = s.backlog, cumulative = s.cumulativeCost;
    // 1 / capacity, divided again only when the fleet changes size.
    double perCapacity = 0, perCapacityUnits = -1;
    for (int k = 0; k < c.len; ++k) {
        const int p = c.posOf[k];
        const double t = t0 + k * dt;
        const double in = c.inAsync ? c.inSync[k] + c.inAsync[k] + c.inOther[k] : c.inSync[k];
        if (pending > 0 && t >= readyAt) {
            units += pending;
            pending = 0;
        }
        const double capacity = units * node.unitCapacity * dt;
        if (units != perCapacityUnits) {
            perCapacityUnits = units;
            perCapacity = capacity > 0 ? 1 / capacity : 0.0;
        }
        queued += in;
        const double served = std::min(queued, capacity);
        queued -= served;
        double throttled = 0;
        if (node.syncOnly) {
            const double maxQueue = units * node.unitCapacity * S::syncQueueS;
            if (queued > maxQueue) {
                throttled = queued - maxQueue;
                queued = maxQueue;
            }
        }
        // Full (or no capacity and something arrived): 1 exactly.
        const double util = served >= capacity ? (capacity > 0 || in > 0 ? 1.0 : 0.0) : served * perCapacity;
        // Target tracking on utilization: the demand (arrivals plus draining the queue
        // within a minute) at the target utilization, after the launch delay.
        const double demandRate = in * invDt + queued * (1.0 / 60);
        const double desired = std::clamp(std::ceil(demandRate / perUnitTarget), node.minUnits, node.maxUnits);
        if (desired > units + pending && pending <= 0) {
            pending = desired - units;
            readyAt = t + node.launchDelayS;
            if (node.launchDelayS <= 0) {
                units += pending;
                pending = 0;
            }
            below = 0;
        } else if (desired < units) {
            below += dt;
            if (below >= S::scaleInCooldownS) {
                units = std::max(desired, node.minUnits);
                below = 0;
            }
        } else {
            below = 0;
        }
        const double cost = units * dt * node.usdPerUnitSecond + node.usdPerSecond * dt;
        cumulative += cost;
        c.out[k] = served;
        cArr[p] = in;
        cServed[p] = served;
        cConc[p] = units;
        cUtil[p] = util;
        cThr[p] = throttled;
        cBacklog[p] = queued;
        cCost[p] = cost;
        cCum[p] = cumulative;
    }
    s.units = units;
    s.pending = pending;
    s.readyAt = readyAt;
    s.belowTargetS = below;
    s.backlog = queued;
    s.cumulativeCost = cumulative;
}

namespace {

// stepContainer for W fleets in lanes (4, or 2 for a run of two): every branch becomes a
// select with the same operations on each side. Single: every lane has one input (inAsync
// is null).
template <int W, bool Single>
[[gnu::always_inline]] inline void stepLanes(const ContainerLanes &l)
{
    using Double4 = LanesOf<W>;
    using Mask4 = MaskOf<Double4>;
    using S = Simulator;
    const ContainerChunk &first = l.lane[0];
    const int len = first.len;
    const int *const posOf = first.posOf;
    const double dt = first.dt, t0 = first.t0, invDt = 1 / dt;
    Double4 unitCapacity, perUnitTarget, minUnits, maxUnits, launchDelayS, usdPerUnitSecond, standing;
    Double4 units, pending, readyAt, below, queued, cumulative;
    Mask4 syncOnly, immediate;
    const double *inSync[4], *inAsync[4], *inOther[4];
    double *out[4];
    for (int j = 0; j < W; ++j) {
        const ContainerChunk &c = l.lane[j];
        const SimGraph::Node &node = *c.node;
        const NodeState &s = *c.state;
        unitCapacity[j] = node.unitCapacity;
        perUnitTarget[j] = node.unitCapacity * node.targetUtilization;
        minUnits[j] = node.minUnits;
        maxUnits[j] = node.maxUnits;
        launchDelayS[j] = node.launchDelayS;
        usdPerUnitSecond[j] = node.usdPerUnitSecond;
        standing[j] = node.usdPerSecond * dt;
        syncOnly[j] = node.syncOnly ? -1 : 0;
        immediate[j] = node.launchDelayS <= 0 ? -1 : 0;
        units[j] = s.units;
        pending[j] = s.pending;
        readyAt[j] = s.readyAt;
        below[j] = s.belowTargetS;
        queued[j] = s.backlog;
        cumulative[j] = s.cumulativeCost;
        inSync[j] = c.inSync;
        inAsync[j] = c.inAsync;
        inOther[j] = c.inOther;
        out[j] = c.out;
    }
    double *const cArr = l.series4[static_cast<int>(Series::Arrivals)];
    double *const cServed = l.series4[static_cast<int>(Series::Served)];
    double *const cConc = l.series4[static_cast<int>(Series::Concurrency)];
    double *const cUtil = l.series4[static_cast<int>(Series::Utilization)];
    double *const cThr = l.series4[static_cast<int>(Series::Throttled)];
    double *const cBacklog = l.series4[static_cast<int>(Series::Backlog)];
    double *const cCost = l.series4[static_cast<int>(Series::CostRate)];
    double *const cCum = l.series4[static_cast<int>(Series::CumulativeCost)];
    const Double4 zero = {}, one = splat<Double4>(1.0);
    const bool storeArrivals = l.storeArrivals;
    // What follows from the fleet's size, worked out again only when it changes.
    Double4 capacity, perCapacity, maxQueue, cost;
    auto resized = [&] {
        capacity = units * unitCapacity * dt;
        perCapacity = capacity > zero ? one / capacity : zero;
        maxQueue = units * unitCapacity * S::syncQueueS;
        cost = units * dt * usdPerUnitSecond + standing;
    };
    resized();

    for (int k = 0; k < len; ++k) {
        const int at = posOf[k] * 4;
        const double t = t0 + k * dt;
        Double4 in = gather4<Double4>(inSync, k);
        if constexpr (!Single)
            in = in + gather4<Double4>(inAsync, k) + gather4<Double4>(inOther, k);
        // The fleet's size changes rarely (a launch lands, target tracking grows or shrinks
        // it): behind branches, which are predicted, rather than selects every step, so the
        // next step's capacity does not wait on this step's scaling decision.
        const Mask4 ready = (pending > zero) & (splat<Double4>(t) >= readyAt);
        if (anyLane(ready)) [[unlikely]] {
            units = ready ? units + pending : units;
            pending = ready ? zero : pending;
            resized();
        }
        queued += in;
        const Double4 served = vmin(queued, capacity);
        queued -= served;
        const Mask4 over = syncOnly & (queued > maxQueue);
        const Double4 throttled = over ? queued - maxQueue : zero;
        queued = over ? maxQueue : queued;
        const Double4 util = served >= capacity ? ((capacity > zero) | (in > zero) ? one : zero) : served * perCapacity;
        const Double4 demandRate = in * invDt + queued * (1.0 / 60);
        const Double4 wanted = ceil4(demandRate / perUnitTarget);
        const Double4 desired = wanted < minUnits ? minUnits : (maxUnits < wanted ? maxUnits : wanted);
        const Mask4 grow = (desired > units + pending) & (pending <= zero);
        const Mask4 shrink = ~grow & (desired < units);
        // Shrinking: after the cooldown below target.
        const Double4 belowLonger = below + dt;
        const Mask4 cooled = belowLonger >= splat<Double4>(S::scaleInCooldownS);
        if (anyLane(grow | (shrink & cooled))) [[unlikely]] {
            // Growing: the extra units arrive after the launch delay (at once without one).
            const Double4 launched = desired - units;
            const Double4 unitsGrown = immediate ? units + launched : units;
            const Double4 unitsShrunk = cooled ? vmax(desired, minUnits) : units;
            units = grow ? unitsGrown : (shrink ? unitsShrunk : units);
            pending = grow ? (immediate ? zero : launched) : pending;
            readyAt = grow ? t + launchDelayS : readyAt;
            resized();
        }
        below = shrink & ~cooled ? belowLonger : zero;
        cumulative += cost;
        scatter4(out, k, served);
        if (storeArrivals)
            store4(cArr + at, in);
        store4(cServed + at, served);
        store4(cConc + at, units);
        store4(cUtil + at, util);
        store4(cThr + at, throttled);
        store4(cBacklog + at, queued);
        store4(cCost + at, cost);
        store4(cCum + at, cumulative);
    }
    for (int j = 0; j < l.count; ++j) {
        NodeState &s = *l.lane[j].state;
        s.units = units[j];
        s.pending = pending[j];
        s.readyAt = readyAt[j];
        s.belowTargetS = below[j];
        s.backlog = queued[j];
        s.cumulativeCost = cumulative[j];
    }
}

template <int W, bool Single>
ARCHSCOPE_TEMPLATE_CLONES void stepLanesCloned(const ContainerLanes &l)
{
    stepLanes<W, Single>(l);
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

void stepContainerLanes(const ContainerLanes &lanes)
{
    lanes.count <= 2 ? stepLanesWide<2>(lanes) : stepLanesWide<4>(lanes);
}

} // namespace archscope::sim
