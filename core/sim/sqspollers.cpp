#include "sqspollers.h"

#include "simulator.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace archscope::sim {

namespace {

constexpr double growS = 60 / Simulator::sqsPollersPerMinute;  // one poller added
constexpr double pointsPerDecade = 16;
// Above this many events in a round the settled batch no longer moves (it is near full), so
// the rate is taken at this load and scaled: the work per point stays bounded.
constexpr double maxEventsPerRound = 400;

} // namespace

// Uniformized over the events of a round (arrivals and returns together, a Poisson count):
// the messages waiting after k events are a distribution q_k; a return finding none drops a
// poller, one finding up to a batch empties the queue (a fresh start, neither), one finding
// more leaves the rest. At the round's end a poller is added if any wait (taking a batch; if
// messages remain the next round starts with them), or, with none waiting, if the next event
// is an arrival.
PollerBalance sqsPollerBalance(double arrivals, double returns, int batch)
{
    PollerBalance out;
    const double total = arrivals + returns;
    if (!(total > 0) || batch < 1)
        return out;
    const double arrive = arrivals / total, ret = returns / total, mean = total * growS;
    const int kMax = static_cast<int>(mean + 12 * std::sqrt(mean) + 24);
    std::vector<double> exactly(kMax + 1), beyond(kMax + 1);  // P(K = k), P(K > k)
    for (int k = 0; k <= kMax; ++k)
        exactly[k] = std::exp(k * std::log(mean) - mean - std::lgamma(k + 1.0));
    double above = 0;
    for (int k = kMax; k >= 0; --k) {
        beyond[k] = above;
        above += exactly[k];
    }
    std::vector<double> q(1, 1.0), next, atEnd;
    double left = 1;
    // Rounds go on only while more than a batch waits: at returns below arrivals / batch the
    // queue grows without end and every round adds a poller, so a bound on the rounds only
    // trims an excess that is plainly positive.
    for (int round = 0; round < 8 && left > 1e-12; ++round) {
        atEnd.assign(q.size() + kMax + 1, 0.0);
        int top = static_cast<int>(q.size()) - 1;
        q.resize(atEnd.size(), 0.0);
        next.assign(q.size(), 0.0);
        for (int k = 0; k <= kMax; ++k) {
            for (int n = 0; n <= top; ++n)
                atEnd[n] += exactly[k] * q[n];
            out.dropped += beyond[k] * ret * q[0];
            next[0] = 0;
            for (int n = 1; n <= top + 1; ++n)
                next[n] = arrive * q[n - 1] + (n + batch <= top ? ret * q[n + batch] : 0.0);
            ++top;
            while (top > 0 && next[top] < 1e-16)
                --top;
            std::swap(q, next);
        }
        out.dropped += atEnd[0] * ret;
        out.added += atEnd[0] * arrive;
        left = 0;
        q.assign(1, 0.0);
        for (size_t n = 1; n < atEnd.size(); ++n) {
            out.added += atEnd[n];
            if (n > static_cast<size_t>(batch)) {
                q.resize(n - batch + 1, 0.0);
                q[n - batch] = atEnd[n];
                left += atEnd[n];
            }
        }
    }
    return out;
}

double sqsSettledRate(double arrivals, int batch)
{
    if (!(arrivals > 0))
        return 0;
    if (batch <= 1)
        return arrivals;  // a message per invocation whatever the pollers
    const double scale = std::max(1.0, arrivals * growS / maxEventsPerRound);
    const double lambda = arrivals / scale;
    // Added minus dropped falls as returns rise; find its root in ln r (Illinois).
    auto excess = [&](double logRate) {
        const PollerBalance b = sqsPollerBalance(lambda, std::exp(logRate), batch);
        return b.added - b.dropped;
    };
    double lo = std::log(lambda / batch), hi = std::log(lambda) + 0.7;
    double fLo = excess(lo), fHi = excess(hi);
    if (!(fLo > 0))
        return std::exp(lo) * scale;
    if (!(fHi < 0))
        return std::exp(hi) * scale;
    int side = 0;
    for (int i = 0; i < 60 && hi - lo > 1e-7; ++i) {
        const double mid = (lo * fHi - hi * fLo) / (fHi - fLo);
        const double fMid = excess(mid);
        if (fMid > 0) {
            lo = mid;
            fLo = fMid;
            if (side == 1)
                fHi /= 2;
            side = 1;
        } else {
            hi = mid;
            fHi = fMid;
            if (side == -1)
                fLo /= 2;
            side = -1;
        }
    }
    const double rate = std::exp((lo * fHi - hi * fLo) / (fHi - fLo)) * scale;
    return std::clamp(rate, arrivals / batch, arrivals);
}

namespace {

// ln of the settled rate at 10^(bucket / 16) messages a second, computed once per process.
double bucketLogRate(int batch, int bucket)
{
    static std::mutex mutex;
    static std::map<std::pair<int, int>, double> points;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto it = points.find({batch, bucket});
        if (it != points.end())
            return it->second;
    }
    const double value = std::log(sqsSettledRate(std::pow(10.0, bucket / pointsPerDecade), batch));
    const std::lock_guard<std::mutex> lock(mutex);
    return points.emplace(std::make_pair(batch, bucket), value).first->second;
}

} // namespace

SqsPollerEquilibrium::SqsPollerEquilibrium(double batch)
    : m_batch(std::max(1, static_cast<int>(std::lround(batch))))
{
}

double SqsPollerEquilibrium::rate(double arrivals)
{
    if (!(arrivals > 0))
        return 0;
    const double position = std::log10(arrivals) * pointsPerDecade;
    const double floorPosition = std::floor(position);
    if (!(std::abs(floorPosition) < 1e6))
        return sqsSettledRate(arrivals, m_batch);
    const int bucket = static_cast<int>(floorPosition);
    if (bucket != m_bucket) {
        m_logRate = bucketLogRate(m_batch, bucket);
        m_slope = (bucketLogRate(m_batch, bucket + 1) - m_logRate) * pointsPerDecade / std::log(10.0);
        m_bucket = bucket;
    }
    const double logStart = floorPosition / pointsPerDecade * std::log(10.0);
    return std::exp(m_logRate + m_slope * (std::log(arrivals) - logStart));
}

double SqsPollerEquilibrium::busyPollers(double arrivals, double durationS)
{
    // The settled rate is at most the arrival rate: under five busy there, the first pollers
    // take every message as it comes.
    if (!(arrivals * durationS > Simulator::sqsPollersStart))
        return 0;
    const double busy = rate(arrivals) * durationS;
    return busy > Simulator::sqsPollersStart ? busy : 0.0;
}

} // namespace archscope::sim
