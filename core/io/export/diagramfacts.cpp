#include "diagramfacts.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "model/wiringrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

namespace archscope::diagramfacts {

QList<ResolvedWire> wires(const DocumentData &data, const Catalog &catalog)
{
    const WiringRules rules(catalog);
    QHash<QString, const Node *> byId;
    byId.reserve(data.nodes.size());
    for (const Node &n : data.nodes)
        byId.insert(n.id, &n);
    QList<ResolvedWire> out;
    out.reserve(data.edges.size());
    for (const Edge &e : data.edges) {
        ResolvedWire w;
        w.edge = &e;
        w.from = byId.value(e.from);
        w.to = byId.value(e.to);
        if (!w.from || !w.to)
            continue;
        const WireCheck c = rules.check(*w.from, *w.to, e.kind);
        w.allowed = c.allowed;
        w.model = c.allowed ? c.model
                            : (e.kind == EdgeKind::Failure ? InvocationModel::OnFailure : InvocationModel::SyncPush);
        w.explanation = c.explanation;
        out.append(w);
    }
    return out;
}

QString kindName(const QString &kindId, const Catalog &catalog)
{
    const KindSpec *kind = catalog.kind(kindId);
    return kind ? kind->name : kindId;
}

QString displayLabel(const Node &node, const Catalog &catalog)
{
    if (!node.label.trimmed().isEmpty())
        return node.label;
    const KindSpec *kind = catalog.kind(node.kind);
    return kind ? kind->shortName : node.kind;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return QLocale::c().toString(d, 'g', 10);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array: return QStringLiteral("%1 values").arg(value.toArray().size());
    case QJsonValue::Object: return QStringLiteral("{…}");
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QStringLiteral("—");
    }
    return {};
}

QString trafficText(const QJsonObject &t)
{
    if (t.isEmpty())
        return {};
    auto num = [&](const char *key) { return QLocale::c().toString(t.value(QLatin1String(key)).toDouble(), 'g', 6); };
    const QString shape = t.value(QStringLiteral("shape")).toString(QStringLiteral("constant"));
    QString text;
    if (shape == QLatin1String("series")) {
        text = QStringLiteral("series of %1 points").arg(t.value(QStringLiteral("points")).toArray().size());
    } else {
        text = QStringLiteral("%1, %2 events/s").arg(shape, num("rate"));
        if (shape == QLatin1String("diurnal"))
            text += QStringLiteral(" mean, peak/trough %1 at %2:00 UTC").arg(num("peakToTrough"), num("peakHour"));
        else if (shape == QLatin1String("weekly"))
            text += QStringLiteral(", weekend × %1").arg(num("weekendFactor"));
        else if (shape == QLatin1String("spiky"))
            text += QStringLiteral(", bursts of %1/s for %2 s every %3 s").arg(num("burstRate"), num("burstLengthS"), num("burstEveryS"));
    }
    if (t.value(QStringLiteral("noise")).toString() == QLatin1String("poisson"))
        text += QStringLiteral(", Poisson noise");
    return text;
}

QList<SettingRow> settings(const Node &node, const Catalog &catalog)
{
    QList<SettingRow> rows;
    const KindSpec *kind = catalog.kind(node.kind);
    if (!kind)
        return rows;
    for (const PropertySpec &p : kind->properties) {
        if (p.key == QLatin1String("traffic")) {
            const QString traffic = trafficText(node.props.value(p.key).toObject());
            if (!traffic.isEmpty())
                rows.append({p.key, p.label.isEmpty() ? QStringLiteral("Traffic") : p.label, traffic, false});
            continue;
        }
        if (p.type == PropertySpec::Type::Object || p.type == PropertySpec::Type::Series)
            continue;
        SettingRow row;
        row.key = p.key;
        row.label = p.label.isEmpty() ? p.key : p.label;
        row.isDefault = !node.props.contains(p.key);
        const QJsonValue v = catalog.nodeValue(node.kind, node.props, p.key);
        row.value = valueText(v);
        if (!p.unit.isEmpty() && v.isDouble())
            row.value += QLatin1Char(' ') + p.unit;
        rows.append(row);
    }
    return rows;
}

QString colorName(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb).toUpper() : QStringLiteral("#232F3E");
}

} // namespace archscope::diagramfacts
