#pragma once

#include <cmath>
#include <cstdint>

// Random numbers for the exact engine: one stream per run, the same bits for a seed on every
// platform (no std:: distributions, whose algorithms differ between standard libraries).
namespace archscope::exact {

// xoshiro256++ seeded through splitmix64: four words of state and a few cycles per draw.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_s) {
            seed += 0x9e3779b97f4a7c15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // In (0, 1]: never 0, so -log(u) stays finite.
    double uniform() { return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53; }
    double exponential() { return -std::log(uniform()); }
    // Marsaglia's polar method; the second value of each pair is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        const double f = std::sqrt(-2 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }
    // floor(x) plus one with probability frac(x): how many copies a wire with ratio x carries.
    int copies(double x)
    {
        const double whole = std::floor(x);
        return static_cast<int>(whole) + (uniform() <= x - whole && x > whole ? 1 : 0);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

// Durations: a lognormal with the given mean and coefficient of variation (cv 0: always the mean).
class Lognormal
{
public:
    Lognormal() = default;
    Lognormal(double mean, double cv)
        : m_mean(mean), m_fixed(cv <= 0 || mean <= 0)
    {
        if (!m_fixed) {
            const double s2 = std::log1p(cv * cv);
            m_sigma = std::sqrt(s2);
            m_mu = std::log(mean) - s2 / 2;
        }
    }
    double draw(Rng &rng) const { return m_fixed ? m_mean : std::exp(m_mu + m_sigma * rng.normal()); }
    double mean() const { return m_mean; }

private:
    double m_mean = 0, m_mu = 0, m_sigma = 0;
    bool m_fixed = true;
};

} // namespace archscope::exact
