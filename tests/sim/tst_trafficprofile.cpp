// Traffic shapes and the deterministic maths under them: the diurnal mean, peak and trough,
// weekends, bursts integrated over long steps, series interpolation, and the Poisson sampler.

#include "sim/detmath.h"
#include "sim/trafficprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace archscope;

namespace {
TrafficProfile profile(const QJsonObject &o)
{
    return TrafficProfile::fromJson(o, QJsonObject{{"shape", "constant"}, {"rate", 0}, {"noise", "none"}});
}

double dayMean(const TrafficProfile &p, double startS, double step)
{
    double sum = 0;
    int n = 0;
    for (double t = startS; t < startS + 86400; t += step, ++n)
        sum += p.meanRate(t, step);
    return sum / n;
}

// QCOMPARE on doubles is fuzzy; these draws must agree to the bit.
std::uint64_t bitsOf(double x)
{
    return std::bit_cast<std::uint64_t>(x);
}
} // namespace

class TestTrafficProfile : public QObject
{
    Q_OBJECT

private slots:
    void constant()
    {
        const TrafficProfile p = profile({{"shape", "constant"}, {"rate", 12.5}});
        QCOMPARE(p.meanRate(0, 60), 12.5);
        QCOMPARE(p.meanRate(1e6, 1), 12.5);
        QVERIFY(!p.poissonNoise());
    }

    void diurnalKeepsTheMeanAndPeaksAtPeakHour()
    {
        const TrafficProfile p = profile({{"shape", "diurnal"}, {"rate", 100}, {"peakToTrough", 4}, {"peakHour", 15}});
        QVERIFY(qAbs(dayMean(p, 0, 60) - 100) < 1e-9);
        const double peak = p.meanRate(15 * 3600 - 0.5, 1);
        const double trough = p.meanRate(3 * 3600 - 0.5, 1);
        QVERIFY(qAbs(peak / trough - 4) < 1e-6);
        QVERIFY(peak > p.meanRate(14 * 3600, 1) && peak > p.meanRate(16 * 3600, 1));
    }

    void fastPathMatchesPointwise()
    {
        for (const char *shape : {"diurnal", "weekly", "spiky", "constant"}) {
            const TrafficProfile p = profile({{"shape", shape}, {"rate", 40}, {"burstRate", 500}, {"burstEveryS", 600},
                                              {"burstLengthS", 30}, {"weekendFactor", 0.2}});
            const double t0 = 5 * 86400 - 100 * 7.0;  // crosses into the weekend
            for (int count : {256, 253}) {  // whole vectors of four steps, or a part of one at the end
                double out[256];
                std::fill(std::begin(out), std::end(out), -1.0);
                p.fillMeanRates(t0, 7.0, count, out);
                for (int k = 0; k < count; ++k)
                    QVERIFY2(qAbs(out[k] - p.meanRate(t0 + k * 7.0, 7.0)) < 1e-9 * 500, shape);
                for (int k = count; k < 256; ++k)
                    QCOMPARE(out[k], -1.0);
            }
        }
    }

    void weekendFactor()
    {
        const TrafficProfile p = profile({{"shape", "weekly"}, {"rate", 10}, {"weekendFactor", 0.25}, {"peakToTrough", 1}});
        QVERIFY(qAbs(p.meanRate(2 * 86400, 60) - 10) < 1e-9);    // Wednesday
        QVERIFY(qAbs(p.meanRate(5 * 86400, 60) - 2.5) < 1e-9);   // Saturday
        QVERIFY(qAbs(p.meanRate(6 * 86400, 60) - 2.5) < 1e-9);   // Sunday
        QVERIFY(qAbs(p.meanRate(7 * 86400, 60) - 10) < 1e-9);    // Monday again
    }

    void burstsAreIntegratedOverLongSteps()
    {
        // 60 s bursts at 1,000/s every hour over a base of 10/s: an hour-long step must
        // still carry the burst: (60 x 1000 + 3540 x 10) / 3600 = 26.5/s.
        const TrafficProfile p = profile({{"shape", "spiky"}, {"rate", 10}, {"burstRate", 1000}, {"burstEveryS", 3600},
                                          {"burstLengthS", 60}});
        QVERIFY(qAbs(p.meanRate(0, 3600) - 26.5) < 1e-9);
        QVERIFY(qAbs(p.meanRate(1800, 3600) - 26.5) < 1e-9);
        QVERIFY(qAbs(p.meanRate(30, 1) - 1000) < 1e-9);
        QVERIFY(qAbs(p.meanRate(100, 1) - 10) < 1e-9);
        // A day-long step covers 24 bursts.
        QVERIFY(qAbs(p.meanRate(0, 86400) - 26.5) < 1e-9);
    }

