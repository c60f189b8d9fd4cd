#include "latency.h"

#include "queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace archscope::queueing {

namespace {

// P(duration > x) for a lognormal of this mean and coefficient of variation, cut at `cap`
// (a function's timeout: the longer draws end there, a mass of `atCap` at it).
struct Lognormal
{
    double mu = 0, sigma = 0, mean = 0;
    double cap = std::numeric_limits<double>::infinity(), atCap = 0;
    Lognormal(double m, double cv, double cut = std::numeric_limits<double>::infinity()) : mean(m)
    {
        const double s2 = std::log1p(cv * cv);
        sigma = std::sqrt(s2);
        mu = std::log(std::max(m, 1e-12)) - s2 / 2;
        atCap = uncut(cut);
        cap = cut;
    }
    double uncut(double x) const
    {
        if (x <= 0)
            return 1;
        if (sigma <= 0)
            return x < mean ? 1 : 0;
        return 0.5 * std::erfc((std::log(x) - mu) / (sigma * std::sqrt(2.0)));
    }
    double survival(double x) const { return x >= cap ? 0.0 : uncut(x); }
    // The density below the cap (the mass at it comes apart: atCap).
    double density(double x) const
    {
        if (x <= 0 || sigma <= 0 || x >= cap)
            return 0;
        const double z = (std::log(x) - mu) / sigma;
        return std::exp(-z * z / 2) / (x * sigma * std::sqrt(2 * M_PI));
    }
};

// P(D + W > x), W exponential with rate `rate`: P(D > x) + ∫₀ˣ f(y) e^(−rate (x − y)) dy.
double survivalWithWait(const Lognormal &d, double x, double rate)
{
    if (x <= 0)
        return 1;
    constexpr int pieces = 256;
    const double h = x / pieces;
    double integral = 0;
    for (int i = 0; i < pieces; ++i) {
        const double y = (i + 0.5) * h;  // midpoints: the density may be steep near 0
        integral += d.density(y) * std::exp(-rate * (x - y));
    }
    const double cut = d.cap < x ? d.atCap * std::exp(-rate * (x - d.cap)) : 0.0;  // cut at the cap, then waited
    return d.survival(x) + integral * h + cut;
}

} // namespace

double durationSurvival(double meanDurationS, double durationCv, double x)
{
    return Lognormal(meanDurationS, durationCv).survival(x);
}

// E[min(D, c)] = E[D] Φ(z − σ) + c P(D > c), z = (ln c − μ) / σ.
double cutMeanDuration(double meanDurationS, double durationCv, double timeoutS)
{
    const Lognormal d(meanDurationS, durationCv);
    if (!(d.sigma > 0))
        return std::min(meanDurationS, timeoutS);
    const double z = (std::log(timeoutS) - d.mu) / d.sigma;
    return meanDurationS * 0.5 * std::erfc(-(z - d.sigma) / std::sqrt(2.0)) + timeoutS * d.uncut(timeoutS);
}

void LatencyMix::addRandomWaits(double served, double load, double servers, double meanDurationS, double durationCv)
{
    if (!(served > 0) || !(load < servers))
        return;
    addWaits(served, waitInQueue(load, servers, meanDurationS, durationCv));
}

void LatencyMix::addBehind(double served, double waitS)
{
    if (!(served > 0))
        return;
    behind += served;
    const double octaves = waitS > 1e-3 ? 2 * std::log2(waitS / 1e-3) : 0.0;
    const int bin = static_cast<int>(std::clamp(std::floor(octaves), 0.0, double(behindBins - 1)));
    behindCount[static_cast<size_t>(bin)] += served;
    behindWaitS[static_cast<size_t>(bin)] += served * waitS;
}

LatencyPercentiles latencyPercentiles(const LatencyMix &mix, double meanDurationS, double durationCv, double initS,
                                      double timeoutS)
{
    LatencyPercentiles out;
    if (!(mix.requests > 0) || !(meanDurationS > 0))
        return out;
    const Lognormal d(meanDurationS, std::max(0.0, durationCv), timeoutS);
    const double coldShare = std::clamp(mix.cold / mix.requests, 0.0, 1.0);
    const double waitShare = std::clamp(mix.waiting / mix.requests, 0.0, 1.0);
    const double waitRate = mix.waiting > 0 && mix.waitSeconds > 0 ? mix.waiting / mix.waitSeconds : 0.0;
    const double behindShare = std::clamp(mix.behind / mix.requests, 0.0, 1.0 - waitShare);
    // The waits behind a standing queue, bin by bin (each at its own mean).
    struct Behind
    {
        double share, waitS;
    };
    std::vector<Behind> behinds;
    for (int b = 0; b < LatencyMix::behindBins && behindShare > 0; ++b)
        if (mix.behindCount[size_t(b)] > 0)
            behinds.push_back({behindShare * mix.behindCount[size_t(b)] / mix.behind,
                               mix.behindWaitS[size_t(b)] / mix.behindCount[size_t(b)]});
    // A cold request's init and a wait are taken as independent of each other.
    auto survival = [&](double x) {
        auto withoutInit = [&](double y) {
            const double plain = d.survival(y);
            double s = (1 - waitShare - behindShare) * plain;
            s += waitShare > 0 && waitRate > 0 ? waitShare * survivalWithWait(d, y, waitRate) : waitShare * plain;
            for (const Behind &b : behinds)
                s += b.share * d.survival(y - b.waitS);
            return s;
        };
        return (1 - coldShare) * withoutInit(x) + (coldShare > 0 ? coldShare * withoutInit(x - initS) : 0.0);
    };
    // Where the survival falls to 1 − p, to 1e-12 of it: regula falsi with the Illinois
    // halving (a survival with waits costs hundreds of exponentials, so a dozen evaluations
    // rather than sixty halvings), and a halving at every third step where it is flat.
    auto quantile = [&](double p) {
        const double target = 1 - p;
        double lo = 0, hi = meanDurationS;
        while (survival(hi) > target && hi < 1e9) {
            lo = hi;
            hi *= 2;
        }
        double above = survival(lo) - target, below = survival(hi) - target;
        int kept = 0;  // > 0: the low end moved last, < 0: the high end
        for (int i = 0; i < 150 && hi - lo > 1e-12 * hi; ++i) {
            double x = i % 3 == 2 || !(above > below) ? (lo + hi) / 2 : hi - below * (hi - lo) / (below - above);
            if (!(x > lo && x < hi))
                x = (lo + hi) / 2;
            const double g = survival(x) - target;
            if (g > 0) {
                lo = x;
                above = g;
                if (kept > 0)
                    below /= 2;
                kept = 1;
            } else {
                hi = x;
                below = g;
                if (kept < 0)
                    above /= 2;
                kept = -1;
            }
        }
        return hi;
    };
    out.p50S = quantile(0.5);
    out.p95S = quantile(0.95);
    out.p99S = quantile(0.99);
    return out;
}

} // namespace archscope::queueing
