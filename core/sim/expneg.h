#pragma once

#include "lanes.h"

#include <cmath>
#include <cstdint>

// e^−x for x ≥ 0, the one transcendental the occupancy model asks for at every level of
// every step: as a plain call, and four lanes at a time for the level passes (no library
// call, so the pass vectorises).
namespace archscope::queueing {

// Most levels are far from the load, where the exponent is tiny (a short series, off by under
// x⁵/120 < 1e-17) or large (under 1e-17, nothing beside the terms of 1 it meets).
// Past this many first passages e^−x is taken as 0: the level is reached for certain.
constexpr double certainPassages = 40;

inline double expNeg(double x)
{
    if (x < 1e-3)
        return 1 - x * (1 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24))));
    return x > certainPassages ? 0.0 : std::exp(-x);
}

// The same, lane by lane: e^−x = 2^−n e^−r with n the nearest whole number to x / ln 2 and
// |r| ≤ ln 2 / 2, e^−r from its Taylor series to the 13th power (the next term is under 2e-16
// of it) in Estrin's scheme (pairs of terms, then pairs of pairs: a quarter of the chained
// operations Horner's rule takes). Within a few units in the last place of std::exp.
[[gnu::always_inline]] inline sim::Double4 expNegReduced4(sim::Double4 x)
{
    using sim::Double4;
    using sim::splat;
    using Int4 = std::int64_t __attribute__((vector_size(32)));
    const Double4 xc = sim::vmin(x, splat(certainPassages));
    // Adding 1.5 × 2⁵² rounds to a whole number held in the low bits of the sum.
    constexpr double shifter = 6755399441055744.0;
    const Double4 shifted = xc * 1.4426950408889634 + shifter;
    const Double4 n = shifted - shifter;
    // ln 2 in two parts, so n × the first is exact; u = −r.
    const Double4 u = n * 1.90821492927058770002e-10 - (xc - n * 0.693147180369123816490);
    const Double4 u2 = u * u, u4 = u2 * u2, u8 = u4 * u4;
    const Double4 q0 = 1 + u, q1 = 0.5 + u * (1.0 / 6), q2 = 1.0 / 24 + u * (1.0 / 120),
                  q3 = 1.0 / 720 + u * (1.0 / 5040), q4 = 1.0 / 40320 + u * (1.0 / 362880),
                  q5 = 1.0 / 3628800 + u * (1.0 / 39916800), q6 = 1.0 / 479001600 + u * (1.0 / 6227020800);
    const Double4 s0 = q0 + q1 * u2, s1 = q2 + q3 * u2, s2 = q4 + q5 * u2;
    const Double4 t0 = s0 + s1 * u4, t1 = s2 + q6 * u4;
    const Double4 e = t0 + t1 * u8;
    // 2^−n: the exponent field 1023 − n (n ≤ 58 here).
    const Int4 whole = __builtin_bit_cast(Int4, shifted) - __builtin_bit_cast(Int4, splat(shifter));
    const Int4 scaleBits = (1023 - whole) << 52;
    return e * __builtin_bit_cast(Double4, scaleBits);
}

// e^−x lane by lane where `needed` (elsewhere any value): most levels are far from the load,
// so a run of four rarely needs the polynomial at all.
[[gnu::always_inline]] inline sim::Double4 expNeg4(sim::Double4 x, sim::Mask4 needed = ~sim::Mask4{})
{
    using sim::splat;
    const sim::Double4 series = 1 - x * (1 - x * (0.5 - x * (1.0 / 6 - x * (1.0 / 24))));
    const sim::Mask4 small = x < 1e-3, large = x > certainPassages;
    const sim::Double4 tails = large ? splat(0.0) : series;
    if (!sim::anyLane(needed & ~(small | large)))
        return tails;
    return (small | large) ? tails : expNegReduced4(x);
}

// below × e^−x: the chance a level is not reached, from the chance of starting below it and
// the first passages; well under the load the first factor alone makes it nothing.
inline double notReached(double below, double x)
{
    return below < 1e-17 ? 0.0 : below * expNeg(x);
}
[[gnu::always_inline]] inline sim::Double4 notReached4(sim::Double4 below, sim::Double4 x)
{
    const sim::Mask4 nothing = below < 1e-17;
    return nothing ? sim::splat(0.0) : below * expNeg4(x, ~nothing);
}

} // namespace archscope::queueing