    // The step a run takes so that a burst shorter than the step asked for keeps its rate.
    void burstsShorterThanTheStepSetTheResolution_data()
    {
        QTest::addColumn<QJsonObject>("traffic");
        QTest::addColumn<double>("stepS");
        QTest::addColumn<double>("resolving");
        const QJsonObject spiky{{"shape", "spiky"}, {"rate", 10}, {"burstRate", 300}, {"burstEveryS", 3600}};
        auto burst = [&](double lengthS, double everyS = 3600) {
            QJsonObject t = spiky;
            t.insert("burstLengthS", lengthS);
            t.insert("burstEveryS", everyS);
            return t;
        };
        QTest::newRow("30 s in 5 min") << burst(30) << 300.0 << 30.0;
        QTest::newRow("45 s in 1 min: both fall on 15 s") << burst(45) << 60.0 << 15.0;
        QTest::newRow("40 s every 50 s in 1 min") << burst(40, 50) << 60.0 << 10.0;
        QTest::newRow("7 s in 1 min") << burst(7) << 60.0 << 1.0;
        QTest::newRow("as long as the step") << burst(60) << 60.0 << 60.0;
        QTest::newRow("longer than the step") << burst(90) << 60.0 << 60.0;
        QTest::newRow("already finer") << burst(30) << 10.0 << 10.0;
        QJsonObject flat = burst(30);
        flat.insert("burstRate", 10);
        QTest::newRow("a burst at the base rate") << flat << 300.0 << 300.0;
        QTest::newRow("always bursting") << burst(3600) << 300.0 << 300.0;
        QTest::newRow("diurnal") << QJsonObject{{"shape", "diurnal"}, {"rate", 10}} << 3600.0 << 3600.0;
        auto series = [](std::initializer_list<std::pair<double, double>> points) {
            QJsonArray a;
            for (const auto &[t, rate] : points)
                a.append(QJsonArray{t, rate});
            return QJsonObject{{"shape", "series"}, {"series", a}};
        };
        QTest::newRow("a series spike of 30 s") << series({{0, 10}, {3600, 10}, {3615, 1000}, {3630, 10}}) << 300.0 << 15.0;
        QTest::newRow("a series by the minute in 5 min") << series({{0, 10}, {60, 20}, {120, 30}, {180, 10}}) << 300.0 << 60.0;
        QTest::newRow("a series flat between close points") << series({{0, 10}, {10, 10}, {20, 10}}) << 300.0 << 300.0;
        QTest::newRow("a series coarser than the step") << series({{0, 10}, {600, 20}}) << 300.0 << 300.0;
    }
    void burstsShorterThanTheStepSetTheResolution()
    {
        QFETCH(QJsonObject, traffic);
        QFETCH(double, stepS);
        QFETCH(double, resolving);
        QCOMPARE(profile(traffic).resolvingStepS(stepS), resolving);
        QCOMPARE(TrafficProfile::replay({1, 2, 3}, 10).resolvingStepS(60), 10.0);
        QCOMPARE(TrafficProfile::replay({1, 2, 3}, 60).resolvingStepS(60), 60.0);
    }

    // A series' mean over a step is its line's: a spike between two samples is never lost,
    // whatever the step, and the events add up the same at every step.
    void seriesStepsCarryTheirEvents()
    {
        const TrafficProfile p = profile({{"shape", "series"},
                                          {"series", QJsonArray{QJsonArray{0, 10}, QJsonArray{3600, 10}, QJsonArray{3615, 1000},
                                                                QJsonArray{3630, 10}, QJsonArray{7200, 10}}}});
        // 7,200 s at 10/s, and the spike's triangle: 30 s x 990 / 2 more.
        const double events = 7200 * 10 + 30 * 990 / 2.0;
        for (const double step : {1.0, 7.0, 60.0, 300.0, 3600.0}) {
            double sum = 0;
            for (double t = 0; t < 7200 - 1e-9; t += step)
                sum += p.meanRate(t, std::min(step, 7200 - t)) * std::min(step, 7200 - t);
            QVERIFY2(qAbs(sum - events) < 1e-6 * events, qPrintable(QStringLiteral("%1 s: %2 against %3").arg(step).arg(sum).arg(events)));
        }
        QVERIFY(qAbs(p.meanRate(3600, 30) - (10 + 990 / 2.0)) < 1e-9);
        QVERIFY(qAbs(p.meanRate(-100, 50) - 10) < 1e-9);  // before the first point: its rate
    }

    void seriesInterpolatesLinearly()
    {
        const TrafficProfile p = profile({{"shape", "series"},
                                          {"series", QJsonArray{QJsonArray{0, 0}, QJsonArray{100, 50}, QJsonArray{200, 50}}}});
        QVERIFY(qAbs(p.meanRate(49, 2) - 25) < 1e-9);   // midpoint 50 s
        QVERIFY(qAbs(p.meanRate(150, 0) - 50) < 1e-9);
        QVERIFY(qAbs(p.meanRate(1000, 1) - 50) < 1e-9); // holds the last value
    }

