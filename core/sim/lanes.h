#pragma once

#include <cmath>
#include <cstring>

// Four doubles in lanes (GCC vector types): one AVX register where the code is compiled for
// AVX2, two SSE2 ones otherwise. Lane arithmetic is the same IEEE operations either way, so
// a value computed in a lane has the same bits as the scalar code that mirrors it.
// The helpers are always inlined: a Double4 passed between functions compiled for different
// targets (see target_clones) would not agree on where it is passed.
namespace archscope::sim {

using Double4 = double __attribute__((vector_size(32)));
using Mask4 = long long __attribute__((vector_size(32)));  // what comparing two Double4 gives

[[gnu::always_inline]] inline Double4 splat(double x)
{
    return Double4{x, x, x, x};
}
[[gnu::always_inline]] inline Double4 load4(const double *p)
{
    Double4 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
[[gnu::always_inline]] inline void store4(double *p, Double4 v)
{
    std::memcpy(p, &v, sizeof v);
}
// Lane j of p[j][k]; p[j][k] = lane j of v.
[[gnu::always_inline]] inline Double4 gather4(const double *const *p, int k)
{
    return Double4{p[0][k], p[1][k], p[2][k], p[3][k]};
}
[[gnu::always_inline]] inline void scatter4(double *const *p, int k, Double4 v)
{
    p[0][k] = v[0];
    p[1][k] = v[1];
    p[2][k] = v[2];
    p[3][k] = v[3];
}
// std::min and std::max lane by lane, with their exact semantics (which argument wins a tie).
[[gnu::always_inline]] inline Double4 vmin(Double4 a, Double4 b)
{
    return b < a ? b : a;
}
[[gnu::always_inline]] inline Double4 vmax(Double4 a, Double4 b)
{
    return a < b ? b : a;
}
[[gnu::always_inline]] inline bool anyLane(Mask4 m)
{
    return (m[0] | m[1] | m[2] | m[3]) != 0;
}
// Rows r0..r3 (four steps of four lanes) to columns (four lanes of four steps).
[[gnu::always_inline]] inline void transpose4(Double4 &r0, Double4 &r1, Double4 &r2, Double4 &r3)
{
    using Index4 = long long __attribute__((vector_size(32)));
    const Double4 t0 = __builtin_shuffle(r0, r1, Index4{0, 4, 2, 6}), t1 = __builtin_shuffle(r0, r1, Index4{1, 5, 3, 7});
    const Double4 t2 = __builtin_shuffle(r2, r3, Index4{0, 4, 2, 6}), t3 = __builtin_shuffle(r2, r3, Index4{1, 5, 3, 7});
    r0 = __builtin_shuffle(t0, t2, Index4{0, 1, 4, 5});
    r1 = __builtin_shuffle(t1, t3, Index4{0, 1, 4, 5});
    r2 = __builtin_shuffle(t0, t2, Index4{2, 3, 6, 7});
    r3 = __builtin_shuffle(t1, t3, Index4{2, 3, 6, 7});
}

// std::ceil lane by lane: below 2^52, adding and removing 2^52 rounds to a whole number
// (SSE2 has no vector ceil), then up by one where that went down. Larger values, infinities
// and NaN are their own ceiling; negative values (never demanded) take std::ceil.
[[gnu::always_inline]] inline Double4 ceil4(Double4 x)
{
    const Double4 big = splat(0x1p52);
    if (anyLane(x < Double4{})) [[unlikely]] {
        for (int j = 0; j < 4; ++j)
            x[j] = std::ceil(x[j]);
        return x;
    }
    const Double4 r = (x + big) - big;
    const Double4 up = r < x ? r + 1.0 : r;
    return x < big ? up : x;
}

} // namespace archscope::sim
