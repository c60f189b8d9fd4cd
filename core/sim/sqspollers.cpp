#include "sqspollers.h"

#include "simulator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>

namespace archscope::sim {

namespace {

constexpr double growS = 60 / Simulator::sqsPollersPerMinute;  // one poller added
constexpr double pointsPerDecade = 16;
// The ceiling of the busy pollers: the level they spend one part in ten thousand of the time
// above, reached within hours (on 12 queues the exact engine's largest over six hours was that
// level within one). Far from five, where the chain is not summed, its normal approximation:
// this many standard deviations above the mean.
constexpr double ceilingTail = 1e-4;
constexpr double ceilingDeviations = 3.72;
// Above this many events in a round (2,000 messages a second) the settled batch is taken at
// this load and held, so the work per point stays bounded: batches of 10 or fewer are near
// full there already; larger batches would still grow, so their rates come out high.
constexpr double maxEventsPerRound = 400;
// Under this many pollers busy at the balance the whole chain is summed (sqsPollerChain).
constexpr double chainBelow = 10;
// The busy pollers' levels are worked out (levelsAt) up to this many events in a round
// (200 messages a second): a point then costs some milliseconds, once per process.
constexpr double levelsEventsPerRound = 40;

SqsSettled withWaiting(SqsSettled settled, double lambda, double rate, int batch, double scale);

} // namespace

// Uniformized over the events of a round (arrivals and returns together, a Poisson count):
// the messages waiting after k events are a distribution q_k; a return finding none drops a
// poller, one finding up to a batch empties the queue (a fresh start, neither), one finding
// more leaves the rest. At the round's end a poller is added if any wait (taking a batch; if
// messages remain the next round starts with them), or, with none waiting, if the next event
// is an arrival.
PollerBalance sqsPollerBalance(double arrivals, double returns, int batch, std::vector<double> *timeWaiting)
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
            // The mass still in the round, in four partial sums (one running sum would wait
            // on every add; this loop is most of a table point's work).
            const double e = exactly[k];
            double alive0 = 0, alive1 = 0, alive2 = 0, alive3 = 0;
            int n = 0;
            for (; n + 3 <= top; n += 4) {
                atEnd[n] += e * q[n];
                atEnd[n + 1] += e * q[n + 1];
                atEnd[n + 2] += e * q[n + 2];
                atEnd[n + 3] += e * q[n + 3];
                alive0 += q[n];
                alive1 += q[n + 1];
                alive2 += q[n + 2];
                alive3 += q[n + 3];
            }
            for (; n <= top; ++n) {
                atEnd[n] += e * q[n];
                alive0 += q[n];
            }
            const double alive = (alive0 + alive1) + (alive2 + alive3);
            out.seconds += alive * beyond[k] / total;  // time with k events so far, within the round
            if (timeWaiting) {
                if (timeWaiting->size() < static_cast<size_t>(top + 1))
                    timeWaiting->resize(top + 1, 0.0);
                for (int n = 0; n <= top; ++n)
                    (*timeWaiting)[n] += q[n] * beyond[k] / total;
            }
            out.dropped += beyond[k] * ret * q[0];
            next[0] = 0;
            const int withReturn = std::min(top + 1, top - batch);  // n + batch within the queue
            for (int m = 1; m <= withReturn; ++m)
                next[m] = arrive * q[m - 1] + ret * q[m + batch];
            for (int m = std::max(1, withReturn + 1); m <= top + 1; ++m)
                next[m] = arrive * q[m - 1];
            ++top;
            while (top > 0 && next[top] < 1e-16)
                --top;
            std::swap(q, next);
        }
        out.dropped += atEnd[0] * ret;
        out.added += atEnd[0] * arrive;
        out.seconds += atEnd[0] / total;
        if (timeWaiting && !timeWaiting->empty())
            (*timeWaiting)[0] += atEnd[0] / total;
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

