#include "catalog/catalog.h"
#include "decision/answers.h"
#include "decision/questionbank.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace archscope;

// The question bank: the ids of DESIGN.md are a contract (CLI, answers files, documents), and
// every rule is explained and points at a real option.
class TestQuestionBank : public QObject
{
    Q_OBJECT

private slots:
    void idsAreTheContract()
    {
        const QList<std::pair<QString, QStringList>> contract = {
            {"run_duration", {"subsecond", "under_15_min", "over_15_min"}},
            {"state", {"stateless", "stateful"}},
            {"traffic", {"event_driven", "steady", "scheduled_batch", "mostly_idle"}},
            {"control", {"os_and_hardware", "runtime", "code_only"}},
            {"migration", {"lift_and_shift", "containerized_already", "greenfield"}},
            {"orchestration", {"kubernetes", "aws_native", "none"}},
            {"footprint", {"small", "large"}},
            {"idle_cost", {"avoid_paying_for_idle", "idle_is_fine"}},
            {"ops", {"we_manage_servers", "fully_managed"}},
            {"access_control", {"fine_grained", "standard"}},
            {"latency", {"cold_start_sensitive", "tolerant"}},
            {"gpu", {"needs_gpu", "no_gpu"}},
        };
        const QuestionBank &bank = QuestionBank::builtin();
        for (const auto &[question, answers] : contract) {
            const QuestionSpec *q = bank.question(question);
            QVERIFY2(q, qPrintable(question));
            for (const QString &a : answers)
                QVERIFY2(q->answer(a), qPrintable(question + "=" + a));
        }
        QStringList options;
        for (const OptionSpec &o : bank.options())
            options.append(o.id);
        QCOMPARE(options, QStringList({"ec2", "ecs_ec2", "fargate", "eks", "lambda"}));
    }

    void everythingIsExplained()
    {
        const QuestionBank &bank = QuestionBank::builtin();
        for (const OptionSpec &o : bank.options()) {
            // "Amazon ECS on AWS Fargate" and its short "Fargate"; the unit of scale is said.
            QVERIFY2((o.name.startsWith("Amazon ") || o.name.startsWith("AWS ")) && o.name.contains(o.shortName), qPrintable(o.name));
            QVERIFY2(Catalog::builtin().kind(o.kind), qPrintable(o.kind));
            QVERIFY2(o.unitOfScale.contains("unit of scale"), qPrintable(o.unitOfScale));
            QVERIFY(o.chooseFor.size() >= 3);
        }
        // Machines, applications and functions as the unit of scale are taught.
        QVERIFY(bank.option("ec2")->unitOfScale.contains("machine"));
        QVERIFY(bank.option("fargate")->unitOfScale.contains("application"));
        QVERIFY(bank.option("lambda")->unitOfScale.contains("function"));
        for (const QuestionSpec &q : bank.questions()) {
            // A short title, a criterion in a few words, and the question itself.
            QVERIFY2(q.title.size() >= 3 && q.title.size() <= 20 && !q.title.endsWith('?'), qPrintable(q.title));
            QVERIFY2(q.criterion.size() >= 3 && q.criterion.size() <= 40 && !q.criterion.endsWith('?'), qPrintable(q.criterion));
            QVERIFY2(q.text.endsWith('?') && q.text.size() > q.title.size(), qPrintable(q.text));
            QVERIFY2(q.help.size() > 80, qPrintable(q.id));
            // What an answer says to the options it does not touch: a sentence of its own.
            QVERIFY2(q.neutral.endsWith('.') && q.neutral.size() > 30, qPrintable(q.id + ": " + q.neutral));
            QSet<QString> labels;
            for (const AnswerSpec &a : q.answers) {
                // Answers a reader can tell apart.
                QVERIFY2(a.label.size() >= 2 && !labels.contains(a.label), qPrintable(q.id + "=" + a.id));
                labels.insert(a.label);
                for (const AnswerEffect &e : a.effects) {
                    QVERIFY(bank.option(e.option));
                    QVERIFY2(e.reason.endsWith('.'), qPrintable(e.reason));
                    QVERIFY(e.exclude || e.weight != 0);
                }
            }
        }
    }

