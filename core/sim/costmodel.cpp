#include "costmodel.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscope {

namespace {


double price(const KindSpec *k, const QString &item, double divisor = 1)
{
    const PriceSpec *p = k ? k->price(item) : nullptr;
    return p ? p->usd / divisor : 0.0;
}

QString priceLabel(const KindSpec *k, const QString &item)
{
    const PriceSpec *p = k ? k->price(item) : nullptr;
    return p ? p->label : item;
}

QString str(const Catalog &c, const QString &kind, const QJsonObject &props, const char *key)
{
    return c.nodeValue(kind, props, QLatin1String(key)).toString();
}

// Memory of the instance types the catalog offers (GiB), for EKS pods on Fargate sized like
// the chosen instance type.
double instanceMemoryGb(const QString &type)
{
    if (type == QLatin1String("t3.micro"))
        return 1;
    if (type == QLatin1String("t3.medium") || type == QLatin1String("c5.large"))
        return 4;
    return 8;
}

} // namespace

QList<CostModel::Line> CostModel::lines(const Catalog &catalog, const QString &kind, const QJsonObject &props,
                                        double sqsRequestsPerMessage, int outWires)
{
    const KindSpec *k = catalog.kind(kind);
    QList<Line> l;
    auto perEvent = [&](const QString &item, double divisor, const QString &unit, double perEvent = 1) {
        l.append({item, priceLabel(k, item), unit, Events, perEvent, price(k, item, divisor)});
    };
    const QString requests = QCoreApplication::translate("Simulation", "requests");
    if (kind == QLatin1String("apigw")) {
        const bool http = str(catalog, kind, props, "apiType") == QLatin1String("http");
        perEvent(http ? QStringLiteral("httpRequests") : QStringLiteral("restRequests"), 1e6, requests);
    } else if (kind == QLatin1String("alb")) {
        l.append({QStringLiteral("hourly"), priceLabel(k, QStringLiteral("hourly")), QCoreApplication::translate("Simulation", "ALB-hours"), Seconds,
                  1 / 3600.0, price(k, QStringLiteral("hourly"))});
        // LCUs from the rule-evaluation dimension (1,000 evaluations/s per LCU): connection
        // reuse and payload sizes are unknown on a sketch.
        l.append({QStringLiteral("lcuHour"), priceLabel(k, QStringLiteral("lcuHour")), QCoreApplication::translate("Simulation", "LCU-hours"), Events,
                  1 / 1000.0 / 3600.0, price(k, QStringLiteral("lcuHour"))});
    } else if (kind == QLatin1String("sns")) {
        perEvent(QStringLiteral("publishes"), 1e6, requests);
    } else if (kind == QLatin1String("sqs")) {
        const bool fifo = catalog.nodeValue(kind, props, QStringLiteral("fifo")).toBool();
        perEvent(fifo ? QStringLiteral("fifoRequests") : QStringLiteral("standardRequests"), 1e6, requests,
                 sqsRequestsPerMessage);
    } else if (kind == QLatin1String("eventbridge")) {
        perEvent(QStringLiteral("events"), 1e6, QCoreApplication::translate("Simulation", "events"));
    } else if (kind == QLatin1String("kinesis")) {
        const double shards = catalog.nodeNumber(kind, props, QStringLiteral("shards"), 1);
        l.append({QStringLiteral("shardHour"), priceLabel(k, QStringLiteral("shardHour")), QCoreApplication::translate("Simulation", "shard-hours"), Seconds,
                  shards / 3600.0, price(k, QStringLiteral("shardHour"))});
        // One 25 KB PUT payload unit per record (records on a sketch are assumed small).
        perEvent(QStringLiteral("putPayloadUnits"), 1e6, QCoreApplication::translate("Simulation", "PUT payload units"));
    } else if (kind == QLatin1String("dynamodb")) {
        perEvent(QStringLiteral("writeRequestUnits"), 1e6, QCoreApplication::translate("Simulation", "write request units"));
    } else if (kind == QLatin1String("s3")) {
        perEvent(QStringLiteral("putRequests"), 1e3, requests);
    } else if (kind == QLatin1String("iot")) {
        perEvent(QStringLiteral("rulesTriggered"), 1e6, QCoreApplication::translate("Simulation", "rules triggered"));
        perEvent(QStringLiteral("actions"), 1e6, QCoreApplication::translate("Simulation", "actions"), std::max(1, outWires));
    } else if (kind == QLatin1String("config")) {
        perEvent(QStringLiteral("ruleEvaluations"), 1, QCoreApplication::translate("Simulation", "evaluations"));
    } else if (kind == QLatin1String("opensearch")) {
        const QString type = str(catalog, kind, props, "instanceType");
        const double count = catalog.nodeNumber(kind, props, QStringLiteral("instanceCount"), 1);
        l.append({type, priceLabel(k, type), QCoreApplication::translate("Simulation", "instance-hours"), Seconds, count / 3600.0, price(k, type)});
    } else if (kind == QLatin1String("lambda")) {
        const bool arm = str(catalog, kind, props, "arch") == QLatin1String("arm64");
        const double memGb = catalog.nodeNumber(kind, props, QStringLiteral("memoryMb"), 128) / 1024.0;
        const double provisioned = catalog.nodeNumber(kind, props, QStringLiteral("provisionedConcurrency"), 0);
        const QString gbItem = arm ? QStringLiteral("gbSecondArm") : QStringLiteral("gbSecondX86");
        const double gbPrice = price(k, gbItem);
        l.append({QStringLiteral("requests"), priceLabel(k, QStringLiteral("requests")), requests, Requests, 1,
                  price(k, QStringLiteral("requests"), 1e6)});
        l.append({QStringLiteral("duration"), priceLabel(k, gbItem), QCoreApplication::translate("Simulation", "GB-s"), GbSeconds, 1, gbPrice});
        l.append({QStringLiteral("init"), QCoreApplication::translate("Simulation", "Init (cold starts)"), QCoreApplication::translate("Simulation", "GB-s"), InitGbSeconds, 1, gbPrice});
        if (provisioned > 0) {
            const QString pcItem = arm ? QStringLiteral("provisionedGbSecondArm") : QStringLiteral("provisionedGbSecondX86");
            l.append({QStringLiteral("provisioned"), priceLabel(k, pcItem), QCoreApplication::translate("Simulation", "GB-s"), Seconds,
                      provisioned * memGb, price(k, pcItem)});
            // The catalog lists the x86 price for duration on provisioned environments; Arm is
            // priced at the same Arm/x86 ratio as on-demand duration.
            double pdPrice = price(k, QStringLiteral("provisionedDurationGbSecondX86"));
            if (arm && price(k, QStringLiteral("gbSecondX86")) > 0)
                pdPrice *= gbPrice / price(k, QStringLiteral("gbSecondX86"));
            l.append({QStringLiteral("provisionedDuration"), QCoreApplication::translate("Simulation", "Duration on provisioned concurrency"), QCoreApplication::translate("Simulation", "GB-s"),
                      ProvisionedDurationGbS, 1, pdPrice});
        }
    } else if (kind == QLatin1String("fargate")
               || (kind == QLatin1String("eks") && str(catalog, kind, props, "nodeType") == QLatin1String("fargate"))) {
        const bool eks = kind == QLatin1String("eks");
        const bool arm = !eks && str(catalog, kind, props, "arch") == QLatin1String("arm64");
        // EKS on Fargate: one pod per "instance", sized like the chosen instance type (2 vCPU).
        const double vcpu = eks ? 2 : catalog.nodeNumber(kind, props, QStringLiteral("vcpu"), 0.5);
        const double mem = eks ? instanceMemoryGb(str(catalog, kind, props, "instanceType"))
                               : catalog.nodeNumber(kind, props, QStringLiteral("memoryGb"), 1);
        const QString cpuItem = arm ? QStringLiteral("vcpuHourArm") : QStringLiteral("vcpuHourX86");
        const QString memItem = arm ? QStringLiteral("gbHourArm") : QStringLiteral("gbHourX86");
        l.append({cpuItem, priceLabel(k, cpuItem), QCoreApplication::translate("Simulation", "vCPU-hours"), UnitSeconds, vcpu / 3600.0, price(k, cpuItem)});
        l.append({memItem, priceLabel(k, memItem), QCoreApplication::translate("Simulation", "GB-hours"), UnitSeconds, mem / 3600.0, price(k, memItem)});
    } else if (kind == QLatin1String("ec2") || kind == QLatin1String("ecs_ec2") || kind == QLatin1String("eks")) {
        const QString type = str(catalog, kind, props, "instanceType");
        l.append({type, priceLabel(k, type), QCoreApplication::translate("Simulation", "instance-hours"), UnitSeconds, 1 / 3600.0, price(k, type)});
    }
    if (kind == QLatin1String("eks"))
        l.append({QStringLiteral("controlPlaneHour"), priceLabel(k, QStringLiteral("controlPlaneHour")),
                  QCoreApplication::translate("Simulation", "cluster-hours"), Seconds, 1 / 3600.0, price(k, QStringLiteral("controlPlaneHour"))});
    return l;
}

