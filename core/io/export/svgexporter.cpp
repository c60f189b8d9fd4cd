#include "svgexporter.h"

#include "io/export/imageexporter.h"
#include "io/export/svgwriter.h"
#include "model/documentdata.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace archscope {

bool SvgExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                        const ExportProgress &progress)
{
    return writeAt(1, data, options, out, error, progress);
}

bool SvgExporter::writeFitted(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                              const ExportProgress &progress)
{
    return writeAt(ImageExporter::fittedScale(ImageExporter::pictureBounds(data).size(), 1), data, options, out, error, progress);
}

bool SvgExporter::writeAt(double scale, const DocumentData &data, const ExportOptions &options, QByteArray *out,
                          QString *error, const ExportProgress &progress)
{
    const QRectF bounds = ImageExporter::pictureBounds(data);
    const QSize size = scale < 1 ? ImageExporter::pixelSize(bounds.size(), scale)
                                 : QSize(int(std::ceil(bounds.width())), int(std::ceil(bounds.height())));
    SvgWriter writer(size);
    writer.setTitle(data.title);
    writer.setDescription(QStringLiteral("Exported from Archscope"));
    QPainter p;
    if (!p.begin(&writer)) {
        *error = QCoreApplication::translate("Export", "could not start the SVG");
        return false;
    }
    p.scale(scale, scale);
    // Each kind's icon is defined once and used by every node of the kind.
    const IconPainter icons = [&writer](QPainter *painter, const QRectF &rect, const QString &path) {
        return writer.useIcon(painter, rect, path);
    };
    const bool done = ImageExporter::paintPicture(&p, data, options, progress, scale, icons);
    p.end();
    if (!done) {
        *error = exportCancelledMessage();
        return false;
    }
    *out = writer.document();
    return true;
}

} // namespace archscope
