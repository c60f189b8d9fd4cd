#include "detmath.h"

#include "lanes.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>

namespace archscope::detmath {

double expNeg(double x)
{
    if (!(x < 0))
        return 1.0;
    if (x < -700)
        return 0.0;
    // x = k ln2 + r with |r| <= ln2/2; e^r by its Taylor series (13 terms suffice), then 2^k
    // by repeated halving, which is exact.
    constexpr double ln2 = 0.6931471805599453094;
    const double kf = std::floor(x / ln2 + 0.5);
    // Cody-Waite: ln2 in two parts, the first exact when multiplied by kf.
    constexpr double ln2Hi = 6.93147180369123816490e-01;
    constexpr double ln2Lo = 1.90821492927058770002e-10;
    const double r = (x - kf * ln2Hi) - kf * ln2Lo;
    double term = 1.0, sum = 1.0;
    for (int i = 1; i < 16; ++i) {
        term = term * r / i;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(kf));  // exact: a power-of-two scaling
}

double cos(double x)
{
    constexpr double twoPi = 6.283185307179586477;
    constexpr double pi = 3.141592653589793238;
    // Reduce to [-pi, pi]; floor and the products here are exact enough for traffic shapes.
    x = x - twoPi * std::floor(x / twoPi + 0.5);
    // cos is even; fold to [0, pi], then to [0, pi/2] with cos(pi - x) = -cos(x).
    if (x < 0)
        x = -x;
    double sign = 1.0;
    if (x > pi / 2) {
        x = pi - x;
        sign = -1.0;
    }
    // Taylor series to x^22 in Horner form; the coefficients are 1/(2n)! as exact-enough
    // literals, so only + and * remain (same bits everywhere).
    const double x2 = x * x;
    static constexpr double c[] = {1.0,
                                   -1.0 / 2,
                                   1.0 / 24,
                                   -1.0 / 720,
                                   1.0 / 40320,
                                   -1.0 / 3628800,
                                   1.0 / 479001600,
                                   -1.0 / 87178291200.0,
                                   1.0 / 20922789888000.0,
                                   -1.0 / 6402373705728000.0,
                                   1.0 / 2432902008176640000.0,
                                   -1.0 / 1124000727777607680000.0};
    double sum = c[11];
    for (int i = 10; i >= 0; --i)
        sum = sum * x2 + c[i];
    return sign * sum;
}

namespace {
std::uint64_t splitmix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}


} // namespace

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (std::uint64_t &s : m_s)
        s = splitmix(x);
}

namespace {
double knuth(Rng &rng, double limit)
{
    double count = 0;
    double product = rng.uniform();
    while (product > limit) {
        count += 1;
        product *= rng.uniform();
    }
    return count;
}
} // namespace

void Poisson::tabulate(double mean)
{
    double p = m_limit, cdf = 0;
    for (int k = 0; k < tableSize; ++k) {
        cdf += p;
        m_cdf[k] = cdf;
        p = p * mean / (k + 1);
    }
    int k = 0;
    for (int i = 0; i < guideSize; ++i) {
        while (k < tableSize - 1 && m_cdf[k] <= static_cast<double>(i) / guideSize)
            ++k;
        m_guide[i] = static_cast<unsigned char>(k);
    }
    std::fill(m_cdf + tableSize, std::end(m_cdf), std::numeric_limits<double>::infinity());
    m_tabulated = true;
}

double Poisson::draw(double mean)
{
    if (!(mean > 0) || mean >= normalAbove)
        return poisson(m_rng, mean);
    if (mean != m_mean) {
        m_mean = mean;
        m_limit = expNeg(-mean);
        m_repeats = 0;
        m_tabulated = false;
    }
    // Tabulating costs about as much as a few Knuth draws: only for a mean that stays.
    if (!m_tabulated && ++m_repeats > 4)
        tabulate(mean);
    if (!m_tabulated)
        return knuth(m_rng, m_limit);
    return lookUp(m_rng.uniform());
}

