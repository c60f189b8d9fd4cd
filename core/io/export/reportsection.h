#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscope {

// Writes report content in one target format (Markdown or HTML), escaping every string it is
// given; sections never write raw markup, so no user text can break out of the report.
class ReportBuilder
{
public:
    virtual ~ReportBuilder() = default;

    virtual void heading(const QString &text, int level) = 0;  // level 2 or 3 in sections
    virtual void paragraph(const QString &text) = 0;
    // A paragraph set off as advice or a caveat ("Prices are us-east-1 list prices ...").
    virtual void note(const QString &text) = 0;
    virtual void bulletList(const QStringList &items) = 0;
    // A table; `numericColumns` lists the columns to align right.
    virtual void table(const QStringList &headers, const QList<QStringList> &rows,
                       const QList<int> &numericColumns = {}) = 0;
    // A chart or picture as SVG; HTML inlines it (sanitised), Markdown mentions the caption only.
    virtual void svgFigure(const QByteArray &svg, const QString &caption) = 0;
};

// One section of the design-review report beyond the built-in ones (diagram, node settings,
// wires, open problems). Extension point for the questionnaire answers and ranking
// (core/decision) and the simulation assumptions, charts and cost tables (core/sim): implement
// it there and pass it in ExportOptions::reportSections.
class ReportSection
{
public:
    virtual ~ReportSection() = default;

    virtual QString title() const = 0;
    virtual void write(ReportBuilder *out) const = 0;
};

} // namespace archscope
