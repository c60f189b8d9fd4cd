#pragma once

#include <QHash>
#include <QPointF>

namespace archscope {

class Catalog;
struct DocumentData;

// Layered left-to-right layout (sources → compute → storage) computed by Graphviz's dot
// engine through libgvc. Returns the new top-left position of every node.
QHash<QString, QPointF> layeredLayout(const DocumentData &data, const Catalog &catalog);

// The version of the Graphviz library doing the layout, for the About box.
QString graphvizVersion();

} // namespace archscope
