#pragma once

#include "importreport.h"

#include "catalog/propertyspec.h"
#include "model/documentdata.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace archscope {

class Catalog;

// Assembles an imported diagram and its report, the same way for every source: unique node
// ids, properties checked against the catalog (an invalid value keeps the default and is a
// warning), wires checked against the wiring rules (a refused one is a warning, not a wire),
// and every resource of the source listed once as mapped, external or ignored.
class ImportBuilder
{
public:
    explicit ImportBuilder(const Catalog &catalog);

    const Catalog &catalog() const { return m_catalog; }

    // A node for the resource at `path`; returns its id (`preferredId`, made unique). The
    // resource is listed as mapped, or as external for the external kind.
    QString addResourceNode(const QString &preferredId, const QString &kind, const QString &label, const QString &path,
                            const QString &type);
    // An external node for a resource Archscope has no kind for.
    QString addExternalNode(const QString &preferredId, const QString &label, const QString &path, const QString &type);
    // A node the source implies without a resource of its own (SAM's implicit API, an event's
    // rule, a queue outside the template); `key` finds it again, so it is made once.
    QString impliedNode(const QString &key, const QString &preferredId, const QString &kind, const QString &label,
                        const QString &path, const QString &note);
    // The node made for a resource outside the source, named by an ARN, a URL or a name; its
    // kind comes from the ARN's service, else `expectedKind` (else external).
    QString outsideNode(const QString &reference, const QString &expectedKind, const QString &path);

    Node *node(const QString &id);
    const Node *constNode(const QString &id) const;
    const QList<Node> &nodes() const { return m_data.nodes; }

    // Sets a property when the kind has it and the value is valid; otherwise the catalog
    // default stays and a warning names `path`.
    bool setProp(const QString &nodeId, const QString &key, const QJsonValue &value, const QString &path);
    // A source's traffic from a schedule (events per second), the one rate a template holds.
    void setScheduleRate(const QString &nodeId, double eventsPerSecond, const QString &path);
    // A wire, when the rules allow it (else a warning); the same wire twice is made once.
    // Wire properties are checked like node properties. Returns whether the wire exists.
    bool wire(const QString &from, const QString &to, EdgeKind kind, const QJsonObject &props, const QString &path);
    bool hasWire(const QString &from, const QString &to, EdgeKind kind) const;
    // A trigger wire from an event source a function polls or is pushed by: a table read this
    // way has its stream on (a warning says so when the source did not), and an external source
    // takes `invokes` as how it delivers.
    void sourceWire(const QString &source, const QString &fn, const QJsonObject &props, const QString &path,
                    const QString &invokes = {});
    // SQS redrive: a message its consumers fail to process moves to the dead-letter queue, drawn
    // as a failure route from each function `queue` triggers (a warning when there is none).
    void redrive(const QString &queue, const QString &deadLetter, const QString &path);

    // The resource at `path` became a wire or a setting of `nodeId`.
    void folded(const QString &path, const QString &type, const QString &nodeId, const QString &note);
    void ignored(const QString &path, const QString &type, const QString &reason);
    // An ignored resource turned out to be where events come from: it becomes an external node.
    QString promoteToExternal(const QString &path, const QString &preferredId, const QString &label,
                              const QString &type);
    bool isListed(const QString &path) const { return m_listed.contains(path); }
    void warn(const QString &path, const QString &message, const QString &nodeId = {});

    // Hands over the diagram (nodes at the origin: the caller lays it out) and its report.
    void finish(const QString &format, DocumentData *data, ImportReport *report);

private:
    QString uniqueId(const QString &preferred);
    QString addNode(const QString &preferredId, const QString &kind, const QString &label);
    std::optional<PropertySpec> wireSpec(const QString &key, InvocationModel model, const QString &fromKind) const;

    const Catalog &m_catalog;
    DocumentData m_data;
    ImportReport m_report;
    QSet<QString> m_ids;
    QHash<QString, int> m_index;       // node id → position in m_data.nodes
    QHash<QString, QString> m_implied; // key → node id
    QSet<QString> m_listed;            // resource paths already in the report
    QSet<QString> m_wireKeys;
    QHash<QString, QStringList> m_triggers; // node id → what its trigger wires reach
    int m_nextEdge = 1;
};

} // namespace archscope
