#include "importbuilder.h"

#include "importlimits.h"
#include "importmapping.h"

#include "catalog/catalog.h"
#include "model/trafficsources.h"
#include "model/wiringrules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace archscope {

namespace {

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 12);
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return QStringLiteral("null");
    default: return QStringLiteral("…");
    }
}

// Text a person can see: format and control characters (a byte-order mark, zero-width
// spaces) dropped, whitespace runs made single. A name of only those would read as empty, and
// the file format refuses an empty id.
QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.category() != QChar::Other_Format && c.category() != QChar::Other_Control)
            out.append(c);
    return out.simplified();
}

QString clipped(const QString &label)
{
    const QString s = visible(label);
    return s.size() > importlimits::maxLabelLength ? s.left(importlimits::maxLabelLength - 1) + QChar(0x2026) : s;
}

} // namespace

ImportBuilder::ImportBuilder(const Catalog &catalog)
    : m_catalog(catalog)
{
}

QString ImportBuilder::uniqueId(const QString &preferred)
{
    QString base = visible(preferred);
    if (base.isEmpty())
        base = QStringLiteral("node");
    base = base.left(importlimits::maxLabelLength);
    QString id = base;
    for (int i = 2; m_ids.contains(id); ++i)
        id = base + QLatin1Char('-') + QString::number(i);
    m_ids.insert(id);
    return id;
}

QString ImportBuilder::addNode(const QString &preferredId, const QString &kind, const QString &label)
{
    Node n;
    n.id = uniqueId(preferredId);
    n.kind = kind;
    n.label = clipped(label);
    // A template holds no traffic: a source whose kind assumes some by default (an API's
    // 1 request/s) starts at none, so nothing is simulated that the source did not say.
    if (const KindSpec *spec = m_catalog.kind(kind))
        if (const PropertySpec *traffic = spec->property(QStringLiteral("traffic"));
            traffic && traffic->defaultValue.toObject().value(QStringLiteral("rate")).toDouble() > 0)
            n.props.insert(QStringLiteral("traffic"), QJsonObject{{QStringLiteral("rate"), 0}});
    m_index.insert(n.id, int(m_data.nodes.size()));
    m_data.nodes.append(n);
    return n.id;
}

QString ImportBuilder::addResourceNode(const QString &preferredId, const QString &kind, const QString &label,
                                       const QString &path, const QString &type)
{
    const QString id = addNode(preferredId, kind, label);
    const KindSpec *spec = m_catalog.kind(kind);
    if (spec && spec->anyWire) {
        setProp(id, QStringLiteral("resourceType"), type, path);
        m_report.external.append({path, type, id, kind, {}});
    } else {
        m_report.mapped.append({path, type, id, kind, {}});
    }
    m_listed.insert(path);
    return id;
}

QString ImportBuilder::addExternalNode(const QString &preferredId, const QString &label, const QString &path,
                                       const QString &type)
{
    return addResourceNode(preferredId, QStringLiteral("external"), label, path, type);
}

QString ImportBuilder::impliedNode(const QString &key, const QString &preferredId, const QString &kind,
                                   const QString &label, const QString &path, const QString &note)
{
    if (const auto it = m_implied.constFind(key); it != m_implied.constEnd())
        return *it;
    const QString id = addNode(preferredId, kind, label);
    m_implied.insert(key, id);
    if (!note.isEmpty())
        warn(path, note, id);
    return id;
}

QString ImportBuilder::outsideNode(const QString &reference, const QString &expectedKind, const QString &path)
{
    const importmapping::OutsideResource r = importmapping::outsideResource(reference, expectedKind);
    const QString key = QStringLiteral("outside:") + reference;
    if (const auto it = m_implied.constFind(key); it != m_implied.constEnd())
        return *it;
    const QString id =
        impliedNode(key, r.name, r.kind, r.name, path,
                    QCoreApplication::translate(
                        "TemplateImport", "refers to %1, which is not in this source: drawn as a %2 node of its own")
                        .arg(reference, m_catalog.kind(r.kind) ? m_catalog.kind(r.kind)->shortName : r.kind));
    if (r.kind == QLatin1String("external")) {
        setProp(id, QStringLiteral("resourceType"), r.resourceType, path);
        if (!r.invokes.isEmpty())
            setProp(id, QStringLiteral("invokes"), r.invokes, path);
    }
    if (r.stream)
        setProp(id, QStringLiteral("streamEnabled"), true, path);
    return id;
}

