// money::usd, the one way amounts of US dollars are written: its rounding rule at each
// magnitude, its signs, and the locale's digits.

#include "text/money.h"

#include <QTest>

#include <cmath>

using namespace archscope;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void oneRuleAtEveryMagnitude_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("text");
        QTest::newRow("cents") << 12.34 << "$12.34";
        QTest::newRow("grouped") << 1204.5 << "$1,204.50";
        QTest::newRow("millions") << 1234567.891 << "$1,234,567.89";
        QTest::newRow("a dollar") << 1.0 << "$1.00";
        QTest::newRow("rounds up to ten") << 9.999 << "$10.00";
        QTest::newRow("twenty cents") << 0.2 << "$0.20";
        QTest::newRow("below a dollar") << 0.87342 << "$0.8734";
        QTest::newRow("sub-cent") << 0.0042 << "$0.0042";
        QTest::newRow("half a cent") << 0.005 << "$0.005";
        QTest::newRow("Fargate vCPU-hour") << 0.04048 << "$0.04048";
        QTest::newRow("Lambda GB-second") << 0.0000166667 << "$0.00001667";
        QTest::newRow("carries into a dollar") << 0.99996 << "$1.00";
        QTest::newRow("zero") << 0.0 << "$0.00";
        QTest::newRow("vanishing") << 1e-12 << "$0.00";
        QTest::newRow("credit") << -0.4 << "-$0.40";
        QTest::newRow("large credit") << -6.8733 << "-$6.87";
        QTest::newRow("vanishing credit") << -1e-12 << "$0.00";
        QTest::newRow("NaN") << double(NAN) << "—";
        QTest::newRow("infinite") << double(INFINITY) << "—";
    }

    void oneRuleAtEveryMagnitude()
    {
        QFETCH(double, amount);
        QFETCH(QString, text);
        QCOMPARE(money::usd(amount, QLocale(QLocale::English, QLocale::UnitedStates)), text);
    }

    void digitsFollowTheLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(money::usd(1204.5, german), QString("$1.204,50"));
        QCOMPARE(money::usd(0.0042, german), QString("$0,0042"));
        QCOMPARE(money::usd(0.99996, german), QString("$1,00"));
        // The C locale writes no group separator.
        QCOMPARE(money::usd(1204.5, QLocale::c()), QString("$1204.50"));
        // Without a locale, the default one.
        QLocale::setDefault(german);
        QCOMPARE(money::usd(1204.5), QString("$1.204,50"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
