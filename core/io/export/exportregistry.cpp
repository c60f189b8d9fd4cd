#include "exportregistry.h"

#include "decision/questionbank.h"
#include "io/export/decisionexport.h"
#include "io/export/dotexporter.h"
#include "io/export/drawioexporter.h"
#include "io/export/imageexporter.h"
#include "io/export/mermaidexporter.h"
#include "io/export/reportwriter.h"
#include "io/export/simulationexport.h"
#include "io/filewriter.h"
#include "model/documentdata.h"
#include "sim/simulationproblems.h"
#include "samexporter.h"
#include "svgexporter.h"

#include <QCoreApplication>

namespace archscope {

namespace {


using Writer = bool (*)(const DocumentData &, const ExportOptions &, QByteArray *, QString *, const ExportProgress &);

// The options a report is written with: the questionnaire section when the diagram has
// answers, then the simulation section when asked for, then the caller's sections. The
// simulation takes the first half of the progress.
bool withSimulation(const DocumentData &data, const ExportOptions &options, ExportOptions *out, QString *error,
                    const ExportProgress &progress)
{
    *out = options;
    // The questionnaire's answers saved with the diagram, if any, come first.
    if (!data.decision.answers.isEmpty())
        out->reportSections.prepend(DecisionExport::reportSection(data.decision, QuestionBank::builtin()));
    if (!options.includeSimulation)
        return true;
    SimulationResults results;
    const ExportProgress half = progress ? ExportProgress([&](int done, int total) { return progress(done, total * 2); })
                                         : ExportProgress();
    if (!SimulationExport::simulate(data, options, &results, error, half) && results.cancelled)
        return false;
    out->reportSections.insert(data.decision.answers.isEmpty() ? 0 : 1, SimulationExport::reportSection(results));
    out->simulationProblems = SimulationProblems::check(results, data, options.resolvedCatalog());
    return true;
}

ExportProgress secondHalf(const ExportProgress &progress, bool simulated)
{
    if (!progress || !simulated)
        return progress;
    return [progress](int done, int total) { return progress(total + done, total * 2); };
}

bool writeHtmlReport(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                     const ExportProgress &progress)
{
    ExportOptions o;
    if (!withSimulation(data, options, &o, error, progress))
        return false;
    const ExportProgress rest = secondHalf(progress, options.includeSimulation);
    QByteArray svg;
    if (!SvgExporter::writeFitted(data, o, &svg, error, rest ? ExportProgress([&](int, int) { return rest(0, 1); }) : ExportProgress()))
        return false;
    return ReportWriter::writeHtml(data, o, svg, out, error, rest);
}

bool writeMarkdownReport(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress)
{
    ExportOptions o;
    if (!withSimulation(data, options, &o, error, progress))
        return false;
    return ReportWriter::writeMarkdown(data, o, out, error, secondHalf(progress, options.includeSimulation));
}

bool writePdfReport(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                    const ExportProgress &progress)
{
    ExportOptions o;
    if (!withSimulation(data, options, &o, error, progress))
        return false;
    return ReportWriter::writePdf(data, o, out, error, secondHalf(progress, options.includeSimulation));
}

struct Entry
{
    ExportFormatInfo info;
    Writer writer;
};

QList<Entry> entries()
{
    using P = ExportFormatInfo::Preview;
    auto info = [](const char *id, const char *name, const char *ext, const char *filter, P preview) {
        ExportFormatInfo i;
        i.id = QLatin1String(id);
        i.name = QCoreApplication::translate("Export", name);
        i.extension = QLatin1String(ext);
        i.fileFilter = QCoreApplication::translate("Export", filter);
        i.preview = preview;
        return i;
    };
    QList<Entry> list;
    ExportFormatInfo png = info("png", QT_TRANSLATE_NOOP("Export", "PNG image"), "png", QT_TRANSLATE_NOOP("Export", "PNG images (*.png)"), P::Image);
    png.usesScale = png.usesTransparency = true;
    list.append({png, &ImageExporter::writePng});
    list.append({info("svg", QT_TRANSLATE_NOOP("Export", "SVG drawing"), "svg", QT_TRANSLATE_NOOP("Export", "SVG drawings (*.svg)"), P::Image), &SvgExporter::write});
    ExportFormatInfo pdf = info("pdf", QT_TRANSLATE_NOOP("Export", "PDF document"), "pdf", QT_TRANSLATE_NOOP("Export", "PDF documents (*.pdf)"), P::Pdf);
    pdf.usesPageSize = pdf.usesAuthor = true;
    list.append({pdf, &ImageExporter::writePdf});
    list.append({info("drawio", QT_TRANSLATE_NOOP("Export", "draw.io diagram"), "drawio", QT_TRANSLATE_NOOP("Export", "draw.io diagrams (*.drawio)"), P::Text), &DrawioExporter::write});
    list.append({info("mermaid", QT_TRANSLATE_NOOP("Export", "Mermaid flowchart"), "mmd", QT_TRANSLATE_NOOP("Export", "Mermaid files (*.mmd *.md)"), P::Text), &MermaidExporter::write});
    list.append({info("dot", QT_TRANSLATE_NOOP("Export", "Graphviz DOT"), "dot", QT_TRANSLATE_NOOP("Export", "Graphviz files (*.dot *.gv)"), P::Text), &DotExporter::write});
    list.append({info("sam", QT_TRANSLATE_NOOP("Export", "AWS SAM template"), "yaml", QT_TRANSLATE_NOOP("Export", "SAM templates (*.yaml *.yml)"), P::Text), &SamExporter::write});
    list.append({info("csv", QT_TRANSLATE_NOOP("Export", "Simulated series (CSV)"), "csv", QT_TRANSLATE_NOOP("Export", "CSV files (*.csv)"), P::Text), &SimulationExport::writeCsv});
    ExportFormatInfo md = info("md", QT_TRANSLATE_NOOP("Export", "Review report (Markdown)"), "md", QT_TRANSLATE_NOOP("Export", "Markdown files (*.md)"), P::Text);
    md.usesAuthor = md.usesSimulation = true;
    list.append({md, &writeMarkdownReport});
    ExportFormatInfo html = info("html", QT_TRANSLATE_NOOP("Export", "Review report (HTML)"), "html", QT_TRANSLATE_NOOP("Export", "HTML files (*.html *.htm)"), P::Text);
    html.usesAuthor = html.usesSimulation = true;
    list.append({html, &writeHtmlReport});
    ExportFormatInfo reportPdf = info("report-pdf", QT_TRANSLATE_NOOP("Export", "Review report (PDF)"), "pdf", QT_TRANSLATE_NOOP("Export", "PDF documents (*.pdf)"), P::Pdf);
    reportPdf.usesAuthor = reportPdf.usesSimulation = reportPdf.usesPageSize = true;
    list.append({reportPdf, &writePdfReport});
    return list;
}

} // namespace

QList<ExportFormatInfo> exportFormats()
{
    QList<ExportFormatInfo> out;
    for (const Entry &e : entries())
        out.append(e.info);
    return out;
}

const ExportFormatInfo *exportFormat(const QString &id)
{
    static const QList<ExportFormatInfo> formats = exportFormats();
    for (const ExportFormatInfo &f : formats)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool renderExport(const QString &format, const DocumentData &data, const ExportOptions &options, QByteArray *out,
                  QString *error, const ExportProgress &progress)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    for (const Entry &e : entries()) {
        if (e.info.id != format)
            continue;
        QByteArray bytes;
        if (!e.writer(data, options, &bytes, err, progress))
            return false;
        *out = bytes;
        return true;
    }
    QStringList ids;
    for (const Entry &e : entries())
        ids << e.info.id;
    *err = QCoreApplication::translate("Export", "unknown export format '%1' (choose one of %2)").arg(format, ids.join(QStringLiteral(", ")));
    return false;
}

bool exportDiagram(const QString &format, const DocumentData &data, const ExportOptions &options,
                   const QString &outPath, QString *error, const ExportProgress &progress)
{
    QByteArray bytes;
    if (!renderExport(format, data, options, &bytes, error, progress))
        return false;
    return FileWriter::write(outPath, bytes, error);
}

} // namespace archscope
