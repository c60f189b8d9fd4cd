// Erlang-B/C and the Allen–Cunneen wait against references computed here another way: the
// classic recursion over whole c, a numerical integral for fractional c, and textbook values.
#include "simtesthelpers.h"

#include "sim/fifoage.h"
#include "sim/latency.h"
#include "sim/queueing.h"
#include "sim/randomload.h"
#include "sim/sqspollers.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <random>
#include <vector>

using namespace archscope;
using simtest::erlangBRecursion;

namespace {

// 1/B(a, c) = a ∫₀^∞ e^(−a t) (1 + t)^c dt, by Simpson's rule on t = u / (1 − u).
double erlangBIntegral(double a, double c)
{
    const int n = 200000;
    auto f = [&](double u) {
        if (u >= 1)
            return 0.0;
        const double t = u / (1 - u);
        return std::exp(-a * t + c * std::log1p(t)) / ((1 - u) * (1 - u));
    };
    double sum = f(0) + f(1);
    for (int i = 1; i < n; ++i)
        sum += f(double(i) / n) * (i % 2 ? 4 : 2);
    return 1 / (a * sum / (3.0 * n));
}

// Per-request simulation of a loss system: the maximum occupancy of each window.
std::vector<int> windowMaxima(double rate, double durationS, double cv, int cap, double windowS, int windows, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::exponential_distribution<double> gap(rate);
    const double sigma2 = std::log(1 + cv * cv);
    std::lognormal_distribution<double> duration(std::log(durationS) - sigma2 / 2, std::sqrt(sigma2));
    std::priority_queue<double, std::vector<double>, std::greater<double>> busyUntil;
    std::vector<int> maxima(size_t(windows), 0);
    // Start in the steady state: run one window (and ten durations) before counting.
    const double warmUp = std::max(windowS, 10 * durationS);
    for (double t = gap(rng) - warmUp; t < windows * windowS; t += gap(rng)) {
        while (!busyUntil.empty() && busyUntil.top() <= t)
            busyUntil.pop();
        if (int(busyUntil.size()) >= cap)
            continue;
        busyUntil.push(t + (cv > 0 ? duration(rng) : durationS));
        if (t >= 0) {
            int &m = maxima[size_t(t / windowS)];
            m = std::max(m, int(busyUntil.size()));
        }
    }
    return maxima;
}

} // namespace

class TestQueueing : public QObject
{
    Q_OBJECT

private slots:
    // The settled SQS pollers: added and dropped balance there, the rate lies between full
    // batches and one message each, and the per-run lookup interpolates it closely.
    void sqsPollersBalance_data()
    {
        QTest::addColumn<double>("arrivals");
        QTest::addColumn<int>("batch");
        QTest::newRow("20/s, batch 10") << 20.0 << 10;
        QTest::newRow("300/s, batch 10 (near full)") << 300.0 << 10;
        QTest::newRow("100/s, batch 100") << 100.0 << 100;
        QTest::newRow("3/s, batch 5") << 3.0 << 5;
    }
    void sqsPollersBalance()
    {
        QFETCH(double, arrivals);
        QFETCH(int, batch);
        const sim::SqsSettled s = sim::sqsSettled(arrivals, batch);
        QVERIFY(s.rate > arrivals / batch && s.rate < arrivals);
        QVERIFY(s.spread > 0 && s.spread < s.rate);  // narrower than random invocations
        const sim::PollerBalance at = sim::sqsPollerBalance(arrivals, s.rate, batch);
        QVERIFY2(std::fabs(at.added - at.dropped) < 1e-6 * (at.added + at.dropped), qPrintable(QString::number(at.added - at.dropped)));
        // More returns: fewer added, more dropped.
        const sim::PollerBalance above = sim::sqsPollerBalance(arrivals, 1.2 * s.rate, batch);
        QVERIFY(above.added < above.dropped && above.seconds > 0);
        sim::SqsPollerEquilibrium lookup(batch);
        for (const double f : {0.93, 1.0, 1.07}) {
            const double exact = sim::sqsSettled(f * arrivals, batch).rate, looked = lookup.at(f * arrivals).rate;
            QVERIFY2(std::fabs(looked - exact) < 0.01 * exact, qPrintable(QStringLiteral("%1 vs %2").arg(looked).arg(exact)));
        }
        // One message per invocation whatever the pollers.
        QCOMPARE(sim::sqsSettled(arrivals, 1).rate, arrivals);
    }