SqsSettled sqsSettled(double arrivals, int batch)
{
    if (!(arrivals > 0))
        return {};
    const double scale = std::max(1.0, arrivals * growS / maxEventsPerRound);
    const double lambda = arrivals / scale;
    // A message per invocation whatever the pollers: the balance is the arrival rate, and
    // invocations come as the messages do. Messages still wait while pollers are added.
    if (batch <= 1)
        return withWaiting({arrivals, arrivals}, lambda, lambda, 1, scale);
    // Added minus dropped falls as returns rise; find its root in ln r (Illinois).
    auto excess = [&](double logRate) {
        const PollerBalance b = sqsPollerBalance(lambda, std::exp(logRate), batch);
        return b.added - b.dropped;
    };
    double lo = std::log(lambda / batch), hi = std::log(lambda) + 0.7;
    double fLo = excess(lo), fHi = excess(hi);
    double rate;
    if (!(fLo > 0)) {
        rate = std::exp(lo);
    } else if (!(fHi < 0)) {
        rate = std::exp(hi);
    } else {
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
        rate = std::exp((lo * fHi - hi * fLo) / (fHi - fLo));
    }
    rate = std::clamp(rate, lambda / batch, lambda);
    // The busy pollers as a birth-death chain about the balance: added at β, dropped at δ a
    // second (a cycle's counts over its length); its variance is (β + δ) / 2 over the slope of
    // δ − β in N, and N = d r, so the variance is d times the spread worked out in r here.
    auto drift = [&](double r, double *both) {
        const PollerBalance b = sqsPollerBalance(lambda, r, batch);
        if (both)
            *both = (b.added + b.dropped) / b.seconds;
        return (b.dropped - b.added) / b.seconds;
    };
    const double h = 0.02 * rate;
    double both = 0;
    drift(rate, &both);
    const double slope = (drift(rate + h, nullptr) - drift(rate - h, nullptr)) / (2 * h);
    double spread = slope > 0 ? both / 2 / slope : rate;
    if (!(spread > 0) || !(spread < rate))
        spread = rate;  // never wider than invocations arriving at random
    return withWaiting({rate * scale, spread * scale}, lambda, rate, batch, scale);
}

namespace {
// `settled` with the messages waiting for a poller: the share of time each number waits,
// over cycles at the balance `rate` (arrivals `lambda`, both scaled down by `scale`); its
// tail, geometric far out, kept as the level waited past one part in a thousand of the time
// and the levels per e-fold beyond it.
SqsSettled withWaiting(SqsSettled settled, double lambda, double rate, int batch, double scale)
{
    std::vector<double> timeWaiting;
    sqsPollerBalance(lambda, rate, batch, &timeWaiting);
    const double all = std::accumulate(timeWaiting.begin(), timeWaiting.end(), 0.0);
    double above = 0, thousandth = 0, millionth = 0;
    for (size_t n = timeWaiting.size(); n-- > 0;) {
        const double before = above;
        above += timeWaiting[n] / all;
        if (before <= 1e-6 && above > 1e-6)
            millionth = double(n);
        if (before <= 1e-3 && above > 1e-3) {
            thousandth = double(n);
            break;
        }
    }
    const double perFold = std::max(millionth - thousandth, 0.0) / std::log(1000.0);
    settled.waitingThousandth = thousandth * scale;
    settled.waitingPerFold = perFold * scale;
    return settled;
}
} // namespace

SqsLevels sqsPollerLevels(double arrivals, double durationS, int batch)
{
    SqsLevels law;
    if (!(arrivals > 0) || !(durationS > 0))
        return law;
    batch = std::max(1, batch);
    // Rates a second of adding and dropping a poller with n busy: under five every message
    // starts at once and nothing waits; from five on, the balance's counts over a cycle.
    auto rates = [&](int n) -> std::pair<double, double> {
        if (n < Simulator::sqsPollersStart)
            return {arrivals, n / durationS};
        const PollerBalance b = sqsPollerBalance(arrivals, n / durationS, batch);
        return b.seconds > 0 ? std::make_pair(b.added / b.seconds, b.dropped / b.seconds) : std::make_pair(0.0, 1.0);
    };
    law.logWeight.push_back(0.0);
    double top = 0;
    std::pair<double, double> here = rates(0);
    law.added.push_back(here.first);
    for (int n = 0; n < 4000; ++n) {
        const std::pair<double, double> up = rates(n + 1);
        if (!(here.first > 0) || !(up.second > 0))
            break;
        law.logWeight.push_back(law.logWeight.back() + std::log(here.first / up.second));
        law.added.push_back(up.first);
        top = std::max(top, law.logWeight.back());
        if (law.logWeight.back() < top - 40 && law.logWeight.back() < law.logWeight[law.logWeight.size() - 2])
            break;  // e^-40 below the top and falling: the rest weighs nothing
        here = up;
    }
    for (double &w : law.logWeight)
        w -= top;
    return law;
}

