#pragma once

#include "model/wiringrules.h"

#include <QPointF>
#include <QStringList>

namespace archscope {

class Catalog;
class Document;
struct DocumentData;

// The user-level edits: each checks its input, pushes exactly one command (one undo step)
// on the document's stack, and changes nothing when it fails.
namespace editing {

// Adds a node of `kind` with its top-left at `pos`; returns its id, or empty if the kind is unknown.
QString addNode(Document *doc, const Catalog &catalog, const QString &kind, QPointF pos);

// Wires `from` to `to` if the rules allow it; returns the verdict (with the new wire's id in
// `newId` when it was added).
WireCheck addWire(Document *doc, const Catalog &catalog, const QString &from, const QString &to,
                  std::optional<EdgeKind> kind = std::nullopt, QString *newId = nullptr);

// Removes nodes with their wires, and wires, in one step. False if nothing matched.
bool removeItems(Document *doc, const QStringList &nodeIds, const QStringList &edgeIds);

// Renames a node; false if the id is unknown or the label unchanged.
bool renameNode(Document *doc, const QString &id, const QString &label);

// The selection as clipboard data: the nodes and the wires between them.
QByteArray copyFragment(const Document &doc, const QStringList &nodeIds);

// Inserts a fragment with fresh ids, moved by `offset`; returns the new node ids. On bad data
// returns nothing and sets `error`.
QStringList pasteFragment(Document *doc, const Catalog &catalog, const QByteArray &fragment,
                          QPointF offset, QString *error);

// Copies and pastes in one step, offset so the copies do not hide the originals.
QStringList duplicate(Document *doc, const Catalog &catalog, const QStringList &nodeIds);

// An imported diagram into an empty document, as one undo step; the document takes the
// import's title when it has none. False (and nothing changes) when the document already has
// nodes or the import has none: an import opens on a canvas of its own.
bool importInto(Document *doc, const DocumentData &imported, const QString &sourceName);

// Sets the mean traffic rate (events per second) of each node in `ids` that has a traffic
// setting, as one undo step; returns how many were set.
int setTrafficRates(Document *doc, const Catalog &catalog, const QStringList &ids, double eventsPerSecond);

} // namespace editing
} // namespace archscope
