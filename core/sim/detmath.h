#pragma once

#include <algorithm>
#include <bit>
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

// The draw above normalAbove is split in two so a run of draws vectorises: the generator's
// 64 bits (serial), then the count from them (independent per draw).
inline double poissonNormalZ(std::uint64_t bits)
{
    // The Irwin-Hall sum of four 16-bit uniforms (each centred in its cell), scaled to unit
    // variance; its tails end at 3.46 sigma, which a traffic model does not miss. The fields
    // add in pairs within the word; the centred sum x (|x| < 2^18) becomes a double through
    // the bits of 2^52 + 2^51 + x, which vector code can do too (AVX2 cannot convert 64-bit
    // integers). Scaling by a power of two commutes with rounding: the same bits as
    // (sum / 65536 - 2) * sqrt(3).
    constexpr std::uint64_t fields = 0x0000FFFF0000FFFFull;
    constexpr std::uint64_t magic = 0x4338000000000000ull;
    const std::uint64_t pairs = (bits & fields) + ((bits >> 16) & fields);
    const std::uint64_t sum = (pairs & 0xFFFFFFFFull) + (pairs >> 32);
    const double centred = std::bit_cast<double>(sum + (magic + 2 - 2 * 65536)) - 0x1.8p52;
    return centred * (1.7320508075688772 / 65536.0);
}
// Cornish-Fisher: the normal quantile corrected for the Poisson's skew (1/sqrt(mean)), rounded
// down.
inline double poissonNormalFloor(double z, double mean)
{
    return std::floor(mean + std::sqrt(mean) * z + (z * z - 1) / 6 + 0.5);
}
// At most 2^52 (an infinite mean, whose quantile is NaN, gets the cap), at least 0. The
// comparisons are the shape of min and max instructions; apart from the quantile, which
// otherwise gets them merged into a longer sequence.
inline double poissonCountFromFloor(double r)
{
    const double capped = r < 0x1p52 ? r : 0x1p52;
    return capped > 0.0 ? capped : 0.0;
}
inline double poissonNormalCount(double z, double mean)
{
    return poissonCountFromFloor(poissonNormalFloor(z, mean));
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
    double lookUp(double u) const;

    static constexpr int tableSize = 64;  // P(X >= 64) < 1e-20 for any mean below normalAbove
    static constexpr int guideSize = 32;
    Rng m_rng;
    double m_mean = -1;
    double m_limit = 1;
    int m_repeats = 0;
    bool m_tabulated = false;
    // The table, then padding that no uniform reaches (so a draw can look ahead without a bound).
    double m_cdf[tableSize + 3] = {};
    unsigned char m_guide[guideSize] = {};  // the first k whose cdf exceeds i / guideSize
};

} // namespace archscope::detmath
