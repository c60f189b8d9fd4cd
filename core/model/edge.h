#pragma once

#include "catalog/wirekind.h"

#include <QJsonObject>
#include <QString>

namespace archscope {

// A wire from one node to another; its invocation model follows from the pair (WiringRules).
struct Edge
{
    QString id;
    QString from;
    QString to;
    EdgeKind kind = EdgeKind::Trigger;
    QJsonObject props;
    QJsonObject extra;

    bool operator==(const Edge &) const = default;
};

} // namespace archscope
