// `archscope import FILE -o OUT.archscope [--json]`: the diagram written laid out left to right,
// the summary (JSON with --json), and the exit codes: 0, 1 when nothing maps onto a service
// Archscope simulates, 2 when the file cannot be read or parsed or the command is misused.
#include "clirunner.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace archscope;

namespace {

const QString dataDir = QStringLiteral(ARCHSCOPE_TEST_DATA "/import/");

QStringList paths(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &i : items)
        out << i.toObject().value("path").toString();
    return out;
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void importsLaidOutLeftToRight()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("orders.archscope");
        const CliRun r = runCli({"import", dataDir + "sam-sqs-worker.yaml", "-o", out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("4 node(s) and 3 wire(s)"), r.out.constData());
        QVERIFY(r.out.contains("no traffic yet"));
        const DocumentData d = testsupport::loadFile(out);
        QCOMPARE(d.nodes.size(), 4);
        QCOMPARE(d.edges.size(), 3);
        // Left to right: the queue before its worker, the worker before what it writes to.
        QVERIFY(d.node("Jobs")->pos.x() < d.node("Worker")->pos.x());
        QVERIFY(d.node("Worker")->pos.x() < d.node("Results")->pos.x());
        // No two nodes on one spot.
        QSet<QPair<int, int>> spots;
        for (const Node &n : d.nodes)
            spots.insert({int(n.pos.x()), int(n.pos.y())});
        QCOMPARE(spots.size(), 4);
        // The title comes from the template's description.
        QVERIFY2(d.title.contains("queue worker"), qPrintable(d.title));
    }

    void jsonSummaryListsEverything()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("mixed.archscope");
        const CliRun r = runCli({"import", dataDir + "cfn-mixed-stack.yaml", "-o", out, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value("format").toString(), QStringLiteral("cloudformation"));
        QCOMPARE(s.value("output").toString(), out);
        QCOMPARE(s.value("nodes").toInt(), 7);
        QVERIFY(paths(s.value("mapped").toArray()).contains("Resources.OrderWorker"));
        QCOMPARE(paths(s.value("external").toArray()),
                 QStringList({"Resources.Nightly", "Resources.Networking", "Resources.Graph"}));
        QCOMPARE(paths(s.value("ignored").toArray()),
                 QStringList({"Resources.SeedData", "Resources.Key", "Resources.Alarm"}));
        for (const QJsonValue &i : s.value("ignored").toArray())
            QVERIFY(!i.toObject().value("reason").toString().isEmpty());
        QVERIFY(paths(s.value("warnings").toArray()).contains("Resources.OrderMapping.Properties.Enabled"));
        QVERIFY(s.value("sourcesWithoutTraffic").isArray());
    }

    void terraformPlan()
    {
        QTemporaryDir dir;
        const CliRun r =
            runCli({"import", dataDir + "tf-modules-plan.json", "-o", dir.filePath("tf.archscope"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("format").toString(), QStringLiteral("terraform-plan"));
        QCOMPARE(testsupport::loadFile(dir.filePath("tf.archscope")).nodes.size(), 4);
    }

    void nothingMappedExitsOne()
    {
        QTemporaryDir dir;
        // Only IAM: nothing to draw, nothing written.
        const QString roles =
            writeTestFile(dir, "roles.yaml", "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties: {}\n");
        CliRun r = runCli({"import", roles, "-o", dir.filePath("roles.archscope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing could be mapped"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("roles.archscope")));
        // Only resources of no known kind: drawn as external nodes, still exit 1.
        const QString glue =
            writeTestFile(dir, "glue.yaml", "Resources:\n  J:\n    Type: AWS::Glue::Job\n    Properties: {}\n");
        r = runCli({"import", glue, "-o", dir.filePath("glue.archscope"), "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("external").toArray().size(), 1);
        QCOMPARE(testsupport::loadFile(dir.filePath("glue.archscope")).nodes.first().kind, QStringLiteral("external"));
    }

    void unreadableExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("tabs") << QByteArray("Resources:\n\tA:\n\t\tType: X\n") << "tab";
        QTest::newRow("unknown tag") << QByteArray("Resources:\n  A:\n    Type: !Nope x\n") << "unknown tag !Nope";
        QTest::newRow("not a template") << QByteArray("{\"hello\": 1}") << "neither";
        QTest::newRow("binary") << QByteArray("\0\1\2\3", 4) << "binary";
    }

    void unreadableExitsTwo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString in = writeTestFile(dir, "bad.yaml", content);
        const CliRun r = runCli({"import", in, "-o", dir.filePath("out.archscope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(in) && r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("out.archscope")));
    }

    void misuseExitsTwo()
    {
        QTemporaryDir dir;
        const QString in = dataDir + "sam-api.yaml";
        QCOMPARE(runCli({"import", in}).exitCode, 2);                                // no -o
        QCOMPARE(runCli({"import", "-o", dir.filePath("x.archscope")}).exitCode, 2); // no FILE
        QCOMPARE(runCli({"import", in, "-o", dir.filePath("x.archscope"), "--wat"}).exitCode, 2);
        CliRun r = runCli({"import", dir.filePath("missing.yaml"), "-o", dir.filePath("x.archscope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.yaml"));
        // Never over its own input.
        const QString copy = writeTestFile(dir, "t.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
        r = runCli({"import", copy, "-o", copy});
        QCOMPARE(r.exitCode, 2);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("Resources:"));
    }

    void helpListsImport()
    {
        const CliRun r = runCli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("archscope import FILE -o OUT.archscope [--json]"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
