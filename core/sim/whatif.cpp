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

// The three kinds a node is compared with.
const QString lambdaKind = QStringLiteral("lambda");
const QString fargateKind = QStringLiteral("fargate");
const QString ec2Kind = QStringLiteral("ec2");

SimulationSpec::Model modelOf(const KindSpec *k)
{
    return k ? k->simulation.model : SimulationSpec::Model::None;
}

double read(const KindSpec *k, const Node &n, const char *role, double fallback)
{
    const std::optional<double> v = k ? k->simulationValue(QLatin1String(role), n.props) : std::nullopt;
    return v.value_or(fallback);
}

// The property behind `role`: its key and range.
const PropertySpec *property(const KindSpec *k, const char *role)
{
    return k ? k->simulationProperty(QLatin1String(role)) : nullptr;
}

void insert(QJsonObject &props, const KindSpec *k, const char *role, const QJsonValue &value)
{
    if (const PropertySpec *p = property(k, role))
        props.insert(p->key, value);
}

// CPU-seconds one request needs on a full vCPU: what a task or instance must supply.
double cpuSecondsPerRequest(const Catalog &c, const Node &n)
{
    const KindSpec *k = c.kind(n.kind);
    if (modelOf(k) == SimulationSpec::Model::Function) {
        const double d = read(k, n, "durationMs", 100) / 1000;
        const double share = std::clamp(read(k, n, "cpuBoundShare", 0.5), 0.05, 1.0);
        const double vcpu = std::min(1.0, read(k, n, "memoryMb", 128) / read(k, n, "memoryPerVcpuMb", PowerTuning::defaultMemoryPerVcpuMb));
        return std::max(0.001, d * share * vcpu);
    }
    const double vcpu = read(k, n, "unitVcpu", 2);
    const double capacity = std::max(0.01, read(k, n, "capacity", 50));
    return vcpu / capacity;
}

} // namespace

QJsonObject WhatIf::mappedProps(const Catalog &catalog, const Node &node, const QString &kind)
{
    if (node.kind == kind)
        return node.props;
    const double cpuS = cpuSecondsPerRequest(catalog, node);
    const KindSpec *target = catalog.kind(kind);
    QJsonObject p;
    if (modelOf(target) == SimulationSpec::Model::Function) {
        // At the memory of one vCPU a request takes its CPU time plus the same again for I/O;
        // the longest timeout, so no replayed request times out.
        const PropertySpec *duration = property(target, "durationMs");
        const PropertySpec *timeout = property(target, "timeoutS");
        insert(p, target, "memoryMb", read(target, node, "memoryPerVcpuMb", PowerTuning::defaultMemoryPerVcpuMb));
        insert(p, target, "durationMs",
               std::clamp(std::round(cpuS * 2000), duration ? duration->minimum : 1.0, duration ? duration->maximum : 900000.0));
        insert(p, target, "cpuBoundShare", 0.5);
        insert(p, target, "timeoutS", timeout ? timeout->maximum : 900);
        return p;
    }
    // A fleet sized per unit by a property (Fargate's vcpu: one vCPU standing in for a
    // function, else the kind's default, with 2 GB) or by its default instance type.
    double vcpu = 2;
    if (const PropertySpec *unitVcpu = property(target, "unitVcpu"); unitVcpu && unitVcpu->key == target->simulation.instanceTypeProperty) {
        p.insert(unitVcpu->key, unitVcpu->defaultValue);
        vcpu = target->simulationValue(QStringLiteral("unitVcpu"), p).value_or(2);
    } else if (unitVcpu) {
        vcpu = modelOf(catalog.kind(node.kind)) == SimulationSpec::Model::Function ? 1.0 : unitVcpu->defaultValue.toDouble(0.5);
        p.insert(unitVcpu->key, vcpu);
        insert(p, target, "unitMemoryGib", 2);
    }
    const PropertySpec *maxUnits = property(target, "maxUnits");
    insert(p, target, "capacity", std::max(0.01, vcpu / cpuS));
    insert(p, target, "minUnits", 1);
    insert(p, target, "maxUnits", maxUnits ? maxUnits->maximum : 5000);
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
    bool sync = false, random = false;
    for (const SimGraph::Wire &w : original.outWires)
        sync = sync || (original.nodes[w.to].id == nodeId && w.slot == SimGraph::Slot::Sync);
    for (const SimGraph::Node &n : original.nodes)
        random = random || (n.id == nodeId && n.randomArrivals);

    for (const QString &kind : {lambdaKind, fargateKind, ec2Kind}) {
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
        // The replayed arrivals are the mean flow; random ones stay random (the queueing layer).
        g.nodes[0].randomArrivals = g.nodes[1].randomArrivals = random;
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
    const Node lambda{QString(), lambdaKind, QString(), {}, mappedProps(catalog, node, lambdaKind), {}};
    const Node fargate{QString(), fargateKind, QString(), {}, mappedProps(catalog, node, fargateKind), {}};
    const Node ec2{QString(), ec2Kind, QString(), {}, mappedProps(catalog, node, ec2Kind), {}};
    const CostModel::Usage lambdaRate = CostModel::ratePerBasis(CostModel::lines(catalog, lambda.kind, lambda.props));
    const CostModel::Usage fargateRate = CostModel::ratePerBasis(CostModel::lines(catalog, fargate.kind, fargate.props));
    const CostModel::Usage ec2Rate = CostModel::ratePerBasis(CostModel::lines(catalog, ec2.kind, ec2.props));
    const double month = SimulationResults::monthS;
    const KindSpec *lambdaSpec = catalog.kind(lambdaKind);
    const double durationS = std::ceil(read(lambdaSpec, lambda, "durationMs", 100)) / 1000;
    const double memGb = read(lambdaSpec, lambda, "memoryMb", 128) / 1024;
    auto units = [&](const Node &n, double rate) {
        const KindSpec *k = catalog.kind(n.kind);
        const double cap = read(k, n, "capacity", 1) * read(k, n, "targetUtilization", 0.7);
        return std::max(read(k, n, "minUnits", 1), std::ceil(rate / cap));
    };
    QList<BreakEvenPoint> result;
    const int count = std::max(2, points);
    for (int i = 0; i < count; ++i) {
        BreakEvenPoint p;
        p.ratePerS = std::pow(10.0, -2.0 + 6.0 * i / (count - 1));
        const double requests = p.ratePerS * month;
        p.lambdaMonthlyUsd = requests * (lambdaRate[CostModel::Requests] + durationS * memGb * lambdaRate[CostModel::GbSeconds])
                             + lambdaRate[CostModel::Seconds] * month;
        p.fargateMonthlyUsd = units(fargate, p.ratePerS) * month
                                  * fargateRate[CostModel::UnitSeconds]
                              + fargateRate[CostModel::Seconds] * month;
        p.ec2MonthlyUsd = units(ec2, p.ratePerS) * month * ec2Rate[CostModel::UnitSeconds]
                          + ec2Rate[CostModel::Seconds] * month;
        result.append(p);
    }
    return result;
}

} // namespace archscope
