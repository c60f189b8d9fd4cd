#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace archscope {

struct KindSpec;

// What a bill line is proportional to; the simulator accumulates one total per basis.
struct CostBasis
{
    enum Basis {
        Events,                  // events reaching the node
        Seconds,                 // simulated time (standing charges)
        Requests,                // function invocations (retries included)
        GbSeconds,               // function on-demand duration, 1 ms rounding
        ProvisionedDurationGbS,  // function duration run on provisioned environments
        InitGbSeconds,           // function init (cold start) duration
        UnitSeconds,             // tasks or instances running
        BasisCount
    };
};

// What a cost quantity depends on beyond the node's own properties.
struct CostContext
{
    double requestsPerMessage = 3;  // a queue's send + receive + delete calls per message
    int outWires = 1;
};

// Where a number the simulator or the cost model reads comes from, written in the catalog as
// a number, a property key, or "@limit.KEY", "@instance.vcpu", "@instance.memoryGib",
// "@outWires" (at least 1), "@requestsPerMessage".
struct SimulationSource
{
    enum class From { Constant, Property, Limit, InstanceVcpu, InstanceMemoryGib, OutWires, RequestsPerMessage };
    From from = From::Constant;
    double constant = 1;
    QString key;  // property or limit key

    // Empty when the value is not a number (an unset optional property, an unknown type).
    std::optional<double> value(const KindSpec &kind, const QJsonObject &props, const CostContext &context = {}) const;
    // The property it reads, if any: a property key, or the instance-type property.
    QString propertyKey(const KindSpec &kind) const;
};

// A price item chosen by the node: fixed, by a property's value ("arch": "arm64" → the Arm
// item), or named by a property (instance types).
struct PriceChoice
{
    QString item;          // the item, or the default when no variant matches
    QString byProperty;
    QList<std::pair<QString, QString>> variants;  // property value → item
    QString fromProperty;  // the property's value is the item

    QString resolve(const KindSpec &kind, const QJsonObject &props) const;
    QStringList possibleItems(const KindSpec &kind) const;
};

// A property test: "nodeType" equals "fargate", "provisionedConcurrency" above 0.
struct SimulationCondition
{
    enum class Test { Always, Equals, NotEquals, Above };
    Test test = Test::Always;
    QString property;
    QString text;
    double number = 0;

    bool holds(const KindSpec &kind, const QJsonObject &props) const;
};

// One bill line: quantity = usage[basis] × factors ÷ divisors, at price ÷ pricePer
// (× priceRatio's of ÷ to, where a price is derived from another's ratio).
struct CostItemSpec
{
    QString name;   // the line's id; empty: the resolved price item
    QString label;  // translated; empty: the price's label
    QString unit;   // translated, of the quantity: "requests", "GB-s", "vCPU-hours", ...
    PriceChoice price;
    double pricePer = 1;
    std::optional<std::pair<PriceChoice, PriceChoice>> priceRatio;
    CostBasis::Basis basis = CostBasis::Events;
    QList<SimulationSource> factors;
    QList<SimulationSource> divisors;
    SimulationCondition when;

    QStringList possibleNames(const KindSpec &kind) const;
};

// A monthly free-tier allowance: the kind's limit `limit`, shared by the lines `items` of every
// node of the kind.
struct FreeTierSpec
{
    QString limit;
    QStringList items;
};

struct InstanceTypeSpec
{
    QString id;
    double vcpu = 0;
    double memoryGib = 0;
};

// What a kind means to the simulator and the cost model (the `simulation` block of its file).
struct SimulationSpec
{
    // relay: passes events along its wires; function: per-invocation environments (Lambda's
    // physics); fleet: tasks or instances scaled by target tracking; none: the simulator
    // passes over it.
    enum class Model { None, Relay, Function, Fleet };

    Model model = Model::None;
    QString unitName;  // translated, plural: what its concurrency counts ("tasks")
    QList<std::pair<QString, SimulationSource>> reads;  // role → source (see roles())
    QList<CostItemSpec> costItems;
    QList<FreeTierSpec> freeTier;
    QString instanceTypeProperty;
    QList<InstanceTypeSpec> instanceTypes;

    const SimulationSource *read(const QString &role) const;
    const InstanceTypeSpec *instanceType(const QString &id) const;
    // The roles a model reads (function and fleet need every one; a relay's are optional):
    // function: memoryMb, durationMs, timeoutS, coldStartMs, retries, reservedConcurrency,
    // provisionedConcurrency, cpuBoundShare, singleThreaded, memoryPerVcpuMb, maxVcpu;
    // fleet: capacity (requests/s per unit), minUnits, maxUnits, targetUtilization,
    // launchDelayS, unitVcpu, unitMemoryGib; relay: shards (a stream's poll cap).
    static QStringList roles(Model model);
};

} // namespace archscope