SqsChain sqsPollerChain(double arrivals, double durationS, int batch)
{
    const SqsLevels law = sqsPollerLevels(arrivals, durationS, batch);
    if (law.logWeight.empty())
        return {};
    const std::vector<double> &logWeight = law.logWeight;
    double total = 0, sum = 0, squares = 0;
    for (size_t n = 0; n < logWeight.size(); ++n) {
        const double w = std::exp(logWeight[n]);
        total += w;
        sum += w * n;
        squares += w * n * n;
    }
    const double mean = sum / total;
    double above = 0;
    size_t ceiling = logWeight.size() - 1;
    for (; ceiling > 0; --ceiling) {
        above += std::exp(logWeight[ceiling]) / total;
        if (above > ceilingTail)
            break;
    }
    return {mean, std::sqrt(std::max(0.0, squares / total - mean * mean)), static_cast<double>(ceiling)};
}

namespace {

constexpr double bucketsPerLn = pointsPerDecade / 2.302585092994046;

double bucketArrivals(int bucket)
{
    return std::pow(10.0, bucket / pointsPerDecade);
}

// A point's figures (logarithms), computed once per process and key: the work is
// milliseconds, and every run and wire of the same batch size shares it.
template <class Key, class Compute>
auto cachedPoint(const Key &key, Compute compute) -> decltype(compute())
{
    using Value = decltype(compute());
    static std::mutex mutex;
    static std::map<Key, Value> points;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        const auto it = points.find(key);
        if (it != points.end())
            return it->second;
    }
    const Value value = compute();
    const std::lock_guard<std::mutex> lock(mutex);
    return points.emplace(key, value).first->second;
}

// ln x, with nothing (a level of 0) kept as a tiny number so interpolation stays finite.
double logOf(double x)
{
    return std::log(std::max(x, 1e-9));
}

} // namespace

template <std::size_t N>
template <class Points>
std::array<double, N> SqsPollerEquilibrium::Segment<N>::at(double arrivals, Points points)
{
    const double position = std::floor(std::log10(arrivals) * pointsPerDecade);
    const int b = static_cast<int>(position);
    if (b != bucket) {
        const std::array<double, N> here = points(b), next = points(b + 1);
        for (size_t i = 0; i < N; ++i) {
            logFirst[i] = here[i];
            slope[i] = (next[i] - here[i]) * bucketsPerLn;
        }
        logStart = position / bucketsPerLn;
        bucket = b;
    }
    const double x = std::log(arrivals) - logStart;
    std::array<double, N> out;
    for (size_t i = 0; i < N; ++i)
        out[i] = std::exp(logFirst[i] + slope[i] * x);
    return out;
}

SqsPollerEquilibrium::SqsPollerEquilibrium(double batch)
    : m_batch(std::max(1, static_cast<int>(std::lround(batch))))
{
}

std::array<double, 4> SqsPollerEquilibrium::pointLogs(int batch, int bucket)
{
    return cachedPoint(std::make_pair(batch, bucket), [&] {
        const SqsSettled s = sqsSettled(bucketArrivals(bucket), batch);
        return std::array<double, 4>{logOf(s.rate), logOf(s.spread), logOf(s.waitingThousandth), logOf(s.waitingPerFold)};
    });
}

