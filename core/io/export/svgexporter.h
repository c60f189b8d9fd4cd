#pragma once

#include "io/export/exportoptions.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes the diagram as plain SVG 1.1 through QSvgGenerator and DiagramPainter: shapes as
// paths, text as <text>, icons as embedded PNG images; no scripts, no foreignObject, no
// external references.
class SvgExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});
};

} // namespace archscope
