// The `archscope simulate` contract (DESIGN.md): the JSON fields, duration options, exit
// codes, and the atomic CSV of decimated series.

#include "clirunner.h"
#include "testsupport.h"

#include "sim/simulationresults.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirunner.h"
#include "text/money.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testsupport::examplePath;

class TestCliSimulate : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasTheDesignFields()
    {
        const CliRun r = runCli({"simulate", examplePath("rest-api"), "--horizon", "2d", "--step", "60s", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root.value("horizonS").toDouble(), 172800.0);
        QCOMPARE(root.value("stepS").toDouble(), 60.0);
        QVERIFY(root.value("totalCostUsd").toDouble() > 0);
        QVERIFY(qAbs(root.value("monthlyProjectionUsd").toDouble() - root.value("totalCostUsd").toDouble() * 15) < 1e-6);
        QCOMPARE(root.value("pricesRegion").toString(), QString("us-east-1"));
        QVERIFY(QDate::fromString(root.value("pricesAsOf").toString(), Qt::ISODate).isValid());
        const QJsonArray nodes = root.value("nodes").toArray();
        QCOMPARE(nodes.size(), 3);
        double sum = 0;
        for (const QJsonValue &v : nodes) {
            const QJsonObject n = v.toObject();
            for (const char *key : {"id", "kind", "invocations", "throttled", "coldStarts", "peakConcurrency",
                                    "meanConcurrency", "peakBacklog", "cost"})
                QVERIFY2(n.contains(key), key);
            const QJsonObject cost = n.value("cost").toObject();
            QVERIFY(cost.contains("totalUsd") && cost.value("items").isArray());
            for (const QJsonValue &item : cost.value("items").toArray())
                QVERIFY(item.toObject().contains("name") && item.toObject().contains("usd"));
            sum += cost.value("totalUsd").toDouble();
        }
        QVERIFY(qAbs(sum - root.value("totalCostUsd").toDouble()) < 1e-9);
        QCOMPARE(root.value("wires").toArray().size(), 2);
        const QJsonObject handler = nodes.at(1).toObject();
        QCOMPARE(handler.value("id").toString(), QString("handler"));
        QVERIFY(handler.value("invocations").toDouble() > 0);
    }

    void summaryWritesMoneyAsPeopleReadIt()
    {
        // An hour: amounts below a dollar keep four significant digits.
        const QStringList args = {"simulate", examplePath("rest-api"), "--horizon", "1h"};
        const QJsonObject root = QJsonDocument::fromJson(runCli(args + QStringList{"--json"}).out).object();
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains("Total: " + archscope::money::usd(root.value("totalCostUsd").toDouble()) + "; per 30-day month: "
                               + archscope::money::usd(root.value("monthlyProjectionUsd").toDouble())),
                 qPrintable(text));
        for (const QJsonValue &n : root.value("nodes").toArray())
            QVERIFY2(text.contains(archscope::money::usd(n.toObject().value("cost").toObject().value("totalUsd").toDouble()) + "\n"),
                     qPrintable(text));
    }

    void sameSeedSameOutputAndSeedOption()
    {
        const QStringList args = {"simulate", examplePath("fan-out"), "--horizon", "1d", "--json"};
        const CliRun a = runCli(args), b = runCli(args);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        const CliRun c = runCli(args + QStringList{"--seed", "7"});
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.out != a.out);
        // "--option=value" means the same as "--option value".
        const CliRun d = runCli({"simulate", examplePath("fan-out"), "--horizon=1d", "--json", "--seed=7"});
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.out, c.out);
    }

    void freeTierLowersTheBill()
    {
        const QStringList args = {"simulate", examplePath("image-thumbnails"), "--horizon", "30d", "--json"};
        const double paid = QJsonDocument::fromJson(runCli(args).out).object().value("totalCostUsd").toDouble();
        const CliRun r = runCli(args + QStringList{"--free-tier"});
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(root.value("freeTier").toBool());
        QVERIFY(root.value("totalCostUsd").toDouble() < paid);
    }

    void everyExampleSimulates()
    {
        for (const QString &f : testsupport::examplePaths()) {
            const CliRun r = runCli({"simulate", f, "--json"});
            QVERIFY2(r.exitCode == 0, qPrintable(f + ": " + r.err));
            QVERIFY(QJsonDocument::fromJson(r.out).object().value("totalCostUsd").toDouble() > 0);
        }
    }

    void badValuesExitTwo()
    {
        const QString file = examplePath("rest-api");
        for (const QStringList &extra : {QStringList{"--horizon", "soon"}, QStringList{"--horizon", "40d"},
                                         QStringList{"--step", "0s"}, QStringList{"--step", "2h"},
                                         QStringList{"--seed", "x"}, QStringList{"--seed", "-1"},
                                         // past 2^53 - 1 a seed would not survive the JSON it is printed in
                                         QStringList{"--seed", "9007199254740992"}, QStringList{"--horizon"},
                                         QStringList{"--bogus"}}) {
            const CliRun r = runCli(QStringList{"simulate", file, "--json"} + extra);
            QVERIFY2(r.exitCode == 2, qPrintable(extra.join(' ')));
            QVERIFY2(r.err.contains(extra.first()), qPrintable(r.err));  // names the option at fault
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(runCli({"simulate"}).exitCode, 2);
    }

    void unloadableFileExitsTwo()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, "future.archscope", "{\"format\":\"archscope\",\"version\":9}");
        CliRun r = runCli({"simulate", path, "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("newer Archscope"));
        r = runCli({"simulate", dir.filePath("missing.archscope"), "--json"});
        QCOMPARE(r.exitCode, 2);
    }

    void cycleIsAnError()
    {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, "cycle.archscope",
            "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"fn\",\"kind\":\"lambda\"},"
            "{\"id\":\"q\",\"kind\":\"sqs\",\"props\":{\"traffic\":{\"rate\":1}}}],"
            "\"edges\":[{\"id\":\"e1\",\"from\":\"q\",\"to\":\"fn\"},{\"id\":\"e2\",\"from\":\"fn\",\"to\":\"q\",\"kind\":\"write\"}]}");
        const CliRun r = runCli({"simulate", path, "--json"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cycle"), qPrintable(r.err));
    }

    void outOfRangeSettingsEndAtOnceWithExitOne_data()
    {
        outOfRangeSettingsRows();
    }

    void outOfRangeSettingsEndAtOnceWithExitOne()
    {
        QFETCH(QByteArray, settings);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = writeSettingsFile(dir, settings);
        const QString csv = dir.filePath("series.csv");
        for (const QStringList &extra : {QStringList{"--json"}, QStringList{}, QStringList{"--csv", csv}}) {
            QElapsedTimer timer;
            timer.start();
            // Without the check these run for minutes (or overflow into a one-step run).
            const CliRun r = runCli(QStringList{"simulate", path} + extra, 10000);
            QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
            QVERIFY2(r.exitCode == 1, qPrintable(extra.join(' ') + ": " + r.err));
            QVERIFY2(r.err.contains("error: " + named + ": "), qPrintable(r.err));
            QCOMPARE(r.err.count("error: "), 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY(!QFile::exists(csv));
        }
    }

    void csvIsWrittenAtomically()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("series.csv");
        const CliRun r = runCli({"simulate", examplePath("clickstream"), "--horizon", "1d", "--step", "1m", "--csv", csv});
        QCOMPARE(r.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QList<QByteArray> lines = bytes.split('\n');
        QVERIFY(lines.first().startsWith("tStartS,\"Whole diagram (*total*) arrivals min\","));
        // 1,440 steps in at most 2,000 buckets, a row each; 3 nodes + the total, 9 series and
        // 3 statistics each, a column each.
        QCOMPARE(lines.size() - 2, 1440);
        for (const QByteArray &line : lines.mid(0, lines.size() - 1))
            QCOMPARE(line.count(',') + 1, 1 + 4 * archscope::SimulationResults::seriesCount * 3);
        QVERIFY(lines.at(1).startsWith("0,"));
        // The same bytes as File -> Export writes: one path for both.
        const QString file = writeTestFile(dir, "day.archscope", [] {
            QFile in(examplePath("clickstream"));
            in.open(QIODevice::ReadOnly);
            QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
            QJsonObject settings = root.value("settings").toObject();
            settings.insert("horizonS", 86400);
            settings.insert("stepS", 60);
            root.insert("settings", settings);
            return QJsonDocument(root).toJson();
        }());
        const QString exported = dir.filePath("exported.csv");
        QCOMPARE(runCli({"export", file, "--format", "csv", "-o", exported}).exitCode, 0);
        QFile e(exported);
        QVERIFY(e.open(QIODevice::ReadOnly));
        QCOMPARE(e.readAll(), bytes);
        // An unwritable path fails cleanly and leaves nothing behind.
        const CliRun bad = runCli({"simulate", examplePath("clickstream"), "--horizon", "1d", "--csv",
                             dir.filePath("no/such/dir/x.csv")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath("no/such/dir/x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
