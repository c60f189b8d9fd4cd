#pragma once

#include "model/documentdata.h"

#include <QByteArray>
#include <QString>

namespace archscope {

class Catalog;

// Reads and writes `.archscope` files (version 1, DESIGN.md) and clipboard fragments.
// Reading is strict and bounded: a failure names the JSON path and changes nothing.
class ArchscopeFormat
{
public:
    static constexpr int currentVersion = 1;
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    static constexpr int maxNodes = 100000;
    static constexpr int maxEdges = 200000;
    static constexpr int maxStringLength = 65536;
    static constexpr double maxCoordinate = 1e7;

    static bool read(const QByteArray &bytes, const Catalog &catalog, DocumentData *out, QString *error);
    static QByteArray write(const DocumentData &data);

    static bool readFile(const QString &path, const Catalog &catalog, DocumentData *out, QString *error);
    // Writes through FileWriter: atomically, so the old file stays intact unless the new one is
    // complete (a device or a pipe is written directly, never replaced).
    static bool writeFile(const QString &path, const DocumentData &data, QString *error);

    // A selection on the clipboard: nodes and the wires among them.
    static QByteArray writeFragment(const QList<Node> &nodes, const QList<Edge> &edges);
    static bool readFragment(const QByteArray &bytes, const Catalog &catalog, QList<Node> *nodes,
                             QList<Edge> *edges, QString *error);
    static constexpr const char *fragmentMimeType = "application/x-archscope-fragment+json";
};

} // namespace archscope
