#pragma once

#include <cmath>
#include <cstring>

// Four doubles in lanes (GCC vector types): one AVX register where the code is compiled for
// AVX2, two SSE2 ones otherwise. Lane arithmetic is the same IEEE operations either way, so
// a value computed in a lane has the same bits as the scalar code that mirrors it.
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
using Mask4 = long long __attribute__((vector_size(32)));  // what comparing two Double4 gives
// Two lanes: on a CPU that splits four-double operations in two (AMD's first Zen), a run of
// two nodes steps at half the cost of four.
using Double2 = double __attribute__((vector_size(16)));
using Mask2 = long long __attribute__((vector_size(16)));
template <int W>
struct LanesOf;
template <>
struct LanesOf<4>
{
    using D = Double4;
    using M = Mask4;
};
template <>
struct LanesOf<2>
{
    using D = Double2;
    using M = Mask2;
};

// The helpers below take vectors of either width; those that make one default to four lanes.
template <class V = Double4>
[[gnu::always_inline]] inline V splat(double x)
{
    V v;
    for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
        v[j] = x;
    return v;
}
template <class V = Double4>
[[gnu::always_inline]] inline V load4(const double *p)
{
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
    V v;
    for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
        v[j] = p[j][k];
    return v;
}
template <class V>
[[gnu::always_inline]] inline void scatter4(double *const *p, int k, V v)
{
    for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
        p[j][k] = v[j];
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
    for (unsigned j = 0; j < sizeof(V) / sizeof(double); ++j)
        x[j] = std::ceil(x[j]);
    return x;
}

} // namespace archscope::sim