    // The busy pollers' levels as a run looks them up: the chain's own mean and ceiling at a
    // point, no jump where the lookup passes from one point to the next, ratios that are the
    // weights', and none for batches of one or past the loads it is worked out for.
    void sqsPollerLevelsFollowTheChain()
    {
        const double durationS = 2;
        sim::SqsPollerEquilibrium lookup(10);
        auto moments = [](const sim::SqsLevels &l) {
            double total = 0, sum = 0;
            for (size_t n = 0; n < l.logWeight.size(); ++n) {
                total += std::exp(l.logWeight[n]);
                sum += n * std::exp(l.logWeight[n]);
            }
            return sum / total;
        };
        const double point = std::pow(10.0, 21 / 16.0);  // 20.5 messages/s, a point of the lookup
        const sim::SqsLevels *atPoint = lookup.levelsAt(point, durationS);
        QVERIFY(atPoint);
        const sim::SqsChain chain = sim::sqsPollerChain(point, durationS, 10);
        QVERIFY2(std::fabs(moments(*atPoint) - chain.mean) < 1e-6 * chain.mean,
                 qPrintable(QStringLiteral("%1 vs %2").arg(moments(*atPoint)).arg(chain.mean)));
        for (size_t n = 0; n + 1 < atPoint->logWeight.size(); ++n)
            QVERIFY(std::fabs(atPoint->ratio[n] - std::exp(atPoint->logWeight[n + 1] - atPoint->logWeight[n])) < 1e-12 * atPoint->ratio[n]);
        QCOMPARE(atPoint->ratio.back(), 0.0);
        QVERIFY(atPoint->added[std::size_t(chain.mean)] > 0);
        // Either side of the point: the mean moves by the load's step, not by a jump.
        const double below = moments(*lookup.levelsAt(point * (1 - 1e-9), durationS));
        const double above = moments(*lookup.levelsAt(point * (1 + 1e-9), durationS));
        QVERIFY2(std::fabs(above - below) < 1e-6 * chain.mean, qPrintable(QStringLiteral("%1 vs %2").arg(below).arg(above)));
        // Between points, within the points' means.
        const double between = moments(*lookup.levelsAt(point * 1.07, durationS));
        const double next = sim::sqsPollerChain(std::pow(10.0, 22 / 16.0), durationS, 10).mean;
        QVERIFY(between > chain.mean && between < next);
        sim::SqsPollerEquilibrium single(1);
        QVERIFY(!single.levelsAt(20, durationS));
        QVERIFY(!lookup.levelsAt(1000, durationS));
        QVERIFY(!lookup.levelsAt(0, durationS));
    }

    // Beside SQS pollers: the recursion over the capacity they leave against Erlang-B worked
    // out at each number of them; between Erlang-B over all the work and a queue that fills
    // every free slot; pollers that vary more or hold more fill the pool more often.
    void fullShareBesidePollersAveragesTheCapacityLeft()
    {
        for (const double pool : {100.0, 100.5, 1000.0}) {
            const double sync = 0.5 * pool, mean = 0.4 * pool, variance = 0.4 * pool, other = 0.02 * pool;
            double direct = 0, total = 0;
            for (int n = 0; n < 2 * int(pool); ++n) {
                const double c = pool - n, load = sync + other;
                const double b = c > 0 ? queueing::erlangB(load, c) : 1.0;
                const double f = c > 0 && other < c ? b / (1 - other / c * (1 - b)) : 1.0;
                const double weight = std::exp(-0.5 * (n - mean) * (n - mean) / variance);
                direct += weight * f;
                total += weight;
            }
            direct /= total;
            const double besides = sim::fullShareBesidePollers(sync, other, mean, variance, pool);
            QVERIFY2(std::fabs(besides - direct) < 1e-9 + 1e-6 * direct,
                     qPrintable(QStringLiteral("pool %1: %2 against %3").arg(pool).arg(besides).arg(direct)));
            QVERIFY(besides > queueing::erlangB(sync + mean + other, pool) && besides < sim::fullShare(sync, mean + other, pool));
            QVERIFY(sim::fullShareBesidePollers(sync, other, mean, 2 * variance, pool) > besides);
            QVERIFY(sim::fullShareBesidePollers(sync, other, 1.2 * mean, variance, pool) > besides);
            QCOMPARE(sim::fullShareBesidePollers(sync, other, 0, 0, pool), sim::fullShare(sync, other, pool));
        }
        QCOMPARE(sim::fullShareBesidePollers(50, 20, 100, 100, 100), 1.0);  // the queued work alone fills it
        QCOMPARE(sim::fullShareBesidePollers(5, 0, 10, 10, 1000), 0.0);     // far below the pool
    }

