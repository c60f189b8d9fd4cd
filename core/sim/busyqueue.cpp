#include "busyqueue.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace archscope::sim {

namespace {

constexpr double bucketsPerDecade = 64;
// e^−γ: passages of the Gumbel mean of the run's largest value.
const double gumbelPassages = std::exp(-std::numbers::egamma);

int bucketOf(double x)
{
    return static_cast<int>(std::floor(bucketsPerDecade * std::log10(x)));
}

// 2(e^u − 1 − u)/u²: the mean first passage time over its value at no drift.
double passageFactor(double u)
{
    if (std::fabs(u) < 1e-4)
        return 1 + u / 3;
    if (u > 700)
        return std::numeric_limits<double>::infinity();
    return 2 * std::expm1(u) / (u * u) - 2 / u;
}

} // namespace

BusyQueuePeaks::BusyQueuePeaks(double batch, double durationS, double durationCv)
    : m_batch(std::max(1.0, batch)), m_durationS(durationS), m_cv(durationCv)
{
}

void BusyQueuePeaks::expose(double arrivals, double servers, double seconds)
{
    if (!(arrivals > 0 && servers > 0 && seconds > 0 && m_durationS > 0))
        return;
    const int a = bucketOf(arrivals), s = bucketOf(servers);
    if (m_last >= m_exposure.size() || m_exposure[m_last].arrivalsBucket != a || m_exposure[m_last].serversBucket != s) {
        m_last = 0;
        while (m_last < m_exposure.size() && (m_exposure[m_last].arrivalsBucket != a || m_exposure[m_last].serversBucket != s))
            ++m_last;
        if (m_last == m_exposure.size())
            m_exposure.push_back({a, s, 0, 0, 0});
    }
    Exposure &e = m_exposure[m_last];
    e.seconds += seconds;
    e.arrivals += arrivals * seconds;
    e.servers += servers * seconds;
}

// Expected first passages of `level` over the run; `drainRate`: the rate the queue drains at
// where they happen (weighted by them).
double BusyQueuePeaks::passages(double level, double *drainRate) const
{
    double sum = 0, drained = 0;
    for (const Exposure &e : m_exposure) {
        const double lambda = e.arrivals / e.seconds, servers = e.servers / e.seconds;
        const double mu = servers * m_batch / m_durationS;
        const double drift = std::max(0.0, mu - lambda);
        const double variance = lambda + servers * m_batch * m_batch * m_cv * m_cv / m_durationS;
        const double meanPassageS = level * level / variance * passageFactor(2 * drift * level / variance);
        const double n = e.seconds / meanPassageS;
        sum += n;
        drained += n * mu;
    }
    if (drainRate)
        *drainRate = sum > 0 ? drained / sum : 0;
    return sum;
}

BusyQueuePeaks::Peaks BusyQueuePeaks::peaks() const
{
    // Under one message waiting is no peak of its own (the pollers' figures cover it).
    if (m_exposure.empty() || !(passages(1, nullptr) > gumbelPassages))
        return {};
    double lo = 1, hi = 2;
    while (passages(hi, nullptr) > gumbelPassages && hi < 1e12)
        lo = hi, hi *= 2;
    for (int i = 0; i < 60 && hi - lo > 1e-6 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (passages(mid, nullptr) > gumbelPassages ? lo : hi) = mid;
    }
    double drain = 0;
    passages(lo, &drain);
    return {lo, drain > 0 ? lo / drain : 0};
}

} // namespace archscope::sim
