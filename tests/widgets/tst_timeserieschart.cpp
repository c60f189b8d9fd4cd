#include "sim/timeserieschart.h"

#include "charttexts.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QPointer>
#include <QTest>

using namespace archscope;

class TestTimeSeriesChart : public QObject
{
    Q_OBJECT

private slots:
    void clearDeletesTheAxes()
    {
        // QChart::removeAxis gives the axis back to the caller: a clear that only removed them
        // leaked two axes on every re-simulation.
        TimeSeriesChart chart(QStringLiteral("Arrivals"), QStringLiteral("req/s"));
        chart.setHorizon(7200);
        chart.addLine(QStringLiteral("api"), {QPointF(0, 1), QPointF(3600, 4), QPointF(7200, 2)});
        chart.finish();
        QList<QPointer<QAbstractAxis>> axes;
        for (QAbstractAxis *axis : chart.chart()->axes())
            axes.append(axis);
        QCOMPARE(axes.size(), 2);
        chart.clear();
        QVERIFY(chart.chart()->axes().isEmpty());
        for (const QPointer<QAbstractAxis> &axis : axes)
            QVERIFY(axis.isNull());
        QCOMPARE(chart.lineCount(), 0);
        // A rebuild after the clear works on the same chart.
        chart.addLine(QStringLiteral("api"), {QPointF(0, 1), QPointF(7200, 2)});
        chart.finish();
        QCOMPARE(chart.chart()->axes().size(), 2);
        QCOMPARE(chart.lineCount(), 1);
    }

    // A week of hourly bursts in 1,680 buckets: the mean as a line over a band from lowest to
    // highest per hour, not 1,680 spikes; the axes say their units in whole labels.
    void aLongSeriesIsABandAroundItsMean()
    {
        SimulationResults::DecimatedSeries s;
        for (int i = 0; i < 1680; ++i) {
            const bool burst = i % 10 == 3;
            s.min.push_back(2);
            s.max.push_back(burst ? 1.4e6f : 12000);
            s.mean.push_back(burst ? 300000 : 9000);
        }
        TimeSeriesChart chart(QStringLiteral("Arrivals"), QStringLiteral("events/s"));
        chart.resize(900, 300);
        chart.setHorizon(7 * 86400);
        chart.addBand(QStringLiteral("api"), s, 360);
        chart.finish();
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.lineCount(), 1);
        QCOMPARE(chart.bandCount(), 1);
        QAreaSeries *band = nullptr;
        QLineSeries *mean = nullptr;
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                band = area;
            else
                mean = qobject_cast<QLineSeries *>(series);
        }
        QVERIFY(band && mean);
        QCOMPARE(mean->count(), 168);  // one point an hour
        QCOMPARE(band->upperSeries()->count(), 168);
        for (int i = 0; i < mean->count(); ++i) {
            QVERIFY(band->lowerSeries()->at(i).y() <= mean->at(i).y());
            QVERIFY(mean->at(i).y() <= band->upperSeries()->at(i).y());
        }
        QCOMPARE(band->upperSeries()->at(10).y(), 1.4e6);
        // Only the line in the legend.
        QCOMPARE(chart.chart()->legend()->markers(band).first()->isVisible(), false);
        // Whole tick labels, counts written for people; units on both axes.
        const QStringList y = chart.yTickLabels();
        QVERIFY2(y.contains("1 M") && y.first() == "0", qPrintable(y.join(", ")));
        for (const QString &label : y)
            QVERIFY2(!label.contains('e') && !label.contains("..."), qPrintable(label));
        QVERIFY2(chart.xTitle().startsWith("days") && chart.xTitle().contains("1 h"), qPrintable(chart.xTitle()));
        auto *yAxis = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Vertical).first());
        QCOMPARE(yAxis->titleText(), QStringLiteral("events/s"));
        QTRY_VERIFY2(cutTexts(&chart).isEmpty(), qPrintable(cutTexts(&chart).join(", ")));
    }

    // Dollars on the y axis, and as many ticks as the height holds, none cut.
    void moneyTicksFollowTheHeight()
    {
        TimeSeriesChart chart(QStringLiteral("Cumulative cost"), QStringLiteral("USD"));
        chart.setValues(TimeSeriesChart::Values::Usd);
        chart.setHorizon(3600);
        chart.addLine(QStringLiteral("all"), {QPointF(0, 0), QPointF(3600, 1000)});
        chart.resize(600, chart.minimumHeight());
        chart.finish();
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const QStringList few = chart.yTickLabels();
        QVERIFY2(few.first() == "$0" && few.last().startsWith("$"), qPrintable(few.join(", ")));
        QVERIFY(chart.xTitle() == "minutes");
        QTRY_VERIFY2(cutTexts(&chart).isEmpty(), qPrintable(cutTexts(&chart).join(", ")));
        chart.resize(600, 500);
        QTRY_VERIFY(chart.yTickLabels().size() > few.size());
        QVERIFY2(chart.yTickLabels().contains("$1,000"), qPrintable(chart.yTickLabels().join(", ")));
        QTRY_VERIFY2(cutTexts(&chart).isEmpty(), qPrintable(cutTexts(&chart).join(", ")));
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
