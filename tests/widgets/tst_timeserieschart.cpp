#include "sim/timeserieschart.h"

#include <QAbstractAxis>
#include <QChart>
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
};

QTEST_MAIN(TestTimeSeriesChart)
#include "tst_timeserieschart.moc"
