#pragma once

#include "exportoptions.h"
#include "render/diagrampainter.h"

#include <QByteArray>
#include <QRectF>
#include <QSize>

class QPainter;

namespace archscope {

struct DocumentData;

// The picture exports (PNG and PDF here, SVG in SvgExporter), all drawn by DiagramPainter so they
// match the canvas and each other.
class ImageExporter
{
public:
    // The largest picture any export rasterises (pixels per side and in all, 128 MB as ARGB):
    // a diagram whose nodes lie millions of pixels apart is scaled down to fit, not allocated.
    static constexpr int maxImageSide = 16384;
    static constexpr qint64 maxImagePixels = 32LL * 1024 * 1024;

    // The area a picture export shows, in diagram units (96 dpi pixels).
    static QRectF pictureBounds(const DocumentData &data);
    // The largest scale, at most `scale`, at which a picture of `size` units fits the bounds
    // above once rounded up to whole pixels.
    static double fittedScale(const QSizeF &size, double scale);
    // The whole pixels a picture of `size` units takes at a fitted `scale` (at least 1 × 1).
    static QSize pixelSize(const QSizeF &size, double fittedScale);
    // The PNG's size in pixels at `scale`, after fitting.
    static QSize pngSize(const DocumentData &data, double scale);
    // Paints the picture with the bounds' top left at (0, 0): background (unless transparent),
    // wires, nodes, with the detail `levelOfDetail` (the scale it is shown at) can show.
    // Icons are images unless `icons` draws them. Returns false when `progress` cancelled it.
    static bool paintPicture(QPainter *painter, const DocumentData &data, const ExportOptions &options,
                             const ExportProgress &progress = {}, double levelOfDetail = 1,
                             const IconPainter &icons = {});

    // At `options.scale`, or smaller when that would exceed the bounds above.
    static bool writePng(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
    // A vector PDF page of the chosen size with the diagram fitted above a title block.
    static bool writePdf(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
};

} // namespace archscope
