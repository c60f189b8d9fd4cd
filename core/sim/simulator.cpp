#include "simulator.h"

#include "costmodel.h"
#include "detmath.h"
#include "simgraph.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <span>


namespace archscope {

namespace {

using Series = SimulationResults::Series;
constexpr int S = SimulationResults::seriesCount;
constexpr int chunkCap = 256;  // steps per chunk: one node's series for a chunk stay in L1

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

// The series each role sets; the others stay 0 and are never folded.
constexpr Series relaySeries[] = {Series::Arrivals, Series::CostRate, Series::CumulativeCost};
constexpr Series lambdaSeries[] = {Series::Arrivals,  Series::Served,     Series::Concurrency,
                                   Series::Utilization, Series::Throttled, Series::Backlog,
                                   Series::ColdStarts, Series::CostRate,  Series::CumulativeCost};
constexpr Series containerSeries[] = {Series::Arrivals,  Series::Served,  Series::Concurrency, Series::Utilization,
                                      Series::Throttled, Series::Backlog, Series::CostRate,    Series::CumulativeCost};

// Four partial sums in a fixed order: one running sum would wait on every add.
double sum4(const double *v, int len)
{
    double p[4] = {0, 0, 0, 0};
    int k = 0;
    for (; k + 4 <= len; k += 4)
        for (int j = 0; j < 4; ++j)
            p[j] += v[k + j];
    for (; k < len; ++k)
        p[0] += v[k];
    return (p[0] + p[1]) + (p[2] + p[3]);
}

// The largest of v[0..len) (0 if all are below), in four lanes like sum4.
double max4(const double *v, int len)
{
    double m[4] = {0, 0, 0, 0};
    int k = 0;
    for (; k + 4 <= len; k += 4)
        for (int j = 0; j < 4; ++j)
            m[j] = v[k + j] > m[j] ? v[k + j] : m[j];
    for (; k < len; ++k)
        m[0] = v[k] > m[0] ? v[k] : m[0];
    return std::max(std::max(m[0], m[1]), std::max(m[2], m[3]));
}

void addInto(double *__restrict to, const double *__restrict from, int len)
{
    for (int k = 0; k < len; ++k)
        to[k] += from[k];
}

void addScaled(double *__restrict to, const double *__restrict from, double scale, int len)
{
    for (int k = 0; k < len; ++k)
        to[k] += from[k] * scale;
}

// Four doubles: one AVX register where the CPU has AVX2 (see target_clones), two SSE2 ones
// otherwise. Lane arithmetic is the same IEEE operations either way, so results do not
// depend on the CPU.
using Double4 = double __attribute__((vector_size(32)));

// Folds v[0..len) into a bucket's min / max / sum in eight lanes (so no chain of dependent
// operations limits the loop); the lanes are combined in a fixed order, so every build and
// CPU gives the same bits. Returns the sum of v.
__attribute__((target_clones("avx2", "default"))) double foldChunk(const double *v, int len, Accumulator *a)
{
    const Double4 start = {a->min, a->min, a->min, a->min}, top = {a->max, a->max, a->max, a->max};
    Double4 lo0 = start, lo1 = start, hi0 = top, hi1 = top, sum0 = {}, sum1 = {};
    int k = 0;
    for (; k + 8 <= len; k += 8) {
        Double4 x0, x1;
        std::memcpy(&x0, v + k, sizeof x0);
        std::memcpy(&x1, v + k + 4, sizeof x1);
        lo0 = x0 < lo0 ? x0 : lo0;
        lo1 = x1 < lo1 ? x1 : lo1;
        hi0 = x0 > hi0 ? x0 : hi0;
        hi1 = x1 > hi1 ? x1 : hi1;
        sum0 += x0;
        sum1 += x1;
    }
    double lo[8], hi[8], sum[8];
    std::memcpy(lo, &lo0, sizeof lo0);
    std::memcpy(lo + 4, &lo1, sizeof lo1);
    std::memcpy(hi, &hi0, sizeof hi0);
    std::memcpy(hi + 4, &hi1, sizeof hi1);
    std::memcpy(sum, &sum0, sizeof sum0);
    std::memcpy(sum + 4, &sum1, sizeof sum1);
    for (; k < len; ++k) {
        lo[0] = v[k] < lo[0] ? v[k] : lo[0];
        hi[0] = v[k] > hi[0] ? v[k] : hi[0];
        sum[0] += v[k];
    }
    for (int width = 4; width > 0; width /= 2)
        for (int j = 0; j < width; ++j) {
            lo[j] = std::min(lo[j], lo[j + width]);
            hi[j] = std::max(hi[j], hi[j + width]);
            sum[j] += sum[j + width];
        }
    a->min = lo[0];
    a->max = hi[0];
    a->sum += sum[0];
    return sum[0];
}

// Writes bucket `b` of one series from its accumulator: min, max and mean times `scale`
// (per step to per second or per hour). The run's sum and peak stay unscaled.
void closeBucket(const Accumulator &a, qint64 count, double scale, const std::array<float *, 3> &out, int b,
                 double *total, double *peak)
{
    out[0][b] = static_cast<float>(a.min * scale);
    out[1][b] = static_cast<float>(a.max * scale);
    out[2][b] = static_cast<float>(a.sum * scale / static_cast<double>(count));
    *total += a.sum;
    *peak = std::max(*peak, a.max);
}

// Closes the buckets first .. first + columns - 1 of one series from v, laid out as `depth`
// rows of `columns` (column c is bucket first + c). Down the columns the work is element-wise
// across buckets, which vectorises; each bucket's own sum still runs in step order.
// Returns the sum of v.
__attribute__((target_clones("avx2", "default"))) double foldColumns(const double *__restrict v, int depth, int columns, double scale, const std::array<float *, 3> &out,
                   int first, double *total, double *peak)
{
    if (columns == 1) {
        Accumulator a;
        const double chunkSum = foldChunk(v, depth, &a);
        closeBucket(a, depth, scale, out, first, total, peak);
        return chunkSum;
    }
    using Float4 = float __attribute__((vector_size(16)));
    const double meanScale = scale / depth;
    double chunkSum = 0, top = *peak;
    float *const lows = out[0] + first, *const highs = out[1] + first, *const means = out[2] + first;
    // Four columns at a time down the rows, in registers; then the last few one by one.
    int c = 0;
    for (; c + 4 <= columns; c += 4) {
        Double4 lo, hi, sum;
        std::memcpy(&lo, v + c, sizeof lo);
        hi = sum = lo;
        for (int j = 1; j < depth; ++j) {
            Double4 x;
            std::memcpy(&x, v + j * columns + c, sizeof x);
            lo = x < lo ? x : lo;
            hi = x > hi ? x : hi;
            sum += x;
        }
        const Float4 l = __builtin_convertvector(lo * scale, Float4), h = __builtin_convertvector(hi * scale, Float4),
                     m = __builtin_convertvector(sum * meanScale, Float4);
        std::memcpy(lows + c, &l, sizeof l);
        std::memcpy(highs + c, &h, sizeof h);
        std::memcpy(means + c, &m, sizeof m);
        for (int j = 0; j < 4; ++j) {
            chunkSum += sum[j];
            top = hi[j] > top ? hi[j] : top;
        }
    }
    for (; c < columns; ++c) {
        double lo = v[c], hi = v[c], sum = v[c];
        for (int j = 1; j < depth; ++j) {
            const double x = v[j * columns + c];
            lo = x < lo ? x : lo;
            hi = x > hi ? x : hi;
            sum += x;
        }
        lows[c] = static_cast<float>(lo * scale);
        highs[c] = static_cast<float>(hi * scale);
        means[c] = static_cast<float>(sum * meanScale);
        chunkSum += sum;
        top = hi > top ? hi : top;
    }
    *total += chunkSum;
    *peak = top;
    return chunkSum;
}

// A poll wire into a Lambda, with the buffers it reads and reports into.
struct PollWire
{
    const SimGraph::Wire *wire = nullptr;
    PollState *state = nullptr;
    const double *in = nullptr;  // events arriving per step
    double *waiting = nullptr;   // backlog left per position (the stream's or queue's series)
};

// One Lambda function over one chunk: what stepLambda reads and writes.
struct LambdaChunk
{
    const SimGraph::Node *node = nullptr;
    NodeState *state = nullptr;
    AsyncQueue *queue = nullptr;
    const PollWire *polls = nullptr;
    int pollCount = 0;
    int len = 0;
    const int *posOf = nullptr;
    double t0 = 0, dt = 1;
    double unreservedPool = 0, reclaimKeep = 1, refill = 0, legacyRefill = 0;
    double accountLevel = 0;  // legacy scaling: the account's burst bucket at the chunk's start
    const double *inSync = nullptr, *inAsync = nullptr;
    double *poolFree = nullptr, *legacyUsed = nullptr;
    double *out = nullptr, *lost = nullptr;
    double *gbs = nullptr, *gbsProvisioned = nullptr;  // with provisioned concurrency only
    double *series[SimulationResults::seriesCount] = {};
};

// A poll wire's invocations wanted this step, after `in` events joined its backlog.
inline double pollDemand(PollState &ps, const SimGraph::Wire &wire, double in, double dt, double d)
{
    ps.backlog += in;
    ps.invocations = 0;
    if (ps.backlog <= 0)
        return 0;
    const double cap = wire.queue ? std::min(ps.pollers, wire.maxConcurrency) : wire.streamCap;
    // Batches fill up under load; at low rates each poll (about one per second per poller)
    // takes what is there.
    ps.needed = std::max(ps.backlog / wire.batchSize, std::min(ps.backlog, cap * dt));
    ps.perInvocation = ps.backlog / ps.needed;
    ps.invocations = std::min(ps.needed, cap * dt / d);
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
    ps.ageS = ps.backlog <= 1e-9 ? 0 : consumed > 0 ? ps.backlog / (consumed / dt) : ps.ageS + dt;
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
void stepLambda(const LambdaChunk &c)
{
    using S = Simulator;
    const SimGraph::Node &node = *c.node;
    NodeState &s = *c.state;
    const int len = c.len;
    const int *const posOf = c.posOf;
    const double dt = c.dt, invDt = 1 / dt, t0 = c.t0;
    const double d = node.durationS, f = node.failureRate;
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
            polled = pollDemand(one, *oneWire, c.polls[0].in[k], dt, d);
        } else if constexpr (Polls > 1) {
            for (int p = 0; p < c.pollCount; ++p) {
                arrivals += c.polls[p].in[k];
                polled += pollDemand(*c.polls[p].state, *c.polls[p].wire, c.polls[p].in[k], dt, d);
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
        const double invocations = servedSync + asyncServed * attempts + pollServed;
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
        warm = std::max(warm, needed);
        warm = std::max(provisioned, needed + (warm - needed) * reclaimKeep);
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
    case 0: stepLambda<Legacy, Queue, 0>(c); break;
    case 1: stepLambda<Legacy, Queue, 1>(c); break;
    default: stepLambda<Legacy, Queue, 2>(c); break;
    }
}

void stepLambdaAny(const LambdaChunk &c, bool legacy)
{
    if (legacy)
        c.queue ? stepLambdaPolls<true, true>(c) : stepLambdaPolls<true, false>(c);
    else
        c.queue ? stepLambdaPolls<false, true>(c) : stepLambdaPolls<false, false>(c);
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

    // Each node's series for one chunk go to `ser` [series][position], are folded into
    // buckets as soon as the node is done (while they are still in L1), and are added into
    // the diagram's row `tot`. Series hold events and dollars per step; the fold scales them
    // to rates (seriesScale). When buckets are short, a chunk holds whole buckets laid out
    // bucket by column (position = step in bucket * columns + bucket), so the fold runs down
    // the columns with vector operations; otherwise a chunk is part of one bucket, in order.
    std::vector<double> serBuf(static_cast<size_t>(S) * chunkCap, 0.0);
    std::vector<double> totBuf(static_cast<size_t>(S) * chunkCap, 0.0);
    auto ser = [&](Series series) { return &serBuf[static_cast<size_t>(series) * chunkCap]; };
    auto tot = [&](Series series) { return &totBuf[static_cast<size_t>(series) * chunkCap]; };
    std::vector<Accumulator> acc(static_cast<size_t>(S) * rows);
    std::vector<double> totalSum(static_cast<size_t>(S) * rows, 0.0);
    std::vector<double> peak(static_cast<size_t>(S) * rows, 0.0);
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
    const double invDt = 1 / dt;
    const double perHour = 3600 * invDt;
    auto seriesScale = [&](int series, int row) {
        switch (static_cast<Series>(series)) {
        case Series::Arrivals:
        case Series::Served:
        case Series::Throttled:
        case Series::ColdStarts: return invDt;
        case Series::CostRate: return perHour;
        case Series::Utilization:
            if (row == n)  // the diagram's utilization is its concurrency over the account's
                return options.accountConcurrency > 0 ? 1 / options.accountConcurrency : 0.0;
            return 1.0;
        default: return 1.0;
        }
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
    // done, and its state stays in registers through a tight loop. Inputs arrive in
    // buffers per (node, slot) that some wire feeds (others read zeros), indexed by step;
    // poll wires have their own arrival buffers and report their backlog per position.
    enum { InSync, InAsync, InOther, InSlots };
    std::vector<int> inSlot(static_cast<size_t>(n) * InSlots, -1);
    int inSlotCount = 0;
    for (const SimGraph::Wire &wire : g.outWires) {
        const int slot = wire.slot == SimGraph::Slot::Sync ? InSync : wire.slot == SimGraph::Slot::Async ? InAsync : InOther;
        if (wire.slot != SimGraph::Slot::Poll && inSlot[static_cast<size_t>(wire.to) * InSlots + slot] < 0)
            inSlot[static_cast<size_t>(wire.to) * InSlots + slot] = inSlotCount++;
    }
    std::vector<double> inBuf(static_cast<size_t>(inSlotCount + 1) * chunkCap, 0.0);  // the last: zeros
    const int pollSlots = std::max(1, g.pollWireCount);
    std::vector<double> pollBuf(static_cast<size_t>(pollSlots) * chunkCap, 0.0);
    std::vector<double> pollBacklog(static_cast<size_t>(pollSlots) * chunkCap, 0.0);
    std::vector<double> scratch(static_cast<size_t>(8) * chunkCap, 0.0);
    double *const extBuf = scratch.data();
    double *const outBuf = extBuf + chunkCap;
    double *const lostBuf = outBuf + chunkCap;
    double *const poolFree = lostBuf + chunkCap;
    double *const legacyUsed = poolFree + chunkCap;
    double *const qGbs = legacyUsed + chunkCap;           // Lambda with provisioned concurrency
    double *const qGbsProvisioned = qGbs + chunkCap;
    double *const relayBacklog = qGbsProvisioned + chunkCap;
    int posOf[chunkCap];
    auto input = [&](int node, int slot) {
        const int at = inSlot[static_cast<size_t>(node) * InSlots + slot];
        return &inBuf[static_cast<size_t>(at < 0 ? inSlotCount : at) * chunkCap];
    };
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
    // A wire's events and busiest step are the amounts' sum and maximum times its ratio
    // (ratios are never negative), reduced once per node.
    auto deliver = [&](const SimGraph::Node &node, const double *amounts, int len, bool failures) {
        double total = 0, busiest = 0;
        bool reduced = false;
        for (int w = node.outBegin; w < node.outEnd; ++w) {
            const SimGraph::Wire &wire = g.outWires[w];
            if (wire.failure != failures)
                continue;
            if (!reduced) {
                total = sum4(amounts, len);
                busiest = max4(amounts, len);
                reduced = true;
            }
            addScaled(slotOf(wire), amounts, wire.ratio, len);
            wireTotal[w] += total * wire.ratio;
            wirePeak[w] = std::max(wirePeak[w], busiest * wire.ratio);
        }
    };
    const double legacyRefill = legacyPerMinute / 60 * dt;
    // Streams and queues with consumers, and their poll wires.
    std::vector<std::pair<int, std::vector<int>>> polledRelays;
    for (int i = 0; i < n; ++i) {
        std::vector<int> pollIndices;
        for (int w = g.nodes[i].outBegin; w < g.nodes[i].outEnd; ++w)
            if (g.outWires[w].pollIndex >= 0)
                pollIndices.push_back(g.outWires[w].pollIndex);
        if (g.nodes[i].role == SimGraph::Role::Relay && !pollIndices.empty())
            polledRelays.emplace_back(i, std::move(pollIndices));
    }

    std::vector<std::vector<PollWire>> pollWires(n);
    for (int i = 0; i < n; ++i)
        for (int p = g.nodes[i].pollBegin; p < g.nodes[i].pollEnd; ++p) {
            const SimGraph::Wire &wire = g.outWires[g.pollIn[p]];
            const size_t at = static_cast<size_t>(wire.pollIndex) * chunkCap;
            pollWires[i].push_back({&wire, &poll[wire.pollIndex], &pollBuf[at], &pollBacklog[at]});
        }

    for (qint64 chunkStart = 0; chunkStart < r.steps;) {
        // Chunks end where buckets end: a chunk holds whole short buckets (`columns` of
        // `depth` steps), or the horizon's last short bucket, or part of one long bucket.
        const qint64 remaining = r.steps - chunkStart;
        int len = 0, depth = 0, columns = 1;
        bool closes = true;  // the chunk finishes its buckets
        if (r.bucketSteps <= chunkCap) {
            const int bs = static_cast<int>(r.bucketSteps);
            columns = static_cast<int>(std::min<qint64>(chunkCap / bs, remaining / bs));
            depth = columns > 0 ? bs : static_cast<int>(remaining);
            columns = std::max(columns, 1);
            len = depth * columns;
        } else {
            len = depth = static_cast<int>(std::min({qint64(chunkCap), r.bucketSteps - bucketStepCount, remaining}));
            closes = bucketStepCount + len == r.bucketSteps || len == remaining;
        }
        for (int k = 0; k < len; ++k)
            posOf[k] = (k % depth) * columns + k / depth;
        // Folds one series of `row` (at `v`) into its buckets; returns the chunk's sum.
        auto fold = [&](int series, int row, const double *v) {
            const size_t idx = static_cast<size_t>(series) * rows + row;
            if (r.bucketSteps > chunkCap)
                return foldChunk(v, len, &acc[idx]);
            return foldColumns(v, depth, columns, seriesScale(series, row), dest[idx], bucket, &totalSum[idx], &peak[idx]);
        };
        const double t0 = static_cast<double>(chunkStart) * dt;
        std::fill(inBuf.begin(), inBuf.end(), 0.0);
        std::fill(pollBuf.begin(), pollBuf.end(), 0.0);
        std::fill(totBuf.begin(), totBuf.end(), 0.0);
        std::fill(poolFree, poolFree + len, unreservedPool);
        double *const tArr = tot(Series::Arrivals);

        for (int i : g.order) {
            const SimGraph::Node &node = g.nodes[i];
            NodeState &s = st[i];
            const double *inSync = input(i, InSync);
            const double *inAsync = input(i, InAsync);
            const double *inOther = input(i, InOther);
            double *cArr = ser(Series::Arrivals);
            double *cServed = ser(Series::Served);
            double *cConc = ser(Series::Concurrency);
            double *cUtil = ser(Series::Utilization);
            double *cThr = ser(Series::Throttled);
            double *cBacklog = ser(Series::Backlog);
            double *cCost = ser(Series::CostRate);
            double *cCum = ser(Series::CumulativeCost);
            double cumulative = s.cumulativeCost;

            if (node.hasTraffic) {
                node.traffic.fillMeanRates(t0, dt, len, extBuf);
                for (int k = 0; k < len; ++k)
                    extBuf[k] *= dt;
                if (node.traffic.poissonNoise())
                    samplers[i].drawInPlace(extBuf, len);
                for (int k = 0; k < len; ++k)
                    tArr[posOf[k]] += extBuf[k];
            } else {
                std::fill(extBuf, extBuf + len, 0.0);
            }
            // The series this node's role sets (the others stay 0), folded after its loop.
            std::span<const Series> written;

            switch (node.role) {
            case SimGraph::Role::Relay: {
                // Served is Arrivals (copied after the run); Backlog comes from consumers.
                written = relaySeries;
                const double standing = node.usdPerSecond * dt;
                for (int k = 0; k < len; ++k) {
                    const int p = posOf[k];
                    const double a = extBuf[k] + inSync[k] + inAsync[k] + inOther[k];
                    outBuf[k] = a;
                    const double cost = a * node.usdPerEvent + standing;
                    cumulative += cost;
                    cArr[p] = a;
                    cCost[p] = cost;
                    cCum[p] = cumulative;
                }
                break;
            }
            case SimGraph::Role::Lambda: {
                written = lambdaSeries;
                LambdaChunk c;
                c.node = &node;
                c.state = &s;
                c.queue = s.asyncQueue >= 0 ? &queues[s.asyncQueue] : nullptr;
                c.polls = pollWires[i].data();
                c.pollCount = static_cast<int>(pollWires[i].size());
                c.len = len;
                c.posOf = posOf;
                c.t0 = t0;
                c.dt = dt;
                c.unreservedPool = unreservedPool;
                c.reclaimKeep = reclaimKeep;
                c.refill = refill;
                c.legacyRefill = legacyRefill;
                c.accountLevel = accountTokens;
                c.inSync = inSync;
                c.inAsync = inAsync;
                c.poolFree = poolFree;
                c.legacyUsed = legacyUsed;
                c.out = outBuf;
                c.lost = lostBuf;
                c.gbs = qGbs;
                c.gbsProvisioned = qGbsProvisioned;
                for (int series = 0; series < S; ++series)
                    c.series[series] = serBuf.data() + static_cast<size_t>(series) * chunkCap;
                s.cumulativeCost = cumulative;
                stepLambdaAny(c, options.legacyScaling);
                cumulative = s.cumulativeCost;
                if (node.provisioned > 0) {
                    s.usage[CostModel::GbSeconds] += sum4(qGbs, len);
                    s.usage[CostModel::ProvisionedDurationGbS] += sum4(qGbsProvisioned, len);
                }
                break;
            }
            case SimGraph::Role::Container: {
                written = containerSeries;
                double units = s.units, pending = s.pending, readyAt = s.readyAt, below = s.belowTargetS;
                double queued = s.backlog;
                for (int k = 0; k < len; ++k) {
                    const int p = posOf[k];
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
                    const double cost = units * dt * node.usdPerUnitSecond + node.usdPerSecond * dt;
                    cumulative += cost;
                    outBuf[k] = served;
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
                break;
            }
            }
            // Fold the node's series; their chunk sums are the node's totals.
            double chunkSum[S] = {};
            for (Series series : written)
                chunkSum[static_cast<int>(series)] = fold(static_cast<int>(series), i, ser(series));
            s.cumulativeCost = cumulative;
            s.usage[CostModel::Seconds] += dt * len;
            const double arrivals = chunkSum[static_cast<int>(Series::Arrivals)];
            s.arrivals += arrivals;
            switch (node.role) {
            case SimGraph::Role::Relay:
                s.invocations += arrivals;
                s.usage[CostModel::Events] += arrivals;
                addInto(tot(Series::CostRate), cCost, len);
                deliver(node, outBuf, len, false);
                break;
            case SimGraph::Role::Lambda: {
                const double served = chunkSum[static_cast<int>(Series::Served)];
                const double cold = chunkSum[static_cast<int>(Series::ColdStarts)];
                s.invocations += served;
                s.throttled += chunkSum[static_cast<int>(Series::Throttled)];
                s.coldStarts += cold;
                s.usage[CostModel::Requests] += served;
                if (node.provisioned <= 0)
                    s.usage[CostModel::GbSeconds] += served * node.billedDurationS * node.memoryGb;
                s.usage[CostModel::InitGbSeconds] += cold * node.coldStartS * node.memoryGb;
                for (Series series : {Series::Served, Series::Concurrency, Series::Throttled, Series::Backlog,
                                      Series::ColdStarts, Series::CostRate})
                    addInto(tot(series), ser(series), len);
                deliver(node, outBuf, len, false);
                double lost = 0;
                if (s.asyncQueue >= 0)  // only queued events fail or expire
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
            case SimGraph::Role::Container:
                s.invocations += chunkSum[static_cast<int>(Series::Served)];
                s.throttled += chunkSum[static_cast<int>(Series::Throttled)];
                s.usage[CostModel::UnitSeconds] += chunkSum[static_cast<int>(Series::Concurrency)] * dt;
                for (Series series : {Series::Served, Series::Throttled, Series::Backlog, Series::CostRate})
                    addInto(tot(series), ser(series), len);
                deliver(node, outBuf, len, false);
                break;
            }
            if (i == captureIndex)
                for (int k = 0; k < len; ++k)
                    r.capturedArrivals[static_cast<size_t>(chunkStart + k)] = cArr[posOf[k]];
        }
        if (options.legacyScaling) {
            for (int k = 0; k < len; ++k)
                accountTokens = std::max(0.0, std::min(legacyBurst, accountTokens + legacyRefill) - legacyUsed[k]);
            std::fill(legacyUsed, legacyUsed + chunkCap, 0.0);
        }
        // A stream's or queue's backlog is what its consumers left waiting.
        for (const auto &[relay, pollIndices] : polledRelays) {
            std::fill(relayBacklog, relayBacklog + len, 0.0);
            for (int pollIndex : pollIndices)
                addInto(relayBacklog, &pollBacklog[static_cast<size_t>(pollIndex) * chunkCap], len);
            fold(static_cast<int>(Series::Backlog), relay, relayBacklog);
        }
        // The diagram's own row: its cumulative cost runs in step order.
        double *const tCost = tot(Series::CostRate), *const tCum = tot(Series::CumulativeCost);
        for (int k = 0; k < len; ++k) {
            totalCumulative += tCost[posOf[k]];
            tCum[posOf[k]] = totalCumulative;
        }
        for (int series = 0; series < S; ++series)
            fold(series, n, series == static_cast<int>(Series::Utilization) ? tot(Series::Concurrency) : totBuf.data() + series * chunkCap);

        if (r.bucketSteps <= chunkCap) {
            bucket += columns;
        } else {
            bucketStepCount += len;
            if (closes) {
                for (size_t idx = 0; idx < acc.size(); ++idx) {
                    Accumulator &a = acc[idx];
                    if (a.min <= a.max) {  // folded at least once
                        const int series = static_cast<int>(idx / rows), row = static_cast<int>(idx % rows);
                        closeBucket(a, bucketStepCount, seriesScale(series, row), dest[idx], bucket, &totalSum[idx], &peak[idx]);
                    }
                    a = Accumulator();
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
    // A relay passes on what arrives.
    for (int i = 0; i < n; ++i)
        if (g.nodes[i].role == SimGraph::Role::Relay) {
            r.nodeSeries[i][static_cast<int>(Series::Served)] = r.nodeSeries[i][static_cast<int>(Series::Arrivals)];
            const auto idx = [&](Series series) { return static_cast<size_t>(series) * rows + i; };
            totalSum[idx(Series::Served)] = totalSum[idx(Series::Arrivals)];
            peak[idx(Series::Served)] = peak[idx(Series::Arrivals)];
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
