#include "seriesfold.h"

#include "lanes.h"

#include <algorithm>
#include <cstring>

namespace archscope::sim {


namespace {
// One more value into a running minimum, maximum and sum, lane by lane (min and max with
// std::min's and std::max's semantics).
template <class V>
[[gnu::always_inline]] inline void take(V x, V &lo, V &hi, V &sum)
{
    lo = vmin(lo, x);
    hi = vmax(hi, x);
    sum += x;
}
} // namespace

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

namespace {
template <bool Add, bool Reduce>
[[gnu::always_inline]] inline void scaleLoop(double *__restrict to, const double *__restrict from, double scale, int len,
                                             double *sum, double *max)
{
    // Lane j of the sum and maximum takes positions j mod 4, like sum4 and max4.
    Double4 partial = {}, top = {};
    int k = 0;
    for (; k + 4 <= len; k += 4) {
        const Double4 x = load4(from + k);
        const Double4 scaled = x * scale;
        store4(to + k, Add ? load4(to + k) + scaled : scaled);
        if constexpr (Reduce) {
            partial += x;
            top = x > top ? x : top;
        }
    }
    for (; k < len; ++k) {
        to[k] = Add ? to[k] + from[k] * scale : from[k] * scale;
        if constexpr (Reduce) {
            partial[0] += from[k];
            top[0] = from[k] > top[0] ? from[k] : top[0];
        }
    }
    if constexpr (Reduce) {
        *sum = (partial[0] + partial[1]) + (partial[2] + partial[3]);
        *max = std::max(std::max(top[0], top[1]), std::max(top[2], top[3]));
    }
}
} // namespace

__attribute__((target_clones("avx2", "default"))) void scaleInto(double *__restrict to, const double *__restrict from,
                                                                 double scale, int len, bool add, double *sum, double *max)
{
    if (sum)
        add ? scaleLoop<true, true>(to, from, scale, len, sum, max) : scaleLoop<false, true>(to, from, scale, len, sum, max);
    else
        add ? scaleLoop<true, false>(to, from, scale, len, sum, max) : scaleLoop<false, false>(to, from, scale, len, sum, max);
}

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
        take(x0, lo0, hi0, sum0);
        take(x1, lo1, hi1, sum1);
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
void closeBucket(const Accumulator &a, qint64 count, double scale, const BucketOut &out, int b,
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
__attribute__((target_clones("avx2", "default"))) double foldColumns(const double *__restrict v, int depth, int columns,
                                                                     double scale, const BucketOut &out, int first,
                                                                     double *total, double *peak)
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
            take(x, lo, hi, sum);
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

// foldChunk lane by lane: eight partial sums per lane (P[m] takes positions m mod 8), the
// remainder into P[0], then the same tree; minima and maxima are exact in any order. A run
// of one or two uses two-double vectors (half the work on a CPU that splits four).
template <int W>
[[gnu::always_inline]] inline void foldLanes(const double *v4, int len, const LaneFold *lanes, int count, double *sums)
{
    using V = LanesOf<W>;
    V lo, hi;
    for (int j = 0; j < W; ++j) {
        const Accumulator *a = lanes[j < count ? j : 0].acc;
        lo[j] = a->min;
        hi[j] = a->max;
    }
    V p[8] = {};
    int k = 0;
    for (; k + 8 <= len; k += 8)
        for (int m = 0; m < 8; ++m)
            take(load4<V>(v4 + (k + m) * 4), lo, hi, p[m]);
    for (; k < len; ++k)
        take(load4<V>(v4 + k * 4), lo, hi, p[0]);
    for (int width = 4; width > 0; width /= 2)
        for (int m = 0; m < width; ++m)
            p[m] += p[m + width];
    for (int j = 0; j < count; ++j) {
        Accumulator *a = lanes[j].acc;
        a->min = lo[j];
        a->max = hi[j];
        a->sum += p[0][j];
        sums[j] = p[0][j];
    }
}

__attribute__((target_clones("avx2", "default"))) void foldChunkLanes(const double *v4, int len, const LaneFold *lanes,
                                                                      int count, double *sums)
{
    count <= 2 ? foldLanes<2>(v4, len, lanes, count, sums) : foldLanes<4>(v4, len, lanes, count, sums);
}

// foldColumns lane by lane: each column runs down its rows in step order, two columns at a
// time so their chains overlap.
__attribute__((target_clones("avx2", "default"))) void foldColumnsLanes(const double *__restrict v4, int depth, int columns,
                                                                        double scale, const LaneFold *lanes, int count,
                                                                        int first, double *sums)
{
    if (columns == 1) {
        Accumulator acc[4];
        LaneFold fresh[4];
        for (int j = 0; j < count; ++j)
            fresh[j].acc = &acc[j];
        foldChunkLanes(v4, depth, fresh, count, sums);
        for (int j = 0; j < count; ++j)
            closeBucket(acc[j], depth, scale, lanes[j].out, first, lanes[j].total, lanes[j].peak);
        return;
    }
    const double meanScale = scale / depth;
    Double4 chunkSum = {}, top;
    for (int j = 0; j < 4; ++j)
        top[j] = *lanes[j < count ? j : 0].peak;
    // (By reference: a Double4 passed by value to a function compiled for another target
    // would not arrive where it is expected, should the lambda not be inlined.)
    auto write = [&](int c, const Double4 &lo, const Double4 &hi, const Double4 &sum) {
        for (int j = 0; j < count; ++j) {
            const BucketOut &out = lanes[j].out;
            out[0][first + c] = static_cast<float>(lo[j] * scale);
            out[1][first + c] = static_cast<float>(hi[j] * scale);
            out[2][first + c] = static_cast<float>(sum[j] * meanScale);
        }
        chunkSum += sum;
        top = hi > top ? hi : top;
    };
    int c = 0;
    for (; c + 2 <= columns; c += 2) {
        Double4 lo0 = load4(v4 + c * 4), lo1 = load4(v4 + (c + 1) * 4);
        Double4 hi0 = lo0, hi1 = lo1, sum0 = lo0, sum1 = lo1;
        for (int row = 1; row < depth; ++row) {
            const Double4 x0 = load4(v4 + (row * columns + c) * 4), x1 = load4(v4 + (row * columns + c + 1) * 4);
            take(x0, lo0, hi0, sum0);
            take(x1, lo1, hi1, sum1);
        }
        write(c, lo0, hi0, sum0);
        write(c + 1, lo1, hi1, sum1);
    }
    for (; c < columns; ++c) {
        Double4 lo = load4(v4 + c * 4), hi = lo, sum = lo;
        for (int row = 1; row < depth; ++row) {
            take(load4(v4 + (row * columns + c) * 4), lo, hi, sum);
        }
        write(c, lo, hi, sum);
    }
    for (int j = 0; j < count; ++j) {
        *lanes[j].total += chunkSum[j];
        *lanes[j].peak = top[j];
        sums[j] = chunkSum[j];
    }
}

namespace {
template <bool Scaled>
[[gnu::always_inline]] inline void addLanes(double *__restrict to, const double *__restrict v4, int len, int count,
                                            const double *scale)
{
    int p = 0;
    if (count <= 2) {  // two steps of two lanes turned with two-double shuffles
        Double2 s0 = {}, s1 = {};
        if constexpr (Scaled) {
            s0 = splat<Double2>(scale[0]);
            s1 = splat<Double2>(count > 1 ? scale[1] : 0.0);
        }
        for (; p + 2 <= len; p += 2) {
            const Double2 r0 = load4<Double2>(v4 + p * 4), r1 = load4<Double2>(v4 + p * 4 + 4);
            Double2 t = load4<Double2>(to + p);
            const Double2 lane0 = __builtin_shufflevector(r0, r1, 0, 2);
            t += Scaled ? lane0 * s0 : lane0;
            if (count > 1) {
                const Double2 lane1 = __builtin_shufflevector(r0, r1, 1, 3);
                t += Scaled ? lane1 * s1 : lane1;
            }
            store4(to + p, t);
        }
    }
    Double4 s[4] = {};
    if constexpr (Scaled)
        for (int j = 0; j < count; ++j)
            s[j] = splat(scale[j]);
    for (; count > 2 && p + 4 <= len; p += 4) {
        Double4 r[4];
        loadColumns4(v4 + p * 4, r[0], r[1], r[2], r[3]);
        Double4 t = load4(to + p);
        for (int j = 0; j < 4; ++j)
            if (j < count)
                t += Scaled ? r[j] * s[j] : r[j];
        store4(to + p, t);
    }
    for (; p < len; ++p)
        for (int j = 0; j < count; ++j)
            to[p] += Scaled ? v4[p * 4 + j] * scale[j] : v4[p * 4 + j];
}
} // namespace

__attribute__((target_clones("avx2", "default"))) void addLanesInto(double *__restrict to, const double *__restrict v4, int len,
                                                                    int count, const double *scale)
{
    scale ? addLanes<true>(to, v4, len, count, scale) : addLanes<false>(to, v4, len, count, scale);
}

namespace {
// The bits of v[0..len) in the lanes of `lanes`, ORed together, stopping at the first eight
// positions where some of them are not zero.
template <int Stride, class M = Mask4>
[[gnu::always_inline]] inline M orBits(const double *v, int len, M lanes)
{
    M bits = {};
    int k = 0;
    for (; k + 8 <= len; k += 8) {
        M block = {};
        for (int m = 0; m < 8; ++m) {
            M x;
            std::memcpy(&x, v + (k + m) * Stride, sizeof x);
            block |= x;
        }
        bits |= block & lanes;
        if (anyLane(bits))
            return bits;
    }
    for (; k < len; ++k) {
        M x;
        std::memcpy(&x, v + k * Stride, sizeof x);
        bits |= x & lanes;
    }
    return bits;
}
} // namespace

__attribute__((target_clones("avx2", "default"))) bool isZero(const double *v, int len)
{
    // Four steps per load; the last len % 4 one by one.
    const int whole = len / 4;
    if (anyLane(orBits<4>(v, whole, ~Mask4{})))
        return false;
    for (int k = whole * 4; k < len; ++k) {
        long long bits;
        std::memcpy(&bits, v + k, sizeof bits);
        if (bits != 0)
            return false;
    }
    return true;
}

__attribute__((target_clones("avx2", "default"))) bool isZeroLanes(const double *v4, int len, int count)
{
    if (count <= 2) {  // the first two lanes of each step only
        const Mask2 lanes = {-1, count > 1 ? -1 : 0};
        return !anyLane(orBits<4>(v4, len, lanes));
    }
    Mask4 lanes;
    for (int j = 0; j < 4; ++j)
        lanes[j] = j < count ? -1 : 0;
    return !anyLane(orBits<4>(v4, len, lanes));
}

void foldZeroChunk(Accumulator *a)
{
    a->min = 0.0 < a->min ? 0.0 : a->min;
    a->max = a->max < 0.0 ? 0.0 : a->max;
    a->sum += 0.0;
}

void foldZeroColumns(int columns, double scale, const BucketOut &out, int first, double *total, double *peak)
{
    const float zero = static_cast<float>(0.0 * scale);
    for (int m = 0; m < 3; ++m)
        std::fill_n(out[m] + first, columns, zero);
    *total += 0.0;
    *peak = 0.0 > *peak ? 0.0 : *peak;
}

} // namespace archscope::sim
