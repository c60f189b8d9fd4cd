#include "propertyspec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace archscope {

namespace {
QString formatNumber(double v)
{
    return QString::number(v, 'g', 12);
}
} // namespace

QString PropertySpec::expectation() const
{
    switch (type) {
    case Type::Number:
        return QCoreApplication::translate("Catalog", "a number %1..%2")
            .arg(formatNumber(minimum), formatNumber(maximum));
    case Type::Integer:
        return QCoreApplication::translate("Catalog", "a whole number %1..%2")
            .arg(formatNumber(minimum), formatNumber(maximum));
    case Type::Boolean: return QCoreApplication::translate("Catalog", "true or false");
    case Type::Choice:
        return QCoreApplication::translate("Catalog", "one of %1").arg(choices.join(QStringLiteral(", ")));
    case Type::String: return QCoreApplication::translate("Catalog", "a string");
    case Type::Object: return QCoreApplication::translate("Catalog", "an object");
    case Type::Series:
        return QCoreApplication::translate("Catalog", "a list of [time, rate] pairs");
    }
    return {};
}

QString PropertySpec::checkType(const QJsonValue &value) const
{
    if (optional && value.isNull())
        return {};
    bool ok = false;
    switch (type) {
    case Type::Number: ok = value.isDouble() && std::isfinite(value.toDouble()); break;
    case Type::Integer:
        ok = value.isDouble() && std::isfinite(value.toDouble())
             && std::floor(value.toDouble()) == value.toDouble();
        break;
    case Type::Boolean: ok = value.isBool(); break;
    case Type::Choice: ok = value.isString() && choices.contains(value.toString()); break;
    case Type::String: ok = value.isString(); break;
    case Type::Object: ok = value.isObject(); break;
    case Type::Series: {
        ok = value.isArray();
        if (ok) {
            for (const QJsonValue &point : value.toArray()) {
                const QJsonArray pair = point.toArray();
                if (!point.isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble()) {
                    ok = false;
                    break;
                }
            }
        }
        break;
    }
    }
    return ok ? QString() : QCoreApplication::translate("Catalog", "expected %1").arg(expectation());
}

QString PropertySpec::checkRange(const QJsonValue &value) const
{
    if (type == Type::Series) {
        for (const QJsonValue &point : value.toArray()) {
            const QJsonArray pair = point.toArray();
            const double t = pair[0].toDouble(), rate = pair[1].toDouble();
            if (t < 0 || rate < minimum || rate > maximum)
                return QCoreApplication::translate("Catalog", "each point needs a time of at least 0 and a rate %1..%2")
                    .arg(formatNumber(minimum), formatNumber(maximum));
        }
        return {};
    }
    if ((type != Type::Number && type != Type::Integer) || value.isNull())
        return {};
    const double v = value.toDouble();
    if (v < minimum || v > maximum)
        return QCoreApplication::translate("Catalog", "%1 is outside %2..%3%4")
            .arg(formatNumber(v), formatNumber(minimum), formatNumber(maximum),
                 unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    return {};
}

const PropertySpec *PropertySpec::field(const QString &fieldKey) const
{
    for (const PropertySpec &f : fields)
        if (f.key == fieldKey)
            return &f;
    return nullptr;
}

} // namespace archscope
