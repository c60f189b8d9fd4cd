#pragma once

#include <QHash>
#include <QPointF>

namespace archscope {

class Catalog;
class DiagramPainter;
struct DocumentData;

// Layered left-to-right layout (sources → compute → storage) computed by Graphviz's dot
// engine through libgvc. Each node has the size `painter` draws it at (grown to hold its
// label), and the columns leave room for the wire labels between them. Returns the new
// top-left position of every node.
QHash<QString, QPointF> layeredLayout(const DocumentData &data, const Catalog &catalog, const DiagramPainter &painter);

// The version of the Graphviz library doing the layout, for the About box.
QString graphvizVersion();

} // namespace archscope
