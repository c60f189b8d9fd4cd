#include "simulationspec.h"

#include "kindspec.h"

namespace archscope {

namespace {

// A property value as the key a variant or a condition names: "arm64", "true".
QString valueKey(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

std::optional<double> SimulationSource::value(const KindSpec &kind, const QJsonObject &props,
                                              const CostContext &context) const
{
    switch (from) {
    case From::Constant: return constant;
    case From::Property: return kind.number(props, key);
    case From::Limit: return kind.limit(key, 0);
    case From::InstanceVcpu:
    case From::InstanceMemoryGib: {
        const InstanceTypeSpec *t
            = kind.simulation.instanceType(kind.value(props, kind.simulation.instanceTypeProperty).toString());
        if (!t)
            return std::nullopt;
        return from == From::InstanceVcpu ? t->vcpu : t->memoryGib;
    }
    case From::OutWires: return std::max(1, context.outWires);
    case From::RequestsPerMessage: return context.requestsPerMessage;
    }
    return std::nullopt;
}

QString SimulationSource::propertyKey(const KindSpec &kind) const
{
    if (from == From::Property)
        return key;
    if (from == From::InstanceVcpu || from == From::InstanceMemoryGib)
        return kind.simulation.instanceTypeProperty;
    return QString();
}

QString PriceChoice::resolve(const KindSpec &kind, const QJsonObject &props) const
{
    if (!fromProperty.isEmpty())
        return kind.value(props, fromProperty).toString();
    if (!byProperty.isEmpty()) {
        const QString key = valueKey(kind.value(props, byProperty));
        for (const auto &[value, variant] : variants)
            if (value == key)
                return variant;
    }
    return item;
}

QStringList PriceChoice::possibleItems(const KindSpec &kind) const
{
    if (!fromProperty.isEmpty()) {
        const PropertySpec *p = kind.property(fromProperty);
        return p ? p->choices : QStringList();
    }
    QStringList items = {item};
    for (const auto &variant : variants)
        items.append(variant.second);
    return items;
}

bool SimulationCondition::holds(const KindSpec &kind, const QJsonObject &props) const
{
    switch (test) {
    case Test::Always: return true;
    case Test::Equals: return valueKey(kind.value(props, property)) == text;
    case Test::NotEquals: return valueKey(kind.value(props, property)) != text;
    case Test::Above: {
        const QJsonValue v = kind.value(props, property);
        return v.isDouble() && v.toDouble() > number;
    }
    }
    return false;
}

QStringList CostItemSpec::possibleNames(const KindSpec &kind) const
{
    return name.isEmpty() ? price.possibleItems(kind) : QStringList{name};
}

const SimulationSource *SimulationSpec::read(const QString &role) const
{
    for (const auto &[r, source] : reads)
        if (r == role)
            return &source;
    return nullptr;
}

const InstanceTypeSpec *SimulationSpec::instanceType(const QString &id) const
{
    for (const InstanceTypeSpec &t : instanceTypes)
        if (t.id == id)
            return &t;
    return nullptr;
}

QStringList SimulationSpec::roles(Model model)
{
    switch (model) {
    case Model::Function:
        return {QStringLiteral("memoryMb"),        QStringLiteral("durationMs"),
                QStringLiteral("timeoutS"),        QStringLiteral("coldStartMs"),
                QStringLiteral("retries"),         QStringLiteral("reservedConcurrency"),
                QStringLiteral("provisionedConcurrency"), QStringLiteral("cpuBoundShare"),
                QStringLiteral("singleThreaded"),  QStringLiteral("memoryPerVcpuMb"),
                QStringLiteral("maxVcpu"),         QStringLiteral("durationCv")};
    case Model::Fleet:
        return {QStringLiteral("capacity"),          QStringLiteral("minUnits"),
                QStringLiteral("maxUnits"),          QStringLiteral("targetUtilization"),
                QStringLiteral("launchDelayS"),      QStringLiteral("unitVcpu"),
                QStringLiteral("unitMemoryGib"),     QStringLiteral("durationMs"),
                QStringLiteral("durationCv")};
    case Model::Relay: return {QStringLiteral("shards")};
    case Model::None: break;
    }
    return {};
}

} // namespace archscope
