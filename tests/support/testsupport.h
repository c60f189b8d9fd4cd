#pragma once

// What every test builds the same way: a node or a wire in one line, and the bundled
// examples read as the program reads them. One home, so no test builds them its own way.

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/documentdata.h"

#include <QDir>
#include <QJsonObject>
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

} // namespace testsupport
