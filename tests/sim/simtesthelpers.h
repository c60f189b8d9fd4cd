#pragma once

// Small builders shared by the simulation tests: a diagram in a few lines.

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/simulationoptions.h"

#include <QJsonObject>

namespace simtest {

using namespace archscope;

inline Node node(const QString &id, const QString &kind, const QJsonObject &props = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.label = id;
    n.props = props;
    return n;
}

inline QJsonObject constantTraffic(double rate, bool poisson = false)
{
    return QJsonObject{{"traffic", QJsonObject{{"shape", "constant"}, {"rate", rate}, {"noise", poisson ? "poisson" : "none"}}}};
}

inline Edge edge(const QString &from, const QString &to, EdgeKind kind = EdgeKind::Trigger, const QJsonObject &props = {})
{
    Edge e;
    e.id = from + "-" + to;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.props = props;
    return e;
}

inline SimulationOptions options(double horizonS, double stepS, double account = 1000)
{
    SimulationOptions o;
    o.horizonS = horizonS;
    o.stepS = stepS;
    o.accountConcurrency = account;
    return o;
}

inline QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace simtest
