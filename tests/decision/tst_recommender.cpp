#include "decision/answers.h"
#include "decision/questionbank.h"
#include "decision/recommender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace archscope;

Q_DECLARE_METATYPE(archscope::Answers)

namespace {

const QuestionBank &bank()
{
    return QuestionBank::builtin();
}

Recommendation recommend(const Answers &answers)
{
    return Recommender(bank()).recommend(answers);
}

bool hasReason(const OptionFit &fit, const QString &question, const QString &answer, bool positive)
{
    for (const Reason &r : fit.reasons)
        if (r.question == question && r.answer == answer && (r.points > 0) == positive && !r.text.isEmpty())
            return true;
    return false;
}

QStringList order(const Recommendation &r)
{
    QStringList ids;
    for (const OptionFit &f : r.ranking)
        ids.append(f.option);
    return ids;
}

// `target` leads `changed` clearly: first, with more points than `former` or `former` excluded.
bool leadsClearly(const Answers &changed, const QString &target, const QString &former)
{
    const QList<OptionFit> ranking = Recommender(bank()).rank(changed);
    if (ranking.first().option != target)
        return false;
    for (const OptionFit &f : ranking)
        if (f.option == former)
            return f.excluded || ranking.first().points > f.points;
    return false;
}

// Independent brute force: every change of exactly `size` questions after which `target` leads.
QSet<QString> bruteForce(const Answers &answers, const QString &target, int size)
{
    const Recommender rec(bank());
    const QString former = rec.rank(answers).first().option;
    QSet<QString> found;
    const QList<QuestionSpec> &qs = bank().questions();
    auto key = [](const QList<AnswerChange> &cs) {
        QStringList parts;
        for (const AnswerChange &c : cs)
            parts.append(c.question + QLatin1Char('=') + c.to);
        parts.sort();
        return parts.join(QLatin1Char(','));
    };
    for (int i = 0; i < qs.size(); ++i)
        for (const AnswerSpec &a : qs[i].answers) {
            if (a.id == answers.answer(qs[i].id))
                continue;
            if (size == 1) {
                Answers changed = answers;
                changed.set(qs[i].id, a.id);
                if (leadsClearly(changed, target, former))
                    found.insert(key({{qs[i].id, {}, a.id}}));
                continue;
            }
            for (int k = i + 1; k < qs.size(); ++k)
                for (const AnswerSpec &b : qs[k].answers) {
                    if (b.id == answers.answer(qs[k].id))
                        continue;
                    Answers changed = answers;
                    changed.set(qs[i].id, a.id);
                    changed.set(qs[k].id, b.id);
                    if (leadsClearly(changed, target, former))
                        found.insert(key({{qs[i].id, {}, a.id}, {qs[k].id, {}, b.id}}));
                }
        }
    return found;
}

QSet<QString> keys(const QList<WhatIf> &whatIfs)
{
    QSet<QString> found;
    for (const WhatIf &w : whatIfs) {
        QStringList parts;
        for (const AnswerChange &c : w.changes)
            parts.append(c.question + QLatin1Char('=') + c.to);
        parts.sort();
        found.insert(parts.join(QLatin1Char(',')));
    }
    return found;
}

} // namespace

