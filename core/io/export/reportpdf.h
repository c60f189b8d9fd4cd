#pragma once

#include <QByteArray>
#include <QString>

namespace archscope {

// Lays the HTML review report out as a paginated PDF with QTextDocument. QTextDocument does
// not draw inline SVG, so each figure is rasterised (at print resolution) and referenced as
// an image resource instead.
class ReportPdf
{
public:
    // `html` is ReportWriter's self-contained HTML; the page size is a QPageSize::PageSizeId.
    static bool write(const QByteArray &html, int pageSizeId, const QString &title, QByteArray *out, QString *error);
};

} // namespace archscope
