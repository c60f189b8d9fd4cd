// Cost: AWS's worked Lambda pricing examples to the cent, fixed fleets, the EKS control
// plane, per-request services and the free tier. Each test states its arithmetic.

#include "simtesthelpers.h"

#include "sim/simulator.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace archscope;
using namespace simtest;

namespace {

constexpr double month = 30 * 86400.0;

double cents(double usd)
{
    return std::round(usd * 100) / 100;
}

double item(const SimulationResults::NodeSummary &n, const QString &name)
{
    double usd = 0;
    for (const auto &i : n.items)
        if (i.name == name)
            usd += i.usd;
    return usd;
}

double quantity(const SimulationResults::NodeSummary &n, const QString &name)
{
    for (const auto &i : n.items)
        if (i.name == name)
            return i.quantity;
    return 0;
}

// `requests` per 30-day month at a constant rate through API Gateway into one function.
SimulationResults lambdaMonth(double requests, double memoryMb, double durationMs, const QString &arch, bool freeTier)
{
    DocumentData d;
    d.nodes = {node("api", "apigw", constantTraffic(requests / month)),
               node("fn", "lambda", QJsonObject{{"memoryMb", memoryMb}, {"durationMs", durationMs}, {"arch", arch},
                                                {"coldStartMs", 0}, {"timeoutS", 900}})};
    d.edges = {edge("api", "fn")};
    SimulationOptions o = options(month, 60);
    o.freeTier = freeTier;
    return Simulator::run(d, Catalog::builtin(), o);
}

} // namespace

class TestCostModel : public QObject
{
    Q_OBJECT

private slots:
    void classicExampleWithFreeTier()
    {
        // The long-standing example of the Lambda pricing page: 512 MB, 3 million requests a
        // month, 1 s each.
        //   compute: 3,000,000 x 1 s x 0.5 GB = 1,500,000 GB-s; minus 400,000 free = 1,100,000
        //            x $0.0000166667 = $18.333337 -> $18.33
        //   requests: 3,000,000 - 1,000,000 free = 2,000,000 x $0.20/M = $0.40
        //   total $18.73. (The page shows $18.74 because it rounds the unit price to
        //   $0.00001667 first: 1,100,000 x 0.00001667 = $18.337 -> $18.34.)
        const SimulationResults r = lambdaMonth(3e6, 512, 1000, "x86_64", true);
        QVERIFY(r.ok());
        const auto *fn = r.node("fn");
        QVERIFY(qAbs(fn->invocations - 3e6) < 1e-3);
        QVERIFY(qAbs(quantity(*fn, "duration") - 1.5e6) < 1e-3);
        QCOMPARE(cents(item(*fn, "duration")), 25.00);
        QCOMPARE(cents(item(*fn, "requests")), 0.60);
        QCOMPARE(cents(item(*fn, "freeTier")), -6.87);  // 400,000 x 0.0000166667 + 1 M x 0.2/M
        QCOMPARE(cents(fn->costUsd), 18.73);
    }

    void classicExampleWithoutFreeTier()
    {
        // 1,500,000 GB-s x $0.0000166667 = $25.00005 -> $25.00; 3 M x $0.20/M = $0.60.
        const SimulationResults r = lambdaMonth(3e6, 512, 1000, "x86_64", false);
        QCOMPARE(cents(r.node("fn")->costUsd), 25.60);
    }

    void mobileBackendExample()
    {
        // The pricing page's mobile back end: 3 M requests a month, 120 ms, 1,536 MB, x86:
        //   3,000,000 x 0.12 s x 1.5 GB = 540,000 GB-s x $0.0000166667 = $9.000018 -> $9.00
        //   + 3 M x $0.20/M = $0.60 -> $9.60 a month (no free tier).
        SimulationResults r = lambdaMonth(3e6, 1536, 120, "x86_64", false);
        QCOMPARE(cents(item(*r.node("fn"), "duration")), 9.00);
        QCOMPARE(cents(r.node("fn")->costUsd), 9.60);
        // The same on Arm: 540,000 x $0.0000133334 = $7.200036 -> $7.20, + $0.60 = $7.80.
        r = lambdaMonth(3e6, 1536, 120, "arm64", false);
        QCOMPARE(cents(r.node("fn")->costUsd), 7.80);
    }