Node *ImportBuilder::node(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_data.nodes[*it];
}

const Node *ImportBuilder::constNode(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_data.nodes.at(*it);
}

bool ImportBuilder::setProp(const QString &nodeId, const QString &key, const QJsonValue &value, const QString &path)
{
    Node *n = node(nodeId);
    const KindSpec *kind = n ? m_catalog.kind(n->kind) : nullptr;
    const PropertySpec *spec = kind ? kind->property(key) : nullptr;
    if (!spec)
        return false;
    QString problem = spec->checkType(value);
    if (problem.isEmpty())
        problem = spec->checkRange(value);
    if (!problem.isEmpty()) {
        warn(path,
             QCoreApplication::translate("TemplateImport", "%1 is not a valid %2 (%3); the default %4 is kept")
                 .arg(valueText(value), spec->label, problem, valueText(spec->defaultValue)),
             nodeId);
        return false;
    }
    n->props.insert(key, value);
    return true;
}

void ImportBuilder::setScheduleRate(const QString &nodeId, double eventsPerSecond, const QString &path)
{
    Node *n = node(nodeId);
    const KindSpec *kind = n ? m_catalog.kind(n->kind) : nullptr;
    const PropertySpec *traffic = kind ? kind->property(QStringLiteral("traffic")) : nullptr;
    if (!traffic)
        return;
    QJsonObject t = n->props.value(QStringLiteral("traffic")).toObject();
    t.insert(QStringLiteral("shape"), QStringLiteral("constant"));
    t.insert(QStringLiteral("rate"), eventsPerSecond);
    t.insert(QStringLiteral("noise"), QStringLiteral("none"));
    const PropertySpec *rate = traffic->field(QStringLiteral("rate"));
    if (rate && !rate->checkRange(eventsPerSecond).isEmpty()) {
        warn(path,
             QCoreApplication::translate("TemplateImport", "the schedule's rate is out of range; no traffic is set"),
             nodeId);
        return;
    }
    n->props.insert(QStringLiteral("traffic"), t);
}

std::optional<PropertySpec> ImportBuilder::wireSpec(const QString &key, InvocationModel model,
                                                    const QString &fromKind) const
{
    for (const PropertySpec &p : m_catalog.wireProperties(model, fromKind))
        if (p.key == key)
            return p;
    return std::nullopt;
}

bool ImportBuilder::hasWire(const QString &from, const QString &to, EdgeKind kind) const
{
    return m_wireKeys.contains(from + QLatin1Char('\n') + to + QLatin1Char('\n') + edgeKindId(kind));
}

bool ImportBuilder::wire(const QString &from, const QString &to, EdgeKind kind, const QJsonObject &props,
                         const QString &path)
{
    const Node *a = node(from);
    const Node *b = node(to);
    if (!a || !b || from == to)
        return false;
    const QString key = from + QLatin1Char('\n') + to + QLatin1Char('\n') + edgeKindId(kind);
    if (m_wireKeys.contains(key))
        return true;
    const WireCheck check = WiringRules(m_catalog).check(*a, *b, kind);
    if (!check.allowed) {
        warn(path,
             QCoreApplication::translate("TemplateImport", "the wire %1 → %2 is not drawn: %3")
                 .arg(a->label, b->label, check.explanation),
             from);
        return false;
    }
    Edge e;
    e.id = QStringLiteral("e%1").arg(m_nextEdge++);
    e.from = from;
    e.to = to;
    e.kind = kind;
    for (auto it = props.begin(); it != props.end(); ++it) {
        const std::optional<PropertySpec> spec = wireSpec(it.key(), check.model, a->kind);
        if (!spec)
            continue; // a setting this wire's model does not have (a batch size on a push)
        QString problem = spec->checkType(it.value());
        if (problem.isEmpty())
            problem = spec->checkRange(it.value());
        if (!problem.isEmpty()) {
            warn(path,
                 QCoreApplication::translate("TemplateImport", "%1 is not a valid %2 (%3); the default %4 is kept")
                     .arg(valueText(it.value()), spec->label, problem, valueText(spec->defaultValue)),
                 from);
            continue;
        }
        e.props.insert(it.key(), it.value());
    }
    m_wireKeys.insert(key);
    if (kind == EdgeKind::Trigger)
        m_triggers[from].append(to);
    m_data.edges.append(e);
    return true;
}

