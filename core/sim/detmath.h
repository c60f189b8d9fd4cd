#pragma once

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
    std::uint64_t next();
    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_s[4];
};

// A Poisson-distributed count with mean `mean`: exact (Knuth's product method) below
// normalAbove, above it a normal approximation with a skew correction (Cornish-Fisher:
// mean + sqrt(mean) z + (z^2 - 1) / 6, z from the Irwin-Hall sum of four uniforms), rounded,
// at least 0: one random draw whatever the mean.
constexpr double normalAbove = 15;
double poisson(Rng &rng, double mean);

// A source's Poisson noise: its own generator. A small mean that repeats (constant traffic)
// is drawn by inverting its tabulated distribution with one uniform; a small mean that
// changes, by Knuth's method with e^-mean.
class Poisson
{
public:
    explicit Poisson(std::uint64_t seed) : m_rng(seed) {}
    double draw(double mean);

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
