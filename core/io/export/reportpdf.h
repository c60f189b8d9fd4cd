#pragma once

#include "reportlayout.h"
#include "reportsink.h"

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

namespace archscope {

class Catalog;
struct DocumentData;

// The review report's PDF: what ReportWriter writes, typeset by ReportLayout on pages of the
// chosen size, with the diagram and the charts drawn as vector graphics (no raster image).
class ReportPdfSink : public ReportSink
{
public:
    ReportPdfSink(const DocumentData &data, const Catalog &catalog, QPageSize::PageSizeId pageSize);

    void heading(const QString &text, int level) override;
    void paragraph(const QString &text) override;
    void note(const QString &text) override;
    void bulletList(const QStringList &items) override;
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numericColumns) override;
    void svgFigure(const QByteArray &svg, const QString &caption) override;
    void header(const QString &title, const QStringList &facts) override;
    void diagram() override;
    void problems(const QList<Problem> &problems, const DocumentData &data, const Catalog &catalog) override;
    void service(const ServiceCard &card) override;
    void endServices() override;
    void footer(const QString &text) override;

    // Writes the pages; `title` names the document and runs at the foot of every page.
    bool write(const QString &title, QByteArray *out, QString *error);
    const ReportPages &pages() { return m_layout.pages(); }

private:
    const DocumentData &m_data;
    const Catalog &m_catalog;
    QPageSize m_pageSize;
    ReportLayout m_layout;
    QList<ReportLayout::Card> m_cards;
};

} // namespace archscope
