// numbers::compact and friends, the one way counts, quantities, tick labels and spans of time
// are written: never an exponent, never a number cut, the locale's digits and grouping.
#include "text/numbers.h"

#include <QTest>

#include <cmath>

using namespace archscope;

class TestNumbers : public QObject
{
    Q_OBJECT

private slots:
    void compactAtEveryMagnitude_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << 3 << "0";
        QTest::newRow("small") << 0.25 << 3 << "0.25";
        QTest::newRow("tiny") << 0.000123456 << 3 << "0.000123";
        QTest::newRow("units") << 950.0 << 3 << "950";
        QTest::newRow("grouped") << 1210.05 << 4 << "1,210";
        QTest::newRow("decimals kept") << 453.768 << 4 << "453.8";
        QTest::newRow("thousands") << 12500.0 << 3 << "12.5 k";
        QTest::newRow("millions") << 1.3e6 << 3 << "1.3 M";
        QTest::newRow("bill quantity") << 12960000.0 << 4 << "12.96 M";
        QTest::newRow("was 1.296e+07") << 1.29600123e7 << 4 << "12.96 M";
        QTest::newRow("carries to the next") << 999960.0 << 3 << "1 M";
        QTest::newRow("billions") << 4.2e9 << 3 << "4.2 B";
        QTest::newRow("trillions") << 7e12 << 3 << "7 T";
        QTest::newRow("beyond") << 7e15 << 3 << "7,000 T";
        QTest::newRow("negative") << -1500000.0 << 3 << "-1.5 M";
        QTest::newRow("small negative") << -0.0001 << 3 << "-0.0001";
        QTest::newRow("vanishing negative") << -1e-15 << 3 << "0";
        QTest::newRow("NaN") << double(NAN) << 3 << "—";
    }

    void compactAtEveryMagnitude()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(numbers::compact(value, digits, QLocale(QLocale::English)), text);
    }

    void followsTheLocale()
    {
        const QLocale german(QLocale::German);
        QCOMPARE(numbers::compact(1210.05, 4, german), QStringLiteral("1.210"));
        QCOMPARE(numbers::compact(0.25, 3, german), QStringLiteral("0,25"));
        QCOMPARE(numbers::compact(12960000, 4, german), QStringLiteral("12,96 M"));
        QCOMPARE(numbers::usdTickLabels({0, 0.5, 1}, german), (QStringList{"$0,00", "$0,50", "$1,00"}));
    }

    void quantityHasItsUnit()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(numbers::quantity(12960000, QStringLiteral("requests"), english), QStringLiteral("12.96 M requests"));
        QCOMPARE(numbers::quantity(1210.05, QStringLiteral("GB-s"), english), QStringLiteral("1,210 GB-s"));
        QCOMPARE(numbers::quantity(3, QString(), english), QStringLiteral("3"));
    }

    void tickLabelsReadWhole()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(numbers::tickLabels({0, 500000, 1000000, 1500000}, english), (QStringList{"0", "500 k", "1 M", "1.5 M"}));
        QCOMPARE(numbers::tickLabels({0, 0.05, 0.1, 0.15}, english), (QStringList{"0", "0.05", "0.1", "0.15"}));
        QCOMPARE(numbers::tickLabels({0.01, 0.1, 1, 10, 100, 1000, 10000}, english),
                 (QStringList{"0.01", "0.1", "1", "10", "100", "1,000", "10 k"}));
        // Dollars: whole when the step is, cents when it is not, compact when large.
        QCOMPARE(numbers::usdTickLabels({0, 50, 100, 150}, english), (QStringList{"$0", "$50", "$100", "$150"}));
        QCOMPARE(numbers::usdTickLabels({0, 0.5, 1, 1.5}, english), (QStringList{"$0.00", "$0.50", "$1.00", "$1.50"}));
        QCOMPARE(numbers::usdTickLabels({0, 5000, 10000, 15000}, english), (QStringList{"$0", "$5,000", "$10 k", "$15 k"}));
        QCOMPARE(numbers::usdTickLabels({0.01, 0.1, 1, 10, 100, 1000, 10000, 100000}, english),
                 (QStringList{"$0.01", "$0.10", "$1", "$10", "$100", "$1,000", "$10 k", "$100 k"}));
        QCOMPARE(numbers::usdTickLabels({0, 0.002, 0.004}, english), (QStringList{"$0.00", "$0.002", "$0.004"}));
    }

    void durationsReadAsTime()
    {
        const QLocale english(QLocale::English);
        QCOMPARE(numbers::duration(45, english), QStringLiteral("45 s"));
        QCOMPARE(numbers::duration(360, english), QStringLiteral("6 min"));
        QCOMPARE(numbers::duration(2040, english), QStringLiteral("34 min"));
        QCOMPARE(numbers::duration(3600, english), QStringLiteral("1 h"));
        QCOMPARE(numbers::duration(2 * 3600, english), QStringLiteral("2 h"));
        QCOMPARE(numbers::duration(36 * 3600, english), QStringLiteral("36 h"));
        QCOMPARE(numbers::duration(3 * 86400, english), QStringLiteral("3 days"));
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
