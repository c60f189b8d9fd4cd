#include "simulationrun.h"

#include <algorithm>
#include <limits>
#include <numeric>

// SimulationRun's series and buckets: the buffers, how a chunk lays out its steps, folding a
// chunk's series into buckets (or deriving them), and the diagram's own row.
namespace archscope::sim {

namespace {
using Series = SimulationResults::Series;
constexpr int S = SimulationResults::seriesCount;
constexpr int stageBuckets = 16;
} // namespace

void SimulationRun::initSeries()
{
    serBuf.assign(static_cast<size_t>(S) * chunkCap, 0.0);
    totBuf.assign(static_cast<size_t>(S) * chunkCap, 0.0);
    acc.resize(static_cast<size_t>(S) * rows);
    totalSum.assign(static_cast<size_t>(S) * rows, 0.0);
    peak.assign(static_cast<size_t>(S) * rows, 0.0);
    r.nodeSeries.resize(n);
    auto zeroed = [&](SimulationResults::DecimatedSeries &d) {
        d.min = SimulationResults::Values(r.bucketCount, 0.f);
        d.max = SimulationResults::Values(r.bucketCount, 0.f);
        d.mean = SimulationResults::Values(r.bucketCount, 0.f);
    };
    // A large diagram is half relays, which set three series of ten.
    for (int i = 0; i < n; ++i)
        for (int sIdx = 0; sIdx < S; ++sIdx)
            if (setsSeries(i, static_cast<Series>(sIdx)))
                zeroed(r.nodeSeries[i][sIdx]);
            else
                r.nodeSeries[i][sIdx] = {};
    for (auto &d : r.totalSeries)
        zeroed(d);
    zeroed(r.zeros);
    dest.resize(static_cast<size_t>(S) * rows);
    for (int sIdx = 0; sIdx < S; ++sIdx)
        for (int row = 0; row < rows; ++row) {
            SimulationResults::DecimatedSeries &d = row < n ? r.nodeSeries[row][sIdx] : r.totalSeries[sIdx];
            dest[static_cast<size_t>(sIdx) * rows + row] = {d.min.data(), d.max.data(), d.mean.data()};
        }
    staged.assign(longBuckets() ? acc.size() * 3 * stageBuckets : 0, 0.f);
    initDerivations();
}

double SimulationRun::seriesScale(int series, int row) const
{
    switch (static_cast<Series>(series)) {
    case Series::Arrivals:
    case Series::Served:
    case Series::Throttled:
    case Series::ColdStarts: return invDt;
    case Series::CostRate: return 3600 * invDt;
    case Series::Utilization:
        if (row == n)  // the diagram's utilization is its concurrency over the account's
            return options.accountConcurrency > 0 ? 1 / options.accountConcurrency : 0.0;
        return 1.0;
    default: return 1.0;
    }
}

// Chunks end where buckets end: a chunk holds whole short buckets (`columns` of `depth`
// steps), or the horizon's last short bucket, or part of one long bucket.
void SimulationRun::layOutChunk()
{
    const qint64 remaining = r.steps - chunkStart;
    depth = 0;
    columns = 1;
    closes = true;
    if (!longBuckets()) {
        const int bs = static_cast<int>(r.bucketSteps);
        columns = static_cast<int>(std::min<qint64>(chunkCap / bs, remaining / bs));
        depth = columns > 0 ? bs : static_cast<int>(remaining);
        columns = std::max(columns, 1);
        len = depth * columns;
    } else {
        // The bucket's rest in about equal chunks (a multiple of 8 steps, which the vector
        // loops take whole): no short chunk pays a whole chunk's set-up.
        const qint64 rest = std::min(r.bucketSteps - bucketStepCount, remaining);
        const qint64 pieces = (rest + chunkCap - 1) / chunkCap;
        len = depth = stepwise ? 1 : static_cast<int>(std::min(rest, ((rest + pieces - 1) / pieces + 7) / 8 * 8));
        closes = bucketStepCount + len == r.bucketSteps || len == remaining;
    }
    const int rowsOf = depth, stride = columns;  // locals: posOf is a member too
    if (stride == 1)
        std::iota(posOf, posOf + len, 0);
    else
        for (int k = 0; k < len; ++k)
            posOf[k] = (k % rowsOf) * stride + k / rowsOf;
}

// What fold gives for a chunk of +0.0 values, to the bit, without reading them.
void SimulationRun::foldZeros(int series, int row)
{
    const size_t idx = static_cast<size_t>(series) * rows + row;
    if (longBuckets())
        foldZeroChunk(&acc[idx]);
    else
        foldZeroColumns(columns, seriesScale(series, row), dest[idx], bucket, &totalSum[idx], &peak[idx]);
}

// Series that are another one scaled by a factor of at least 0 (a relay's cost rate also plus
// its standing cost), computed exactly so by the steps: a function's Served and Utilization
// are its concurrency scaled, a relay's cost rate its arrivals priced. In long buckets they
// need no fold of their own: the transformation is monotone, so the bucket's minimum and
// maximum are the source's transformed, to the bit; the sum is the source's transformed.
// (Short buckets fold every series straight into its outputs.)
void SimulationRun::initDerivations()
{
    derivations.assign(static_cast<size_t>(S) * n, Derivation());
    if (!longBuckets())
        return;
    for (int i = 0; i < n; ++i) {
        const SimGraph::Node &node = g.nodes[i];
        auto set = [&](Series series, const Derivation &d) {
            if (d.factor >= 0 && d.factor < std::numeric_limits<double>::infinity())
                derivations[static_cast<size_t>(series) * n + i] = d;
        };
        if (node.role == SimGraph::Role::Lambda) {
            set(Series::Served, {true, Series::Concurrency, servedPerConcurrency(node, dt), 0, false});
            const double limit = utilizationLimit(node, unreservedPool);
            if (limit > 0)
                set(Series::Utilization, {true, Series::Concurrency, utilizationPerConcurrency(limit), 0, false});
        } else if (node.role == SimGraph::Role::Relay) {
            set(Series::CostRate, {true, Series::Arrivals, node.usdPerEvent, standingCost(node, dt), true});
        }
    }
}

// Sets a derived series' bucket from its source's, once the source's chunk is folded;
// returns the derived chunk sum.
double SimulationRun::derive(int i, Series series, const Derivation &d, double fromChunkSum)
{
    const Accumulator &from = acc[static_cast<size_t>(d.from) * rows + i];
    Accumulator &to = acc[static_cast<size_t>(series) * rows + i];
    to.min = d.hasOffset ? from.min * d.factor + d.offset : from.min * d.factor;
    to.max = d.hasOffset ? from.max * d.factor + d.offset : from.max * d.factor;
    const double chunkSum = d.hasOffset ? fromChunkSum * d.factor + d.offset * len : fromChunkSum * d.factor;
    to.sum += chunkSum;
    return chunkSum;
}

// Folds one series of `row` (at `v`) into its buckets; returns the chunk's sum.
double SimulationRun::fold(int series, int row, const double *v)
{
    const size_t idx = static_cast<size_t>(series) * rows + row;
    if (longBuckets())
        return foldChunk(v, len, &acc[idx]);
    return foldColumns(v, depth, columns, seriesScale(series, row), dest[idx], bucket, &totalSum[idx], &peak[idx]);
}

// After every node: the legacy burst bucket, the relays' backlog, the diagram's row, and the
// buckets the chunk finishes.
void SimulationRun::finishChunk()
{
    if (options.legacyScaling) {
        double tokens = accountTokens;
        for (int k = 0; k < len; ++k)
            tokens = std::max(0.0, legacyLevel(tokens, legacyRefill, legacyUsed[k]));
        accountTokens = tokens;
        std::fill_n(legacyUsed, len, 0.0);
    }
    // A stream's or queue's backlog is what its consumers left waiting.
    for (const auto &[relay, pollIndices] : polledRelays) {
        const double *backlog = &pollBacklog[static_cast<size_t>(pollIndices.front()) * chunkCap];
        if (pollIndices.size() > 1) {
            std::fill(relayBacklog, relayBacklog + len, 0.0);
            for (int pollIndex : pollIndices)
                addInto(relayBacklog, &pollBacklog[static_cast<size_t>(pollIndex) * chunkCap], len);
            backlog = relayBacklog;
        }
        fold(static_cast<int>(Series::Backlog), relay, backlog);
    }
    // The diagram's own row: its cumulative cost runs in step order.
    if (foldsDiagramRow) {
        double *const tCost = tot(Series::CostRate), *const tCum = tot(Series::CumulativeCost);
        double cumulative = totalCumulative;  // a local, like every running value below
        for (int k = 0; k < len; ++k) {
            cumulative += tCost[posOf[k]];
            tCum[posOf[k]] = cumulative;
        }
        totalCumulative = cumulative;
        for (int series = 0; series < S; ++series)
            fold(series, n, series == static_cast<int>(Series::Utilization) ? tot(Series::Concurrency) : totBuf.data() + series * chunkCap);
    }

    exactPoolChunks = std::max(0, exactPoolChunks - 1);
    if (!longBuckets()) {
        bucket += columns;
        return;
    }
    bucketStepCount += len;
    if (!closes)
        return;
    const int slot = bucket - stagedFrom;
    for (size_t idx = 0; idx < acc.size(); ++idx) {
        Accumulator &a = acc[idx];
        float *const out = &staged[idx * 3 * stageBuckets];
        if (a.min <= a.max) {  // folded at least once
            const int series = static_cast<int>(idx / rows), row = static_cast<int>(idx % rows);
            closeBucket(a, bucketStepCount, seriesScale(series, row), {out, out + stageBuckets, out + 2 * stageBuckets}, slot,
                        &totalSum[idx], &peak[idx]);
        } else {
            out[slot] = out[stageBuckets + slot] = out[2 * stageBuckets + slot] = 0;
        }
        a = Accumulator();
    }
    ++bucket;
    bucketStepCount = 0;
    if (bucket - stagedFrom == stageBuckets || chunkStart + len == r.steps)
        unstage();
}

void SimulationRun::unstage()
{
    const int count = bucket - stagedFrom;
    for (size_t idx = 0; idx < acc.size(); ++idx)
        for (int m = 0; m < 3 && dest[idx][m]; ++m)  // series the node never sets have no buckets
            std::copy_n(&staged[(idx * 3 + m) * stageBuckets], count, dest[idx][m] + stagedFrom);
    stagedFrom = bucket;
}

} // namespace archscope::sim
