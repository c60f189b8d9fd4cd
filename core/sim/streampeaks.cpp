#include "streampeaks.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace archscope::sim {

namespace {

constexpr double pointsPerDecade = 16;
// The level whose expected passages over the run are e^−γ (γ Euler's constant): where the
// expected largest of a Gumbel-distributed maximum lies, rather than its mode (passages 1).
constexpr double expectedMaxPassages = 0.5615;
// The other lanes at the moment one peaks: their mean and this many standard deviations of
// their sum (fitted to the exact engine's peaks over 9 streams of 2 to 8 lanes: within 15 %
// but for eight lanes of ten-record batches, 18 % low).
constexpr double othersSpread = 2.5;
// Batches of one: the passages that the largest wait is set at (see Lane).
constexpr double waitPeakPassages = 1;

// The durations a batch runs: the lognormal, cut at the timeout, as quadrature points (the
// midpoints of equal steps in its normal variable, and the mass at the cut).
class Durations
{
public:
    Durations(double meanS, double cv, double timeoutS)
    {
        const double s2 = std::log1p(cv * cv), sigma = std::sqrt(s2), mu = std::log(std::max(meanS, 1e-12)) - s2 / 2;
        if (!(sigma > 0)) {
            add(std::min(meanS, timeoutS), 1);
        } else {
            const double cut = std::isfinite(timeoutS) ? (std::log(timeoutS) - mu) / sigma : 7.0;
            const double lo = -7, hi = std::min(cut, 7.0);
            const double h = (hi - lo) / points;
            for (int i = 0; i < points && hi > lo; ++i) {
                const double z = lo + (i + 0.5) * h;
                add(std::exp(mu + sigma * z), std::exp(-z * z / 2) / std::sqrt(2 * M_PI) * h);
            }
            if (cut < 7)
                add(timeoutS, 0.5 * std::erfc(cut / std::sqrt(2.0)));
        }
        double weight = 0;
        for (int i = 0; i < m_count; ++i)
            weight += m_w[i];
        for (int i = 0; i < m_count; ++i)
            m_w[i] /= weight;
        mean = expect([](double s) { return s; });
        second = expect([](double s) { return s * s; });
        third = expect([](double s) { return s * s * s; });
    }
    template <class F>
    double expect(F f) const
    {
        double sum = 0;
        for (int i = 0; i < m_count; ++i)
            sum += m_w[i] * f(m_s[i]);
        return sum;
    }
    double mean = 0, second = 0, third = 0;

private:
    static constexpr int points = 32;
    void add(double s, double w)
    {
        m_s[m_count] = s;
        m_w[m_count++] = w;
    }
    std::array<double, points + 1> m_s{}, m_w{};
    int m_count = 0;
};

// The root x > 0 of an increasing-then-positive `f` with f(0+) < 0 (a Cramér equation).
template <class F>
double positiveRoot(F f, double start)
{
    double lo = 0, hi = start;
    for (int i = 0; i < 200 && f(hi) < 0; ++i)
        hi *= 2;
    for (int i = 0; i < 60 && hi - lo > 1e-6 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (f(mid) < 0 ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

// The level a decreasing `passages` drops to `target` at (0 if it starts below).
template <class F>
double levelPassed(F passages, double target)
{
    if (!(passages(0.0) > target))
        return 0;
    double lo = 0, hi = 1;
    for (int i = 0; i < 200 && passages(hi) > target; ++i)
        hi *= 2;
    for (int i = 0; i < 50 && hi - lo > 1e-3 * std::max(1.0, lo); ++i) {
        const double mid = (lo + hi) / 2;
        (passages(mid) > target ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

// One load's figures for a lane: records at `rate` a second over `seconds` of the run.
struct Lane
{
    double seconds = 0, rate = 0, batch = 1;
    const Durations *d = nullptr;
    double batches = 0;  // a second (a lane starts one as soon as a record waits)
    double decay = 0;    // of the walk's tail, per record left behind
    double walkStart = 0;  // the chance a batch leaves records behind
    double spread = 0;     // of the walk's step: records (batches of one: seconds waited)
    double meanWaiting = 0, sdWaiting = 0;  // the records a lane holds at a random moment
    // Batches of one: the M/G/1 wait's decay per second and the passages' factor per record.
    double waitDecay = 0, waitFactor = 0;
    bool stable = true;

    Lane(double recordsPerS, double secondsAt, double batchSize, const Durations &durations)
        : seconds(secondsAt), rate(recordsPerS), batch(batchSize), d(&durations)
    {
        const double load = rate * d->mean;
        stable = load < batch;
        batches = rate / (load + 1);
        const double busy = load / (load + 1);
        if (!stable)
            return;  // the mean flow's backlog holds it
        if (batch <= 1) {
            // Cramér–Lundberg: P(W > x) ≈ C e^−γx, γ the root of λ(E e^γS − 1) = γ. Waits past
            // a level come in clusters; counting a cluster's start as γ/(γ + λ) E e^−λS of the
            // records past it, the level passed once is within 5 % of the expected largest wait
            // of a per-record walk (waitPeakPassages).
            const double rho = load;
            const double g = positiveRoot(
                [&](double x) { return rate * (d->expect([&](double s) { return std::exp(std::min(700.0, x * s)); }) - 1) - x; },
                (1 - rho) / d->mean);
            const double tilted = d->expect([&](double s) { return s * std::exp(std::min(700.0, g * s)); });
            const double c = (1 - rho) / std::max(1e-12, rate * tilted - 1);
            waitDecay = g;
            waitFactor = c * g / (g + rate) * d->expect([&](double s) { return std::exp(-rate * s); });
            spread = std::sqrt(d->second - d->mean * d->mean + 1 / (rate * rate));
            const double queued = rate * rate * d->second / (2 * (1 - rho));  // Pollaczek–Khinchine
            meanWaiting = queued;
            sdWaiting = std::sqrt(queued + queued * queued);
            return;
        }
        // The walk L' = L + A − B: Cramér's root θ of log E e^θA = θB (A Poisson over a cut
        // duration), ruled by the longest batches, and the diffusion's 2(B − E A) / Var A,
        // ruled by the common ones; their geometric mean follows the exact engine within 15 %.
        const double cramer = positiveRoot(
            [&](double x) {
                return std::log(d->expect([&](double s) { return std::exp(std::min(700.0, rate * s * std::expm1(x))); })) - x * batch;
            },
            1e-3);
        const double variance = load + rate * rate * (d->second - d->mean * d->mean);
        const double diffusion = 2 * (batch - load) / variance;
        spread = std::sqrt(variance);
        decay = std::sqrt(cramer * diffusion);
        walkStart = arrivalsAbove(batch);
        // A lane at a random moment: the records left behind (the diffusion's stationary law,
        // exponential with mean Var / 2 drift) and those come since its batch began.
        const double left = variance / (2 * (batch - load));
        const double arrived = rate * d->second / (2 * d->mean);
        const double arrivedSquare = rate * rate * d->third / (3 * d->mean) + arrived;
        meanWaiting = busy * (arrived + left);
        const double square = busy * (arrivedSquare + 2 * left * arrived + 2 * left * left);
        sdWaiting = std::sqrt(std::max(0.0, square - meanWaiting * meanWaiting));
    }

    // P(A > records): Poisson over each duration (normal, with a half-record correction).
    double arrivalsAbove(double records) const
    {
        return d->expect([&](double s) {
            const double m = rate * s;
            return m > 0 ? 0.5 * std::erfc((records + 0.5 - m) / std::sqrt(2 * m)) : 0.0;
        });
    }
    // Expected batches over the exposure that leave more than `left` records behind.
    double leftPassages(double left) const
    {
        if (!stable)
            return 0;
        return seconds * batches * (arrivalsAbove(batch + left) + walkStart * std::exp(-decay * left));
    }
    // Expected batches that start with more than `records` waiting, none left from before.
    double waitingPassages(double records) const { return stable ? seconds * batches * arrivalsAbove(records) : 0; }
    // Batches of one: records that wait longer than `ageS`.
    double waitPassages(double ageS) const { return stable ? seconds * rate * waitFactor * std::exp(-waitDecay * ageS) : 0; }
};

} // namespace

StreamPeaks::StreamPeaks(const Shape &shape) : m_shape(shape) {}

StreamPeaks::Shape streamShape(const SimGraph &graph, const SimGraph::Wire &wire)
{
    const SimGraph::Node &f = graph.nodes[wire.to];
    StreamPeaks::Shape shape;
    shape.lanes = wire.streamCap;
    shape.servers = f.reserved >= 0 ? std::max(1.0, f.reserved) : wire.streamCap;
    shape.batch = wire.batchSize;
    shape.durationS = f.drawnDurationS;
    shape.durationCv = f.durationCv;
    shape.timeoutS = f.timeoutS;
    return shape;
}

void StreamPeaks::closeMinute()
{
    add(m_minuteRecords / m_minuteSeconds, m_minuteSeconds);
    m_minuteRecords = m_minuteSeconds = 0;
}

void StreamPeaks::add(double recordsPerS, double seconds)
{
    if (!(recordsPerS > 0) || !(seconds > 0))
        return;
    if (m_last >= m_exposure.size() || !(recordsPerS >= m_exposure[m_last].from && recordsPerS < m_exposure[m_last].to)) {
        const int bucket = static_cast<int>(std::floor(std::log10(recordsPerS) * pointsPerDecade));
        m_last = 0;
        while (m_last < m_exposure.size() && m_exposure[m_last].bucket != bucket)
            ++m_last;
        if (m_last == m_exposure.size())
            m_exposure.push_back({bucket, std::pow(10.0, bucket / pointsPerDecade), std::pow(10.0, (bucket + 1) / pointsPerDecade), 0, 0});
    }
    m_exposure[m_last].seconds += seconds;
    m_exposure[m_last].records += recordsPerS * seconds;
}

StreamPeaks::Peaks StreamPeaks::peaks() const
{
    if (!m_known) {
        if (m_minuteSeconds > 0) {  // the run's last part of a minute
            StreamPeaks closed = *this;
            closed.closeMinute();
            m_peaks = closed.worked();
        } else {
            m_peaks = worked();
        }
        m_known = true;
    }
    return m_peaks;
}

StreamPeaks::Peaks StreamPeaks::worked() const
{
    if (m_exposure.empty())
        return {};
    // Where the function's cap holds fewer batches than the stream has lanes, the lanes share
    // its `servers`: taken as one lane whose batches run that many times faster.
    const bool capped = m_shape.servers < m_shape.lanes;
    const double lanes = capped ? 1 : m_shape.lanes, speedUp = capped ? m_shape.servers : 1;
    const Durations durations(m_shape.durationS / speedUp, m_shape.durationCv, m_shape.timeoutS / speedUp);
    std::vector<Lane> load;
    load.reserve(m_exposure.size());
    for (const Exposure &e : m_exposure)
        load.emplace_back(e.records / e.seconds / lanes, e.seconds, m_shape.batch, durations);
    auto sum = [&](auto passages) {
        double total = 0;
        for (const Lane &l : load)
            total += lanes * passages(l);
        return total;
    };
    auto dominant = [&](auto passages) -> const Lane & {
        size_t best = 0;
        for (size_t k = 1; k < load.size(); ++k)
            if (passages(load[k]) > passages(load[best]))
                best = k;
        return load[best];
    };
    // Near its brink a lane's walk has no time to settle: over n steps it strays about
    // √(π n / 2) steps' spreads (a reflected walk's expected largest), and no further.
    double steps = 0, spread = 0;
    for (const Lane &l : load) {
        steps += l.seconds * (m_shape.batch <= 1 ? l.rate : l.batches);
        spread = std::max(spread, l.spread);
    }
    const double farthest = std::sqrt(M_PI * steps / 2) * spread;
    Peaks p;
    double lane = 0;
    const Lane *at = nullptr;
    if (m_shape.batch <= 1) {
        const double age = std::min(farthest, levelPassed([&](double a) { return sum([&](const Lane &l) { return l.waitPassages(a); }); },
                                                          waitPeakPassages));
        at = &dominant([&](const Lane &l) { return l.waitPassages(age); });
        p.iteratorAgeS = age;
        const double arrived = at->rate * age;  // those that came while the oldest waited
        lane = arrived + std::sqrt(arrived);
    } else {
        const double left = std::min(farthest, levelPassed([&](double x) { return sum([&](const Lane &l) { return l.leftPassages(x); }); },
                                                           waitPeakPassages));
        if (left > 0) {
            at = &dominant([&](const Lane &l) { return l.leftPassages(left); });
            p.iteratorAgeS = at->rate > 0 ? left / at->rate : 0;
            lane = left + m_shape.batch;
        } else {
            lane = levelPassed([&](double y) { return sum([&](const Lane &l) { return l.waitingPassages(y); }); },
                               expectedMaxPassages);
            at = &dominant([&](const Lane &l) { return l.waitingPassages(lane); });
        }
    }
    const double others = lanes - 1;
    p.backlog = lane + others * at->meanWaiting + othersSpread * std::sqrt(others) * at->sdWaiting;
    return p;
}

} // namespace archscope::sim
