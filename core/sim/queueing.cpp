#include "queueing.h"

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
    if (!(load > 0))
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
    w.probability = erlangC(load, servers);
    w.meanS = w.probability * meanDurationS / (servers - load) * (1 + durationCv * durationCv) / 2;
    return w;
}

} // namespace archscope::queueing