SqsSettled SqsPollerEquilibrium::at(double arrivals)
{
    m_atArrivals = arrivals;
    m_atBucket = INT_MIN;
    if (!(arrivals > 0))
        return {};
    if (!(arrivals > 1e-12 && arrivals < 1e12))
        return sqsSettled(arrivals, m_batch);
    const int batch = m_batch;
    // Per step only the rate and spread: the waiting figures are read once, at the run's end.
    const std::array<double, 2> f = m_settled.at(arrivals, [batch](int bucket) {
        const std::array<double, 4> all = pointLogs(batch, bucket);
        return std::array<double, 2>{all[0], all[1]};
    });
    m_atBucket = m_settled.bucket;
    return {f[0], f[1], 0, 0};
}

SqsSettled SqsPollerEquilibrium::waitingAt(double arrivals)
{
    if (!(arrivals > 1e-12 && arrivals < 1e12))
        return sqsSettled(arrivals, m_batch);
    const int batch = m_batch;
    const std::array<double, 4> f = m_waiting.at(arrivals, [batch](int bucket) { return pointLogs(batch, bucket); });
    return {f[0], f[1], f[2], f[3]};
}

SqsChain SqsPollerEquilibrium::chainAt(double arrivals, double durationS)
{
    if (durationS != m_chainDurationS) {
        m_chain = {};
        m_chainDurationS = durationS;
    }
    const int batch = m_batch;
    const std::array<double, 2> f = m_chain.at(arrivals, [batch, durationS](int bucket) {
        return cachedPoint(std::make_tuple(batch, durationS, bucket), [&] {
            const SqsChain c = sqsPollerChain(bucketArrivals(bucket), durationS, batch);
            return std::array<double, 2>{logOf(c.mean), logOf(std::max(c.ceiling, 1.0))};
        });
    });
    return {f[0], 0, f[1]};
}

const SqsLevels *SqsPollerEquilibrium::levelsAt(double arrivals, double durationS)
{
    if (m_batch < 2 || !(durationS > 0) || !(arrivals > 1e-6) || arrivals * growS > levelsEventsPerRound)
        return nullptr;
    if (arrivals == m_levelsArrivals && durationS == m_levelsDurationS)
        return &m_levels;
    const double position = std::log10(arrivals) * pointsPerDecade;
    const int bucket = static_cast<int>(std::floor(position));
    if (bucket != m_levelsBucket || durationS != m_levelsDurationS) {
        const int batch = m_batch;
        auto point = [&](int b) {
            return cachedPoint(std::make_tuple(batch, durationS, b),
                               [&] { return sqsPollerLevels(bucketArrivals(b), durationS, batch); });
        };
        m_levelsHere = point(bucket);
        m_levelsNext = point(bucket + 1);
        for (SqsLevels *l : {&m_levelsHere, &m_levelsNext})
            for (double &a : l->added)
                a = logOf(a);
        m_levelsBucket = bucket;
    }
    const SqsLevels &here = m_levelsHere, &next = m_levelsNext;
    const double x = position - bucket;
    const size_t size = std::min(here.logWeight.size(), next.logWeight.size());
    m_levels.logWeight.resize(size);
    m_levels.added.resize(size);
    m_levels.ratio.resize(size);
    double top = -std::numeric_limits<double>::infinity();
    for (size_t n = 0; n < size; ++n) {
        m_levels.logWeight[n] = (1 - x) * here.logWeight[n] + x * next.logWeight[n];
        m_levels.added[n] = std::exp((1 - x) * here.added[n] + x * next.added[n]);
        top = std::max(top, m_levels.logWeight[n]);
    }
    for (double &w : m_levels.logWeight)
        w -= top;
    for (size_t n = 0; n < size; ++n)
        m_levels.ratio[n] = n + 1 < size ? std::exp(m_levels.logWeight[n + 1] - m_levels.logWeight[n]) : 0.0;
    m_levelsArrivals = arrivals;
    m_levelsDurationS = durationS;
    return size > 0 ? &m_levels : nullptr;
}