    void deterministicMaths()
    {
        for (double x = -40; x <= 40; x += 0.37)
            QVERIFY(qAbs(detmath::cos(x) - std::cos(x)) < 1e-12);
        for (double x = -700; x <= 0; x += 0.71)
            QVERIFY(qAbs(detmath::expNeg(x) - std::exp(x)) <= 1e-13 * std::exp(x) + 1e-300);
        QCOMPARE(detmath::expNeg(0), 1.0);
    }

    // A mean that changes on every draw (diurnal traffic at short steps) takes the other path.
    void poissonSamplerWithAChangingMean()
    {
        detmath::Poisson sampler(5);
        const int n = 200000;
        double sum = 0, sum2 = 0, expected = 0;
        for (int i = 0; i < n; ++i) {
            const double mean = i % 2 ? 3.0 : 9.0;
            const double x = sampler.draw(mean);
            sum += x;
            sum2 += (x - mean) * (x - mean);
            expected += mean;
        }
        QVERIFY(qAbs(sum - expected) < 5 * std::sqrt(expected));
        QVERIFY(qAbs(sum2 / expected - 1) < 0.05);  // variance = mean, summed over the draws
    }

    // Steps almost as long as the burst period overlap two windows; the window is advanced
    // as time goes, across many periods.
    void spikyFastPathWithLongSteps()
    {
        const TrafficProfile p = profile({{"shape", "spiky"}, {"rate", 40}, {"burstRate", 500}, {"burstEveryS", 10},
                                          {"burstLengthS", 3}});
        for (double dt : {1.0, 7.0, 9.5, 10.0}) {
            double out[256];
            const double t0 = 123456.25;
            p.fillMeanRates(t0, dt, 256, out);
            for (int k = 0; k < 256; ++k)
                QVERIFY2(qAbs(out[k] - p.meanRate(t0 + k * dt, dt)) < 1e-9 * 500, qPrintable(QString::number(dt)));
        }
    }

    // A chunk of draws at once gives what drawing them one by one gives, on both paths.
    void poissonDrawInPlaceMatchesDraw()
    {
        // All above the normal threshold, mixed, or one small mean at the end (past the
        // vectors of four that check the threshold).
        for (double low : {20.0, 3.0, -1.0}) {
            std::vector<double> means(low < 0 ? 301 : 300);
            for (size_t k = 0; k < means.size(); ++k)
                means[k] = low < 0 ? (k + 1 < means.size() ? 50.0 : 3.0) : k % 3 ? 50.0 + static_cast<double>(k) : low;
            detmath::Poisson a(42), b(42);
            std::vector<double> drawn = means;
            a.drawInPlace(drawn.data(), static_cast<int>(drawn.size()));
            for (size_t k = 0; k < means.size(); ++k)
                QCOMPARE(bitsOf(drawn[k]), bitsOf(b.draw(means[k])));
        }
    }

    // Long runs of one small mean (constant traffic) are drawn from the table in batches;
    // the batches, the switches between means and the chunk's end give what drawing one by
    // one gives.
    void poissonDrawInPlaceMatchesDrawForRunsOfSmallMeans()
    {
        std::vector<double> means;
        for (double mean : {8.0, 12.0, 8.0, 0.5, 14.9})
            means.insert(means.end(), 600, mean);
        means.insert(means.end(), 7, 20.0);
        means.insert(means.end(), 300, 14.9);
        detmath::Poisson a(17), b(17);
        for (size_t done = 0; done < means.size(); done += 512) {
            const int n = static_cast<int>(std::min<size_t>(512, means.size() - done));
            std::vector<double> drawn(means.begin() + static_cast<std::ptrdiff_t>(done),
                                      means.begin() + static_cast<std::ptrdiff_t>(done) + n);
            a.drawInPlace(drawn.data(), n);
            for (int k = 0; k < n; ++k)
                QCOMPARE(bitsOf(drawn[static_cast<size_t>(k)]), bitsOf(b.draw(means[done + static_cast<size_t>(k)])));
        }
    }

    // The normal draw's z, computed through the bits of a double, is the Irwin-Hall sum's
    // plain formula to the bit, from either end of its range to random words.
    void poissonNormalZIsTheIrwinHallSum()
    {
        std::vector<std::uint64_t> words = {0, ~0ull, 0x8000800080008000ull, 0x0001000200030004ull};
        detmath::Rng rng(5);
        for (int i = 0; i < 1000; ++i)
            words.push_back(rng.next());
        for (std::uint64_t bits : words) {
            const auto sum = static_cast<double>((bits & 0xFFFF) + ((bits >> 16) & 0xFFFF) + ((bits >> 32) & 0xFFFF)
                                                 + (bits >> 48));
            QCOMPARE(bitsOf(detmath::poissonNormalZ(bits)), bitsOf(((sum + 2.0) / 65536.0 - 2.0) * 1.7320508075688772));
        }
        QCOMPARE(bitsOf(detmath::poissonNormalZ(0)), bitsOf(-131070 / 65536.0 * 1.7320508075688772));
    }

