#pragma once

#include "catalog/wirekind.h"

#include <QColor>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace archscope {

class Catalog;
struct DocumentData;
struct Edge;
struct Node;

// A wire with its two ends and the verdict of the wiring rules.
struct ResolvedWire
{
    const Edge *edge = nullptr;
    const Node *from = nullptr;
    const Node *to = nullptr;
    bool allowed = false;
    InvocationModel model = InvocationModel::SyncPush;
    QString explanation;
};

// One row of a node's settings as a reader sees it: label, value with unit, and whether it was
// set in the file or is the catalog default.
struct SettingRow
{
    QString key;
    QString label;
    QString value;
    bool isDefault = true;
};

// The facts every exporter needs about a diagram, computed the same way for all of them.
namespace diagramfacts {

// Every wire whose two ends exist, in document order.
QList<ResolvedWire> wires(const DocumentData &data, const Catalog &catalog);
// The label a reader should see for a node: its label, else the kind's name.
QString displayLabel(const Node &node, const Catalog &catalog);
QString kindName(const QString &kindId, const Catalog &catalog);
// Every documented property of the node's kind except traffic, with defaults filled in.
QList<SettingRow> settings(const Node &node, const Catalog &catalog);
// A node's traffic object in one line ("spiky, 15 events/s, bursts of 300/s for 120 s ...").
QString trafficText(const QJsonObject &traffic);
// A JSON value as short readable text ("512", "true", "x86_64", "—" for null).
QString valueText(const QJsonValue &value);
// "#RRGGBB" for the node kind's category.
QString colorName(const QColor &color);

} // namespace diagramfacts

} // namespace archscope