    void durationRoundsUpToTheMillisecond()
    {
        // 1.5 ms is billed as 2 ms: 1,000,000 x 0.002 s x 0.125 GB = 250 GB-s.
        const SimulationResults r = lambdaMonth(1e6, 128, 1.5, "x86_64", false);
        QVERIFY(qAbs(quantity(*r.node("fn"), "duration") - 250) < 1e-6);
    }

    void provisionedConcurrencyIsBilledWhileEnabled()
    {
        // 10 environments x 1 GB x 2,592,000 s = 25,920,000 GB-s x $0.0000041667 = $108.0009
        // even with no traffic at all.
        DocumentData d;
        d.nodes = {node("api", "apigw"), node("fn", "lambda", QJsonObject{{"memoryMb", 1024}, {"provisionedConcurrency", 10}})};
        d.nodes[0].props = constantTraffic(0);
        d.edges = {edge("api", "fn")};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(month, 60));
        QCOMPARE(cents(item(*r.node("fn"), "provisioned")), 108.00);
        QCOMPARE(r.node("fn")->coldStarts, 0.0);
    }

    void fargateFleet()
    {
        // 2 tasks of 1 vCPU / 2 GB for 720 h: 2 x 720 x (0.04048 + 2 x 0.004445) = $71.0928.
        DocumentData d;
        d.nodes = {node("svc", "fargate", QJsonObject{{"vcpu", 1}, {"memoryGb", 2}, {"minTasks", 2}, {"maxTasks", 2}})};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(month, 60));
        QCOMPARE(cents(r.node("svc")->costUsd), 71.09);
        QCOMPARE(r.node("svc")->peakConcurrency, 2.0);
        // Arm: 2 x 720 x (0.03238 + 2 x 0.00356) = $56.8800.
        d.nodes[0].props.insert("arch", "arm64");
        QCOMPARE(cents(Simulator::run(d, Catalog::builtin(), options(month, 60)).node("svc")->costUsd), 56.88);
    }

    void ec2Fleet()
    {
        // 2 m5.large for 720 h: 2 x 720 x $0.096 = $138.24; ECS on EC2 is billed the same.
        for (const char *kind : {"ec2", "ecs_ec2"}) {
            DocumentData d;
            d.nodes = {node("web", kind, QJsonObject{{"instanceType", "m5.large"}, {"minInstances", 2}, {"maxInstances", 2}})};
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(month, 60));
            QCOMPARE(cents(r.node("web")->costUsd), 138.24);
        }
    }

    void eksControlPlane()
    {
        // $0.10 per cluster-hour: 720 h -> $72.00, with no worker nodes running.
        DocumentData d;
        d.nodes = {node("k8s", "eks", QJsonObject{{"minInstances", 0}, {"maxInstances", 3}})};
        SimulationResults r = Simulator::run(d, Catalog::builtin(), options(month, 60));
        QCOMPARE(cents(item(*r.node("k8s"), "controlPlaneHour")), 72.00);
        QCOMPARE(cents(r.node("k8s")->costUsd), 72.00);
        // Plus one t3.medium: 720 x $0.0416 = $29.952 -> $101.95 in all.
        d.nodes[0].props = QJsonObject{{"minInstances", 1}, {"maxInstances", 1}, {"instanceType", "t3.medium"}};
        r = Simulator::run(d, Catalog::builtin(), options(month, 60));
        QCOMPARE(cents(r.node("k8s")->costUsd), 101.95);
    }

    void perRequestServices()
    {
        // 1,000,000 events in 10^6 s at 1/s: HTTP API $1.00, REST API $3.50, SNS $0.50,
        // EventBridge $1.00; SQS: send + receive and delete per batch of 10 = 1.2 requests
        // per message -> 1.2 M x $0.40/M = $0.48.
        const double horizon = 1e6;
        struct Case
        {
            const char *kind;
            QJsonObject props;
            double usd;
        };
        const QList<Case> cases = {{"apigw", {{"apiType", "http"}}, 1.00},
                                   {"apigw", {{"apiType", "rest"}}, 3.50},
                                   {"sns", {}, 0.50},
                                   {"eventbridge", {}, 1.00}};
        for (const Case &c : cases) {
            DocumentData d;
            d.nodes = {node("src", c.kind, merge(c.props, constantTraffic(1)))};
            const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(horizon, 100));
            QCOMPARE(cents(r.node("src")->costUsd), c.usd);
        }
        DocumentData d;
        d.nodes = {node("q", "sqs", constantTraffic(1)), node("fn", "lambda", {{"coldStartMs", 0}})};
        d.edges = {edge("q", "fn")};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(horizon, 100));
        QCOMPARE(cents(r.node("q")->costUsd), 0.48);
    }

    void kinesisShardHoursAndPuts()
    {
        // 2 shards x 720 h x $0.015 = $21.60; 100 records/s x 2,592,000 s = 259.2 M PUT
        // payload units x $0.014/M = $3.6288 -> $25.23 in all.
        DocumentData d;
        d.nodes = {node("k", "kinesis", merge(QJsonObject{{"shards", 2}}, constantTraffic(100)))};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(month, 60));
        QCOMPARE(cents(item(*r.node("k"), "shardHour")), 21.60);
        QCOMPARE(cents(r.node("k")->costUsd), 25.23);
    }

    void freeTierIsProratedOverTheHorizon()
    {
        // 15 days: half the monthly allowance (500,000 requests, 200,000 GB-s). 1 M requests of
        // 1 s at 128 MB = 125,000 GB-s, all free; 500,000 requests billed = $0.10.
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(1e6 / (15 * 86400.0))),
                   node("fn", "lambda", QJsonObject{{"memoryMb", 128}, {"durationMs", 1000}, {"coldStartMs", 0}})};
        d.edges = {edge("api", "fn")};
        SimulationOptions o = options(15 * 86400.0, 60);
        o.freeTier = true;
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), o);
        QCOMPARE(cents(r.node("fn")->costUsd), 0.10);
        // The monthly projection scales the horizon's total to 30 days.
        QVERIFY(qAbs(r.monthlyProjectionUsd - r.totalCostUsd * 2) < 1e-9);
    }

    void totalsAreTheSumOfTheItems()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw", constantTraffic(20)), node("fn", "lambda"), node("t", "dynamodb")};
        d.edges = {edge("api", "fn"), edge("fn", "t", EdgeKind::Write)};
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), options(86400, 60));
        double total = 0;
        for (const auto &n : r.nodes) {
            double sum = 0;
            for (const auto &i : n.items)
                sum += i.usd;
            QVERIFY(qAbs(sum - n.costUsd) < 1e-9);
            total += n.costUsd;
        }
        QVERIFY(qAbs(total - r.totalCostUsd) < 1e-9);
        // The newest date among the prices the bill used.
        QString newest;
        for (const char *kind : {"apigw", "lambda", "dynamodb"})
            for (const PriceSpec &p : Catalog::builtin().kind(kind)->prices)
                newest = std::max(newest, p.asOf);
        QVERIFY(QDate::fromString(newest, Qt::ISODate).isValid());
        QCOMPARE(r.pricesAsOf, newest);
        // The cumulative cost series ends near the bill (per-step versus per-total rounding).
        const auto &cum = r.series(-1, SimulationResults::Series::CumulativeCost);
        QVERIFY(qAbs(cum.max.back() - r.totalCostUsd) < 1e-6 * (1 + r.totalCostUsd));
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
