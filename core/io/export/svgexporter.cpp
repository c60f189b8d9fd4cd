#include "svgexporter.h"

#include "io/export/imageexporter.h"
#include "io/export/textescape.h"
#include "model/documentdata.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace archscope {

bool SvgExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                        const ExportProgress &progress)
{
    const QRectF bounds = ImageExporter::pictureBounds(data);
    const QSize size(int(std::ceil(bounds.width())), int(std::ceil(bounds.height())));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // 96 dpi like the canvas and the PNG, so point-sized fonts keep their size against shapes.
    generator.setResolution(96);
    generator.setTitle(textescape::html(textescape::singleLine(data.title)));
    generator.setDescription(QStringLiteral("Exported from Archscope"));
    QPainter p;
    if (!p.begin(&generator)) {
        *error = QCoreApplication::translate("Export", "could not start the SVG");
        return false;
    }
    const bool done = ImageExporter::paintPicture(&p, data, options, progress);
    p.end();
    if (!done) {
        *error = exportCancelledMessage();
        return false;
    }
    // QSvgGenerator labels its output SVG Tiny 1.2; what it writes is plain SVG 1.1 once the
    // Tiny-only attribute is gone. Sizes in pixels, and fonts with fallbacks for browsers.
    bytes.replace("version=\"1.2\" baseProfile=\"tiny\"", "version=\"1.1\"");
    bytes.replace(" vector-effect=\"none\"", "");
    bytes.replace(" vector-effect=\"non-scaling-stroke\"", "");
    bytes.replace("font-family=\"DejaVu Sans\"", "font-family=\"'DejaVu Sans', Verdana, sans-serif\"");
    bytes.replace("font-family=\"Sans Serif\"", "font-family=\"sans-serif\"");
    static const QRegularExpression mmSize(QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    QString head = QString::fromUtf8(bytes.left(512));
    const QRegularExpressionMatch m = mmSize.match(head);
    if (m.hasMatch()) {
        const QByteArray sized = QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                                     .arg(QString::number(size.width()), QString::number(size.height()))
                                     .toUtf8();
        bytes.replace(m.capturedStart(), m.capturedLength(), sized);
    }
    *out = bytes;
    return true;
}

} // namespace archscope
