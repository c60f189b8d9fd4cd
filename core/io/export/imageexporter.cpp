#include "imageexporter.h"

#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "render/titleblock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace archscope {

namespace {


} // namespace

QRectF ImageExporter::pictureBounds(const DocumentData &data)
{
    if (data.nodes.isEmpty())
        return QRectF(0, 0, 240, 120);
    return DiagramPainter::diagramBounds(data);
}

bool ImageExporter::paintPicture(QPainter *p, const DocumentData &data, const ExportOptions &options,
                                 const ExportProgress &progress)
{
    const QRectF bounds = pictureBounds(data);
    const DiagramPainter painter(DiagramStyle::light());
    if (!options.transparent)
        p->fillRect(QRectF(QPointF(0, 0), bounds.size()), painter.style().background);
    p->save();
    p->translate(-bounds.topLeft());
    const bool done = painter.paintDiagram(p, data, options.resolvedCatalog(), progress);
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
    const QRectF bounds = pictureBounds(data);
    const qint64 width = qint64(std::ceil(bounds.width() * scale));
    const qint64 height = qint64(std::ceil(bounds.height() * scale));
    if (width > maxImageSide || height > maxImageSide || width * height > maxImagePixels) {
        *error = QCoreApplication::translate("Export", "the picture would be %1 × %2 pixels, too large for PNG; choose a smaller scale, or SVG or PDF")
                     .arg(QString::number(width), QString::number(height));
        return false;
    }
    QImage image(int(width), int(height), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QCoreApplication::translate("Export", "not enough memory for a %1 × %2 picture").arg(QString::number(width), QString::number(height));
        return false;
    }
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(scale);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        if (!paintPicture(&p, data, options, progress)) {
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
    const bool done = TitleBlock::paintPage(&p, page, data, options.resolvedCatalog(), info, dpi / 72.0, progress);
    p.end();
    if (!done) {
        *error = exportCancelledMessage();
        out->clear();
        return false;
    }
    return true;
}

} // namespace archscope