void ImportBuilder::sourceWire(const QString &source, const QString &fn, const QJsonObject &props, const QString &path,
                               const QString &invokes)
{
    Node *src = node(source);
    if (!src || fn.isEmpty())
        return;
    if (src->kind == QLatin1String("dynamodb") && !src->props.value(QStringLiteral("streamEnabled")).toBool()) {
        setProp(source, QStringLiteral("streamEnabled"), true, path);
        warn(path,
             QCoreApplication::translate("TemplateImport", "the table's stream is read here, but the source does not "
                                                           "enable it; it is shown on"),
             source);
    }
    if (m_catalog.kind(src->kind) && m_catalog.kind(src->kind)->anyWire && !invokes.isEmpty())
        setProp(source, QStringLiteral("invokes"), invokes, path);
    wire(source, fn, EdgeKind::Trigger, props, path);
}

void ImportBuilder::redrive(const QString &queue, const QString &deadLetter, const QString &path)
{
    const Node *dead = constNode(deadLetter);
    if (!constNode(queue) || !dead)
        return;
    bool any = false;
    for (const QString &consumer : m_triggers.value(queue)) {
        const Node *n = constNode(consumer);
        const KindSpec *kind = n ? m_catalog.kind(n->kind) : nullptr;
        if (kind && kind->simulation.model == SimulationSpec::Model::Function)
            any = wire(consumer, deadLetter, EdgeKind::Failure, {}, path) || any;
    }
    if (!any)
        warn(path,
             QCoreApplication::translate("TemplateImport", "failed messages move to %1, but no function of this source "
                                                           "polls the queue: no failure route is drawn")
                 .arg(dead->label),
             queue);
}

void ImportBuilder::folded(const QString &path, const QString &type, const QString &nodeId, const QString &note)
{
    if (m_listed.contains(path))
        return;
    m_listed.insert(path);
    const Node *n = node(nodeId);
    m_report.mapped.append({path, type, nodeId, n ? n->kind : QString(), note});
}

void ImportBuilder::ignored(const QString &path, const QString &type, const QString &reason)
{
    if (m_listed.contains(path))
        return;
    m_listed.insert(path);
    m_report.ignored.append({path, type, {}, {}, reason});
}

QString ImportBuilder::promoteToExternal(const QString &path, const QString &preferredId, const QString &label,
                                         const QString &type)
{
    for (qsizetype i = 0; i < m_report.external.size(); ++i)
        if (m_report.external.at(i).path == path)
            return m_report.external.at(i).nodeId;
    for (qsizetype i = 0; i < m_report.ignored.size(); ++i)
        if (m_report.ignored.at(i).path == path)
            m_report.ignored.removeAt(i--);
    m_listed.remove(path);
    return addExternalNode(preferredId, label, path, type);
}

void ImportBuilder::warn(const QString &path, const QString &message, const QString &nodeId)
{
    m_report.warnings.append({path, message, nodeId});
}

void ImportBuilder::finish(const QString &format, DocumentData *data, ImportReport *report)
{
    m_report.format = format;
    m_report.nodes = int(m_data.nodes.size());
    m_report.wires = int(m_data.edges.size());
    m_report.sourcesWithoutTraffic = sourcesWithoutTraffic(m_data, m_catalog);
    *report = std::move(m_report);
    *data = std::move(m_data);
}

} // namespace archscope
