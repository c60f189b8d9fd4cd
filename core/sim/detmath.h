#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>

// Elementary functions built from IEEE-754 + - * / and sqrt only, so a simulation gives the
// same bits on every platform and libm (std::exp and std::cos are not specified to the last bit).
namespace archscope::detmath {

// e^x for x <= 0 (the only range the Poisson sampler needs); 0 below -700.
double expNeg(double x);

// cos(x) for any finite x, to about 1e-15 absolute: enough for traffic shapes.
double cos(double x);

// A small, fast, well-mixed generator (xoshiro256**) with a fixed seeding (splitmix64).
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 1);
    // Inline: the samplers draw one value per simulated step.
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// A Poisson-distributed count with mean `mean`: exact (Knuth's product method) below
// normalAbove, above it a normal approximation with a skew correction (Cornish-Fisher:
// mean + sqrt(mean) z + (z^2 - 1) / 6, z from the Irwin-Hall sum of four uniforms), rounded,
// at least 0: one random draw whatever the mean.
constexpr double normalAbove = 15;
double poisson(Rng &rng, double mean);

// The draw above normalAbove is split in two so a run of draws vectorises: z from the 64
// random bits (serial: the generator), then the count from z (independent per draw).
inline double poissonNormalZ(std::uint64_t bits)
{
    // The Irwin-Hall sum of four 16-bit uniforms (each centred in its cell), scaled to unit
    // variance; its tails end at 3.46 sigma, which a traffic model does not miss.
    const double sum4 = static_cast<double>((bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF) + (bits >> 48))
                        + 2.0;
    return (sum4 / 65536.0 - 2.0) * 1.7320508075688772;
}
inline double poissonNormalCount(double z, double mean)
{
    // Cornish-Fisher: the normal quantile corrected for the Poisson's skew (1/sqrt(mean)),
    // at most 2^52, rounded down by adding and removing 2^52 (SSE2 has no vector floor), at
    // least 0. Written without branches so runs of draws vectorise.
    // (The cap comes first so an infinite mean, whose quantile is NaN, gets the cap.)
    const double y = std::min(0x1p52, mean + std::sqrt(mean) * z + (z * z - 1) / 6 + 0.5);
    const double r = (y + 0x1p52) - 0x1p52;
    return std::max(r - (r > y ? 1.0 : 0.0), 0.0);
}

// A source's Poisson noise: its own generator. A small mean that repeats (constant traffic)
// is drawn by inverting its tabulated distribution with one uniform; a small mean that
// changes, by Knuth's method with e^-mean.
class Poisson
{
public:
    explicit Poisson(std::uint64_t seed) : m_rng(seed) {}
    double draw(double mean);
    // Replaces each of v[0..count) (a mean) by a draw: the same values as `draw` one by one.
    void drawInPlace(double *v, int count);

private:
    void tabulate(double mean);

    static constexpr int tableSize = 64;  // P(X >= 64) < 1e-20 for any mean below normalAbove
    static constexpr int guideSize = 32;
    Rng m_rng;
    double m_mean = -1;
    double m_limit = 1;
    int m_repeats = 0;
    bool m_tabulated = false;
    double m_cdf[tableSize] = {};
    unsigned char m_guide[guideSize] = {};  // the first k whose cdf exceeds i / guideSize
};

} // namespace archscope::detmath