    void erlangBMatchesTheRecursion_data()
    {
        QTest::addColumn<double>("load");
        QTest::addColumn<int>("servers");
        QTest::newRow("8 erlangs on 10 (the issue's 12.2 %)") << 8.0 << 10;
        QTest::newRow("40 on 50") << 40.0 << 50;
        QTest::newRow("90 on 100") << 90.0 << 100;
        QTest::newRow("light: 0.5 on 1") << 0.5 << 1;
        QTest::newRow("heavy: 30 on 10") << 30.0 << 10;
        QTest::newRow("at capacity: 10 on 10") << 10.0 << 10;
        QTest::newRow("tiny tail: 1 on 20") << 1.0 << 20;
        QTest::newRow("large: 9,500 on 10,000") << 9500.0 << 10000;
        QTest::newRow("large, at capacity: 10,000 on 10,000") << 10000.0 << 10000;
        QTest::newRow("large, overloaded: 12,000 on 10,000") << 12000.0 << 10000;
        QTest::newRow("large, light: 8,000 on 10,000") << 8000.0 << 10000;
        QTest::newRow("just above the branch: 12 on 10") << 12.0 << 10;
        QTest::newRow("just below the branch: 10.9 on 10") << 10.9 << 10;
    }

    void erlangBMatchesTheRecursion()
    {
        QFETCH(double, load);
        QFETCH(int, servers);
        const double want = erlangBRecursion(load, servers);
        const double got = queueing::erlangB(load, servers);
        if (want < 1e-300)
            QVERIFY(got < 1e-290);
        else
            QVERIFY2(std::fabs(got - want) <= 1e-9 * want, qPrintable(QStringLiteral("B = %1, recursion %2").arg(got, 0, 'g', 17).arg(want, 0, 'g', 17)));
    }

    void erlangBTabulated()
    {
        // Published Erlang-B table values (blocking for c lines at a erlangs).
        QVERIFY(std::fabs(queueing::erlangB(8, 10) - 0.12166) < 5e-6);
        QVERIFY(std::fabs(queueing::erlangB(1, 1) - 0.5) < 1e-15);
        QVERIFY(std::fabs(queueing::erlangB(2, 2) - 0.4) < 1e-15);
        QVERIFY(std::fabs(queueing::erlangB(5, 10) - 0.018385) < 5e-6);
        QVERIFY(std::fabs(queueing::erlangB(20, 30) - 0.0085) < 5e-5);
    }

    void erlangBFractionalServers_data()
    {
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("servers");
        QTest::newRow("8 on 9.5") << 8.0 << 9.5;
        QTest::newRow("8 on 10.25") << 8.0 << 10.25;
        QTest::newRow("0.3 on 0.5") << 0.3 << 0.5;
        QTest::newRow("3 on 2.7") << 3.0 << 2.7;
        QTest::newRow("40.5 on 49.9") << 40.5 << 49.9;
    }

    void erlangBFractionalServers()
    {
        QFETCH(double, load);
        QFETCH(double, servers);
        const double want = erlangBIntegral(load, servers);
        const double got = queueing::erlangB(load, servers);
        QVERIFY2(std::fabs(got - want) <= 1e-6 * want, qPrintable(QStringLiteral("B = %1, integral %2").arg(got, 0, 'g', 12).arg(want, 0, 'g', 12)));
        // Fractional c lies between its whole neighbours.
        QVERIFY(got <= erlangBRecursion(load, int(std::floor(servers))));
        QVERIFY(got >= erlangBRecursion(load, int(std::ceil(servers))));
    }

    void erlangBEdges()
    {
        QCOMPARE(queueing::erlangB(5, 0), 1.0);
        QCOMPARE(queueing::erlangB(0, 5), 0.0);
        QCOMPARE(queueing::erlangB(std::nan(""), 5), 0.0);
        QCOMPARE(queueing::erlangB(5, std::nan("")), 1.0);
        QCOMPARE(queueing::erlangB(5, std::numeric_limits<double>::infinity()), 0.0);  // no cap: nothing refused
        QVERIFY(std::fabs(queueing::erlangB(1e-9, 1) - 1e-9) < 1e-17);
        // Monotone in both arguments over a fine grid.
        for (double a = 0.5; a < 60; a *= 1.3) {
            double previous = 1;
            for (double c = 0.25; c < 80; c += 0.25) {
                const double b = queueing::erlangB(a, c);
                QVERIFY2(b <= previous + 1e-15 && b >= 0, qPrintable(QStringLiteral("a %1 c %2").arg(a).arg(c)));
                previous = b;
            }
        }
    }

