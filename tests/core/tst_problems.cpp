#include "testsupport.h"

#include "model/problemchecker.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace archscope;
using namespace testsupport;

namespace {

QList<Problem> withCode(const QList<Problem> &problems, const QString &code)
{
    QList<Problem> found;
    for (const Problem &p : problems)
        if (p.code == code)
            found.append(p);
    return found;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

private slots:
    void cleanDiagramHasNoProblems()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw"), node("fn", "lambda"), node("table", "dynamodb")};
        d.edges = {edge("api", "fn"), edge("fn", "table", EdgeKind::Write)};
        QCOMPARE(ProblemChecker(Catalog::builtin()).check(d).size(), 0);
    }

    void refusedWireNamesTheWireAndTheFix()
    {
        DocumentData d;
        d.nodes = {node("table", "dynamodb"), node("fn", "lambda")};
        d.edges = {edge("table", "fn")};
        const QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "refused-wire");
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().id, QString("table-fn"));
        QVERIFY(p.first().isError());
        QVERIFY2(p.first().message.contains("enable the table's stream"), qPrintable(p.first().message));
        d.nodes[0].props.insert("streamEnabled", true);
        QVERIFY(withCode(ProblemChecker(Catalog::builtin()).check(d), "refused-wire").isEmpty());
    }

    void untriggeredCompute()
    {
        DocumentData d;
        d.nodes = {node("svc", "fargate")};
        const QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "untriggered-compute");
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().id, QString("svc"));
        QVERIFY(!p.first().isError());
    }

    void reservedConcurrencyLeavesTooSmallAPool()
    {
        DocumentData d;
        d.nodes = {node("q", "sqs"), node("a", "lambda", {{"reservedConcurrency", 500}}),
                   node("b", "lambda", {{"reservedConcurrency", 450}})};
        d.edges = {edge("q", "a"), edge("q", "b")};
        QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "unreserved-pool-too-small");
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().id, QString("a"));
        QVERIFY(p.first().message.contains("50"));
        d.nodes[2].props.insert("reservedConcurrency", 400);
        QVERIFY(withCode(ProblemChecker(Catalog::builtin()).check(d), "unreserved-pool-too-small").isEmpty());
    }

    void everyFunctionKindDrawsOnTheAccountPool()
    {
        // A function kind defined only in JSON reserves from the same pool as Lambda.
        QTemporaryDir dir;
        QVERIFY(copyCatalog(dir.path(), {"edgefn"}));
        Catalog catalog;
        QString error;
        QVERIFY2(catalog.load(dir.path(), &error), qPrintable(error));
        DocumentData d;
        d.nodes = {node("q", "sqs"), node("a", "lambda", {{"reservedConcurrency", 500}}),
                   node("b", "edgefn", {{"reservedConcurrency", 450}})};
        d.edges = {edge("q", "a"), edge("q", "b")};
        QList<Problem> p = withCode(ProblemChecker(catalog).check(d), "unreserved-pool-too-small");
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.first().id, QString("a"));
    }

    void valueOutOfRangeNamesThePath()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw"), node("fn", "lambda", {{"memoryMb", 20000}})};
        d.edges = {edge("api", "fn")};
        const QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "value-out-of-range");
        QCOMPARE(p.size(), 1);
        QVERIFY2(p.first().message.contains("/nodes/1/props/memoryMb"), qPrintable(p.first().message));
        QVERIFY(p.first().message.contains("128..10240"));
    }

    void nestedTrafficAndWireValuesAreChecked()
    {
        DocumentData d;
        d.nodes = {node("k", "kinesis", {{"traffic", QJsonObject{{"rate", -5}}}}), node("fn", "lambda")};
        d.edges = {edge("k", "fn")};
        d.edges[0].props.insert("parallelizationFactor", 11);
        const QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "value-out-of-range");
        QCOMPARE(p.size(), 2);
        QVERIFY(p.at(0).message.contains("/nodes/0/props/traffic/rate"));
        QVERIFY(p.at(1).message.contains("/edges/0/props/parallelizationFactor"));
    }

    void asyncFunctionWithoutFailureDestination()
    {
        DocumentData d;
        d.nodes = {node("b", "s3"), node("fn", "lambda"), node("dlq", "sqs")};
        d.edges = {edge("b", "fn")};
        QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "no-failure-destination");
        QCOMPARE(p.size(), 1);
        QVERIFY(!p.first().isError());
        d.edges.append(edge("fn", "dlq", EdgeKind::Failure));
        QVERIFY(withCode(ProblemChecker(Catalog::builtin()).check(d), "no-failure-destination").isEmpty());
    }

    void settingsOutOfRange()
    {
        DocumentData d;
        d.settings.stepS = 0;
        d.settings.horizonS = 100;
        const QList<Problem> p = withCode(ProblemChecker(Catalog::builtin()).check(d), "setting-out-of-range");
        QCOMPARE(p.size(), 2);
        // Each names the setting and its range, from the one home of the limits.
        QCOMPARE(p.at(0).message, QString("/settings/horizonS: the simulated horizon must lie between 1 h and 31 days (3600..2678400 s), not 100 s"));
        QCOMPARE(p.at(1).message, QString("/settings/stepS: the step must lie between 1 s and 1 h (1..3600 s), not 0 s"));
        QCOMPARE(QStringList({p.at(0).message, p.at(1).message}), Settings::simulationErrors(100, 0));
        d.settings.accountConcurrency = 99;
        QCOMPARE(withCode(ProblemChecker(Catalog::builtin()).check(d), "setting-out-of-range").size(), 3);
    }

    void settingsRangesIncludeTheirEnds()
    {
        using S = Settings;
        QVERIFY(S::simulationErrors(S::minHorizonS, S::minStepS).isEmpty());
        QVERIFY(S::simulationErrors(S::maxHorizonS, S::maxStepS).isEmpty());
        QCOMPARE(S::simulationErrors(S::maxHorizonS + 1, S::maxStepS).size(), 1);
        QCOMPARE(S::simulationErrors(S::maxHorizonS, S::minStepS - 0.5).size(), 1);
        // NaN compares false with everything: refused, not let through.
        QCOMPARE(S::simulationErrors(std::nan(""), std::nan("")).size(), 2);
        QVERIFY(S::simulationErrors(1e308, 5e-324).join(' ').contains("not 1e+308 s"));
        QVERIFY(S::simulationErrors(1e308, 5e-324).join(' ').contains("not 5e-324 s"));
    }
};

QTEST_GUILESS_MAIN(TestProblems)
#include "tst_problems.moc"