SqsPollerEquilibrium::Busy SqsPollerEquilibrium::busyPollers(double arrivals, double durationS)
{
    if (!(arrivals > 0) || !(durationS > 0))
        return {};
    if (arrivals == m_lastArrivals && durationS == m_lastDurationS)
        return m_lastBusy;  // steady traffic: the same answer as the step before
    const SqsSettled s = at(arrivals);
    double busy = s.rate * durationS;
    double ceiling = busy + ceilingDeviations * std::sqrt(s.spread * durationS);
    // Near five the floor of five pollers shapes the chain (below it every message starts at
    // once): take the chain's own mean and ceiling, while a round's events stay few.
    if (m_batch > 1 && busy < chainBelow && arrivals * growS <= maxEventsPerRound / 2) {
        const SqsChain c = chainAt(arrivals, durationS);
        // Never fewer than full batches need (the chain's sum is a model of a model).
        busy = std::max(c.mean, arrivals * durationS / m_batch);
        ceiling = c.ceiling;
    }
    // The ceiling counts whole pollers (a fraction would make the peaks hang on the last bits
    // of the load), five at least. Under five busy the first five pollers stay.
    m_lastArrivals = arrivals;
    m_lastDurationS = durationS;
    m_lastBusy = {busy > Simulator::sqsPollersStart ? busy : 0.0, busy, std::ceil(std::max(ceiling, Simulator::sqsPollersStart))};
    return m_lastBusy;
}

void SqsPollerEquilibrium::expose(double arrivals, double seconds)
{
    if (!(arrivals > 0) || !(seconds > 0))
        return;
    // Mostly the bucket busyPollers just looked up for the same arrivals.
    const int bucket = arrivals == m_atArrivals && m_atBucket != INT_MIN
                           ? m_atBucket
                           : static_cast<int>(std::floor(std::log10(arrivals) * pointsPerDecade));
    if (m_lastExposure >= m_exposure.size() || m_exposure[m_lastExposure].bucket != bucket) {
        m_lastExposure = 0;
        while (m_lastExposure < m_exposure.size() && m_exposure[m_lastExposure].bucket != bucket)
            ++m_lastExposure;
        if (m_lastExposure == m_exposure.size())
            m_exposure.push_back({bucket, 0, 0});
    }
    m_exposure[m_lastExposure].seconds += seconds;
    m_exposure[m_lastExposure].arrivals += arrivals * seconds;
}

// The level whose expected passages over the run add up to one: at each load, a number waited
// past a share p of the time is passed about p times per return interval (a cycle).
double SqsPollerEquilibrium::waitingPeak(double *ageS)
{
    struct Tail
    {
        double perSecond, thousandth, perFold;  // returns a second; the tail's two figures
        double seconds, arrivals;
    };
    std::vector<Tail> tails;
    double top = 0;
    for (const Exposure &e : m_exposure) {
        const double arrivals = e.arrivals / e.seconds;
        const SqsSettled s = waitingAt(arrivals);
        tails.push_back({s.rate, s.waitingThousandth, std::max(s.waitingPerFold, 1e-9), e.seconds, arrivals});
        top = std::max(top, s.waitingThousandth + 60 * s.waitingPerFold);
    }
    auto passages = [&](double level, double *arrivals) {
        double sum = 0, weighted = 0;
        for (const Tail &t : tails) {
            const double n = t.seconds * t.perSecond * 1e-3 * std::exp(-(level - t.thousandth) / t.perFold);
            sum += n;
            weighted += n * t.arrivals;
        }
        if (arrivals)
            *arrivals = sum > 0 ? weighted / sum : 0;
        return sum;
    };
    if (ageS)
        *ageS = 0;
    if (tails.empty() || !(passages(0, nullptr) > 1))
        return 0;
    double lo = 0, hi = top;
    for (int i = 0; i < 60 && hi - lo > 1e-6; ++i) {
        const double mid = (lo + hi) / 2;
        (passages(mid, nullptr) > 1 ? lo : hi) = mid;
    }
    if (ageS) {
        double arrivals = 0;
        passages(lo, &arrivals);
        // The oldest of them waits while those ahead are taken: by returning pollers, which
        // take the arrivals at the balance, and by the pollers SQS adds, a batch each.
        *ageS = arrivals > 0 ? lo / (arrivals + m_batch / growS) : 0;
    }
    return lo;
}

} // namespace archscope::sim