    void erlangC()
    {
        // M/M/2 at ρ = 0.5: C = 2ρ² / (1 + ρ) = 1/3.
        QVERIFY(std::fabs(queueing::erlangC(1, 2) - 1.0 / 3) < 1e-14);
        // M/M/1: C = ρ.
        QVERIFY(std::fabs(queueing::erlangC(0.7, 1) - 0.7) < 1e-14);
        // From the recursion for large c.
        const double b = erlangBRecursion(9900, 10000);
        const double want = b / (1 - 0.99 * (1 - b));
        QVERIFY(std::fabs(queueing::erlangC(9900, 10000) - want) < 1e-9 * want);
        QCOMPARE(queueing::erlangC(10, 10), 1.0);
        QCOMPARE(queueing::erlangC(0, 10), 0.0);
    }

    // The chance of a full pool when sync work is refused there and queued work waits: the
    // birth-death chain (arrivals of both below c, of the queued work alone above) summed
    // state by state; Erlang-B and Erlang-C at its ends.
    void fullShareOfMixedWork_data()
    {
        QTest::addColumn<double>("syncLoad");
        QTest::addColumn<double>("queuedLoad");
        QTest::addColumn<int>("servers");
        QTest::newRow("50 + 40 on 100") << 50.0 << 40.0 << 100;
        QTest::newRow("2 + 6 on 10") << 2.0 << 6.0 << 10;
        QTest::newRow("9 + 0.5 on 10") << 9.0 << 0.5 << 10;
        QTest::newRow("300 + 500 on 900") << 300.0 << 500.0 << 900;
    }
    void fullShareOfMixedWork()
    {
        QFETCH(double, syncLoad);
        QFETCH(double, queuedLoad);
        QFETCH(int, servers);
        const double load = syncLoad + queuedLoad, rho = queuedLoad / servers;
        double weight = 1, below = 0;  // relative to state 0
        for (int n = 0; n < servers; ++n) {
            below += weight;
            weight *= load / (n + 1);
            if (weight > 1e200) {  // rescaled, so large loads do not overflow
                below /= weight;
                weight = 1;
            }
        }
        const double full = weight / (1 - rho);  // states c, c + 1, ...: geometric
        const double chain = full / (below + full);
        QVERIFY2(std::fabs(sim::fullShare(syncLoad, queuedLoad, servers) - chain) < 1e-9 * chain,
                 qPrintable(QStringLiteral("%1 against %2").arg(sim::fullShare(syncLoad, queuedLoad, servers)).arg(chain)));
        QCOMPARE(sim::fullShare(0, load, servers), queueing::erlangC(load, servers));
        QCOMPARE(sim::fullShare(load, 0, servers), queueing::erlangB(load, servers));
        QCOMPARE(sim::fullShare(syncLoad, servers + 1.0, servers), 1.0);
    }

    void allenCunneenWait()
    {
        // M/M/1 (cv 1): W̄q = ρ d / (1 − ρ).
        const queueing::Wait mm1 = queueing::waitInQueue(0.8, 1, 2.0, 1);
        QVERIFY(std::fabs(mm1.meanS - 0.8 * 2 / 0.2) < 1e-12);
        // M/D/1 (cv 0): half of it (Pollaczek–Khinchine).
        const queueing::Wait md1 = queueing::waitInQueue(0.8, 1, 2.0, 0);
        QVERIFY(std::fabs(md1.meanS - 0.8 * 2 / 0.2 / 2) < 1e-12);
        // M/M/c quantiles: P(W > t) = C e^(−(c − a) t / d).
        const queueing::Wait mmc = queueing::waitInQueue(8, 10, 1.0, 1);
        const double t99 = mmc.quantileS(0.99);
        QVERIFY(std::fabs(mmc.probability * std::exp(-(10 - 8) * t99) - 0.01) < 1e-12);
        QCOMPARE(mmc.quantileS(1 - mmc.probability), 0.0);
        // Overloaded: unbounded.
        const queueing::Wait over = queueing::waitInQueue(12, 10, 1.0, 0.5);
        QCOMPARE(over.probability, 1.0);
        QVERIFY(std::isinf(over.meanS));
        QVERIFY(std::isinf(over.quantileS(0.5)));
    }

