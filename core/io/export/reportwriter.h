#pragma once

#include "exportoptions.h"
#include "reportlayout.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes the design-review report: title and summary, the diagram, open problems, each
// service's settings, the wires with their invocation models, then any extra sections from
// ExportOptions::reportSections (questionnaire, simulation, costs). Markdown embeds the diagram
// as a Mermaid block; HTML is one self-contained file with the diagram as inline SVG; PDF is
// typeset pages with the diagram and charts as vector graphics.
class ReportWriter
{
public:
    // `diagramSvg` is the SVG export of the same diagram (the SVG exporter lives in widgets);
    // empty leaves the figure out.
    static bool writeHtml(const DocumentData &data, const ExportOptions &options, const QByteArray &diagramSvg,
                          QByteArray *out, QString *error, const ExportProgress &progress = {});
    static bool writeMarkdown(const DocumentData &data, const ExportOptions &options, QByteArray *out,
                              QString *error, const ExportProgress &progress = {});
    // The same report typeset as PDF pages (ReportLayout); `pages`, if given, receives where
    // each piece fell.
    static bool writePdf(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {}, ReportPages *pages = nullptr);

    // The SVG ready to sit inside HTML: no XML prolog or doctype; empty if it holds anything
    // active (script, foreignObject, event handlers).
    static QString inlineSvg(const QByteArray &svg);
};

} // namespace archscope
