#pragma once

#include "sim/detmath.h"

#include <cmath>
#include <cstdint>

// Random numbers for the exact engine: one stream per run, the same bits for a seed with one
// build (no std:: distributions, whose algorithms differ between standard libraries; std::log
// and std::exp may differ in the last bit between libms).
namespace archscope::exact {

// The simulator's generator (xoshiro256**, seeded by splitmix64) with the draws a per-request
// run needs.
class Rng : public detmath::Rng
{
public:
    using detmath::Rng::Rng;

    // In (0, 1]: never 0, so -log(u) stays finite.
    double openUniform() { return 1 - uniform(); }
    double exponential() { return -std::log(openUniform()); }
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
        return static_cast<int>(whole) + (uniform() < x - whole ? 1 : 0);
    }

private:
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
