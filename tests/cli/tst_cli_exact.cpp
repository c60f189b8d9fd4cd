// `archscope simulate --exact [--window FROM..TO]` (DESIGN.md, "The exact engine" and
// "Exports and the command line"): the JSON fields of both engines, the window's syntax and
// its refusals, determinism for a seed, and Erlang-B loss measured request by request.

#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using testsupport::examplePath;

namespace {

// API Gateway -> Lambda (reserved concurrency 10, 1 s per request, no init), 8 requests/s;
// SQS -> a second function; a Kinesis stream -> a third.
QByteArray diagram(double horizonS, double apiRate = 8)
{
    return QStringLiteral(R"({"format":"archscope","version":1,
        "settings":{"horizonS":%1,"stepS":60,"seed":3},
        "nodes":[
          {"id":"api","kind":"apigw","props":{"traffic":{"shape":"constant","rate":%2}}},
          {"id":"fn","kind":"lambda","props":{"durationMs":1000,"durationCv":0,"coldStartMs":0,"timeoutS":900,"reservedConcurrency":10}},
          {"id":"jobs","kind":"sqs","props":{"traffic":{"shape":"constant","rate":5}}},
          {"id":"worker","kind":"lambda","props":{"durationMs":200,"timeoutS":30}},
          {"id":"clicks","kind":"kinesis","props":{"traffic":{"shape":"constant","rate":20}}},
          {"id":"reader","kind":"lambda","props":{"durationMs":300,"timeoutS":30}}],
        "edges":[{"id":"e1","from":"api","to":"fn","kind":"trigger"},
                 {"id":"e2","from":"jobs","to":"worker","kind":"trigger"},
                 {"id":"e3","from":"clicks","to":"reader","kind":"trigger"}]})")
        .arg(horizonS)
        .arg(apiRate)
        .toUtf8();
}

QJsonObject parse(const CliRun &r)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << r.err;
    return root;
}

