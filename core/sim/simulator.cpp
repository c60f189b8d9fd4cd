#include "simulator.h"

#include "costmodel.h"
#include "detmath.h"
#include "simgraph.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace archscope {

namespace {

using Series = SimulationResults::Series;
constexpr int S = SimulationResults::seriesCount;
constexpr int chunkCap = 64;  // steps buffered before folding into buckets (fits in L2)

// Lambda's internal queue of asynchronous events, in cohorts by arrival time so events can
// be served oldest first and dropped once older than 6 hours, in O(1) per step.
struct AsyncQueue
{
    static constexpr int slotCount = 68;
    double slot[slotCount] = {};
    long long oldest = 0;
    long long newest = -1;
    double total = 0;
    double widthS = 337.5;

    void push(double t, double amount)
    {
        if (amount <= 0)
            return;
        const auto b = static_cast<long long>(std::floor(t / widthS));
        if (total <= 0 || oldest > newest) {
            oldest = newest = b;
            slot[b % slotCount] = 0;
            total = 0;
        }
        while (newest < b) {
            ++newest;
            slot[newest % slotCount] = 0;
        }
        slot[b % slotCount] += amount;
        total += amount;
    }
    // Removes and returns the events whose cohort is past the age limit at time t.
    double expire(double t, double maxAge)
    {
        double expired = 0;
        while (oldest <= newest && (oldest + 1) * widthS + maxAge <= t) {
            expired += slot[oldest % slotCount];
            slot[oldest % slotCount] = 0;
            ++oldest;
        }
        total = oldest > newest ? 0 : std::max(0.0, total - expired);
        return expired;
    }
    void pop(double amount)
    {
        double taken = 0;
        while (amount > 0 && oldest <= newest) {
            double &s = slot[oldest % slotCount];
            const double take = std::min(amount, s);
            s -= take;
            amount -= take;
            taken += take;
            if (s <= 1e-12 * (1 + take)) {
                s = 0;
                ++oldest;
            }
        }
        total = oldest > newest ? 0 : std::max(0.0, total - taken);
    }
    double ageS(double t) const { return total > 0 && oldest <= newest ? t - oldest * widthS : 0; }
};

struct PollState
{
    double backlog = 0;
    double pollers = Simulator::sqsPollersStart;
    double ageS = 0;
    double invocations = 0;   // scratch: demanded this step
    double perInvocation = 0; // scratch: records per invocation this step
    double needed = 0;        // scratch: invocations wanted before the cap
};

struct NodeState
{

    // Lambda
    double warm = 0;
    double tokens = 0;
    int asyncQueue = -1;
    double attempts = 1;      // invocations per async event: 1 + f + f^2 ... with retries
    double finalFailure = 0;  // share of async events failing after all retries
    // Containers
    double units = 0, pending = 0, readyAt = 0, belowTargetS = 0, backlog = 0;
    // Totals
    double arrivals = 0, invocations = 0, throttled = 0, coldStarts = 0;
    double expired = 0, failed = 0, toFailure = 0, dropped = 0, peakAge = 0;
    double cumulativeCost = 0;
    CostModel::Usage usage{};
};

struct Accumulator
{
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
};


// Folds v[0..len) into a bucket's min / max / sum in eight lanes (four SSE2 registers each
// where available, so no chain of dependent operations limits the loop); the lanes are
// combined in a fixed order, so every build gives the same bits.
void foldChunk(const double *v, int len, Accumulator *a)
{
    constexpr int lanes = 8;
    double lo[lanes], hi[lanes], sum[lanes];
    int k = 0;
#if defined(__SSE2__)
    __m128d l[4], h[4], t[4];
    for (int j = 0; j < 4; ++j) {
        l[j] = _mm_set1_pd(a->min);
        h[j] = _mm_set1_pd(a->max);
        t[j] = _mm_setzero_pd();
    }
    for (; k + lanes <= len; k += lanes)
        for (int j = 0; j < 4; ++j) {
            const __m128d x = _mm_loadu_pd(v + k + 2 * j);
            l[j] = _mm_min_pd(x, l[j]);
            h[j] = _mm_max_pd(x, h[j]);
            t[j] = _mm_add_pd(t[j], x);
        }
    for (int j = 0; j < 4; ++j) {
        _mm_storeu_pd(lo + 2 * j, l[j]);
        _mm_storeu_pd(hi + 2 * j, h[j]);
        _mm_storeu_pd(sum + 2 * j, t[j]);
    }
#else
    for (int j = 0; j < lanes; ++j) {
        lo[j] = a->min;
        hi[j] = a->max;
        sum[j] = 0;
    }
    for (; k + lanes <= len; k += lanes)
        for (int j = 0; j < lanes; ++j) {
            lo[j] = v[k + j] < lo[j] ? v[k + j] : lo[j];
            hi[j] = v[k + j] > hi[j] ? v[k + j] : hi[j];
            sum[j] += v[k + j];
        }
#endif
    for (; k < len; ++k) {
        lo[0] = v[k] < lo[0] ? v[k] : lo[0];
        hi[0] = v[k] > hi[0] ? v[k] : hi[0];
        sum[0] += v[k];
    }
    for (int width = lanes / 2; width > 0; width /= 2)
        for (int j = 0; j < width; ++j) {
            lo[j] = std::min(lo[j], lo[j + width]);
            hi[j] = std::max(hi[j], hi[j + width]);
            sum[j] += sum[j + width];
        }
    a->min = lo[0];
    a->max = hi[0];
    a->sum += sum[0];
}

} // namespace