// The count whose tabulated cdf interval holds u: the first k whose cdf exceeds u. The guide
// starts at most a few entries short of it, so four comparisons without branches usually
// find it (a branch per entry would be mispredicted about once per draw); the scan goes on
// only past them.
double Poisson::lookUp(double u) const
{
    int k = m_guide[static_cast<int>(u * guideSize)];
    const double *const cdf = m_cdf + k;
    const int ahead = (u >= cdf[0]) + (u >= cdf[1]) + (u >= cdf[2]) + (u >= cdf[3]);
    k += ahead;
    if (ahead == 4)
        while (k < tableSize && u >= m_cdf[k])
            ++k;
    return k;
}

namespace {
__attribute__((target_clones("avx2", "default"))) void countsFromBits(const std::uint64_t *__restrict bits,
                                                                      double *__restrict meanToCount, int n)
{
    for (int k = 0; k < n; ++k)
        meanToCount[k] = poissonNormalFloor(poissonNormalZ(bits[k]), meanToCount[k]);
    // The cap in vectors by hand: the same comparisons, which the vectoriser otherwise
    // turns into nine instructions instead of a minimum and a maximum.
    using sim::Double4;
    int k = 0;
    for (; k + 4 <= n; k += 4)
        sim::store4(meanToCount + k, sim::vmax(Double4{}, sim::vmin(sim::splat(0x1p52), sim::load4(meanToCount + k))));
    for (; k < n; ++k)
        meanToCount[k] = poissonCountFromFloor(meanToCount[k]);
}

// In vectors by hand: a mask ORed together, not an early exit (the vectoriser's count of
// the means below shuffles across register halves, slow on AMD's first Zen). NaN is below.
__attribute__((target_clones("avx2", "default"))) bool allNormal(const double *v, int count)
{
    sim::Mask4 below = {};
    int k = 0;
    for (; k + 4 <= count; k += 4)
        below |= ~(sim::load4(v + k) >= sim::splat(normalAbove));
    bool all = !sim::anyLane(below);
    for (; k < count; ++k)
        all = all && v[k] >= normalAbove;
    return all;
}

// How many of v[from..count) equal x, from the start: eight at a time, then one by one.
int runOf(const double *v, int from, int count, double x)
{
    int k = from;
    for (; k + 8 <= count; k += 8) {
        int equal = 0;
        for (int m = 0; m < 8; ++m)
            equal += v[k + m] == x;
        if (equal != 8)
            break;
    }
    while (k < count && v[k] == x)
        ++k;
    return k - from;
}
} // namespace

void Poisson::drawInPlace(double *v, int count)
{
    // Busy sources draw every step from the normal approximation: the generator's serial
    // loop, then the counts in vectors.
    if (allNormal(v, count)) {
        std::uint64_t bits[256];
        for (int done = 0; done < count; done += 256) {
            const int n = std::min(256, count - done);
            for (int k = 0; k < n; ++k)
                bits[k] = m_rng.next();
            countsFromBits(bits, v + done, n);
        }
        return;
    }
    // A small mean that stays (constant traffic) is drawn from its table, which takes one
    // uniform per draw: the uniforms first, then the look-ups, which do not wait on each other.
    for (int k = 0; k < count;) {
        const int run = m_tabulated ? k + runOf(v, k, count, m_mean) : k;
        if (run == k) {
            v[k] = draw(v[k]);
            ++k;
            continue;
        }
        double u[256];
        for (int done = k; done < run; done += 256) {
            const int n = std::min(256, run - done);
            for (int m = 0; m < n; ++m)
                u[m] = m_rng.uniform();
            for (int m = 0; m < n; ++m)
                v[done + m] = lookUp(u[m]);
        }
        k = run;
    }
}

double poisson(Rng &rng, double mean)
{
    if (!(mean > 0))
        return 0.0;
    if (mean >= normalAbove)
        return poissonNormalCount(poissonNormalZ(rng.next()), mean);
    // Knuth: count uniforms until their product falls below e^-mean.
    return knuth(rng, expNeg(-mean));
}

} // namespace archscope::detmath
