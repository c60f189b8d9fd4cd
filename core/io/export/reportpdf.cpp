#include "reportpdf.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "vectoricons.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <memory>

namespace archscope {

namespace {

// Margins in points: room at the foot for the page number.
const QMarginsF margins(42.5, 42.5, 42.5, 56);

QSizeF pagePoints(const QPageSize &size)
{
    return size.size(QPageSize::Point);
}

} // namespace

ReportPdfSink::ReportPdfSink(const DocumentData &data, const Catalog &catalog, QPageSize::PageSizeId pageSize)
    : m_data(data)
    , m_catalog(catalog)
    , m_pageSize(pageSize)
    , m_layout(pagePoints(m_pageSize), margins)
{
}

void ReportPdfSink::heading(const QString &text, int level)
{
    m_layout.heading(text, level);
}

void ReportPdfSink::paragraph(const QString &text)
{
    m_layout.paragraph(text);
}

void ReportPdfSink::note(const QString &text)
{
    m_layout.note(text);
}

void ReportPdfSink::bulletList(const QStringList &items)
{
    m_layout.bullets(items);
}

void ReportPdfSink::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numericColumns)
{
    QList<QList<ReportLayout::Cell>> cells;
    for (const QStringList &row : rows) {
        QList<ReportLayout::Cell> line;
        for (const QString &text : row)
            line.append(ReportLayout::Cell{text, {}, false});
        cells.append(line);
    }
    m_layout.table(headers, cells, numericColumns);
}

void ReportPdfSink::svgFigure(const QByteArray &svg, const QString &caption)
{
    auto renderer = std::make_shared<QSvgRenderer>(svg);
    if (!renderer->isValid())
        return;  // a figure that cannot be drawn is left out rather than shown broken
    QSizeF size = renderer->viewBoxF().size();
    if (size.isEmpty())
        size = renderer->defaultSize();
    // SVG units are 96 dpi pixels.
    m_layout.figure(size * 0.75, [renderer](QPainter *p, const QRectF &rect) { renderer->render(p, rect); }, caption);
}

void ReportPdfSink::header(const QString &title, const QStringList &facts)
{
    m_layout.title(title, facts);
}

void ReportPdfSink::diagram()
{
    const DiagramStyle style = DiagramStyle::light().withPixelFonts().withPlainLetters();
    const QRectF bounds = DiagramPainter(style).diagramBounds(m_data);
    if (m_data.nodes.isEmpty() || bounds.isEmpty())
        return;
    heading(QCoreApplication::translate("Report", "Diagram"), 2);
    const DocumentData &data = m_data;
    const Catalog &catalog = m_catalog;
    // Diagram units are 96 dpi pixels; drawn with its icons as paths.
    m_layout.figure(bounds.size() * 0.75,
                    [&data, &catalog, style, bounds](QPainter *p, const QRectF &rect) {
                        VectorIcons icons;
                        DiagramPainter painter(style);
                        painter.setIconPainter(icons.painter());
                        p->translate(rect.topLeft());
                        p->scale(rect.width() / bounds.width(), rect.height() / bounds.height());
                        p->translate(-bounds.topLeft());
                        painter.paintDiagram(p, data, catalog);
                    },
                    QCoreApplication::translate("Report", "Solid: synchronous push or write · dashed: asynchronous push · dash-dot: stream poll · "
                                                          "dotted: queue poll · red: failure route"));
}

void ReportPdfSink::problems(const QList<Problem> &list, const DocumentData &data, const Catalog &catalog)
{
    heading(QCoreApplication::translate("Report", "Open problems"), 2);
    if (list.isEmpty()) {
        m_layout.paragraph(report::noProblemsText(), QColor(0x1e, 0x8e, 0x3e));
        return;
    }
    QList<QList<ReportLayout::Cell>> rows;
    for (const Problem &p : list) {
        const QColor severity = p.isError() ? QColor(0xc6, 0x28, 0x28) : QColor(0xb2, 0x6a, 0x00);
        rows.append({ReportLayout::Cell{report::severityText(p), severity, true},
                     ReportLayout::Cell{report::problemSubject(p, data, catalog), {}, false},
                     ReportLayout::Cell{p.message, {}, false}});
    }
    m_layout.table(report::problemHeaders(), rows);
}

void ReportPdfSink::service(const ServiceCard &card)
{
    ReportLayout::Card c;
    c.title = card.title;
    c.subtitle = card.kind + QStringLiteral(" · ") + card.id;
    c.accent = QColor(card.color);
    for (const SettingRow &r : card.rows)
        c.rows.append(ReportLayout::CardRow{r.label, r.value, r.isDefault});
    m_cards.append(c);
}

void ReportPdfSink::endServices()
{
    if (m_cards.isEmpty())
        return;
    m_layout.cards(m_cards, QCoreApplication::translate("Report", "Values in grey are the catalog's defaults; values in black are set in the diagram."));
    m_cards.clear();
}

void ReportPdfSink::footer(const QString &text)
{
    m_layout.footer(text);
}

bool ReportPdfSink::write(const QString &title, QByteArray *out, QString *error)
{
    out->clear();
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Archscope"));
    writer.setResolution(int(72 * ReportLayout::unitsPerPoint));
    // The layout keeps its own margins, so the page number can sit below the text.
    writer.setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    const bool painted = m_layout.paint(&writer, title);
    buffer.close();
    if (!painted || out->isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Export", "the PDF report came out empty");
        out->clear();
        return false;
    }
    return true;
}

} // namespace archscope