// The recommender: hard constraints, the "choose X for" scenarios, neutrality of skipped
// questions, determinism and the "what would change the answer" search.
class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void unansweredIsNeutral()
    {
        const Recommendation r = recommend({});
        QCOMPARE(r.ranking.size(), 5);
        QCOMPARE(r.answered, 0);
        for (const OptionFit &f : r.ranking) {
            QCOMPARE(f.score, 50);
            QVERIFY(!f.excluded);
            QCOMPARE(f.reasons.size(), 0);
        }
        // Ties keep the bank's order.
        QCOMPARE(order(r), QStringList({"ec2", "ecs_ec2", "fargate", "eks", "lambda"}));
        // Skipping a question is the same as never seeing it; unknown ids are ignored.
        const Answers some{{"state", "stateless"}};
        Answers withUnknown = some;
        withUnknown.set("future_question", "whatever");
        QCOMPARE(recommend(withUnknown).ranking, recommend(some).ranking);
    }

    // Every answered question says something about every option, so no score stands
    // unexplained: an answer with no effect on an option gives it the question's neutral
    // sentence, worth no points.
    void everyAnswerExplainsEveryOption()
    {
        const Recommendation one = recommend({{"traffic", "event_driven"}});
        for (const char *untouched : {"ecs_ec2", "eks"}) {
            const OptionFit *f = one.fit(untouched);
            QCOMPARE(f->score, 50);
            QCOMPARE(f->reasons.size(), 1);
            const Reason &r = f->reasons.first();
            QCOMPARE(r.question, QStringLiteral("traffic"));
            QCOMPARE(r.answer, QStringLiteral("event_driven"));
            QCOMPARE(r.points, 0);
            QCOMPARE(r.text, bank().question("traffic")->neutral);
            QVERIFY2(r.display().contains(r.source) && r.display().contains("neutral"), qPrintable(r.display()));
        }
        // The options the answer does touch keep only its weighted reasons.
        QCOMPARE(one.fit("lambda")->reasons.size(), 1);
        QCOMPARE(one.fit("lambda")->reasons.first().points, 20);

        // Any set of answers: one reason (weighted, neutral or excluding) per answered question
        // and option, in question order.
        Answers all;
        for (const QuestionSpec &q : bank().questions())
            all.set(q.id, q.answers.last().id);
        const Recommendation r = recommend(all);
        for (const OptionFit &f : r.ranking) {
            QStringList questions;
            for (const QList<Reason> &list : {f.reasons, f.excludedBy})
                for (const Reason &reason : list)
                    questions.append(reason.question);
            std::sort(questions.begin(), questions.end(), [](const QString &a, const QString &b) {
                return bank().questionIndex(a) < bank().questionIndex(b);
            });
            QStringList expected;
            for (const QuestionSpec &q : bank().questions())
                expected.append(q.id);
            QCOMPARE(questions, expected);
        }
    }

    // Equal points are ranked by the bank's option order, and the rule says so in words.
    void tiesFollowTheStatedOrder()
    {
        QVERIFY(recommend({}).hasTie());
        QVERIFY(recommend({{"traffic", "event_driven"}}).hasTie());  // ECS on EC2 and EKS at 50
        QVERIFY(!recommend({{"traffic", "event_driven"}, {"run_duration", "under_15_min"}}).hasTie());
        QCOMPARE(Recommender(bank()).orderRule(),
                 QStringLiteral("Equal fits are listed in a fixed order: EC2, ECS on EC2, Fargate, EKS, Lambda."));
    }

    void overFifteenMinutesExcludesLambda()
    {
        const Recommendation r = recommend({{"run_duration", "over_15_min"}});
        const OptionFit *lambda = r.fit("lambda");
        QVERIFY(lambda->excluded);
        QCOMPARE(lambda->score, 0);
        QCOMPARE(lambda->excludedBy.size(), 1);
        QCOMPARE(lambda->excludedBy.first().question, QStringLiteral("run_duration"));
        QVERIFY(lambda->excludedBy.first().text.contains("15 minutes"));
        QCOMPARE(r.ranking.last().option, QStringLiteral("lambda"));
        for (const QString &other : QStringList{"ec2", "ecs_ec2", "fargate", "eks"})
            QVERIFY(!r.fit(other)->excluded);
    }

    void gpuExcludesLambdaAndFargate()
    {
        const Recommendation r = recommend({{"gpu", "needs_gpu"}});
        QVERIFY(r.fit("lambda")->excluded);
        QVERIFY(r.fit("fargate")->excluded);
        QVERIFY(r.fit("fargate")->excludedBy.first().text.contains("GPU"));
        QVERIFY(!r.fit("ec2")->excluded && !r.fit("ecs_ec2")->excluded && !r.fit("eks")->excluded);
        QVERIFY(QStringList({"ec2", "ecs_ec2", "eks"}).contains(r.top()));
        // Excluded options rank below every allowed one, whatever their points.
        QVERIFY(r.ranking.at(3).excluded && r.ranking.at(4).excluded);
    }

    void largeFootprintExcludesLambdaAndSaysWhy()
    {
        const Recommendation r = recommend({{"footprint", "large"}});
        const OptionFit *lambda = r.fit("lambda");
        QVERIFY(lambda->excluded);
        const QString why = lambda->excludedBy.first().text;
        QVERIFY2(why.contains("10,240 MB") && why.contains("/tmp"), qPrintable(why));
        QVERIFY(!r.fit("fargate")->excluded);
    }

    void exclusionBeatsPoints()
    {
        // Everything else favours Lambda, but one constraint still rules it out.
        const Recommendation r = recommend({{"traffic", "event_driven"}, {"idle_cost", "avoid_paying_for_idle"},
                                            {"control", "code_only"}, {"run_duration", "over_15_min"}});
        QVERIFY(r.fit("lambda")->points > r.fit(r.top())->points);
        QVERIFY(r.fit("lambda")->excluded);
        QVERIFY(r.top() != QStringLiteral("lambda"));
    }

    void scenarios_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<QString>("top");
        QTest::addColumn<QString>("question");  // a reason for the top option must come from it
        QTest::addColumn<QString>("answer");

        QTest::newRow("lift and shift with OS control → EC2")
            << Answers{{"migration", "lift_and_shift"}, {"control", "os_and_hardware"}} << "ec2"
            << "migration" << "lift_and_shift";
        QTest::newRow("event-driven, never pay for idle, subsecond → Lambda")
            << Answers{{"traffic", "event_driven"}, {"idle_cost", "avoid_paying_for_idle"}, {"run_duration", "subsecond"}}
            << "lambda" << "traffic" << "event_driven";
        QTest::newRow("Kubernetes → EKS") << Answers{{"orchestration", "kubernetes"}} << "eks" << "orchestration"
                                         << "kubernetes";
        QTest::newRow("containerised, fully managed, steady → Fargate")
            << Answers{{"migration", "containerized_already"}, {"ops", "fully_managed"}, {"traffic", "steady"}}
            << "fargate" << "ops" << "fully_managed";
        QTest::newRow("we manage servers, containerised, AWS-native → ECS on EC2")
            << Answers{{"ops", "we_manage_servers"}, {"migration", "containerized_already"}, {"orchestration", "aws_native"}}
            << "ecs_ec2" << "ops" << "we_manage_servers";
        QTest::newRow("over 15 minutes, batch, fully managed → Fargate")
            << Answers{{"run_duration", "over_15_min"}, {"traffic", "scheduled_batch"}, {"ops", "fully_managed"}}
            << "fargate" << "run_duration" << "over_15_min";
        QTest::newRow("GPU → EC2") << Answers{{"gpu", "needs_gpu"}} << "ec2" << "gpu" << "needs_gpu";
        QTest::newRow("stateful and large → EC2") << Answers{{"state", "stateful"}, {"footprint", "large"}} << "ec2"
                                                 << "state" << "stateful";
        QTest::newRow("mostly idle, only our code → Lambda")
            << Answers{{"traffic", "mostly_idle"}, {"control", "code_only"}} << "lambda" << "traffic" << "mostly_idle";
        QTest::newRow("fine-grained access, containerised, fully managed → Fargate")
            << Answers{{"access_control", "fine_grained"}, {"migration", "containerized_already"}, {"ops", "fully_managed"}}
            << "fargate" << "access_control" << "fine_grained";
        QTest::newRow("GPU with Kubernetes → EKS")
            << Answers{{"gpu", "needs_gpu"}, {"orchestration", "kubernetes"}} << "eks" << "orchestration" << "kubernetes";
        QTest::newRow("microservices in containers with runtime control → Fargate")
            << Answers{{"control", "runtime"}, {"orchestration", "aws_native"}, {"migration", "containerized_already"}}
            << "fargate" << "control" << "runtime";
    }

    void scenarios()
    {
        QFETCH(Answers, answers);
        QFETCH(QString, top);
        QFETCH(QString, question);
        QFETCH(QString, answer);
        QCOMPARE(answers.validate(bank()), QString());
        const Recommendation r = recommend(answers);
        QCOMPARE(r.top(), top);
        QVERIFY(r.ranking.first().score > r.ranking.at(1).score);
        QVERIFY(hasReason(r.ranking.first(), question, answer, true));
        // Every reason names where it comes from.
        for (const Reason &reason : r.ranking.first().reasons)
            QVERIFY(reason.display().contains(reason.source));
    }

    void scoreIsFiftyPlusPointsInRange()
    {
        Answers all;
        for (const QuestionSpec &q : bank().questions())
            all.set(q.id, q.answers.first().id);
        const Recommendation r = recommend(all);
        QCOMPARE(r.answered, bank().questions().size());
        for (const OptionFit &f : r.ranking) {
            int sum = 0;
            for (const Reason &reason : f.reasons)
                sum += reason.points;
            QCOMPARE(f.points, sum);
            QVERIFY(f.score >= 0 && f.score <= 100);
            if (!f.excluded)
                QCOMPARE(f.score, std::clamp(50 + sum, 0, 100));
        }
    }

    void deterministic()
    {
        const Answers a{{"traffic", "steady"}, {"state", "stateful"}, {"ops", "fully_managed"}};
        const Recommendation first = recommend(a);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(recommend(a), first);
        const QByteArray json = QJsonDocument(first.toJson()).toJson();
        QCOMPARE(QJsonDocument(recommend(a).toJson()).toJson(), json);
        // Insertion order of answers does not matter.
        Answers b;
        b.set("ops", "fully_managed");
        b.set("state", "stateful");
        b.set("traffic", "steady");
        QCOMPARE(recommend(b), first);
    }

    void whatWouldChange_data()
    {
        QTest::addColumn<Answers>("answers");
        QTest::newRow("nothing answered") << Answers{};
        QTest::newRow("one answer") << Answers{{"orchestration", "kubernetes"}};
        QTest::newRow("lift and shift") << Answers{{"migration", "lift_and_shift"}, {"control", "os_and_hardware"}};
        QTest::newRow("serverless") << Answers{{"traffic", "event_driven"}, {"idle_cost", "avoid_paying_for_idle"},
                                               {"run_duration", "subsecond"}, {"control", "code_only"}};
        QTest::newRow("gpu") << Answers{{"gpu", "needs_gpu"}, {"state", "stateful"}, {"ops", "we_manage_servers"}};
    }

    // "What would change" equals an independent brute force over one, then two, changes.
    void whatWouldChange()
    {
        QFETCH(Answers, answers);
        const Recommender rec(bank());
        const Recommendation r = rec.recommend(answers, 100000);
        const QString runnerUp = r.ranking.at(1).option;
        QSet<QString> expected = bruteForce(answers, runnerUp, 1);
        int size = 1;
        if (expected.isEmpty()) {
            expected = bruteForce(answers, runnerUp, 2);
            size = 2;
        }
        QCOMPARE(keys(r.whatWouldChange), expected);
        for (const WhatIf &w : r.whatWouldChange) {
            QCOMPARE(w.changes.size(), size);
            QCOMPARE(w.newTop, runnerUp);
            // The sentence names both options, their new scores, and each changed answer.
            QVERIFY2(w.text.contains(bank().option(w.newTop)->name) && w.text.contains(bank().option(w.oldTop)->name),
                     qPrintable(w.text));
            QVERIFY2(w.text.contains(QStringLiteral("(%1 to %2)").arg(w.newTopScore).arg(w.oldTopScore)), qPrintable(w.text));
            for (const AnswerChange &c : w.changes) {
                const QuestionSpec *q = bank().question(c.question);
                QVERIFY2(w.text.contains(q->title) && w.text.contains(q->answer(c.to)->label), qPrintable(w.text));
            }
            Answers changed = answers;
            for (const AnswerChange &c : w.changes) {
                QCOMPARE(c.from, answers.answer(c.question));
                changed.set(c.question, c.to);
            }
            QVERIFY(leadsClearly(changed, runnerUp, r.top()));
        }
        // The default list is the first five of the same, strongest reversal first.
        const Recommendation shortList = rec.recommend(answers);
        QCOMPARE(shortList.whatWouldChange, r.whatWouldChange.mid(0, 5));
        for (int i = 1; i < r.whatWouldChange.size(); ++i) {
            const WhatIf &a = r.whatWouldChange[i - 1], &b = r.whatWouldChange[i];
            QVERIFY(a.newTopScore - a.oldTopScore >= b.newTopScore - b.oldTopScore);
        }
    }

    void whatWouldChangeNamesTheAnswers()
    {
        const Recommendation r = recommend({{"orchestration", "kubernetes"}});
        QCOMPARE(r.top(), QStringLiteral("eks"));
        QCOMPARE(r.whatWouldChange.value(0).oldTop, QStringLiteral("eks"));
        QCOMPARE(r.whatWouldChange.value(0).newTop, r.ranking.at(1).option);
        const WhatIf &w = r.whatWouldChange.first();
        QVERIFY2(w.text.contains(bank().option(w.newTop)->name), qPrintable(w.text));
        QVERIFY2(w.text.contains(bank().question(w.changes.first().question)->title), qPrintable(w.text));
    }

    void jsonShape()
    {
        const QJsonObject o = recommend({{"gpu", "needs_gpu"}}).toJson();
        const QJsonArray ranking = o.value("ranking").toArray();
        QCOMPARE(ranking.size(), 5);
        for (const QJsonValue &v : ranking) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value("option").isString());
            QVERIFY(e.value("score").isDouble());
            QVERIFY(e.value("excluded").isBool());
            QVERIFY(e.value("reasons").isArray());
            QVERIFY(e.value("excludedBy").isArray());
        }
        QCOMPARE(ranking.last().toObject().value("excluded").toBool(), true);
        QVERIFY(ranking.last().toObject().value("excludedBy").toArray().first().toString().contains("GPU"));
        QVERIFY(o.value("whatWouldChange").isArray());
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
