#include "queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace archscope::queueing {

namespace {

constexpr double epsilon = 1e-15;
constexpr int maxIterations = 100000;

// 1 / Erlang-B through the upper incomplete gamma function:
//   1/B(a, c) = e^a a^-c Γ(c + 1, a),
// which is the recursion's value for whole c and extends it to fractional c.
double inverseErlangB(double a, double c)
{
    const double s = c + 1;
    if (a > s) {
        // Γ(s, a) = e^-a a^s F with F a continued fraction (modified Lentz), so 1/B = a F.
        const double tiny = 1e-300;
        double b = a + 1 - s;
        double cf = 1 / tiny;
        double d = 1 / b;
        double f = d;
        for (int i = 1; i < maxIterations; ++i) {
            const double an = -i * (i - s);
            b += 2;
            d = an * d + b;
            if (std::fabs(d) < tiny)
                d = tiny;
            cf = b + an / cf;
            if (std::fabs(cf) < tiny)
                cf = tiny;
            d = 1 / d;
            const double delta = d * cf;
            f *= delta;
            if (std::fabs(delta - 1) < epsilon)
                break;
        }
        return a * f;
    }
    // Γ(s, a) = Γ(s) − γ(s, a) with γ(s, a) = e^-a a^s Σ aⁿ / (s (s+1) … (s+n)), so
    // 1/B = e^a a^-c Γ(s) − a Σ. Here a ≤ s + 1, so the two terms never cancel badly.
    double term = 1 / s;
    double sum = term;
    for (int n = 1; n < maxIterations; ++n) {
        term *= a / (s + n);
        sum += term;
        if (term < sum * epsilon)
            break;
    }
    const double logLead = a - c * std::log(a) + std::lgamma(s);
    if (logLead > 700)
        return std::numeric_limits<double>::infinity();
    return std::exp(logLead) - a * sum;
}

} // namespace

double erlangB(double load, double servers)
{
    if (!(servers > 0))
        return 1;
    if (!(load > 0) || std::isinf(servers))
        return 0;
    const double inverse = inverseErlangB(load, servers);
    return inverse >= 1 ? 1 / inverse : 1;
}

double erlangC(double load, double servers)
{
    if (!(load > 0))
        return 0;
    if (!(load < servers))
        return 1;
    const double b = erlangB(load, servers);
    return b / (1 - load / servers * (1 - b));
}

double Wait::quantileS(double p) const
{
    if (probability <= 0 || meanS <= 0 || p <= 1 - probability)
        return 0;
    if (!std::isfinite(meanS) || p >= 1)
        return std::numeric_limits<double>::infinity();
    // P(W > t) = C exp(−t C / W̄): the conditional wait is exponential with mean W̄ / C.
    return meanS / probability * std::log(probability / (1 - p));
}

Wait waitInQueue(double load, double servers, double meanDurationS, double durationCv)
{
    Wait w;
    if (!(load > 0))
        return w;
    if (!(load < servers)) {
        w.probability = 1;
        w.meanS = std::numeric_limits<double>::infinity();
        return w;
    }
    return waitGivenErlangC(erlangC(load, servers), load, servers, meanDurationS, durationCv);
}

Wait waitGivenErlangC(double chance, double load, double servers, double meanDurationS, double durationCv)
{
    Wait w;
    w.probability = chance;
    w.meanS = chance * meanDurationS / (servers - load) * (1 + durationCv * durationCv) / 2;
    return w;
}

} // namespace archscope::queueing

namespace archscope::queueing {

namespace {

// For each level k from `first` on, calls visit(k, −log P(window maximum < k)) while that
// chance is not negligible; returns the level below which the maximum is certain.
template<typename Visit>
long windowLevels(double rate, double durationS, double servers, double windowS, Visit visit)
{
    const double a = rate * durationS;
    if (!(a > 0) || !(windowS > 0))
        return 0;
    const double cap = std::isfinite(servers) ? std::max(1.0, std::floor(servers)) : std::numeric_limits<double>::infinity();
    // Truncated Poisson: πₖ = e^−a aᵏ / k! / P(N ≤ cap). Levels far below a are certain to
    // be reached and levels far above never are: start and stop some deviations away.
    const double spread = 12 * std::sqrt(a) + 12;
    const long first = std::max(1L, long(std::floor(a - spread)));
    const long last = long(std::min(cap, std::ceil(a + spread + 30)));
    // P(N ≤ cap) matters only when the cap cuts the bulk of the distribution (P(N < first)
    // is negligible next to it, first being 12 deviations below the mean).
    double mass = 1;
    if (std::isfinite(cap) && cap < a + spread) {
        mass = 0;
        double pmf = std::exp(-a + first * std::log(a) - std::lgamma(first + 1.0));
        for (long k = first; k <= long(cap); ++k) {
            mass += pmf;
            pmf *= a / (k + 1);
        }
    }
    // pmfPrev: πₖ₋₁; cdf: P(N < k).
    double pmfPrev = std::exp(-a + (first - 1) * std::log(a) - std::lgamma(double(first))) / mass;
    double cdf = 0;
    for (double p = pmfPrev, k = first - 1; k >= 0 && p > 1e-300; --k) {
        cdf += p;
        p *= k / a;
    }
    long sure = first - 1;
    for (long k = first; k <= last; ++k) {
        const double clump = std::max(1 - a / k, 1 / (1 + std::sqrt(a)));
        const double firstPassages = rate * windowS * pmfPrev * clump;
        // P(max < k) = P(N₀ < k) e^(−expected first passages).
        const double hazard = firstPassages - std::log(std::clamp(cdf, 1e-300, 1.0));
        if (hazard > 40 && k == sure + 1)
            sure = k;
        else if (hazard < 1e-15 && k > a)
            break;
        else
            visit(k, hazard);
        cdf += pmfPrev;
        pmfPrev *= a / k;
    }
    return sure;
}

} // namespace

double expectedWindowMaximum(double arrivalRate, double meanDurationS, double servers, double windowS)
{
    double expected = 0;
    const long sure = windowLevels(arrivalRate, meanDurationS, servers, windowS,
                                   [&](long, double hazard) { expected += 1 - std::exp(-hazard); });
    return sure + expected;
}

double PeakEstimator::addWindow(double arrivalRate, double meanDurationS, double servers, double windowS)
{
    double expected = 0;
    const long sure = windowLevels(arrivalRate, meanDurationS, servers, windowS, [&](long k, double hazard) {
        expected += 1 - std::exp(-hazard);
        if (k > m_sureLevel) {
            if (size_t(k) >= m_hazard.size())
                m_hazard.resize(size_t(k) + 1, 0.0);
            m_hazard[size_t(k)] += hazard;
        }
    });
    m_sureLevel = std::max(m_sureLevel, sure);
    return sure + expected;
}

double PeakEstimator::expectedPeak() const
{
    double expected = double(m_sureLevel);
    for (size_t k = size_t(m_sureLevel) + 1; k < m_hazard.size(); ++k)
        expected += 1 - std::exp(-m_hazard[k]);
    return expected;
}

} // namespace archscope::queueing