CostModel::Usage CostModel::ratePerBasis(const QList<Line> &lines)
{
    Usage rate{};
    for (const Line &l : lines)
        rate[l.basis] += l.perBasis * l.usd;
    return rate;
}

QList<SimulationResults::CostItem> CostModel::items(const QList<Line> &lines, const Usage &usage)
{
    QList<SimulationResults::CostItem> result;
    for (const Line &l : lines) {
        const double quantity = usage[l.basis] * l.perBasis;
        result.append({l.name, l.label, quantity, l.unit, quantity * l.usd});
    }
    return result;
}

QString CostModel::pricesAsOf(const Catalog &catalog, const QString &kindId)
{
    QString newest;
    if (const KindSpec *k = catalog.kind(kindId))
        for (const PriceSpec &p : k->prices)
            newest = std::max(newest, p.asOf);
    return newest;
}

void CostModel::applyFreeTier(const Catalog &catalog, const QList<QList<Line>> &lines, const QList<Usage> &usage,
                              double horizonS, QList<SimulationResults::NodeSummary> *nodes)
{
    const double months = horizonS / SimulationResults::monthS;
    struct Allowance
    {
        QString kind;
        QStringList items;  // lines whose quantities draw on the allowance
        double perMonth;
    };
    const KindSpec *lambda = catalog.kind(QStringLiteral("lambda"));
    const KindSpec *sqs = catalog.kind(QStringLiteral("sqs"));
    const KindSpec *sns = catalog.kind(QStringLiteral("sns"));
    const QList<Allowance> allowances = {
        {QStringLiteral("lambda"), {QStringLiteral("requests")},
         lambda ? lambda->limit(QStringLiteral("freeRequestsPerMonth"), 1e6) : 1e6},
        {QStringLiteral("lambda"), {QStringLiteral("duration"), QStringLiteral("init")},
         lambda ? lambda->limit(QStringLiteral("freeGbSecondsPerMonth"), 4e5) : 4e5},
        {QStringLiteral("sqs"), {QStringLiteral("standardRequests"), QStringLiteral("fifoRequests")},
         sqs ? sqs->limit(QStringLiteral("freeRequestsPerMonth"), 1e6) : 1e6},
        {QStringLiteral("sns"), {QStringLiteral("publishes")},
         sns ? sns->limit(QStringLiteral("freeRequestsPerMonth"), 1e6) : 1e6},
    };
    QList<double> credit(nodes->size(), 0.0);
    for (const Allowance &a : allowances) {
        double used = 0;
        for (int i = 0; i < nodes->size(); ++i)
            if (nodes->at(i).kind == a.kind)
                for (const Line &l : lines.at(i))
                    if (a.items.contains(l.name))
                        used += usage.at(i)[l.basis] * l.perBasis;
        if (used <= 0)
            continue;
        const double free = std::min(used, a.perMonth * months);
        // Each node's share of the free quantity, priced at its own unit price.
        for (int i = 0; i < nodes->size(); ++i)
            if (nodes->at(i).kind == a.kind)
                for (const Line &l : lines.at(i))
                    if (a.items.contains(l.name))
                        credit[i] += free * (usage.at(i)[l.basis] * l.perBasis / used) * l.usd;
    }
    for (int i = 0; i < nodes->size(); ++i) {
        if (credit[i] <= 0)
            continue;
        SimulationResults::NodeSummary &n = (*nodes)[i];
        n.items.append({QStringLiteral("freeTier"), QCoreApplication::translate("Simulation", "Free tier"), 0, QString(), -credit[i]});
        n.costUsd -= credit[i];
    }
}

} // namespace archscope
