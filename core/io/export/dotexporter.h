#pragma once

#include "exportoptions.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes a diagram as a Graphviz digraph: every node (label, kind, category colour, and its
// place and size on the canvas, so `neato -n2` draws the canvas layout) and every wire, styled
// by its invocation model.
class DotExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});
};

} // namespace archscope
