#include "imageexporter.h"

#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "render/titleblock.h"
#include "vectoricons.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace archscope {

QRectF ImageExporter::pictureBounds(const DocumentData &data)
{
    if (data.nodes.isEmpty())
        return QRectF(0, 0, 240, 120);
    return DiagramPainter().diagramBounds(data);
}

double ImageExporter::fittedScale(const QSizeF &size, double scale)
{
    const double w = std::max(size.width(), 1.0), h = std::max(size.height(), 1.0);
    double s = std::min({scale, maxImageSide / w, maxImageSide / h});
    // Rounding up adds at most a pixel per side: (w·s + 1)(h·s + 1) <= maxImagePixels bounds
    // the rounded area. Solved for s: w·h·s² + (w + h)·s + 1 - maxImagePixels <= 0, with the
    // root written so that it does not cancel.
    const double a = w * h, b = w + h, c = 1.0 - double(maxImagePixels);
    const double areaLimit = -2 * c / (b + std::sqrt(b * b - 4 * a * c));
    return std::min(s, areaLimit);
}

QSize ImageExporter::pixelSize(const QSizeF &size, double fittedScale)
{
    // The clamp only absorbs a rounding error of the side limit's division.
    auto side = [&](double units) { return int(std::clamp(std::ceil(units * fittedScale), 1.0, double(maxImageSide))); };
    return {side(size.width()), side(size.height())};
}

QSize ImageExporter::pngSize(const DocumentData &data, double scale)
{
    const QSizeF size = pictureBounds(data).size();
    return pixelSize(size, fittedScale(size, scale));
}

bool ImageExporter::paintPicture(QPainter *p, const DocumentData &data, const ExportOptions &options,
                                 const ExportProgress &progress, double levelOfDetail, const IconPainter &icons)
{
    const QRectF bounds = pictureBounds(data);
    DiagramPainter painter(DiagramStyle::light());
    painter.setIconPainter(icons);
    if (!options.transparent)
        p->fillRect(QRectF(QPointF(0, 0), bounds.size()), painter.style().background);
    p->save();
    p->translate(-bounds.topLeft());
    const bool done = painter.paintDiagram(p, data, options.resolvedCatalog(), progress, levelOfDetail);
    p->restore();
    return done;
}

bool ImageExporter::writePng(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                             const ExportProgress &progress)
{
    const double scale = options.scale;
    if (!(scale >= 0.25 && scale <= 8)) {
        *error = QCoreApplication::translate("Export", "the scale must be between 0.25 and 8 (PNG offers 1, 2 and 4)");
        return false;
    }
    const QSizeF units = pictureBounds(data).size();
    const double fitted = fittedScale(units, scale);
    const QSize pixels = pixelSize(units, fitted);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QCoreApplication::translate("Export", "not enough memory for a %1 × %2 picture").arg(QString::number(pixels.width()), QString::number(pixels.height()));
        return false;
    }
    image.fill(Qt::transparent);
    // Enlarged pictures draw their icons at the higher resolution; reduced ones are scaled.
    image.setDevicePixelRatio(std::max(fitted, 1.0));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        if (fitted < 1)
            p.scale(fitted, fitted);
        if (!paintPicture(&p, data, options, progress, fitted)) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    image.setText(QStringLiteral("Title"), data.title);
    image.setText(QStringLiteral("Software"), QStringLiteral("Archscope"));
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = QCoreApplication::translate("Export", "could not encode the PNG");
        return false;
    }
    return true;
}

bool ImageExporter::writePdf(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                             const ExportProgress &progress)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    // 96 dpi: one diagram unit is one device pixel, so text keeps its size relative to shapes.
    constexpr int dpi = 96;
    writer.setResolution(dpi);
    const QRectF bounds = pictureBounds(data);
    const auto orientation = bounds.width() > bounds.height() * 1.1 ? QPageLayout::Landscape : QPageLayout::Portrait;
    writer.setPageLayout(QPageLayout(QPageSize(qtPageSizeId(options.pageSize)), orientation,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    const TitleBlockInfo info = TitleBlock::infoFor(data, options.author, options.resolvedDate());
    writer.setTitle(info.title);
    writer.setCreator(QStringLiteral("Archscope"));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = QCoreApplication::translate("Export", "could not start the PDF");
        return false;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(dpi).size());
    // Icons as paths: the page stays vector at any zoom.
    VectorIcons icons;
    const bool done = TitleBlock::paintPage(&p, page, data, options.resolvedCatalog(), info, dpi / 72.0, progress,
                                            DiagramStyle::light().withPlainLetters(), icons.painter());
    p.end();
    if (!done) {
        *error = exportCancelledMessage();
        out->clear();
        return false;
    }
    return true;
}

} // namespace archscope
