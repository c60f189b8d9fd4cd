#include "detmath.h"

#include <algorithm>
#include <cmath>

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
    const double u = m_rng.uniform();
    int k = m_guide[static_cast<int>(u * guideSize)];
    while (k < tableSize && u >= m_cdf[k])
        ++k;
    return k;
}

namespace {
__attribute__((target_clones("avx2", "default"))) void countsFromZ(const double *__restrict z, double *__restrict meanToCount, int n)
{
    for (int k = 0; k < n; ++k)
        meanToCount[k] = poissonNormalCount(z[k], meanToCount[k]);
}
} // namespace

void Poisson::drawInPlace(double *v, int count)
{
    // Busy sources draw every step from the normal approximation: a loop with no calls.
    bool allNormal = true;
    for (int k = 0; k < count; ++k)
        allNormal = allNormal && v[k] >= normalAbove;
    if (allNormal) {
        double z[256];
        for (int done = 0; done < count; done += 256) {
            const int n = std::min(256, count - done);
            for (int k = 0; k < n; ++k)
                z[k] = poissonNormalZ(m_rng.next());
            countsFromZ(z, v + done, n);
        }
        return;
    }
    for (int k = 0; k < count; ++k)
        v[k] = draw(v[k]);
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
