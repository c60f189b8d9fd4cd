// The examples' `simulate --json` results, stored under tests/data/golden: a change that
// makes the engine faster must not change what it computes unnoticed. When the model changes
// on purpose, regenerate them (ARCHSCOPE_REGENERATE_GOLDEN=1 ctest -R tst_cli_golden) and
// say why in the commit.

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

// Empty when equal; otherwise the JSON path of the first difference. Numbers agree to 1e-9
// relative: results are deterministic, but printing may round the last digit.
QString difference(const QJsonValue &want, const QJsonValue &got, const QString &path)
{
    if (want.type() != got.type())
        return path + QStringLiteral(": type differs");
    if (want.isDouble()) {
        const double a = want.toDouble(), b = got.toDouble();
        return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-12
                   ? QString()
                   : QStringLiteral("%1: %2, stored %3").arg(path).arg(b, 0, 'g', 17).arg(a, 0, 'g', 17);
    }
    if (want.isArray()) {
        const QJsonArray a = want.toArray(), b = got.toArray();
        if (a.size() != b.size())
            return QStringLiteral("%1: %2 entries, stored %3").arg(path).arg(b.size()).arg(a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            if (const QString d = difference(a.at(i), b.at(i), path + QLatin1Char('/') + QString::number(i)); !d.isEmpty())
                return d;
        return {};
    }
    if (want.isObject()) {
        const QJsonObject a = want.toObject(), b = got.toObject();
        if (a.keys() != b.keys())
            return QStringLiteral("%1: keys %2, stored %3").arg(path, b.keys().join(QLatin1Char(',')), a.keys().join(QLatin1Char(',')));
        for (auto it = a.begin(); it != a.end(); ++it)
            if (const QString d = difference(it.value(), b.value(it.key()), path + QLatin1Char('/') + it.key()); !d.isEmpty())
                return d;
        return {};
    }
    return want == got ? QString() : path + QStringLiteral(": differs");
}

} // namespace

class TestCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void examplesSimulateAsStored_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("stored");
        const QDir examples(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples"));
        const QStringList files = examples.entryList({QStringLiteral("*.archscope")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString &file : files) {
            const QString name = file.chopped(int(qstrlen(".archscope")));
            const QString path = examples.filePath(file);
            // As saved (30 days at 1 min), and a day at 1 s with the free tier: the long and
            // the short-bucket paths of the engine.
            QTest::newRow(qPrintable(name)) << path << QStringList() << name + QStringLiteral(".json");
            QTest::newRow(qPrintable(name + QStringLiteral(" 1d@1s")))
                << path << QStringList{QStringLiteral("--horizon"), QStringLiteral("1d"), QStringLiteral("--step"), QStringLiteral("1s"),
                                       QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--free-tier")}
                << name + QStringLiteral("-1d-1s.json");
        }
    }

    void examplesSimulateAsStored()
    {
        QFETCH(QString, example);
        QFETCH(QStringList, options);
        QFETCH(QString, stored);
        const CliRun r = runCli(QStringList{QStringLiteral("simulate"), example, QStringLiteral("--json")} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument got = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        const QString path = QStringLiteral(ARCHSCOPE_TEST_DATA "/golden/") + stored;
        QFile file(path);
        if (qEnvironmentVariableIsSet("ARCHSCOPE_REGENERATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(got.toJson(QJsonDocument::Indented));
            QSKIP("regenerated");
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + QStringLiteral(": missing; regenerate with ARCHSCOPE_REGENERATE_GOLDEN=1")));
        const QJsonDocument want = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(path + QStringLiteral(": ") + error.errorString()));
        const QString d = difference(want.object(), got.object(), QString());
        QVERIFY2(d.isEmpty(), qPrintable(stored + QStringLiteral(" ") + d));
    }
};

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
