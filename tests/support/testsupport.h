#pragma once

// What every test builds the same way: a node or a wire in one line, the bundled examples
// read as the program reads them, and the catalog copied for Catalog::load. One home, so no
// test builds them its own way.

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/documentdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <QStringList>

namespace testsupport {

using namespace archscope;

// A node; its label is its id unless one is given.
inline Node node(const QString &id, const QString &kind, const QJsonObject &props = {}, const QString &label = {})
{
    Node n;
    n.id = id;
    n.kind = kind;
    n.label = label.isEmpty() ? id : label;
    n.props = props;
    return n;
}

// A wire; its id is "from-to".
inline Edge edge(const QString &from, const QString &to, EdgeKind kind = EdgeKind::Trigger, const QJsonObject &props = {})
{
    Edge e;
    e.id = from + QLatin1Char('-') + to;
    e.from = from;
    e.to = to;
    e.kind = kind;
    e.props = props;
    return e;
}

// The path of a bundled example, by its name without the extension ("rest-api").
inline QString examplePath(const QString &name)
{
    return QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/%1.archscope").arg(name);
}

// Every bundled example's path, in name order.
inline QStringList examplePaths()
{
    const QDir dir(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples"));
    QStringList paths;
    for (const QString &file : dir.entryList({QStringLiteral("*.archscope")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(file));
    return paths;
}

// A file the test relies on: one that does not load ends the test run with its error.
inline DocumentData loadFile(const QString &path)
{
    DocumentData d;
    QString error;
    if (!ArchscopeFormat::readFile(path, Catalog::builtin(), &d, &error))
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return d;
}

inline DocumentData loadExample(const QString &name)
{
    return loadFile(examplePath(name));
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
        if (!QFile::copy(ARCHSCOPE_SOURCE_DIR "/tests/data/catalog-extra/" + id + ".json", dir + '/' + id + ".json"))
            return false;
        kinds.append(id);
    }
    o.insert("kinds", kinds);
    return index.open(QIODevice::WriteOnly | QIODevice::Truncate) && index.write(QJsonDocument(o).toJson()) > 0;
}

// A rectangle as a failure message shows it: "(x,y w×h)".
inline QString describe(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3×%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace testsupport