SimulationResults Simulator::run(const DocumentData &data, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    return run(SimGraph::compile(data, catalog), catalog, options, progress);
}

SimulationResults Simulator::run(const SimGraph &g, const Catalog &catalog, const SimulationOptions &options,
                                 const Progress &progress)
{
    SimulationResults r;
    r.region = options.region;
    r.seed = options.seed;
    r.freeTier = options.freeTier;
    r.pricesAsOf = g.pricesAsOf;
    r.warnings = g.warnings;
    if (options.region != QLatin1String("us-east-1"))
        r.warnings.append(QCoreApplication::translate("Simulation", "Prices are us-east-1 list prices; %1 may differ.").arg(options.region));
    const double dt = options.stepS;
    if (!(dt > 0) || !std::isfinite(dt) || !(options.horizonS >= dt) || !std::isfinite(options.horizonS)) {
        r.error = QCoreApplication::translate("Simulation", "The step must be positive and no longer than the horizon.");
        return r;
    }
    r.stepS = dt;
    r.horizonS = options.horizonS;
    r.steps = std::max<qint64>(1, std::llround(options.horizonS / dt));
    if (!g.error.isEmpty()) {
        r.error = g.error;
        return r;
    }
    const int maxBuckets = std::max(1, options.maxBuckets);
    r.bucketSteps = (r.steps + maxBuckets - 1) / maxBuckets;
    r.bucketCount = static_cast<int>((r.steps + r.bucketSteps - 1) / r.bucketSteps);
    r.bucketS = r.bucketSteps * dt;

    const int n = static_cast<int>(g.nodes.size());
    const int rows = n + 1;  // the last row is the whole diagram
    std::vector<NodeState> st(n);
    std::vector<PollState> poll(g.pollWireCount);
    std::vector<AsyncQueue> queues;
    std::vector<detmath::Poisson> samplers;
    samplers.reserve(n);
    const auto seedMix = static_cast<unsigned long long>(options.seed) * 0x9E3779B97F4A7C15ull;
    double reservedTotal = 0;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        samplers.emplace_back(node.noiseSeed ^ seedMix);
        NodeState &s = st[i];
        if (node.role == SimGraph::Role::Lambda) {
            s.warm = node.provisioned;
            s.tokens = scalingPer10s;
            double a = 1, term = 1;
            for (int k = 0; k < node.retries; ++k) {
                term *= node.failureRate;
                a += term;
            }
            s.attempts = a;
            s.finalFailure = term * node.failureRate;
            if (node.reserved >= 0)
                reservedTotal += node.reserved;
            if (node.hasAsyncInput) {
                s.asyncQueue = static_cast<int>(queues.size());
                AsyncQueue q;
                q.widthS = std::max(dt, asyncMaxAgeS / 64);
                queues.push_back(q);
            }
        } else if (node.role == SimGraph::Role::Container) {
            s.units = node.minUnits;
        }
    }
    for (int w = 0; w < static_cast<int>(g.outWires.size()); ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        if (wire.pollIndex >= 0)
            poll[wire.pollIndex].pollers = std::min(sqsPollersStart, wire.maxConcurrency);
    }
    const double unreservedPool = std::max(0.0, options.accountConcurrency - reservedTotal);
    const double reclaimKeep = detmath::expNeg(-dt / warmReclaimS);  // idle share kept per step
    const double refill = scalingPer10s / 10 * dt;
    double accountTokens = legacyBurst;

    // Series buffers [series][row][step in chunk], bucket accumulators and summary folds.
    std::vector<double> buf(static_cast<size_t>(S) * rows * chunkCap, 0.0);
    std::vector<Accumulator> acc(static_cast<size_t>(S) * rows);
    std::vector<double> totalSum(static_cast<size_t>(S) * rows, 0.0);
    std::vector<double> peak(static_cast<size_t>(S) * rows, 0.0);
    std::vector<char> zeroRow(static_cast<size_t>(S) * rows, 0);
    for (int i = 0; i < n; ++i)
        if (g.nodes[i].role == SimGraph::Role::Relay)
            for (Series z : {Series::Concurrency, Series::Utilization, Series::Throttled, Series::ColdStarts})
                zeroRow[static_cast<size_t>(z) * rows + i] = 1;
    r.nodeSeries.resize(n);
    auto initSeries = [&](SimulationResults::DecimatedSeries &d) {
        d.min.assign(r.bucketCount, 0.f);
        d.max.assign(r.bucketCount, 0.f);
        d.mean.assign(r.bucketCount, 0.f);
    };
    for (auto &row : r.nodeSeries)
        for (auto &d : row)
            initSeries(d);
    for (auto &d : r.totalSeries)
        initSeries(d);
    // Where each finished bucket goes: [series][row] -> min, max, mean.
    std::vector<std::array<float *, 3>> dest(static_cast<size_t>(S) * rows);
    for (int sIdx = 0; sIdx < S; ++sIdx)
        for (int row = 0; row < rows; ++row) {
            SimulationResults::DecimatedSeries &d = row < n ? r.nodeSeries[row][sIdx] : r.totalSeries[sIdx];
            dest[static_cast<size_t>(sIdx) * rows + row] = {d.min.data(), d.max.data(), d.mean.data()};
        }
    auto cell = [&](int series, int row, int k) -> double & {
        return buf[(static_cast<size_t>(series) * rows + row) * chunkCap + k];
    };

    const int captureIndex = options.captureArrivalsOf.isEmpty() ? -1 : [&] {
        for (int i = 0; i < n; ++i)
            if (g.nodes[i].id == options.captureArrivalsOf)
                return i;
        return -1;
    }();
    if (captureIndex >= 0)
        r.capturedArrivals.assign(static_cast<size_t>(r.steps), 0.0);

    double totalCumulative = 0;
    qint64 bucketStepCount = 0;
    int bucket = 0;
    qint64 nextProgress = 0;
    const qint64 progressEvery = std::max<qint64>(chunkCap, r.steps / 200);

    // The chunk is processed node by node in topological order, each node over all the
    // chunk's steps: a node's inputs for the chunk are complete once its upstream nodes are
    // done, and its state stays in registers through a tight loop. Inputs arrive in per-node
    // buffers [node][slot][step]; poll wires have their own arrival buffers.
    enum { InSync, InAsync, InOther, InSlots };
    std::vector<double> inBuf(static_cast<size_t>(n) * InSlots * chunkCap, 0.0);
    std::vector<double> pollBuf(static_cast<size_t>(std::max(1, g.pollWireCount)) * chunkCap, 0.0);
    std::vector<double> scratch(static_cast<size_t>(20) * chunkCap, 0.0);
    double *const extBuf = scratch.data();
    double *const outBuf = extBuf + chunkCap;
    double *const lostBuf = outBuf + chunkCap;
    double *const poolFree = lostBuf + chunkCap;
    double *const legacyUsed = poolFree + chunkCap;
    double *const tArr = legacyUsed + chunkCap;
    double *const tServed = tArr + chunkCap;
    double *const tConc = tServed + chunkCap;
    double *const tThr = tConc + chunkCap;
    double *const tBacklog = tThr + chunkCap;
    double *const tCold = tBacklog + chunkCap;
    double *const tCost = tCold + chunkCap;
    // Per-step quantities of the node at hand, summed after its loop: separate sums inside
    // the loop make the compiler pair them through memory (a store-forwarding stall per step).
    double *const qArr = tCost + chunkCap;
    double *const qServed = qArr + chunkCap;
    double *const qThrottled = qServed + chunkCap;
    double *const qCreated = qThrottled + chunkCap;
    double *const qGbs = qCreated + chunkCap;
    double *const qGbsProvisioned = qGbs + chunkCap;
    double *const qInit = qGbsProvisioned + chunkCap;
    // Four partial sums in a fixed order: one running sum would wait on every add.
    auto sum = [](const double *v, int len) {
        double p[4] = {0, 0, 0, 0};
        int k = 0;
        for (; k + 4 <= len; k += 4)
            for (int j = 0; j < 4; ++j)
                p[j] += v[k + j];
        for (; k < len; ++k)
            p[0] += v[k];
        return (p[0] + p[1]) + (p[2] + p[3]);
    };
    auto input = [&](int node, int slot) { return &inBuf[(static_cast<size_t>(node) * InSlots + slot) * chunkCap]; };
    auto slotOf = [&](const SimGraph::Wire &wire) -> double * {
        switch (wire.slot) {
        case SimGraph::Slot::Sync: return input(wire.to, InSync);
        case SimGraph::Slot::Async: return input(wire.to, InAsync);
        case SimGraph::Slot::Poll: return &pollBuf[static_cast<size_t>(wire.pollIndex) * chunkCap];
        case SimGraph::Slot::Other: break;
        }
        return input(wire.to, InOther);
    };
    std::vector<double> wireTotal(g.outWires.size(), 0.0), wirePeak(g.outWires.size(), 0.0);
    // Adds `amounts` (one per step) along the node's wires: normal wires or failure wires.
    auto deliver = [&](const SimGraph::Node &node, const double *amounts, int len, bool failures) {
        for (int w = node.outBegin; w < node.outEnd; ++w) {
            const SimGraph::Wire &wire = g.outWires[w];
            if (wire.failure != failures)
                continue;
            double *to = slotOf(wire);
            const double ratio = wire.ratio;
            double total = 0, busiest = wirePeak[w];
            for (int k = 0; k < len; ++k) {
                const double x = amounts[k] * ratio;
                to[k] += x;
                total += x;
                busiest = x > busiest ? x : busiest;
            }
            wireTotal[w] += total;
            wirePeak[w] = busiest;
        }
    };
    const double legacyRefill = legacyPerMinute / 60 * dt;
    const double invDt = 1 / dt;

    for (qint64 chunkStart = 0; chunkStart < r.steps;) {
        // Chunks end where buckets end: a chunk holds whole buckets when they are short, or
        // part of one bucket when they are long, so the fold below never splits a bucket.
        const qint64 chunkSteps = r.bucketSteps <= chunkCap ? r.bucketSteps * (chunkCap / r.bucketSteps)
                                                             : std::min<qint64>(chunkCap, r.bucketSteps - bucketStepCount);
        const int len = static_cast<int>(std::min<qint64>(chunkSteps, r.steps - chunkStart));
        const double t0 = static_cast<double>(chunkStart) * dt;
        std::fill(inBuf.begin(), inBuf.end(), 0.0);
        std::fill(pollBuf.begin(), pollBuf.end(), 0.0);
        std::fill(scratch.begin(), scratch.end(), 0.0);
        std::fill(poolFree, poolFree + chunkCap, unreservedPool);

        for (int i : g.order) {
            const SimGraph::Node &node = g.nodes[i];
            NodeState &s = st[i];
            const double *inSync = input(i, InSync);
            const double *inAsync = input(i, InAsync);
            const double *inOther = input(i, InOther);
            double *cArr = &cell(static_cast<int>(Series::Arrivals), i, 0);
            double *cServed = &cell(static_cast<int>(Series::Served), i, 0);
            double *cConc = &cell(static_cast<int>(Series::Concurrency), i, 0);
            double *cUtil = &cell(static_cast<int>(Series::Utilization), i, 0);
            double *cThr = &cell(static_cast<int>(Series::Throttled), i, 0);
            double *cBacklog = &cell(static_cast<int>(Series::Backlog), i, 0);
            double *cCold = &cell(static_cast<int>(Series::ColdStarts), i, 0);
            double *cCost = &cell(static_cast<int>(Series::CostRate), i, 0);
            double *cCum = &cell(static_cast<int>(Series::CumulativeCost), i, 0);
            const double perHour = 3600 * invDt;
            double cumulative = s.cumulativeCost;
            double arrivalsTotal = 0, servedTotal = 0, throttledTotal = 0, coldTotal = 0;

            if (node.hasTraffic) {
                node.traffic.fillMeanRates(t0, dt, len, extBuf);
                if (node.traffic.poissonNoise()) {
                    detmath::Poisson &sampler = samplers[i];
                    for (int k = 0; k < len; ++k)
                        extBuf[k] = sampler.draw(extBuf[k] * dt);
                } else {
                    for (int k = 0; k < len; ++k)
                        extBuf[k] *= dt;
                }
                for (int k = 0; k < len; ++k)
                    tArr[k] += extBuf[k];
            } else {
                std::fill(extBuf, extBuf + len, 0.0);
            }

            switch (node.role) {
            case SimGraph::Role::Relay: {
                const double standing = node.usdPerSecond * dt;
                for (int k = 0; k < len; ++k) {
                    const double a = extBuf[k] + inSync[k] + inAsync[k] + inOther[k];
                    outBuf[k] = a;
                    const double cost = a * node.usdPerEvent + standing;
                    cumulative += cost;
                    // Concurrency, utilization, throttles and cold starts stay unset: relays
                    // have none, and their rows are never folded (zeroRow).
                    cArr[k] = a * invDt;
                    cServed[k] = a * invDt;
                    cBacklog[k] = 0;  // consumers add their backlog of this stream or queue
                    cCost[k] = cost * perHour;
                    cCum[k] = cumulative;
                }
                const double events = sum(outBuf, len);
                arrivalsTotal = servedTotal = events;
                s.usage[CostModel::Events] += events;
                s.usage[CostModel::Seconds] += dt * len;
                deliver(node, outBuf, len, false);
                break;
            }
            case SimGraph::Role::Lambda: {
                const double d = node.durationS;
                const double f = node.failureRate;
                const bool legacy = options.legacyScaling;
                const double staticLimit = node.reserved >= 0 ? node.reserved : unreservedPool;
                const double perLimit = staticLimit > 0 ? 1 / staticLimit : 0.0;
                AsyncQueue *q = s.asyncQueue >= 0 ? &queues[s.asyncQueue] : nullptr;
                double warm = s.warm, tokens = s.tokens, level = accountTokens;
                for (int k = 0; k < len; ++k) {
                    const double t = t0 + k * dt;
                    const double syncInv = inSync[k];
                    const double asyncNew = inAsync[k];
                    double arrivals = syncInv + asyncNew;
                    double asyncAvail = 0, expired = 0;
                    // With nothing waiting, the step's events need no cohorts unless some are
                    // left over (they cannot expire within the step they arrived in).
                    const bool cohorts = q && (q->total > 0 || dt > asyncMaxAgeS);
                    if (cohorts) {
                        q->push(t, asyncNew);
                        expired = q->expire(t + dt, asyncMaxAgeS);
                        asyncAvail = q->total;
                    } else {
                        asyncAvail = asyncNew;
                    }
                    double pollDemand = 0;
                    for (int p = node.pollBegin; p < node.pollEnd; ++p) {
                        const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
                        PollState &ps = poll[wire.pollIndex];
                        const double in = pollBuf[static_cast<size_t>(wire.pollIndex) * chunkCap + k];
                        ps.backlog += in;
                        arrivals += in;
                        ps.invocations = 0;
                        if (ps.backlog <= 0)
                            continue;
                        const double cap = wire.queue ? std::min(ps.pollers, wire.maxConcurrency) : wire.streamCap;
                        // Batches fill up under load; at low rates each poll (about one per
                        // second per poller) takes what is there.
                        ps.needed = std::max(ps.backlog / wire.batchSize, std::min(ps.backlog, cap * dt));
                        ps.perInvocation = ps.backlog / ps.needed;
                        ps.invocations = std::min(ps.needed, cap * dt / d);
                        pollDemand += ps.invocations;
                    }
                    const double demand = (syncInv + asyncAvail * s.attempts + pollDemand) * d * invDt;
                    // Divided early: the division then overlaps the scaling arithmetic below.
                    const double perDemand = demand > 0 ? 1 / demand : 0.0;
                    const double limit = node.reserved >= 0 ? node.reserved : poolFree[k];
                    double available;
                    if (legacy) {
                        // The account's burst bucket, after the functions handled before this
                        // one in this chunk took their share.
                        level = std::min(legacyBurst, level + legacyRefill) - legacyUsed[k];
                        available = std::max(0.0, level);
                    } else {
                        tokens = std::min(scalingPer10s, tokens + refill);
                        available = tokens;
                    }
                    const double conc = std::min(std::min(demand, limit), std::max(warm + available, node.provisioned));
                    const double share = demand > 0 ? conc * perDemand : 1.0;
                    const double servedSync = syncInv * share;
                    const double asyncServed = asyncAvail * share;
                    double pollServed = 0, backlog = 0;
                    for (int p = node.pollBegin; p < node.pollEnd; ++p) {
                        const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
                        PollState &ps = poll[wire.pollIndex];
                        if (ps.invocations <= 0 && ps.backlog <= 0) {
                            ps.ageS = 0;
                            continue;
                        }
                        const double inv = ps.invocations * share;
                        const double consumed = std::min(ps.backlog, inv * ps.perInvocation);
                        ps.backlog -= consumed;
                        pollServed += inv;
                        ps.ageS = ps.backlog <= 1e-9 ? 0 : consumed > 0 ? ps.backlog / (consumed / dt) : ps.ageS + dt;
                        s.peakAge = std::max(s.peakAge, ps.ageS);
                        if (wire.queue) {
                            const double wanted = ps.needed * d * invDt;
                            ps.pollers = wanted > ps.pollers
                                             ? std::min(wire.maxConcurrency, ps.pollers + sqsPollersPerMinute / 60 * dt)
                                             : std::max(std::min(sqsPollersStart, wire.maxConcurrency), wanted);
                        }
                        backlog += ps.backlog;
                        cell(static_cast<int>(Series::Backlog), wire.from, k) += ps.backlog;
                    }
                    double asyncThrottled = 0;
                    if (q) {
                        if (cohorts)
                            q->pop(asyncServed);
                        else if (asyncAvail - asyncServed > 1e-12 * (1 + asyncServed))
                            q->push(t, asyncAvail - asyncServed);
                        asyncThrottled = std::max(0.0, asyncNew - std::max(0.0, asyncServed - (asyncAvail - asyncNew)));
                        backlog += q->total;
                        s.peakAge = std::max(s.peakAge, q->ageS(t + dt));
                    }
                    const double invocations = servedSync + asyncServed * s.attempts + pollServed;
                    const double throttled = (syncInv - servedSync) + asyncThrottled;
                    // An invocation needs a whole environment even when the average is a fraction.
                    const double needed = conc > 0 ? std::max(conc, std::min(1.0, invocations)) : 0.0;
                    const double created = std::max(0.0, needed - warm);
                    if (legacy) {
                        legacyUsed[k] += created;
                        level -= created;
                    } else {
                        tokens = std::max(0.0, tokens - created);
                    }
                    warm = std::max(warm, needed);
                    warm = std::max(node.provisioned, needed + (warm - needed) * reclaimKeep);
                    if (node.reserved < 0)
                        poolFree[k] = std::max(0.0, poolFree[k] - conc);
                    const double failedAsync = asyncServed * s.finalFailure;
                    s.expired += expired;
                    s.failed += failedAsync;
                    lostBuf[k] = failedAsync + expired;
                    outBuf[k] = (servedSync + pollServed) * (1 - f) + asyncServed * (1 - s.finalFailure);
                    // Billing: duration on provisioned environments while they suffice.
                    const double gbs = invocations * node.billedDurationS * node.memoryGb;
                    const double provShare = conc > 0 ? std::min(conc, node.provisioned) / conc : 0.0;
                    const double init = created * node.coldStartS * node.memoryGb;
                    qGbs[k] = gbs * (1 - provShare);
                    qGbsProvisioned[k] = gbs * provShare;
                    qInit[k] = init;
                    const double cost = invocations * node.usdPerRequest + (gbs * (1 - provShare) + init) * node.usdPerGbS
                                        + gbs * provShare * node.usdPerProvisionedDurationGbS + node.usdPerSecond * dt;
                    cumulative += cost;
                    qArr[k] = arrivals;
                    qServed[k] = invocations;
                    qThrottled[k] = throttled;
                    qCreated[k] = created;
                    cArr[k] = arrivals * invDt;
                    cServed[k] = invocations * invDt;
                    cConc[k] = conc;
                    cUtil[k] = staticLimit > 0 ? conc * perLimit : (demand > 0 ? 1.0 : 0.0);
                    cThr[k] = throttled * invDt;
                    cBacklog[k] = backlog;
                    cCold[k] = created * invDt;
                    cCost[k] = cost * perHour;
                    cCum[k] = cumulative;
                }
                s.warm = warm;
                s.tokens = tokens;
                arrivalsTotal = sum(qArr, len);
                servedTotal = sum(qServed, len);
                throttledTotal = sum(qThrottled, len);
                coldTotal = sum(qCreated, len);
                s.usage[CostModel::Requests] += servedTotal;
                s.usage[CostModel::GbSeconds] += sum(qGbs, len);
                s.usage[CostModel::ProvisionedDurationGbS] += sum(qGbsProvisioned, len);
                s.usage[CostModel::InitGbSeconds] += sum(qInit, len);
                s.usage[CostModel::Seconds] += dt * len;
                deliver(node, outBuf, len, false);
                double lost = 0;
                for (int k = 0; k < len; ++k)
                    lost += lostBuf[k];
                if (lost > 0) {
                    if (node.hasFailureWire) {
                        s.toFailure += lost;
                        deliver(node, lostBuf, len, true);
                    } else {
                        s.dropped += lost;
                    }
                }
                break;
            }
            case SimGraph::Role::Container: {
                double units = s.units, pending = s.pending, readyAt = s.readyAt, below = s.belowTargetS;
                double queued = s.backlog;
                for (int k = 0; k < len; ++k) {
                    const double t = t0 + k * dt;
                    const double in = inSync[k] + inAsync[k] + inOther[k];
                    if (pending > 0 && t >= readyAt) {
                        units += pending;
                        pending = 0;
                    }
                    const double capacity = units * node.unitCapacity * dt;
                    queued += in;
                    const double served = std::min(queued, capacity);
                    queued -= served;
                    double throttled = 0;
                    if (node.syncOnly) {
                        const double maxQueue = units * node.unitCapacity * syncQueueS;
                        if (queued > maxQueue) {
                            throttled = queued - maxQueue;
                            queued = maxQueue;
                        }
                    }
                    const double util = capacity > 0 ? served / capacity : (in > 0 ? 1.0 : 0.0);
                    // Target tracking on utilization: the demand (arrivals plus draining the
                    // queue within a minute) at the target utilization, after the launch delay.
                    const double demandRate = in / dt + queued / 60;
                    const double desired = std::clamp(std::ceil(demandRate / (node.unitCapacity * node.targetUtilization)),
                                                      node.minUnits, node.maxUnits);
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
                        if (below >= scaleInCooldownS) {
                            units = std::max(desired, node.minUnits);
                            below = 0;
                        }
                    } else {
                        below = 0;
                    }
                    qGbs[k] = units * dt;  // unit-seconds
                    const double cost = units * dt * node.usdPerUnitSecond + node.usdPerSecond * dt;
                    cumulative += cost;
                    outBuf[k] = served;
                    qArr[k] = in;
                    qThrottled[k] = throttled;
                    cArr[k] = in * invDt;
                    cServed[k] = served * invDt;
                    cConc[k] = units;
                    cUtil[k] = util;
                    cThr[k] = throttled * invDt;
                    cBacklog[k] = queued;
                    cCold[k] = 0;
                    cCost[k] = cost * perHour;
                    cCum[k] = cumulative;
                }
                s.units = units;
                s.pending = pending;
                s.readyAt = readyAt;
                s.belowTargetS = below;
                s.backlog = queued;
                arrivalsTotal = sum(qArr, len);
                servedTotal = sum(outBuf, len);
                throttledTotal = sum(qThrottled, len);
                s.usage[CostModel::UnitSeconds] += sum(qGbs, len);
                s.usage[CostModel::Seconds] += dt * len;
                deliver(node, outBuf, len, false);
                break;
            }
            }
            s.cumulativeCost = cumulative;
            s.arrivals += arrivalsTotal;
            s.invocations += servedTotal;
            s.throttled += throttledTotal;
            s.coldStarts += coldTotal;
            if (i == captureIndex)
                for (int k = 0; k < len; ++k)
                    r.capturedArrivals[static_cast<size_t>(chunkStart + k)] = cArr[k] * dt;
        }
        if (options.legacyScaling) {
            for (int k = 0; k < len; ++k)
                accountTokens = std::max(0.0, std::min(legacyBurst, accountTokens + legacyRefill) - legacyUsed[k]);
            std::fill(legacyUsed, legacyUsed + chunkCap, 0.0);
        }
        // The diagram's own row: sums of the node rows (in node order, vectorisable), the
        // per-step cost from the summed cost rate.
        for (int i = 0; i < n; ++i) {
            const SimGraph::Role role = g.nodes[i].role;
            if (role == SimGraph::Role::Relay) {
                const double *c = &cell(static_cast<int>(Series::CostRate), i, 0);
                for (int k = 0; k < len; ++k)
                    tCost[k] += c[k];
                continue;
            }
            auto add = [&](Series series, double *total) {
                const double *c = &cell(static_cast<int>(series), i, 0);
                for (int k = 0; k < len; ++k)
                    total[k] += c[k];
            };
            add(Series::Served, tServed);
            add(Series::Throttled, tThr);
            add(Series::Backlog, tBacklog);
            add(Series::CostRate, tCost);
            if (role == SimGraph::Role::Lambda) {
                add(Series::Concurrency, tConc);
                add(Series::ColdStarts, tCold);
            }
        }
        for (int k = 0; k < len; ++k) {
            totalCumulative += tCost[k] * dt / 3600;
            cell(static_cast<int>(Series::Arrivals), n, k) = tArr[k] * invDt;
            cell(static_cast<int>(Series::Served), n, k) = tServed[k];
            cell(static_cast<int>(Series::Concurrency), n, k) = tConc[k];
            cell(static_cast<int>(Series::Utilization), n, k)
                = options.accountConcurrency > 0 ? tConc[k] / options.accountConcurrency : 0;
            cell(static_cast<int>(Series::Throttled), n, k) = tThr[k];
            cell(static_cast<int>(Series::Backlog), n, k) = tBacklog[k];
            cell(static_cast<int>(Series::ColdStarts), n, k) = tCold[k];
            cell(static_cast<int>(Series::CostRate), n, k) = tCost[k];
            cell(static_cast<int>(Series::CumulativeCost), n, k) = totalCumulative;
        }

        // Fold the chunk into buckets: whole short buckets straight from the chunk, or the
        // open long bucket through its accumulators. Rows a kind never sets stay 0.
        auto closeBucket = [&](int b, size_t idx, double lo, double hi, double total, qint64 count) {
            const std::array<float *, 3> &out = dest[idx];
            out[0][b] = static_cast<float>(lo);
            out[1][b] = static_cast<float>(hi);
            out[2][b] = static_cast<float>(total / static_cast<double>(count));
            totalSum[idx] += total;
            peak[idx] = std::max(peak[idx], hi);
        };
        if (r.bucketSteps <= chunkCap) {
            const int bs = static_cast<int>(r.bucketSteps);
            const int whole = len / bs;
            const double perStep = 1.0 / bs;
            // Series by series: each gets a run of consecutive buckets.
            for (size_t idx = 0; idx < acc.size(); ++idx) {
                if (zeroRow[idx])
                    continue;
                const double *v = &buf[idx * chunkCap];
                float *lows = dest[idx][0] + bucket, *highs = dest[idx][1] + bucket, *means = dest[idx][2] + bucket;
                double sumAll = 0, top = peak[idx];
                for (int b = 0; b < whole; ++b) {
                    const double *x = v + b * bs;
                    // Two lanes, so the three reductions are not one long dependency chain.
                    // (foldChunk's eight lanes cost more than they save on buckets this short.)
                    double lo0 = x[0], hi0 = x[0], s0 = 0, lo1 = x[0], hi1 = x[0], s1 = 0;
                    int k = 0;
                    for (; k + 2 <= bs; k += 2) {
                        lo0 = x[k] < lo0 ? x[k] : lo0;
                        hi0 = x[k] > hi0 ? x[k] : hi0;
                        s0 += x[k];
                        lo1 = x[k + 1] < lo1 ? x[k + 1] : lo1;
                        hi1 = x[k + 1] > hi1 ? x[k + 1] : hi1;
                        s1 += x[k + 1];
                    }
                    if (k < bs) {
                        lo0 = x[k] < lo0 ? x[k] : lo0;
                        hi0 = x[k] > hi0 ? x[k] : hi0;
                        s0 += x[k];
                    }
                    const double lo = std::min(lo0, lo1), hi = std::max(hi0, hi1), total = s0 + s1;
                    lows[b] = static_cast<float>(lo);
                    highs[b] = static_cast<float>(hi);
                    means[b] = static_cast<float>(total * perStep);
                    sumAll += total;
                    top = std::max(top, hi);
                }
                totalSum[idx] += sumAll;
                peak[idx] = top;
                const int tail = len - whole * bs;  // the horizon's last bucket may be short
                if (tail > 0) {
                    Accumulator a;
                    foldChunk(v + whole * bs, tail, &a);
                    closeBucket(bucket + whole, idx, a.min, a.max, a.sum, tail);
                }
            }
            bucket += (len + bs - 1) / bs;
        } else {
            for (size_t idx = 0; idx < acc.size(); ++idx)
                if (!zeroRow[idx])
                    foldChunk(&buf[idx * chunkCap], len, &acc[idx]);
            bucketStepCount += len;
            if (bucketStepCount == r.bucketSteps || chunkStart + len == r.steps) {
                for (size_t idx = 0; idx < acc.size(); ++idx) {
                    const Accumulator &a = acc[idx];
                    if (!zeroRow[idx])
                        closeBucket(bucket, idx, a.min, a.max, a.sum, bucketStepCount);
                    acc[idx] = Accumulator();
                }
                ++bucket;
                bucketStepCount = 0;
            }
        }
        chunkStart += len;
        if (progress && chunkStart >= nextProgress) {
            nextProgress = chunkStart + progressEvery;
            if (!progress(static_cast<double>(chunkStart) / static_cast<double>(r.steps))) {
                r.cancelled = true;
                return r;
            }
        }
    }

    // Summaries and bills.
    QList<QList<CostModel::Line>> lines;
    QList<CostModel::Usage> usage;
    const double steps = static_cast<double>(r.steps);
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        const NodeState &s = st[i];
        SimulationResults::NodeSummary sum;
        sum.id = node.id;
        sum.kind = node.kind;
        sum.label = node.label;
        sum.arrivals = s.arrivals;
        sum.invocations = s.invocations;
        sum.throttled = s.throttled;
        sum.coldStarts = s.coldStarts;
        auto idx = [&](Series series) { return static_cast<size_t>(series) * rows + i; };
        sum.peakConcurrency = peak[idx(Series::Concurrency)];
        sum.meanConcurrency = totalSum[idx(Series::Concurrency)] / steps;
        sum.peakBacklog = peak[idx(Series::Backlog)];
        sum.meanUtilization = totalSum[idx(Series::Utilization)] / steps;
        sum.peakUtilization = peak[idx(Series::Utilization)];
        sum.peakIteratorAgeS = s.peakAge;
        sum.expired = s.expired;
        sum.failed = s.failed;
        sum.toFailureDestination = s.toFailure;
        sum.dropped = s.dropped;
        lines.append(g.costLines.at(i));
        usage.append(s.usage);
        r.nodes.append(sum);
    }
    for (int i = 0; i < n; ++i) {
        r.nodes[i].items = CostModel::items(lines.at(i), usage.at(i));
        double total = 0;
        for (const auto &item : r.nodes[i].items)
            total += item.usd;
        r.nodes[i].costUsd = total;
    }
    for (size_t w = 0; w < g.outWires.size(); ++w) {
        const SimGraph::Wire &wire = g.outWires[w];
        SimulationResults::WireSummary ws;
        ws.id = wire.id;
        ws.from = g.nodes[wire.from].id;
        ws.to = g.nodes[wire.to].id;
        ws.events = wireTotal[w];
        ws.meanRatePerS = wireTotal[w] / (steps * dt);
        ws.peakRatePerS = wirePeak[w] / dt;
        r.wires.append(ws);
    }
    if (options.freeTier)
        CostModel::applyFreeTier(catalog, lines, usage, r.steps * dt, &r.nodes);
    for (const auto &node : r.nodes)
        r.totalCostUsd += node.costUsd;
    r.monthlyProjectionUsd = r.totalCostUsd * SimulationResults::monthS / (r.steps * dt);
    if (progress)
        progress(1.0);
    return r;
}

} // namespace archscope
