#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include "clirunner.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << bytes.left(200);
    return doc.object();
}

} // namespace

// `archscope questions` and `archscope recommend`: the DESIGN.md command-line contract.
class TestCliRecommend : public QObject
{
    Q_OBJECT

private slots:
    void questionsJson()
    {
        const CliRun r = runCli({"questions", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject bank = parse(r.out);
        const QJsonArray questions = bank.value("questions").toArray();
        QCOMPARE(questions.size(), 12);
        QStringList ids;
        for (const QJsonValue &q : questions)
            ids.append(q.toObject().value("id").toString());
        QCOMPARE(ids, QStringList({"run_duration", "state", "traffic", "control", "migration", "orchestration",
                                   "footprint", "idle_cost", "ops", "access_control", "latency", "gpu"}));
        QVERIFY(questions.first().toObject().value("help").toString().contains("15 minutes (900 seconds)"));
        QCOMPARE(bank.value("options").toArray().size(), 5);
        QCOMPARE(runCli({"questions", "--bogus"}).exitCode, 2);
    }

    void recommendJsonShape()
    {
        const CliRun r = runCli({"recommend", "--answer", "traffic=event_driven", "--answer", "idle_cost=avoid_paying_for_idle",
                           "--answer=run_duration=subsecond", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = parse(r.out);
        const QJsonArray ranking = o.value("ranking").toArray();
        QCOMPARE(ranking.size(), 5);
        QCOMPARE(ranking.first().toObject().value("option").toString(), QStringLiteral("lambda"));
        int previous = 101;
        QStringList options;
        for (const QJsonValue &v : ranking) {
            const QJsonObject e = v.toObject();
            options.append(e.value("option").toString());
            QVERIFY(e.value("score").isDouble());
            const int score = e.value("score").toInt();
            QVERIFY(score >= 0 && score <= 100 && score <= previous);  // best first
            previous = score;
            QVERIFY(e.value("excluded").isBool());
            QVERIFY(e.value("reasons").isArray());
            QVERIFY(e.value("excludedBy").isArray());
        }
        options.sort();
        QCOMPARE(options, QStringList({"ec2", "ecs_ec2", "eks", "fargate", "lambda"}));
        const QJsonArray reasons = ranking.first().toObject().value("reasons").toArray();
        QCOMPARE(reasons.size(), 3);
        QVERIFY(reasons.at(1).toString().contains("Traffic: Event-driven"));
        QVERIFY(o.value("whatWouldChange").isArray());
    }

    // One answer explains every option: those it does not touch get its neutral sentence.
    void oneAnswerExplainsEveryOption()
    {
        const CliRun r = runCli({"recommend", "--answer", "traffic=event_driven", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray ranking = parse(r.out).value("ranking").toArray();
        QCOMPARE(ranking.size(), 5);
        for (const QJsonValue &v : ranking) {
            const QJsonObject e = v.toObject();
            const QJsonArray reasons = e.value("reasons").toArray();
            QCOMPARE(reasons.size(), 1);
            QVERIFY2(reasons.first().toString().contains("Traffic: Event-driven"), qPrintable(reasons.first().toString()));
            const bool untouched = e.value("option") == QLatin1String("ecs_ec2") || e.value("option") == QLatin1String("eks");
            QCOMPARE(reasons.first().toString().contains("neutral"), untouched);
            QCOMPARE(e.value("details").toArray().first().toObject().value("points").toInt(), untouched ? 0 : e.value("points").toInt());
        }
        // ECS on EC2 and EKS tie at 50: the text output states the order rule.
        const CliRun text = runCli({"recommend", "--answer", "traffic=event_driven"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Equal fits are listed in a fixed order: EC2, ECS on EC2, Fargate, EKS, Lambda."), text.out.constData());
        QVERIFY(!text.out.contains("no answer speaks for or against it"));
        const CliRun noTie = runCli({"recommend", "--answer", "traffic=event_driven", "--answer", "run_duration=under_15_min"});
        QVERIFY(!noTie.out.contains("Equal fits"));
    }

    void exclusionsInJson()
    {
        const CliRun r = runCli({"recommend", "--answer", "gpu=needs_gpu", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray ranking = parse(r.out).value("ranking").toArray();
        for (const QJsonValue &v : ranking) {
            const QJsonObject e = v.toObject();
            const bool shouldBe = e.value("option") == "lambda" || e.value("option") == "fargate";
            QCOMPARE(e.value("excluded").toBool(), shouldBe);
            QCOMPARE(e.value("excludedBy").toArray().isEmpty(), !shouldBe);
        }
    }

    void unknownIdsExitTwo()
    {
        CliRun r = runCli({"recommend", "--answer", "colour=blue", "--json"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("colour"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        r = runCli({"recommend", "--answer", "state=liquid"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("liquid") && r.err.contains("state"), qPrintable(r.err));
        r = runCli({"recommend", "--answer", "state"});
        QCOMPARE(r.exitCode, 2);
        r = runCli({"recommend", "--frobnicate"});
        QCOMPARE(r.exitCode, 2);
    }

    void answersFile()
    {
        QTemporaryDir dir;
        const QString flat = writeTestFile(dir, "flat.json", "{\"orchestration\":\"kubernetes\"}");
        const QString docStyle = writeTestFile(dir, "doc.json", "{\"answers\":{\"orchestration\":\"kubernetes\"}}");
        for (const QString &path : {flat, docStyle}) {
            const CliRun r = runCli({"recommend", "--answers", path, "--json"});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(parse(r.out).value("ranking").toArray().first().toObject().value("option").toString(),
                     QStringLiteral("eks"));
        }
        // A .archscope file's decision section works too, and --answer overrides the file.
        const QString archscope = writeTestFile(dir, "d.archscope",
                                            "{\"format\":\"archscope\",\"version\":1,\"decision\":{\"answers\":"
                                            "{\"migration\":\"lift_and_shift\"},\"chosen\":\"ec2\"}}");
        CliRun r = runCli({"recommend", "--answers", archscope, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(parse(r.out).value("top").toString(), QStringLiteral("ec2"));
        r = runCli({"recommend", "--answers", flat, "--answer", "orchestration=aws_native", "--json"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(parse(r.out).value("top").toString() != QStringLiteral("eks"));

        const QString bad = writeTestFile(dir, "bad.json", "{\"orchestration\":\"swarm\"}");
        r = runCli({"recommend", "--answers", bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("swarm"));
        const QString notJson = writeTestFile(dir, "broken.json", "{oops");
        QCOMPARE(runCli({"recommend", "--answers", notJson}).exitCode, 2);
        const QString wrongType = writeTestFile(dir, "type.json", "{\"state\":1}");
        r = runCli({"recommend", "--answers", wrongType});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("state"));
        QCOMPARE(runCli({"recommend", "--answers", dir.filePath("missing.json")}).exitCode, 2);
    }

    // Files the answers cannot come from say why, not what the parser tripped over.
    void answersFileTooLargeOrWithoutDecision()
    {
        QTemporaryDir dir;
        // One long answer past the limit: cut there, it would be an unterminated string.
        const qint64 limit = 16 * 1024 * 1024;
        QByteArray huge = "{\"state\":\"";
        huge += QByteArray(limit + 1024, 'x') + "\"}";
        const QString tooLarge = writeTestFile(dir, "huge.json", huge);
        CliRun r = runCli({"recommend", "--answers", tooLarge});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("huge.json") && r.err.contains("larger than 16 MB"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("unterminated"), qPrintable(r.err));

        // A diagram whose questionnaire was never answered.
        const QString diagram = QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/fan-out.archscope");
        r = runCli({"recommend", "--answers", diagram});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("fan-out.archscope") && r.err.contains("no decision section"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("must be a string"), qPrintable(r.err));
    }

    void readableRanking()
    {
        const CliRun r = runCli({"recommend", "--answer", "run_duration=over_15_min", "--answer", "state=stateful"});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains("1. Amazon EC2"), qPrintable(text));
        QVERIFY(text.contains("excluded"));
        QVERIFY(text.contains("15 minutes"));
        QVERIFY(text.contains("What would change the answer"));
        QVERIFY(runCli({"--help"}).out.contains("archscope recommend"));
    }

    void sameRankingAsAFileOfTheSameAnswers()
    {
        QTemporaryDir dir;
        const QString file = writeTestFile(dir, "a.json", "{\"state\":\"stateless\",\"ops\":\"fully_managed\"}");
        const CliRun a = runCli({"recommend", "--answers", file, "--json"});
        const CliRun b = runCli({"recommend", "--answer", "ops=fully_managed", "--answer", "state=stateless", "--json"});
        QCOMPARE(a.out, b.out);  // deterministic, whatever the order of the answers
    }
};

QTEST_GUILESS_MAIN(TestCliRecommend)
#include "tst_cli_recommend.moc"
