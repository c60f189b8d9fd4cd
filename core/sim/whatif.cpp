#include "whatif.h"

#include "powertuning.h"
#include "simgraph.h"
#include "simulator.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

// CPU-seconds one request needs on a full vCPU: what a task or instance must supply.
double cpuSecondsPerRequest(const Catalog &c, const Node &n)
{
    if (n.kind == QLatin1String("lambda")) {
        const double d = c.nodeNumber(n.kind, n.props, QStringLiteral("durationMs"), 100) / 1000;
        const double share = std::clamp(c.nodeNumber(n.kind, n.props, QStringLiteral("cpuBoundShare"), 0.5), 0.05, 1.0);
        const double vcpu = std::min(1.0, c.nodeNumber(n.kind, n.props, QStringLiteral("memoryMb"), 128) / PowerTuning::memoryPerVcpuMb);
        return std::max(0.001, d * share * vcpu);
    }
    const bool fargate = n.kind == QLatin1String("fargate");
    const double vcpu = fargate ? c.nodeNumber(n.kind, n.props, QStringLiteral("vcpu"), 0.5) : 2.0;
    const QString capacityKey = QLatin1String(fargate ? "capacityPerTask" : "capacityPerInstance");
    const double capacity = std::max(0.01, c.nodeNumber(n.kind, n.props, capacityKey, 50));
    return vcpu / capacity;
}

} // namespace

QJsonObject WhatIf::mappedProps(const Catalog &catalog, const Node &node, const QString &kind)
{
    if (node.kind == kind)
        return node.props;
    const double cpuS = cpuSecondsPerRequest(catalog, node);
    QJsonObject p;
    if (kind == QLatin1String("lambda")) {
        // At one vCPU a request takes its CPU time plus the same again for I/O.
        p.insert(QStringLiteral("memoryMb"), PowerTuning::memoryPerVcpuMb);
        p.insert(QStringLiteral("durationMs"), std::clamp(std::round(cpuS * 2000), 1.0, 900000.0));
        p.insert(QStringLiteral("cpuBoundShare"), 0.5);
        p.insert(QStringLiteral("timeoutS"), 900);
        return p;
    }
    const bool fargate = kind == QLatin1String("fargate");
    const double vcpu = fargate ? (node.kind == QLatin1String("lambda") ? 1.0 : 0.5) : 2.0;
    if (fargate) {
        p.insert(QStringLiteral("vcpu"), vcpu);
        p.insert(QStringLiteral("memoryGb"), 2);
        p.insert(QStringLiteral("capacityPerTask"), std::max(0.01, vcpu / cpuS));
        p.insert(QStringLiteral("minTasks"), 1);
        p.insert(QStringLiteral("maxTasks"), 5000);
    } else {
        p.insert(QStringLiteral("instanceType"), QStringLiteral("m5.large"));
        p.insert(QStringLiteral("capacityPerInstance"), std::max(0.01, vcpu / cpuS));
        p.insert(QStringLiteral("minInstances"), 1);
        p.insert(QStringLiteral("maxInstances"), 5000);
    }
    return p;
}