    // Latency percentiles are where the mixture's survival falls to 1 − p: a lognormal's own
    // quantiles, shifted by a standing queue's wait, and with random waits where an
    // independent integral of P(D + W > x) says.
    void latencyPercentilesAreTheMixturesQuantiles()
    {
        const double mean = 0.5, cv = 0.5;
        const double sigma = std::sqrt(std::log1p(cv * cv)), mu = std::log(mean) - sigma * sigma / 2;
        const double z95 = 1.6448536269514722, z99 = 2.3263478740408408;
        queueing::LatencyMix plain;
        plain.requests = 1000;
        const auto p = queueing::latencyPercentiles(plain, mean, cv, 0);
        QVERIFY(std::fabs(p.p50S / std::exp(mu) - 1) < 1e-9);
        QVERIFY(std::fabs(p.p95S / std::exp(mu + sigma * z95) - 1) < 1e-9);
        QVERIFY(std::fabs(p.p99S / std::exp(mu + sigma * z99) - 1) < 1e-9);

        queueing::LatencyMix behind = plain;
        behind.addBehind(1000, 0.75);
        const auto b = queueing::latencyPercentiles(behind, mean, cv, 0);
        QVERIFY(std::fabs(b.p50S - (p.p50S + 0.75)) < 1e-9);
        QVERIFY(std::fabs(b.p99S - (p.p99S + 0.75)) < 1e-9);

        // A queue that builds to 30 s and drains: its waits spread evenly, so the slowest
        // hundredth of all requests (a third of those that waited) waited 20 to 30 s, not the
        // 15 s mean.
        queueing::LatencyMix spread = plain;
        for (int k = 0; k < 300; ++k)
            spread.addBehind(1, 0.05 + 0.1 * k);
        const auto s = queueing::latencyPercentiles(spread, mean, cv, 0);
        QVERIFY2(s.p99S > 26.5 && s.p99S < 30.5, qPrintable(QString::number(s.p99S)));
        double waited = 0;
        for (double w : spread.behindWaitS)
            waited += w;
        QVERIFY2(std::fabs(waited / spread.behind - 15) < 1e-9, "the mean wait is kept");
        QVERIFY2(s.p50S < p.p99S, "half the requests did not wait");

        queueing::LatencyMix waits = plain;
        waits.waiting = 300;
        waits.waitSeconds = 300 * 0.2;  // those who wait: 0.2 s on average, exponential
        const auto w = queueing::latencyPercentiles(waits, mean, cv, 0);
        auto survival = [&](double x) {
            auto density = [&](double y) {
                const double z = (std::log(y) - mu) / sigma;
                return std::exp(-z * z / 2) / (y * sigma * std::sqrt(2 * M_PI));
            };
            const double plainSurvival = 0.5 * std::erfc((std::log(x) - mu) / (sigma * std::sqrt(2.0)));
            const int n = 20000;  // Simpson on (0, x]; the density vanishes at 0
            double sum = density(x);
            for (int i = 1; i < n; ++i)
                sum += density(x * i / n) * std::exp(-5 * (x - x * i / n)) * (i % 2 ? 4 : 2);
            return plainSurvival + 0.3 * sum * x / (3.0 * n);
        };
        QVERIFY2(std::fabs(survival(w.p50S) - 0.50) < 2e-4, qPrintable(QString::number(survival(w.p50S))));
        QVERIFY2(std::fabs(survival(w.p99S) - 0.01) < 2e-4, qPrintable(QString::number(survival(w.p99S))));
        QVERIFY(w.p99S > p.p99S);
    }

