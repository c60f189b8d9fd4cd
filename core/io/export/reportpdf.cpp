#include "reportpdf.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QUrl>

namespace archscope {

bool ReportPdf::write(const QByteArray &html, int pageSizeId, const QString &title, QByteArray *out, QString *error)
{
    QString text = QString::fromUtf8(html);
    QTextDocument doc;
    // Page text width in points at 72 dpi; figures are scaled to it.
    const QPageLayout layout(QPageSize(QPageSize::PageSizeId(pageSizeId)), QPageLayout::Portrait,
                             QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const double textWidthPt = layout.paintRect(QPageLayout::Point).width();

    static const QRegularExpression svgBlock(QStringLiteral("<svg\\b.*?</svg>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    int figure = 0;
    QString rewritten;
    qsizetype last = 0;
    for (auto it = svgBlock.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        rewritten += text.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        QSvgRenderer renderer(m.captured().toUtf8());
        if (!renderer.isValid())
            continue;  // a figure that cannot be drawn is left out rather than shown broken
        QSizeF size = renderer.defaultSize();
        if (size.isEmpty())
            size = renderer.viewBoxF().size();
        if (size.isEmpty())
            continue;
        const double widthPt = std::min(textWidthPt, size.width());
        const double scale = 3 * widthPt / size.width();  // about 216 dpi
        QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString name = QStringLiteral("figure%1.png").arg(++figure);
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
        rewritten += QStringLiteral("<img src=\"%1\" width=\"%2\"/>").arg(name).arg(int(widthPt));
    }
    rewritten += text.mid(last);
    // The HTML separates the header facts with CSS, which QTextDocument ignores.
    rewritten.replace(QStringLiteral("</span><span>"), QStringLiteral("</span> · <span>"));

    doc.setHtml(rewritten);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    out->clear();
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pages(&buffer);
    pages.setTitle(title);
    pages.setCreator(QStringLiteral("Archscope"));
    pages.setPageLayout(layout);
    // QTextDocument::print paginates onto the writer's pages.
    doc.print(&pages);
    buffer.close();
    if (out->isEmpty() && error)
        *error = QCoreApplication::translate("Export", "the PDF report came out empty");
    return !out->isEmpty();
}

} // namespace archscope