WhatIf::Comparison WhatIf::compare(const DocumentData &data, const QString &nodeId, const Catalog &catalog,
                                   const SimulationOptions &options)
{
    Comparison c;
    const Node *node = data.node(nodeId);
    const KindSpec *spec = node ? catalog.kind(node->kind) : nullptr;
    if (!spec || !spec->is(KindSpec::Compute)) {
        c.error = QCoreApplication::translate("Simulation", "What-if needs a compute node.");
        return c;
    }
    SimulationOptions capture = options;
    capture.captureArrivalsOf = nodeId;
    const SimulationResults base = Simulator::run(data, catalog, capture);
    if (!base.ok()) {
        c.error = base.error;
        return c;
    }
    // Sync callers replay through API Gateway (excess is throttled); the rest through a queue
    // read one message at a time (excess waits), which every kind can consume.
    const SimGraph original = SimGraph::compile(data, catalog);
    bool sync = false;
    for (const SimGraph::Wire &w : original.outWires)
        sync = sync || (original.nodes[w.to].id == nodeId && w.slot == SimGraph::Slot::Sync);

    for (const QString &kind : {QStringLiteral("lambda"), QStringLiteral("fargate"), QStringLiteral("ec2")}) {
        DocumentData replay;
        replay.settings = data.settings;
        Node source;
        source.id = QStringLiteral("replay-source");
        source.kind = sync ? QStringLiteral("apigw") : QStringLiteral("sqs");
        Node target;
        target.id = nodeId;
        target.kind = kind;
        target.label = node->label;
        target.props = mappedProps(catalog, *node, kind);
        replay.nodes = {source, target};
        Edge e;
        e.id = QStringLiteral("replay");
        e.from = source.id;
        e.to = target.id;
        if (!sync)
            e.props.insert(QStringLiteral("batchSize"), 1);
        replay.edges = {e};
        SimGraph g = SimGraph::compile(replay, catalog);
        g.nodes[0].traffic = TrafficProfile::replay(base.capturedArrivals, base.stepS);
        g.nodes[0].hasTraffic = true;
        SimulationOptions o = options;
        o.captureArrivalsOf.clear();
        const SimulationResults r = Simulator::run(g, catalog, o);
        Option opt;
        opt.kind = kind;
        opt.props = target.props;
        opt.summary = r.nodes.value(1);
        opt.totalUsd = opt.summary.costUsd;
        opt.monthlyUsd = r.horizonS > 0 ? opt.totalUsd * SimulationResults::monthS / (r.steps * r.stepS) : 0;
        opt.cumulativeCost = r.points(1, SimulationResults::Series::CumulativeCost);
        opt.concurrency = r.points(1, SimulationResults::Series::Concurrency);
        c.options.append(opt);
    }
    c.breakEven = breakEven(catalog, *node);
    for (int i = 1; i < c.breakEven.size(); ++i) {
        const BreakEvenPoint &a = c.breakEven[i - 1], &b = c.breakEven[i];
        if (c.lambdaFargateBreakEvenRate < 0 && a.lambdaMonthlyUsd <= a.fargateMonthlyUsd
            && b.lambdaMonthlyUsd > b.fargateMonthlyUsd)
            c.lambdaFargateBreakEvenRate = b.ratePerS;
        if (c.lambdaEc2BreakEvenRate < 0 && a.lambdaMonthlyUsd <= a.ec2MonthlyUsd && b.lambdaMonthlyUsd > b.ec2MonthlyUsd)
            c.lambdaEc2BreakEvenRate = b.ratePerS;
    }
    return c;
}

QList<WhatIf::BreakEvenPoint> WhatIf::breakEven(const Catalog &catalog, const Node &node, int points)
{
    const QJsonObject lambdaProps = mappedProps(catalog, node, QStringLiteral("lambda"));
    const QJsonObject fargateProps = mappedProps(catalog, node, QStringLiteral("fargate"));
    const QJsonObject ec2Props = mappedProps(catalog, node, QStringLiteral("ec2"));
    const Node lambda{QString(), QStringLiteral("lambda"), QString(), {}, lambdaProps, {}};
    const Node fargate{QString(), QStringLiteral("fargate"), QString(), {}, fargateProps, {}};
    const Node ec2{QString(), QStringLiteral("ec2"), QString(), {}, ec2Props, {}};
    const CostModel::Usage lambdaRate = CostModel::ratePerBasis(CostModel::lines(catalog, lambda.kind, lambda.props));
    const CostModel::Usage fargateRate = CostModel::ratePerBasis(CostModel::lines(catalog, fargate.kind, fargate.props));
    const CostModel::Usage ec2Rate = CostModel::ratePerBasis(CostModel::lines(catalog, ec2.kind, ec2.props));
    const double month = SimulationResults::monthS;
    const double durationS = std::ceil(catalog.nodeNumber(lambda.kind, lambda.props, QStringLiteral("durationMs"), 100)) / 1000;
    const double memGb = catalog.nodeNumber(lambda.kind, lambda.props, QStringLiteral("memoryMb"), 128) / 1024;
    auto units = [&](const Node &n, double rate, const char *capKey, const char *minKey) {
        const double cap = catalog.nodeNumber(n.kind, n.props, QLatin1String(capKey), 1)
                           * catalog.nodeNumber(n.kind, n.props, QStringLiteral("targetUtilization"), 0.7);
        return std::max(catalog.nodeNumber(n.kind, n.props, QLatin1String(minKey), 1), std::ceil(rate / cap));
    };
    QList<BreakEvenPoint> result;
    const int count = std::max(2, points);
    for (int i = 0; i < count; ++i) {
        BreakEvenPoint p;
        p.ratePerS = std::pow(10.0, -2.0 + 6.0 * i / (count - 1));
        const double requests = p.ratePerS * month;
        p.lambdaMonthlyUsd = requests * (lambdaRate[CostModel::Requests] + durationS * memGb * lambdaRate[CostModel::GbSeconds])
                             + lambdaRate[CostModel::Seconds] * month;
        p.fargateMonthlyUsd = units(fargate, p.ratePerS, "capacityPerTask", "minTasks") * month
                                  * fargateRate[CostModel::UnitSeconds]
                              + fargateRate[CostModel::Seconds] * month;
        p.ec2MonthlyUsd = units(ec2, p.ratePerS, "capacityPerInstance", "minInstances") * month * ec2Rate[CostModel::UnitSeconds]
                          + ec2Rate[CostModel::Seconds] * month;
        result.append(p);
    }
    return result;
}

} // namespace archscope
