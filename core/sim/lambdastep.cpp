#include "lambdastep.h"

namespace archscope::sim {

namespace {

using Series = SimulationResults::Series;

// A poll wire's invocations wanted this step, after `in` events joined its backlog.
// Divisions are few on purpose: each one sits on the chain from one step to the next.
inline double pollDemand(PollState &ps, const PollWire &pw, double in, double dt, double invD)
{
    const SimGraph::Wire &wire = *pw.wire;
    ps.backlog += in;
    ps.invocations = 0;
    if (ps.backlog <= 0)
        return 0;
    const double cap = wire.queue ? std::min(ps.pollers, wire.maxConcurrency) : wire.streamCap;
    // Batches fill up under load; at low rates each poll (about one per second per poller)
    // takes what is there.
    ps.needed = std::max(ps.backlog * pw.perBatch, std::min(ps.backlog, cap * dt));
    ps.perInvocation = ps.backlog / ps.needed;
    ps.invocations = std::min(ps.needed, cap * dt * invD);
    return ps.invocations;
}

// Runs the share of a poll wire's invocations the function could take; returns the backlog left.
inline double pollServe(PollState &ps, const SimGraph::Wire &wire, double share, double dt, double invDt, double d,
                        double *served, double *peakAge)
{
    if (ps.invocations <= 0 && ps.backlog <= 0) {
        ps.ageS = 0;
        return ps.backlog;
    }
    const double inv = ps.invocations * share;
    const double consumed = std::min(ps.backlog, inv * ps.perInvocation);
    ps.backlog -= consumed;
    *served += inv;
    ps.ageS = ps.backlog <= 1e-9 ? 0 : consumed > 0 ? ps.backlog * dt / consumed : ps.ageS + dt;
    *peakAge = std::max(*peakAge, ps.ageS);
    if (wire.queue) {
        const double wanted = ps.needed * d * invDt;
        ps.pollers = wanted > ps.pollers ? std::min(wire.maxConcurrency, ps.pollers + Simulator::sqsPollersPerMinute / 60 * dt)
                                         : std::max(std::min(Simulator::sqsPollersStart, wire.maxConcurrency), wanted);
    }
    return ps.backlog;
}

// A Lambda function's steps, compiled per shape (scaling model, async queue or not, no, one
// or several poll wires) so each function runs only the work it has, with its state in
// registers.
template <bool Legacy, bool Queue, int Polls>
void stepLambdaShaped(const LambdaChunk &c)
{
    using S = Simulator;
    const SimGraph::Node &node = *c.node;
    NodeState &s = *c.state;
    const int len = c.len;
    const int *const posOf = c.posOf;
    const double dt = c.dt, invDt = 1 / dt, t0 = c.t0;
    const double d = node.durationS, invD = 1 / d, dtPerD = dt * invD, f = node.failureRate;
    const double attempts = s.attempts, finalFailure = s.finalFailure;
    const double reserved = node.reserved, provisioned = node.provisioned;
    const bool pooled = reserved < 0, hasProvisioned = provisioned > 0;
    const double staticLimit = pooled ? c.unreservedPool : reserved;
    const double perLimit = staticLimit > 0 ? 1 / staticLimit : 0.0;
    const double billed = node.billedDurationS, memoryGb = node.memoryGb, coldStartS = node.coldStartS;
    const double usdPerRequest = node.usdPerRequest, usdPerGbS = node.usdPerGbS;
    const double usdPerProvisionedGbS = node.usdPerProvisionedDurationGbS, standing = node.usdPerSecond * dt;
    const double reclaimKeep = c.reclaimKeep, refill = c.refill, legacyRefill = c.legacyRefill;
    const double *__restrict inSync = c.inSync;
    const double *__restrict inAsync = c.inAsync;
    double *__restrict poolFree = c.poolFree;
    double *__restrict legacyUsed = c.legacyUsed;
    double *__restrict out = c.out;
    double *__restrict lost = c.lost;
    double *__restrict cArr = c.series[static_cast<int>(Series::Arrivals)];
    double *__restrict cServed = c.series[static_cast<int>(Series::Served)];
    double *__restrict cConc = c.series[static_cast<int>(Series::Concurrency)];
    double *__restrict cUtil = c.series[static_cast<int>(Series::Utilization)];
    double *__restrict cThr = c.series[static_cast<int>(Series::Throttled)];
    double *__restrict cBacklog = c.series[static_cast<int>(Series::Backlog)];
    double *__restrict cCold = c.series[static_cast<int>(Series::ColdStarts)];
    double *__restrict cCost = c.series[static_cast<int>(Series::CostRate)];
    double *__restrict cCum = c.series[static_cast<int>(Series::CumulativeCost)];
    AsyncQueue *const q = c.queue;
    double warm = s.warm, tokens = s.tokens, level = c.accountLevel;
    double peakAge = s.peakAge, expiredTotal = s.expired, failedTotal = s.failed;
    double cumulative = s.cumulativeCost;
    // One poll wire: its state in locals.
    PollState one = Polls == 1 ? *c.polls[0].state : PollState();
    const SimGraph::Wire *const oneWire = Polls == 1 ? c.polls[0].wire : nullptr;

    for (int k = 0; k < len; ++k) {
        const int pos = posOf[k];
        const double syncInv = inSync[k];
        double asyncNew = 0, asyncAvail = 0, expired = 0;
        bool cohorts = false;
        if constexpr (Queue) {
            // With nothing waiting, the step's events need no cohorts unless some are left
            // over (they cannot expire within the step they arrived in).
            const double t = t0 + k * dt;
            asyncNew = inAsync[k];
            cohorts = q->total > 0 || dt > S::asyncMaxAgeS;
            if (cohorts) {
                q->push(t, asyncNew);
                expired = q->expire(t + dt, S::asyncMaxAgeS);
                asyncAvail = q->total;
            } else {
                asyncAvail = asyncNew;
            }
        }
        double arrivals = syncInv + asyncNew;
        double polled = 0;
        if constexpr (Polls == 1) {
            arrivals += c.polls[0].in[k];
            polled = pollDemand(one, c.polls[0], c.polls[0].in[k], dt, invD);
        } else if constexpr (Polls > 1) {
            for (int p = 0; p < c.pollCount; ++p) {
                arrivals += c.polls[p].in[k];
                polled += pollDemand(*c.polls[p].state, c.polls[p], c.polls[p].in[k], dt, invD);
            }
        }
        const double demand = (syncInv + asyncAvail * attempts + polled) * d * invDt;
        // Divided early: the division then overlaps the scaling arithmetic below.
        const double perDemand = demand > 0 ? 1 / demand : 0.0;
        const double limit = pooled ? poolFree[k] : reserved;
        double available;
        if constexpr (Legacy) {
            // The account's burst bucket, after the functions handled before this one in this
            // chunk took their share.
            level = std::min(S::legacyBurst, level + legacyRefill) - legacyUsed[k];
            available = std::max(0.0, level);
        } else {
            tokens = std::min(S::scalingPer10s, tokens + refill);
            available = tokens;
        }
        const double conc = std::min(std::min(demand, limit), std::max(warm + available, provisioned));
        const double share = demand > 0 ? conc * perDemand : 1.0;
        const double servedSync = syncInv * share;
        const double asyncServed = asyncAvail * share;
        double pollServed = 0, backlog = 0;
        if constexpr (Polls == 1) {
            const double left = pollServe(one, *oneWire, share, dt, invDt, d, &pollServed, &peakAge);
            backlog += left;
            c.polls[0].waiting[pos] = left;
        } else if constexpr (Polls > 1) {
            for (int p = 0; p < c.pollCount; ++p) {
                const double left = pollServe(*c.polls[p].state, *c.polls[p].wire, share, dt, invDt, d, &pollServed, &peakAge);
                backlog += left;
                c.polls[p].waiting[pos] = left;
            }
        }
        double asyncThrottled = 0;
        if constexpr (Queue) {
            const double t = t0 + k * dt;
            if (cohorts)
                q->pop(asyncServed);
            else if (asyncAvail - asyncServed > 1e-12 * (1 + asyncServed))
                q->push(t, asyncAvail - asyncServed);
            asyncThrottled = std::max(0.0, asyncNew - std::max(0.0, asyncServed - (asyncAvail - asyncNew)));
            backlog += q->total;
            peakAge = std::max(peakAge, q->ageS(t + dt));
        }
        // servedSync + asyncServed * attempts + pollServed is share * demand * dt / d, that is
        // conc * dt / d: one multiplication after conc instead of five operations on the
        // chain that carries warm environments and tokens from one step to the next.
        const double invocations = conc * dtPerD;
        const double throttled = (syncInv - servedSync) + asyncThrottled;
        // An invocation needs a whole environment even when the average is a fraction.
        const double needed = conc > 0 ? std::max(conc, std::min(1.0, invocations)) : 0.0;
        const double created = std::max(0.0, needed - warm);
        if constexpr (Legacy) {
            legacyUsed[k] += created;
            level -= created;
        } else {
            tokens = std::max(0.0, tokens - created);
        }
        // Idle environments fade: needed + (warm - needed) * keep when warm exceeds needed.
        warm = std::max(provisioned, std::max(needed, warm * reclaimKeep + needed * (1 - reclaimKeep)));
        if (pooled)
            poolFree[k] = std::max(0.0, poolFree[k] - conc);
        if constexpr (Queue) {
            const double failedAsync = asyncServed * finalFailure;
            expiredTotal += expired;
            failedTotal += failedAsync;
            lost[k] = failedAsync + expired;
        }
        out[k] = (servedSync + pollServed) * (1 - f) + asyncServed * (1 - finalFailure);
        // Billing: duration on provisioned environments while they suffice.
        const double gbs = invocations * billed * memoryGb;
        double onDemandGbs = gbs, provisionedGbs = 0;
        if (hasProvisioned) {
            const double provShare = conc > 0 ? std::min(conc, provisioned) / conc : 0.0;
            provisionedGbs = gbs * provShare;
            onDemandGbs = gbs - provisionedGbs;
            c.gbs[k] = onDemandGbs;
            c.gbsProvisioned[k] = provisionedGbs;
        }
        const double init = created * coldStartS * memoryGb;
        const double cost = invocations * usdPerRequest + (onDemandGbs + init) * usdPerGbS
                            + provisionedGbs * usdPerProvisionedGbS + standing;
        cumulative += cost;
        cArr[pos] = arrivals;
        cServed[pos] = invocations;
        cConc[pos] = conc;
        cUtil[pos] = staticLimit > 0 ? conc * perLimit : (demand > 0 ? 1.0 : 0.0);
        cThr[pos] = throttled;
        cBacklog[pos] = backlog;
        cCold[pos] = created;
        cCost[pos] = cost;
        cCum[pos] = cumulative;
    }
    if constexpr (Polls == 1)
        *c.polls[0].state = one;
    s.warm = warm;
    s.tokens = tokens;
    s.peakAge = peakAge;
    s.expired = expiredTotal;
    s.failed = failedTotal;
    s.cumulativeCost = cumulative;
}

template <bool Legacy, bool Queue>
void stepLambdaPolls(const LambdaChunk &c)
{
    switch (c.pollCount) {
    case 0: stepLambdaShaped<Legacy, Queue, 0>(c); break;
    case 1: stepLambdaShaped<Legacy, Queue, 1>(c); break;
    default: stepLambdaShaped<Legacy, Queue, 2>(c); break;
    }
}

} // namespace

void stepLambda(const LambdaChunk &c, bool legacy)
{
    if (legacy)
        c.queue ? stepLambdaPolls<true, true>(c) : stepLambdaPolls<true, false>(c);
    else
        c.queue ? stepLambdaPolls<false, true>(c) : stepLambdaPolls<false, false>(c);
}

} // namespace archscope::sim