    void windowMaximumAgreesWithRequests_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<double>("durationS");
        QTest::addColumn<double>("cv");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("minutes");
        QTest::newRow("8/s, 1 s, no cap (the issue's day: about 24)") << 8.0 << 1.0 << 0.0 << 1000000 << 1440;
        QTest::newRow("8/s, 1 s lognormal, no cap") << 8.0 << 1.0 << 1.0 << 1000000 << 1440;
        QTest::newRow("8/s, 1 s, cap 10") << 8.0 << 1.0 << 0.5 << 10 << 1440;
        QTest::newRow("0.2/s, 1 s, no cap") << 0.2 << 1.0 << 0.5 << 1000000 << 1440;
        QTest::newRow("500/s, 0.2 s, no cap") << 500.0 << 0.2 << 0.5 << 1000000 << 120;
        QTest::newRow("90/s, 1 s, cap 100") << 90.0 << 1.0 << 0.5 << 100 << 240;
        QTest::newRow("0.05/s, 600 s, no cap") << 0.05 << 600.0 << 0.5 << 1000000 << 1440;
    }

    void windowMaximumAgreesWithRequests()
    {
        QFETCH(double, rate);
        QFETCH(double, durationS);
        QFETCH(double, cv);
        QFETCH(int, cap);
        QFETCH(int, minutes);
        const std::vector<int> maxima = windowMaxima(rate, durationS, cv, cap, 60, minutes, 7);
        double mean = 0;
        for (int m : maxima)
            mean += m;
        mean /= minutes;
        const double servers = cap >= 1000000 ? std::numeric_limits<double>::infinity() : cap;
        const double perMinute = queueing::expectedWindowMaximum(rate, durationS, servers, 60);
        QVERIFY2(std::fabs(perMinute - mean) <= 0.1 * mean + 0.5,
                 qPrintable(QStringLiteral("per-minute maximum %1, per request %2").arg(perMinute).arg(mean)));

        // The day's peak: the largest of the minutes' maxima.
        queueing::PeakEstimator peak;
        for (int m = 0; m < minutes; ++m)
            QCOMPARE(peak.addWindow(rate, durationS, servers, 60), perMinute);
        const double dayPeak = *std::max_element(maxima.begin(), maxima.end());
        QVERIFY2(std::fabs(peak.expectedPeak() - dayPeak) <= 0.15 * dayPeak + 1,
                 qPrintable(QStringLiteral("day's peak %1, per request %2").arg(peak.expectedPeak()).arg(dayPeak)));
        QVERIFY(peak.expectedPeak() <= servers);
    }

    void peakFollowsTheBusiestWindows()
    {
        // A quiet day with one busy hour: the peak is the busy hour's, and a longer busy
        // spell raises it (more chances for a high maximum).
        queueing::PeakEstimator oneHour, fourHours;
        for (int m = 0; m < 1440; ++m) {
            oneHour.addWindow(m >= 600 && m < 660 ? 50 : 1, 1, std::numeric_limits<double>::infinity(), 60);
            fourHours.addWindow(m >= 600 && m < 840 ? 50 : 1, 1, std::numeric_limits<double>::infinity(), 60);
        }
        const double busyMinute = queueing::expectedWindowMaximum(50, 1, std::numeric_limits<double>::infinity(), 60);
        QVERIFY(oneHour.expectedPeak() > busyMinute);
        QVERIFY(fourHours.expectedPeak() > oneHour.expectedPeak());
        QVERIFY(oneHour.expectedPeak() < busyMinute + 3 * std::sqrt(50.0));
        QCOMPARE(queueing::PeakEstimator().expectedPeak(), 0.0);
        QCOMPARE(queueing::expectedWindowMaximum(0, 1, 10, 60), 0.0);
    }

    // The oldest request in a queue, first in, first out: twice the arrivals the queue serves
    // for T seconds leaves the ones that came after T / 2, so the oldest has waited T / 2; a
    // day of it (past the steps kept, so neighbours merge) stays within a share of a percent.
    void fifoAgeFollowsTheOldestRequest_data()
    {
        QTest::addColumn<double>("dt");
        QTest::addColumn<int>("steps");
        QTest::newRow("a minute at 1 s") << 1.0 << 60;
        QTest::newRow("a day at 1 s, merged") << 1.0 << 86400;
        QTest::newRow("a week at 60 s, merged") << 60.0 << 10080;
    }
    void fifoAgeFollowsTheOldestRequest()
    {
        QFETCH(double, dt);
        QFETCH(int, steps);
        sim::FifoAge fifo;
        double queued = 0, age = 0;
        for (int k = 0; k < steps; ++k) {
            queued += 2 * dt - dt;
            age = fifo.step(k * dt, dt, 2 * dt, dt, queued);
        }
        const double t = steps * dt;
        QVERIFY2(std::fabs(age - t / 2) <= 1e-3 * t, qPrintable(QString::number(age)));
        // Served faster than it fills, it drains: the age falls, and is 0 once nothing waits.
        double last = age;
        for (int k = steps; queued > 0; ++k) {
            const double served = std::min(queued + dt, 3 * dt);
            queued = std::max(0.0, queued + dt - served);
            age = fifo.step(k * dt, dt, dt, served, queued);
            QVERIFY(age <= last + 1e-9 * t);
            last = age;
        }
        QCOMPARE(age, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
