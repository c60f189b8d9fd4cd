#pragma once

#include "io/export/exportoptions.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes the diagram as plain SVG 1.1 through SvgWriter and DiagramPainter: shapes as paths,
// text as <text>, each kind's icon as vector paths defined once and drawn with <use>; no
// images, no scripts, no foreignObject, no external references.
class SvgExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});
    // The diagram as the reports show it: the same drawing, scaled down to fit ImageExporter's
    // picture bounds and drawn with the detail that scale shows, so a diagram spread over
    // millions of pixels makes a small figure rather than a huge one.
    static bool writeFitted(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                            const ExportProgress &progress = {});

private:
    static bool writeAt(double scale, const DocumentData &data, const ExportOptions &options, QByteArray *out,
                        QString *error, const ExportProgress &progress);
};

} // namespace archscope
