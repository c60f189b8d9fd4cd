#pragma once

// Small builders shared by the simulation tests: a diagram in a few lines.

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/simulationoptions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

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

// The bundled catalog copied into `dir`, plus `extraKinds` from tests/data/catalog-extra
// listed in its index.json: what adding a kind is. Load it with Catalog::load(dir).
inline bool copyCatalog(const QString &dir, const QStringList &extraKinds = {})
{
    for (const QString &name : QDir(":/catalog").entryList(QDir::Files)) {
        if (!QFile::copy(":/catalog/" + name, dir + '/' + name))
            return false;
        QFile::setPermissions(dir + '/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile index(dir + "/index.json");
    if (!index.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(index.readAll()).object();
    index.close();
    QJsonArray kinds = o.value("kinds").toArray();
    for (const QString &id : extraKinds) {
        if (!QFile::copy(ARCHSCOPE_TEST_DATA "/catalog-extra/" + id + ".json", dir + '/' + id + ".json"))
            return false;
        kinds.append(id);
    }
    o.insert("kinds", kinds);
    return index.open(QIODevice::WriteOnly | QIODevice::Truncate) && index.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace simtest