QJsonObject nodeOf(const QJsonObject &root, const QString &id)
{
    for (const QJsonValue &v : root.value("nodes").toArray())
        if (v.toObject().value("id").toString() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestCliExact : public QObject
{
    Q_OBJECT

private slots:
    void jsonNamesTheEngineAndTheWindow()
    {
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400));
        const CliRun fast = runCli({"simulate", file, "--json"});
        QVERIFY2(fast.exitCode == 0, qPrintable(fast.err));
        const QJsonObject f = parse(fast);
        QCOMPARE(f.value("engine").toString(), QString("fast"));
        QVERIFY(!f.contains("window"));

        const CliRun exact = runCli({"simulate", file, "--exact", "--window", "2h..3h", "--json"});
        QVERIFY2(exact.exitCode == 0, qPrintable(exact.err));
        const QJsonObject x = parse(exact);
        QCOMPARE(x.value("engine").toString(), QString("exact"));
        QCOMPARE(x.value("window").toArray(), (QJsonArray{7200.0, 10800.0}));
        // Every field of the fast document is there too.
        for (const QString &key : f.keys())
            QVERIFY2(x.contains(key), qPrintable(key));
        const QJsonObject fastFn = nodeOf(f, "fn");
        const QJsonObject fn = nodeOf(x, "fn");
        for (const QString &key : fastFn.keys())
            QVERIFY2(fn.contains(key), qPrintable(key));
        // Over an hour, not the day the fast run covers.
        QVERIFY2(std::abs(fn.value("arrivals").toDouble() - 8 * 3600) < 5 * std::sqrt(8 * 3600.0), qPrintable(exact.out));
        QVERIFY(std::abs(fastFn.value("arrivals").toDouble() - 8 * 86400) < 1);

        // Sync compute: end-to-end latency (no wait, no init: the 1 s duration).
        const QJsonObject latency = fn.value("latencyMs").toObject();
        QVERIFY2(latency.contains("p50") && latency.contains("p95") && latency.contains("p99"), qPrintable(exact.out));
        QVERIFY(std::abs(latency.value("p50").toDouble() - 1000) < 20);
        QVERIFY(latency.value("p50").toDouble() <= latency.value("p99").toDouble());
        // The fast model's latency, from the queueing layer, agrees with the requests'.
        const QJsonObject fastLatency = fastFn.value("latencyMs").toObject();
        for (const char *p : {"p50", "p95", "p99"})
            QVERIFY2(std::abs(fastLatency.value(p).toDouble() - latency.value(p).toDouble()) <= 0.2 * latency.value(p).toDouble(),
                     qPrintable(QStringLiteral("%1: fast %2, exact %3").arg(p).arg(fastLatency.value(p).toDouble()).arg(latency.value(p).toDouble())));
        // The queue's oldest message, the stream's and its reader's iterator age; nowhere else.
        QVERIFY2(nodeOf(x, "jobs").contains("maxAgeOfOldestMessageS"), qPrintable(exact.out));
        QVERIFY(nodeOf(x, "jobs").value("maxAgeOfOldestMessageS").toDouble() >= 0);
        QVERIFY2(nodeOf(x, "reader").contains("maxIteratorAgeS"), qPrintable(exact.out));
        QVERIFY2(nodeOf(x, "clicks").contains("maxIteratorAgeS"), qPrintable(exact.out));
        QVERIFY(!nodeOf(x, "fn").contains("maxAgeOfOldestMessageS") && !nodeOf(x, "fn").contains("maxIteratorAgeS"));
        // Both engines name Duration and the ages alike, on the same nodes.
        const QStringList cloudWatch{"durationMs", "maxAgeOfOldestMessageS", "maxIteratorAgeS", "maxAsyncEventAgeS"};
        for (const char *id : {"api", "fn", "jobs", "worker", "clicks", "reader"})
            for (const QString &key : cloudWatch)
                QVERIFY2(nodeOf(f, id).contains(key) == nodeOf(x, id).contains(key), qPrintable(QStringLiteral("%1 %2").arg(id, key)));
        for (const char *id : {"fn", "worker", "reader"}) {
            const QJsonObject duration = nodeOf(f, id).value("durationMs").toObject();
            QVERIFY2(duration.value("p50").toDouble() > 0 && duration.value("p50").toDouble() <= duration.value("p99").toDouble(), id);
        }
        // A fixed 1 s with no init is 1 s at every percentile.
        QVERIFY(std::abs(nodeOf(f, "fn").value("durationMs").toObject().value("p99").toDouble() - 1000) < 1);
        QVERIFY(!nodeOf(x, "worker").contains("latencyMs"));
        // The fast model's figures over the same hour, alongside.
        QVERIFY(std::abs(fn.value("fast").toObject().value("arrivals").toDouble() - 8 * 3600) < 1);
    }

    // Without --window: the fast run's busiest hour (diurnal traffic peaks at 14:00).
    void defaultWindowIsTheBusiestHour()
    {
        const CliRun r = runCli({"simulate", examplePath("rest-api"), "--horizon", "1d", "--exact", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray window = parse(r).value("window").toArray();
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.at(1).toDouble() - window.at(0).toDouble(), 3600.0);
        QVERIFY2(window.at(0).toDouble() <= 14 * 3600 && 14 * 3600 <= window.at(1).toDouble(),
                 qPrintable(QStringLiteral("%1").arg(window.at(0).toDouble())));
    }

    void windowSyntax_data()
    {
        QTest::addColumn<QString>("window");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("hours") << "2h..3h" << 7200.0 << 10800.0;
        QTest::newRow("seconds") << "7200..10800" << 7200.0 << 10800.0;
        QTest::newRow("days and hours") << "1d2h..1d3h" << 93600.0 << 97200.0;
        QTest::newRow("minutes") << "90m..100m" << 5400.0 << 6000.0;
    }
    void windowSyntax()
    {
        QFETCH(QString, window);
        QFETCH(double, from);
        QFETCH(double, to);
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(2 * 86400));
        const CliRun r = runCli({"simulate", file, "--exact", "--window=" + window, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(r).value("window").toArray(), (QJsonArray{from, to}));
    }

    void windowRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("past the horizon") << QStringList{"--exact", "--window", "23h..25h"} << "outside the simulated horizon";
        QTest::newRow("reversed") << QStringList{"--exact", "--window", "3h..2h"} << "empty";
        QTest::newRow("empty") << QStringList{"--exact", "--window", "2h..2h"} << "empty";
        QTest::newRow("garbage") << QStringList{"--exact", "--window", "soon"} << "expected FROM..TO";
        QTest::newRow("one end") << QStringList{"--exact", "--window", "2h"} << "expected FROM..TO";
        QTest::newRow("negative") << QStringList{"--exact", "--window", "-1h..1h"} << "expected FROM..TO";
        QTest::newRow("bare number after a unit") << QStringList{"--exact", "--window", "1h30..2h"} << "expected FROM..TO";
        QTest::newRow("no --exact") << QStringList{"--window", "2h..3h"} << "--window needs --exact";
        QTest::newRow("no value") << QStringList{"--exact", "--window"} << "--window needs a value";
    }
    void windowRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400));
        const CliRun r = runCli(QStringList{"simulate", file, "--json"} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // A window the user chose is run as asked or refused, never cut short.
    void windowOverTheBudgetIsRefused()
    {
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400, 2000));
        const CliRun r = runCli({"simulate", file, "--exact", "--window", "0..1d"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("budget"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void sameSeedSameOutput()
    {
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400));
        const QStringList args{"simulate", file, "--exact", "--window", "1h..2h", "--json"};
        const CliRun a = runCli(args + QStringList{"--seed", "5"});
        const CliRun b = runCli(args + QStringList{"--seed", "5"});
        const CliRun c = runCli(args + QStringList{"--seed", "6"});
        QVERIFY2(a.exitCode == 0 && c.exitCode == 0, qPrintable(a.err + c.err));
        QCOMPARE(a.out, b.out);
        QVERIFY(nodeOf(parse(a), "fn").value("invocations") != nodeOf(parse(c), "fn").value("invocations"));
        QCOMPARE(parse(c).value("seed").toDouble(), 6.0);
    }

    // 8 requests/s of 1 s into a reserved concurrency of 10: Erlang-B(8, 10) = 12.17 % are
    // throttled. Over 12 hours (about 345,600 requests) the engine's own check allows 6 %.
    void throttledShareIsErlangB()
    {
        double b = 1;
        for (int k = 1; k <= 10; ++k)
            b = 8 * b / (k + 8 * b);
        QVERIFY(std::abs(b - 0.1217) < 0.0001);
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400));
        const CliRun r = runCli({"simulate", file, "--exact", "--window", "0..12h", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject fn = nodeOf(parse(r), "fn");
        const double share = fn.value("throttled").toDouble() / fn.value("arrivals").toDouble();
        QVERIFY2(std::abs(share - b) < 0.06 * b, qPrintable(QString::number(share)));
        QCOMPARE(fn.value("peakConcurrency").toDouble(), 10.0);
        // The fast model's figures over the same 12 hours stand alongside (what it throttles
        // is its own: the check is there to show the difference).
        const QJsonObject fast = fn.value("fast").toObject();
        QVERIFY(std::abs(fast.value("arrivals").toDouble() - 8 * 43200) < 1);
        QVERIFY(fast.value("peakConcurrency").toDouble() <= 10);
    }

    void tableShowsBothEngines()
    {
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "d.archscope", diagram(86400));
        const CliRun r = runCli({"simulate", file, "--exact", "--window", "0..12h"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.startsWith("Exact run of 0 s .. 43200 s (seed 3"), qPrintable(text));
        QVERIFY(text.contains("fast model / exact"));
        QVERIFY(text.contains("throttled %") && text.contains("latency p50/p99 ms"));
        // Latency from both engines (the fast model's over its whole run), waits from the exact one.
        QVERIFY2(text.contains("Wait percentiles come only from the exact engine"), qPrintable(text));
        QVERIFY2(!text.contains("latency percentiles come only"), qPrintable(text));
        // One row per compute node and per queue or stream; not the API (a relay).
        const QStringList lines = text.split('\n');
        for (const char *id : {"fn", "worker", "reader", "jobs", "clicks"})
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(QStringLiteral("  ") + id + ' '); }),
                     qPrintable(text));
        QVERIFY(!std::any_of(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith("  api "); }));
        const QString fnRow = *std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith("  fn "); });
        QVERIFY2(fnRow.contains(QRegularExpression(" / 12\\.[0-9]{2} .* / 10\\.0 ")), qPrintable(fnRow));
        // The sync function's latency cell: fast p50/p99, then the exact one (1 s, no init).
        QVERIFY2(fnRow.contains(QRegularExpression(" 10[0-9][0-9]/1[0-9]{3} / (99[0-9]|10[0-9][0-9])/1[0-9]{3}$")), qPrintable(fnRow));
    }

    // The fast half counts its peaks within the window: at 8 requests/s of 1 s with no cap the
    // largest per-minute Maximum expected within an hour (about 22, as a run of an hour says),
    // not the largest of the minutes' expected Maxima (about 17).
    void fastPeakIsTheWindows()
    {
        QTemporaryDir dir;
        const QByteArray uncapped = QByteArray(R"({"format":"archscope","version":1,"settings":{"horizonS":86400,"stepS":60,"seed":3},
            "nodes":[{"id":"api","kind":"apigw","props":{"traffic":{"shape":"constant","rate":8,"noise":"poisson"}}},
                     {"id":"fn","kind":"lambda","props":{"durationMs":1000,"timeoutS":900}}],
            "edges":[{"id":"e1","from":"api","to":"fn"}]})");
        const QString file = writeTestFile(dir, "d.archscope", uncapped);
        const CliRun hour = runCli({"simulate", file, "--horizon", "1h", "--json"});
        const CliRun check = runCli({"simulate", file, "--exact", "--window", "2h..3h", "--json"});
        QVERIFY2(hour.exitCode == 0 && check.exitCode == 0, qPrintable(hour.err + check.err));
        const double inHour = nodeOf(parse(hour), "fn").value("peakConcurrency").toDouble();
        const double fast = nodeOf(parse(check), "fn").value("fast").toObject().value("peakConcurrency").toDouble();
        QVERIFY2(inHour > 20 && std::abs(fast - inHour) < 0.02 * inHour, qPrintable(QStringLiteral("%1 vs %2").arg(fast).arg(inHour)));
    }

    // A fleet's peak is its tasks or instances in both engines (the exact engine also counts
    // busy slots, several per task, which must not stand beside the fast model's tasks).
    void fleetPeakCountsTasksInBothEngines()
    {
        const CliRun r = runCli({"simulate", examplePath("fan-out"), "--horizon", "1d", "--exact", "--window", "0..1h"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromUtf8(r.out).split('\n');
        const auto row = std::find_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith("  workers "); });
        QVERIFY2(row != lines.end(), r.out.constData());
        const QRegularExpressionMatch peak = QRegularExpression(R"(\s(\d+\.\d) / (\d+\.\d)\s)").match(*row);
        QVERIFY2(peak.hasMatch(), qPrintable(*row));
        // Fulfilment workers: at most 20 tasks, saturated from the start.
        QCOMPARE(peak.captured(1).toDouble(), 20.0);
        QCOMPARE(peak.captured(2).toDouble(), 20.0);
        // The JSON's peakConcurrency too; the requests in the tasks' slots come apart.
        const CliRun json = runCli({"simulate", examplePath("fan-out"), "--horizon", "1d", "--exact", "--window", "0..1h", "--json"});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject workers = nodeOf(parse(json), "workers");
        QCOMPARE(workers.value("peakConcurrency").toDouble(), 20.0);
        QVERIFY(workers.value("meanConcurrency").toDouble() <= 20.0 + 1e-9);
        QVERIFY2(workers.value("peakRequestsInService").toDouble() > 20.0, qPrintable(QJsonDocument(workers).toJson()));
    }
};

QTEST_GUILESS_MAIN(TestCliExact)
#include "tst_cli_exact.moc"
