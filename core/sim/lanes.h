#pragma once

#include <cmath>
#include <cstring>
#include <type_traits>

// Four doubles in lanes (GCC vector types): one AVX register where the code is compiled for
// AVX2, two SSE2 ones otherwise. Lane arithmetic is the same IEEE operations either way, so
// a value computed in a lane has the same bits as the same code on a plain double.
// The step bodies (relaystep, lambdastep, containerstep) are templates on the lane type:
// double for one node, Double2 or Double4 for runs of nodes. They use only the helpers below,
// each of which also takes a double (and a bool for a mask), so one body serves every width.
// The helpers are always inlined: a Double4 passed between functions compiled for different
// targets (see target_clones) would not agree on where it is passed.
namespace archscope::sim {

// Clang (the fuzz preset, tests/fuzz) cannot multiversion a function template: there the
// lane templates are built for the baseline target only, which changes speed, not results.
#if defined(__clang__)
#define ARCHSCOPE_TEMPLATE_CLONES
#else
#define ARCHSCOPE_TEMPLATE_CLONES __attribute__((target_clones("avx2", "default")))
#endif

using Double4 = double __attribute__((vector_size(32)));
using Mask4 = decltype(Double4{} < Double4{});  // 64-bit integer lanes: all bits set where true
// Two lanes: on a CPU that splits four-double operations in two (AMD's first Zen), a run of
// two nodes steps at half the cost of four.
using Double2 = double __attribute__((vector_size(16)));
using Mask2 = decltype(Double2{} < Double2{});
template <class V>
inline constexpr bool isScalar = std::is_arithmetic_v<V>;
// What comparing two values gives (a bool, or all bits set in the lanes where true), and
// how many lanes a value has.
template <class V>
using MaskOf = std::conditional_t<isScalar<V>, bool, decltype(V{} < V{})>;
template <class V>
inline constexpr int widthOf = sizeof(V) / sizeof(double);
// The lane type of a run of W nodes (1, 2 or 4).
template <int W>
using LanesOf = std::conditional_t<W == 1, double, std::conditional_t<W == 2, Double2, Double4>>;

// The helpers below take vectors of either width; those that make one default to four lanes.
template <class V = Double4>
[[gnu::always_inline]] inline V splat(double x)
{
    if constexpr (isScalar<V>) {
        return x;
    } else {
        V v;
        for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
            v[j] = x;
        return v;
    }
}
template <class V = Double4>
[[gnu::always_inline]] inline V load4(const double *p)
{
    if constexpr (isScalar<V>)
        return *p;
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
template <class V>
[[gnu::always_inline]] inline void store4(double *p, V v)
{
    std::memcpy(p, &v, sizeof v);
}
// Lane j of p[j][k]; p[j][k] = lane j of v.
template <class V = Double4>
[[gnu::always_inline]] inline V gather4(const double *const *p, int k)
{
    if constexpr (isScalar<V>) {
        return p[0][k];
    } else {
        V v;
        for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
            v[j] = p[j][k];
        return v;
    }
}
template <class V>
[[gnu::always_inline]] inline void scatter4(double *const *p, int k, V v)
{
    if constexpr (isScalar<V>) {
        p[0][k] = v;
    } else {
        for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
            p[j][k] = v[j];
    }
}
// std::min and std::max lane by lane, with their exact semantics (which argument wins a tie).
template <class V>
[[gnu::always_inline]] inline V vmin(V a, V b)
{
    return b < a ? b : a;
}
template <class V>
[[gnu::always_inline]] inline V vmax(V a, V b)
{
    return a < b ? b : a;
}
// Whether any lane of a mask is set: the halves ORed in vector registers, so only one value
// moves to a general register (moving each lane costs more, and the kernels ask every step).
template <class M>
[[gnu::always_inline]] inline bool anyLane(M m)
{
    if constexpr (isScalar<M>) {
        return m;
    } else {
        Mask2 pair;
        if constexpr (sizeof(M) == sizeof(Mask4)) {
            Mask2 high;
            std::memcpy(&pair, &m, sizeof pair);
            std::memcpy(&high, reinterpret_cast<const char *>(&m) + sizeof pair, sizeof high);
            pair |= high;
        } else {
            std::memcpy(&pair, &m, sizeof pair);
        }
        pair |= __builtin_shufflevector(pair, pair, 1, 0);
        return pair[0] != 0;
    }
}
// Four rows of four lanes at `rows` (four steps, one after the other) as columns: c0 holds
// lane 0 of each row, and so on. The halves of the rows are loaded straight into place and
// then interleaved within halves: a shuffle across the halves of a register costs eight
// micro-operations on a CPU that splits four-double operations in two (AMD's first Zen).
// (No lambda here: one that returns a vector is not inlined in a debug build, and a vector
// returned from it would not arrive where a function compiled for another target expects it.)
[[gnu::always_inline]] inline Double4 loadHalves(const double *low, const double *high)
{
    return __builtin_shufflevector(load4<Double2>(low), load4<Double2>(high), 0, 1, 2, 3);
}
[[gnu::always_inline]] inline void loadColumns4(const double *rows, Double4 &c0, Double4 &c1, Double4 &c2, Double4 &c3)
{
    const Double4 low02 = loadHalves(rows, rows + 8), low13 = loadHalves(rows + 4, rows + 12);  // lanes 0, 1 of rows 0, 2 / 1, 3
    const Double4 high02 = loadHalves(rows + 2, rows + 10), high13 = loadHalves(rows + 6, rows + 14);  // lanes 2, 3
    c0 = __builtin_shufflevector(low02, low13, 0, 4, 2, 6);
    c1 = __builtin_shufflevector(low02, low13, 1, 5, 3, 7);
    c2 = __builtin_shufflevector(high02, high13, 0, 4, 2, 6);
    c3 = __builtin_shufflevector(high02, high13, 1, 5, 3, 7);
}

// std::ceil lane by lane, which is what the scalar code calls: where the target has a vector
// rounding instruction (AVX2's vroundpd) the vectoriser uses it, else each lane rounds.
template <class V>
[[gnu::always_inline]] inline V ceil4(V x)
{
    if constexpr (isScalar<V>) {
        return std::ceil(x);
    } else {
        for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
            x[j] = std::ceil(x[j]);
        return x;
    }
}

// Lane j of a value or a mask, and setting it.
template <class V>
[[gnu::always_inline]] inline double laneOf(V v, int j)
{
    if constexpr (isScalar<V>)
        return v;
    else
        return v[j];
}
template <class V>
[[gnu::always_inline]] inline void setLane(V &v, int j, double x)
{
    if constexpr (isScalar<V>)
        v = x;
    else
        v[j] = x;
}
template <class M>
[[gnu::always_inline]] inline bool isSet(M m, int j)
{
    if constexpr (isScalar<M>)
        return m;
    else
        return m[j] != 0;
}
template <class M>
[[gnu::always_inline]] inline void setMask(M &m, int j, bool on)
{
    if constexpr (isScalar<M>)
        m = on;
    else
        m[j] = on ? -1 : 0;
}
// Every lane set, or none.
template <class V>
[[gnu::always_inline]] inline MaskOf<V> everyLaneIf(bool on)
{
    if constexpr (isScalar<V>)
        return on;
    else
        return on ? ~MaskOf<V>{} : MaskOf<V>{};
}
template <class M>
[[gnu::always_inline]] inline M notMask(M m)
{
    if constexpr (isScalar<M>)
        return !m;
    else
        return ~m;
}

} // namespace archscope::sim
