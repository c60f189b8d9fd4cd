#include "kindspec.h"

#include <cmath>

namespace archscope {

const PropertySpec *KindSpec::property(const QString &key) const
{
    for (const PropertySpec &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

const PriceSpec *KindSpec::price(const QString &item) const
{
    for (const PriceSpec &p : prices)
        if (p.item == item)
            return &p;
    return nullptr;
}

double KindSpec::limit(const QString &key, double fallback) const
{
    const LimitSpec *l = findLimit(key);
    return l ? l->value : fallback;
}

const LimitSpec *KindSpec::findLimit(const QString &key) const
{
    for (const LimitSpec &l : limits)
        if (l.key == key)
            return &l;
    return nullptr;
}

QJsonValue KindSpec::value(const QJsonObject &props, const QString &key) const
{
    if (props.contains(key))
        return props.value(key);
    const PropertySpec *p = property(key);
    return p ? p->defaultValue : QJsonValue();
}

std::optional<double> KindSpec::number(const QJsonObject &props, const QString &key) const
{
    const QJsonValue v = value(props, key);
    return v.isDouble() && std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> KindSpec::simulationValue(const QString &role, const QJsonObject &props) const
{
    const SimulationSource *s = simulation.read(role);
    const std::optional<double> v = s ? s->value(*this, props) : std::nullopt;
    return v && std::isfinite(*v) ? v : std::nullopt;
}

const PropertySpec *KindSpec::simulationProperty(const QString &role) const
{
    const SimulationSource *s = simulation.read(role);
    return s ? property(s->propertyKey(*this)) : nullptr;
}

QString KindSpec::subtitle(const QJsonObject &props) const
{
    if (!subtitleProperty.isEmpty()) {
        const QString text = value(props, subtitleProperty).toString().simplified();
        if (!text.isEmpty())
            return text;
    }
    return shortName;
}

} // namespace archscope
