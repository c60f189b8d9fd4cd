#pragma once

#include "exportoptions.h"

#include <QByteArray>
#include <QRectF>

class QPainter;

namespace archscope {

struct DocumentData;

// The picture exports (PNG and PDF here; SVG in widgets/export because it needs QtSvg), all
// drawn by DiagramPainter so they match the canvas and each other.
class ImageExporter
{
public:
    // Largest PNG we agree to allocate (pixels per side and in all).
    static constexpr int maxImageSide = 32000;
    static constexpr qint64 maxImagePixels = 200'000'000;

    // The area a picture export shows, in diagram units (96 dpi pixels).
    static QRectF pictureBounds(const DocumentData &data);
    // Paints the picture with the bounds' top left at (0, 0): background (unless transparent),
    // wires, nodes. Returns false when `progress` cancelled it.
    static bool paintPicture(QPainter *painter, const DocumentData &data, const ExportOptions &options,
                             const ExportProgress &progress = {});

    static bool writePng(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
    // A vector PDF page of the chosen size with the diagram fitted above a title block.
    static bool writePdf(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
};

} // namespace archscope