    void factsAreCurrent()
    {
        // The notes this grew from say 5 minutes and 3 GB; the bank must not.
        const QJsonObject json = QuestionBank::builtin().toJson();
        const QString all = QString::fromUtf8(QJsonDocument(json).toJson());
        QVERIFY(!all.contains(QRegularExpression("\\b5 minutes")));
        QVERIFY(!all.contains("3 GB"));
        QVERIFY(all.contains("15 minutes"));
        QVERIFY(all.contains("10,240 MB"));
    }

    void toJsonListsEveryQuestion()
    {
        const QJsonObject json = QuestionBank::builtin().toJson();
        QCOMPARE(json.value("questions").toArray().size(), 12);
        const QJsonObject first = json.value("questions").toArray().first().toObject();
        QCOMPARE(first.value("id").toString(), QStringLiteral("run_duration"));
        QCOMPARE(first.value("help").toString(), QuestionBank::builtin().question("run_duration")->help);
        QCOMPARE(first.value("answers").toArray().size(), 3);
    }

    void brokenBanksFailWithAPath()
    {
        QuestionBank bank;
        QString error;
        QVERIFY(!bank.loadFromBytes("{\"options\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"ec2\",\"unitOfScale\":\"u\"},"
                                    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"ec2\",\"unitOfScale\":\"u\"}],"
                                    "\"questions\":[{\"id\":\"q\",\"title\":\"t\",\"criterion\":\"c\",\"text\":\"x\",\"help\":\"h\","
                                    "\"neutral\":\"z\",\"answers\":[{\"id\":\"y\",\"label\":\"Y\",\"effects\":[{\"option\":\"zzz\",\"weight\":1,\"reason\":\"r\"}]},"
                                    "{\"id\":\"n\",\"label\":\"N\",\"effects\":[]}]}]}",
                                    &error));
        QVERIFY2(error.contains("/questions/0/answers/0/effects/0/option"), qPrintable(error));
        // A question without its neutral sentence would leave scores unexplained.
        QVERIFY(!bank.loadFromBytes("{\"options\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"ec2\",\"unitOfScale\":\"u\"},"
                                    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"ec2\",\"unitOfScale\":\"u\"}],"
                                    "\"questions\":[{\"id\":\"q\",\"title\":\"t\",\"criterion\":\"c\",\"text\":\"x\",\"help\":\"h\","
                                    "\"answers\":[{\"id\":\"y\",\"label\":\"Y\",\"effects\":[]},{\"id\":\"n\",\"label\":\"N\",\"effects\":[]}]}]}",
                                    &error));
        QCOMPARE(error, QStringLiteral("/questions/0/neutral: expected a string"));
        QVERIFY(!bank.loadFromBytes("not json", &error));
        QVERIFY2(error.contains("parse error at line 1"), qPrintable(error));
    }

    void answersValidate()
    {
        const QuestionBank &bank = QuestionBank::builtin();
        QCOMPARE((Answers{{"state", "stateless"}}).validate(bank), QString());
        QVERIFY((Answers{{"colour", "blue"}}).validate(bank).contains("'colour'"));
        const QString e = (Answers{{"state", "liquid"}}).validate(bank);
        QVERIFY(e.contains("'liquid'") && e.contains("'state'") && e.contains("stateful"));
        Answers a;
        QString error;
        QVERIFY(!Answers::fromJson(QJsonObject{{"state", 3}}, &a, &error));
        QVERIFY(error.contains("state"));
        QVERIFY(Answers::fromJson(QJsonObject{{"state", "stateful"}}, &a, &error));
        QCOMPARE(a.answer("state"), QStringLiteral("stateful"));
        QCOMPARE(a.answeredIn(bank), 1);
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
