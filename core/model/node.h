#pragma once

#include <QJsonObject>
#include <QPointF>
#include <QString>

namespace archscope {

// A placed service: identity, kind, label, position and its sparse property values.
struct Node
{
    QString id;
    QString kind;
    QString label;
    QPointF pos;
    QJsonObject props;  // only the values set; absent keys take the catalog default
    QJsonObject extra;  // unknown keys from the file, written back unchanged

    bool operator==(const Node &) const = default;
};

} // namespace archscope
