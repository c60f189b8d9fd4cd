#include "io/seriescsv.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace archscope;

namespace {

QJsonArray point(double t, double rate)
{
    return QJsonArray{t, rate};
}

} // namespace

// parseSeriesCsv: the CSV import of a traffic series, pulled out of the inspector to be tested.
class TestSeriesCsv : public QObject
{
    Q_OBJECT

private slots:
    void goodFile()
    {
        QFile file(QStringLiteral(ARCHSCOPE_TEST_DATA "/series-good.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonArray points;
        QString error;
        QVERIFY2(parseSeriesCsv(file.readAll(), &points, &error), qPrintable(error));
        QCOMPARE(points, (QJsonArray{point(0, 1.5), point(3600, 10), point(7200, 2.25)}));
    }

    void withoutHeaderCrlfAndBlankLines()
    {
        QJsonArray points;
        QString error;
        QVERIFY2(parseSeriesCsv("\xEF\xBB\xBF"
                                "0, 1\r\n\r\n60 ,2\r\n",
                                &points, &error),
                 qPrintable(error));
        QCOMPARE(points, (QJsonArray{point(0, 1), point(60, 2)}));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad rate") << QByteArray("t,rate\n0,1\n60,abc\n")
                                  << QStringLiteral("Line 3");
        QTest::newRow("bad time") << QByteArray("0,1\nsoon,2\n") << QStringLiteral("Line 2");
        QTest::newRow("three columns") << QByteArray("0,1\n60,2,3\n") << QStringLiteral("Line 2");
        QTest::newRow("one column") << QByteArray("0,1\n60\n") << QStringLiteral("Line 2");
        QTest::newRow("negative time") << QByteArray("-5,1\n") << QStringLiteral("Line 1");
        QTest::newRow("negative rate") << QByteArray("0,1\n60,-2\n") << QStringLiteral("Line 2");
        QTest::newRow("decreasing") << QByteArray("0,1\n60,2\n30,3\n") << QStringLiteral("Line 3");
        QTest::newRow("repeated time")
            << QByteArray("0,1\n60,2\n60,3\n") << QStringLiteral("Line 3");
        QTest::newRow("not finite") << QByteArray("0,1\n60,inf\n") << QStringLiteral("Line 2");
        QTest::newRow("header twice") << QByteArray("t,rate\nt,rate\n") << QStringLiteral("Line 2");
    }

    void rejects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QJsonArray points{point(1, 1)};
        const QJsonArray before = points;
        QString error;
        QVERIFY(!parseSeriesCsv(csv, &points, &error));
        QVERIFY2(error.startsWith(expected + QLatin1Char(':')), qPrintable(error));
        QCOMPARE(points, before); // a failed parse changes nothing
    }

    void empty_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n");
        QTest::newRow("header only") << QByteArray("time,rate\n");
    }

    void empty()
    {
        QFETCH(QByteArray, csv);
        QJsonArray points;
        QString error;
        QVERIFY(!parseSeriesCsv(csv, &points, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(points.isEmpty());
    }

    void rowLimit()
    {
        QByteArray csv;
        for (int i = 0; i < maxSeriesRows; ++i)
            csv += QByteArray::number(i) + ",1\n";
        QJsonArray points;
        QString error;
        QVERIFY2(parseSeriesCsv(csv, &points, &error), qPrintable(error));
        QCOMPARE(points.size(), maxSeriesRows);

        csv += QByteArray::number(maxSeriesRows) + ",1\n";
        QVERIFY(!parseSeriesCsv(csv, &points, &error));
        QVERIFY2(error.contains(QString::number(maxSeriesRows + 1)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSeriesCsv)
#include "tst_seriescsv.moc"