    // The count rounds down with floor and caps with min and max instructions: the same bits
    // as rounding through 2^52 and selecting, as the sampler first did, for every mean it takes.
    void poissonNormalCountRoundsDown()
    {
        auto roundedThrough2p52 = [](double z, double mean) {
            const double y = std::min(0x1p52, mean + std::sqrt(mean) * z + (z * z - 1) / 6 + 0.5);
            const double r = (y + 0x1p52) - 0x1p52;
            return std::max(r - (r > y ? 1.0 : 0.0), 0.0);
        };
        detmath::Rng rng(8);
        const double inf = std::numeric_limits<double>::infinity();
        for (double mean : {detmath::normalAbove, 15.5, 100.0, 123456.789, 1e15, 4.5e15, 1e300, inf})
            for (int i = 0; i < 2000; ++i) {
                const double z = detmath::poissonNormalZ(i < 2 ? (i ? ~0ull : 0ull) : rng.next());
                QCOMPARE(bitsOf(detmath::poissonNormalCount(z, mean)), bitsOf(roundedThrough2p52(z, mean)));
            }
    }

    // Absurd means give finite whole counts, never NaN or infinity.
    void poissonAbsurdMeansStayFinite()
    {
        detmath::Poisson sampler(3), oneByOne(3);
        const double inf = std::numeric_limits<double>::infinity();
        // Twice over, so the vector loop and the scalar tail both see each mean.
        const double means[9] = {1e300, inf, 1e15, 4.5e15, 1e300, inf, 1e15, 4.5e15, inf};
        double v[9];
        std::copy(std::begin(means), std::end(means), v);
        sampler.drawInPlace(v, 9);
        for (int k = 0; k < 9; ++k) {
            QVERIFY(std::isfinite(v[k]) && v[k] >= 0 && v[k] == std::floor(v[k]) && v[k] <= 0x1p52);
            QCOMPARE(bitsOf(v[k]), bitsOf(oneByOne.draw(means[k])));
        }
        QCOMPARE(v[0], 0x1p52);  // capped
        QCOMPARE(v[1], 0x1p52);
        QVERIFY(v[2] > 0.99e15 && v[2] < 1.01e15);
        QCOMPARE(sampler.draw(-5), 0.0);
        QCOMPARE(sampler.draw(std::numeric_limits<double>::quiet_NaN()), 0.0);
    }

    void poissonSamplerHasTheRightMoments_data()
    {
        QTest::addColumn<double>("mean");
        for (double m : {0.05, 2.0, 14.0, 16.0, 400.0, 1e7})
            QTest::newRow(qPrintable(QString::number(m))) << m;
    }

    void poissonSamplerHasTheRightMoments()
    {
        QFETCH(double, mean);
        detmath::Poisson sampler(7);
        const int n = 200000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; ++i) {
            const double x = sampler.draw(mean);
            QVERIFY(x >= 0 && x == std::floor(x));
            sum += x;
            sum2 += x * x;
        }
        const double m = sum / n, var = sum2 / n - m * m;
        QVERIFY2(qAbs(m - mean) < 5 * std::sqrt(mean / n) + 1e-3, qPrintable(QString::number(m)));
        QVERIFY2(qAbs(var / mean - 1) < 0.05, qPrintable(QString::number(var)));
        // Small means: the frequency of each count matches the distribution (within 5 sigma).
        if (mean < detmath::normalAbove) {
            detmath::Poisson counts(11);
            QList<int> seen(64, 0);
            for (int i = 0; i < n; ++i)
                ++seen[std::min(63, static_cast<int>(counts.draw(mean)))];
            double pk = std::exp(-mean);
            for (int k = 0; k < 40; ++k, pk *= mean / k) {
                const double expected = n * pk, sigma = std::sqrt(n * pk * (1 - pk));
                QVERIFY2(qAbs(seen[k] - expected) <= 5 * sigma + 1, qPrintable(QStringLiteral("P(X = %1)").arg(k)));
            }
        }
        // The same seed gives the same sequence.
        detmath::Poisson a(99), b(99);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(bitsOf(a.draw(mean)), bitsOf(b.draw(mean)));
    }
};

QTEST_GUILESS_MAIN(TestTrafficProfile)
#include "tst_trafficprofile.moc"
