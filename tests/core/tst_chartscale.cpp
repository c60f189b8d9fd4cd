// chartscale: round ticks for the charts' axes, and long series folded into min–max bands.
#include "render/chartscale.h"

#include <QTest>

using namespace archscope;

class TestChartScale : public QObject
{
    Q_OBJECT

private slots:
    void ticksAreRoundAndCoverTheRange_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<int>("maxTicks");
        QTest::addColumn<QList<double>>("ticks");
        QTest::newRow("concurrency") << 0.0 << 103.0 << 6 << QList<double>{0, 50, 100, 150};
        QTest::newRow("more room") << 0.0 << 103.0 << 8 << QList<double>{0, 20, 40, 60, 80, 100, 120};
        QTest::newRow("cost") << 0.0 << 197.66 << 5 << QList<double>{0, 50, 100, 150, 200};
        QTest::newRow("cents") << 0.0 << 0.37 << 5 << QList<double>{0, 0.1, 0.2, 0.3, 0.4};
        QTest::newRow("millions") << 0.0 << 1.3e6 << 4 << QList<double>{0, 500000, 1000000, 1500000};
        QTest::newRow("two ticks") << 0.0 << 7.0 << 2 << QList<double>{0, 10};
        QTest::newRow("flat") << 0.0 << 0.0 << 5 << QList<double>{0, 0.5, 1};
    }

    void ticksAreRoundAndCoverTheRange()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(int, maxTicks);
        QFETCH(QList<double>, ticks);
        const QList<double> got = chartscale::niceTicks(lo, hi, maxTicks);
        QCOMPARE(got.size(), ticks.size());
        for (qsizetype i = 0; i < got.size(); ++i)
            QVERIFY2(qAbs(got[i] - ticks[i]) < 1e-9 * qMax(1.0, qAbs(ticks[i])), qPrintable(QString::number(got[i])));
        QVERIFY(got.size() <= qMax(2, maxTicks));
    }

    void decadesCoverTheRange()
    {
        QCOMPARE(chartscale::decades(0.01, 10000), (QList<double>{0.01, 0.1, 1, 10, 100, 1000, 10000}));
        QCOMPARE(chartscale::decades(0.3, 42), (QList<double>{0.1, 1, 10, 100}));
        QCOMPARE(chartscale::decades(5, 5), (QList<double>{1, 10}));
        // Crowded: every second decade, the range widened to end on one.
        QCOMPARE(chartscale::decades(0.01, 10000, 4), (QList<double>{0.01, 1, 100, 10000}));
        QCOMPARE(chartscale::decades(0.1, 100000, 4), (QList<double>{0.1, 10, 1000, 100000}));
        QCOMPARE(chartscale::decades(1, 1e6, 3), (QList<double>{1, 1000, 1e6}));
    }

    // A week of hourly bursts in 2,000 buckets becomes 250 points: each the lowest and the
    // highest of its buckets around their mean, so the bursts show as the band's top, not as
    // a wall of spikes.
    void longSeriesFoldIntoABand()
    {
        SimulationResults::DecimatedSeries s;
        const int buckets = 2000;
        const double bucketS = 7 * 86400.0 / buckets;
        for (int i = 0; i < buckets; ++i) {
            const bool burst = i % 12 == 0;  // one bucket in twelve holds the hour's burst
            s.min.push_back(burst ? 10 : 5);
            s.max.push_back(burst ? 100 : 15);
            s.mean.push_back(burst ? 60 : 10);
        }
        const chartscale::Band band = chartscale::band(s, bucketS, 250);
        QCOMPARE(band.mean.size(), 250);
        QCOMPARE(band.low.size(), 250);
        QCOMPARE(band.high.size(), 250);
        QVERIFY(band.varies);
        QCOMPARE(band.groupS, 8 * bucketS);
        for (qsizetype g = 0; g < band.mean.size(); ++g) {
            QCOMPARE(band.low[g].x(), band.mean[g].x());
            QVERIFY(band.low[g].y() <= band.mean[g].y() && band.mean[g].y() <= band.high[g].y());
        }
        // Group 0 holds buckets 0..7 with one burst: lowest 5, highest 100, mean (60 + 7 × 10) / 8.
        QCOMPARE(band.low[0].y(), 5.0);
        QCOMPARE(band.high[0].y(), 100.0);
        QCOMPARE(band.mean[0].y(), (60.0 + 7 * 10) / 8);
        QCOMPARE(band.mean[0].x(), 4 * bucketS);
        // Buckets that add up to an hour make hour-long groups: an hourly burst falls into each
        // one (top of the band flat), not into every other one (a wall of spikes).
        SimulationResults::DecimatedSeries week;
        for (int i = 0; i < 1680; ++i) {
            const bool burst = i % 10 == 3;  // 6-minute buckets, one burst an hour
            week.min.push_back(5);
            week.max.push_back(burst ? 100 : 15);
            week.mean.push_back(burst ? 60 : 10);
        }
        const chartscale::Band hourly = chartscale::band(week, 360, 300);
        QCOMPARE(hourly.groupS, 3600.0);
        QCOMPARE(hourly.mean.size(), 168);
        for (qsizetype g = 0; g < hourly.mean.size(); ++g) {
            QCOMPARE(hourly.high[g].y(), 100.0);
            QCOMPARE(hourly.mean[g].y(), 15.0);
        }
        // A steady series has no band.
        SimulationResults::DecimatedSeries flat;
        flat.min = flat.max = flat.mean = SimulationResults::Values(100, 3.f);
        QVERIFY(!chartscale::band(flat, 60, 10).varies);
        QCOMPARE(chartscale::band(flat, 60, 1000).mean.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestChartScale)
#include "tst_chartscale.moc"
