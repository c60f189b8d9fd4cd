#include "reportwriter.h"

#include "catalog/catalog.h"
#include "diagramfacts.h"
#include "mermaidexporter.h"
#include "model/documentdata.h"
#include "model/problemchecker.h"
#include "reportpdf.h"
#include "reportsink.h"
#include "textescape.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace archscope {

namespace {


using textescape::html;
using textescape::markdown;

// ---------------------------------------------------------------------------------------------

class MarkdownSink : public ReportSink
{
public:
    explicit MarkdownSink(QString mermaid) : m_mermaid(std::move(mermaid)) {}
    QString text;

    void heading(const QString &t, int level) override
    {
        text += QString(std::clamp(level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ') + markdown(t) + QStringLiteral("\n\n");
    }
    void paragraph(const QString &t) override { text += markdown(t) + QStringLiteral("\n\n"); }
    void note(const QString &t) override { text += QStringLiteral("> ") + markdown(t) + QStringLiteral("\n\n"); }
    void bulletList(const QStringList &items) override
    {
        for (const QString &i : items)
            text += QStringLiteral("- ") + markdown(i) + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric) override
    {
        if (headers.isEmpty())
            return;
        QStringList h, rule;
        for (int c = 0; c < headers.size(); ++c) {
            h << markdown(headers[c]);
            rule << (numeric.contains(c) ? QStringLiteral("---:") : QStringLiteral("---"));
        }
        text += QStringLiteral("| ") + h.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ")
                + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        for (const QStringList &row : rows) {
            QStringList cells;
            for (int c = 0; c < headers.size(); ++c)
                cells << markdown(row.value(c));
            text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
        text += QLatin1Char('\n');
    }
    void svgFigure(const QByteArray &, const QString &caption) override
    {
        text += QStringLiteral("*") + markdown(caption) + QStringLiteral(" (figure in the HTML report)*\n\n");
    }
    void header(const QString &title, const QStringList &facts) override
    {
        text += QStringLiteral("# ") + markdown(title) + QStringLiteral("\n\n");
        for (const QString &f : facts)
            text += markdown(f) + QStringLiteral("  \n");
        text += QLatin1Char('\n');
    }
    void diagram() override
    {
        heading(QCoreApplication::translate("Report", "Diagram"), 2);
        text += QStringLiteral("```mermaid\n") + m_mermaid + QStringLiteral("```\n\n");
    }
    void problems(const QList<Problem> &list, const DocumentData &data, const Catalog &catalog) override
    {
        heading(QCoreApplication::translate("Report", "Open problems"), 2);
        if (list.isEmpty()) {
            paragraph(report::noProblemsText());
            return;
        }
        QList<QStringList> rows;
        for (const Problem &p : list)
            rows.append({report::severityText(p), report::problemSubject(p, data, catalog), p.message});
        table(report::problemHeaders(), rows, {});
    }
    void service(const ServiceCard &card) override
    {
        heading(card.title, 3);
        paragraph(card.kind + QStringLiteral(" · id ") + card.id);
        QList<QStringList> rows;
        for (const SettingRow &r : card.rows)
            rows.append({r.label, r.value, r.isDefault ? QCoreApplication::translate("Report", "default") : QCoreApplication::translate("Report", "set")});
        if (!rows.isEmpty())
            table({QCoreApplication::translate("Report", "Setting"), QCoreApplication::translate("Report", "Value"), QCoreApplication::translate("Report", "Source")}, rows, {});
    }
    void footer(const QString &t) override { text += QStringLiteral("---\n\n*") + markdown(t) + QStringLiteral("*\n"); }

private:
    QString m_mermaid;
};

// ---------------------------------------------------------------------------------------------

const char *const htmlStyle =
    ":root{--ink:#16191f;--muted:#5f6773;--rule:#dde1e6;--soft:#f5f6f8;--accent:#ed7100;--err:#c62828;--warn:#b26a00}"
    "*{box-sizing:border-box}"
    "body{margin:0;background:#fff;color:var(--ink);font:15px/1.55 system-ui,-apple-system,'Segoe UI',"
    "'DejaVu Sans',Roboto,sans-serif}"
    "main{max-width:1080px;margin:0 auto;padding:40px 32px 64px}"
    "header{border-left:6px solid var(--accent);padding:4px 0 4px 18px;margin-bottom:28px}"
    "header h1{font-size:30px;line-height:1.2;margin:0 0 6px}"
    "header .facts{color:var(--muted);font-size:14px;margin:0}"
    "header .facts span+span:before{content:'\\00b7';margin:0 .5em}"
    "h2{font-size:20px;margin:40px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--rule)}"
    "h3{font-size:16px;margin:22px 0 8px}"
    "p{margin:0 0 12px}"
    ".note{background:var(--soft);border-left:3px solid var(--rule);padding:8px 12px;color:var(--muted)}"
    "figure{margin:0 0 8px;padding:16px;border:1px solid var(--rule);border-radius:8px;background:#fbfbfc;"
    "overflow-x:auto}"
    "figure svg{display:block;max-width:100%;height:auto;margin:0 auto}"
    "figcaption{color:var(--muted);font-size:13px;margin-top:8px;text-align:center}"
    "table{border-collapse:collapse;width:100%;margin:0 0 16px;font-size:14px}"
    "th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--rule);vertical-align:top}"
    "th{background:var(--soft);font-weight:600}"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}"
    ".badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}"
    ".badge.error{background:var(--err)}.badge.warning{background:var(--warn)}"
    ".ok{color:#1e8e3e;font-weight:600}"
    ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:14px;align-items:start}"
    ".card{border:1px solid var(--rule);border-top:4px solid var(--c,var(--accent));border-radius:8px;"
    "padding:12px 14px;break-inside:avoid}"
    ".card h3{margin:0}.card .kind{color:var(--muted);font-size:13px;margin:0 0 8px}"
    ".card table{margin:0;font-size:13px}.card td{padding:3px 6px}"
    ".card td.default{color:var(--muted)}"
    "footer{margin-top:48px;color:var(--muted);font-size:12px;border-top:1px solid var(--rule);padding-top:10px}"
    "@media print{body{font-size:11pt}main{max-width:none;padding:0}h2,h3{break-after:avoid}"
    "figure,table,.card{break-inside:avoid}a{color:inherit}}";

class HtmlSink : public ReportSink
{
public:
    explicit HtmlSink(QString svg) : m_svg(std::move(svg)) {}
    QString body;

    void heading(const QString &t, int level) override
    {
        const int l = std::clamp(level, 2, 6);
        body += QStringLiteral("<h%1>%2</h%1>\n").arg(QString::number(l), html(t));
    }
    void paragraph(const QString &t) override { body += QStringLiteral("<p>") + paragraphHtml(t) + QStringLiteral("</p>\n"); }
    void note(const QString &t) override { body += QStringLiteral("<p class=\"note\">") + paragraphHtml(t) + QStringLiteral("</p>\n"); }
    void bulletList(const QStringList &items) override
    {
        body += QStringLiteral("<ul>\n");
        for (const QString &i : items)
            body += QStringLiteral("<li>") + paragraphHtml(i) + QStringLiteral("</li>\n");
        body += QStringLiteral("</ul>\n");
    }
    void table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &numeric) override
    {
        body += QStringLiteral("<table>\n<thead><tr>");
        for (int c = 0; c < headers.size(); ++c)
            body += cell(QStringLiteral("th"), headers[c], numeric.contains(c));
        body += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const QStringList &row : rows) {
            body += QStringLiteral("<tr>");
            for (int c = 0; c < headers.size(); ++c)
                body += cell(QStringLiteral("td"), row.value(c), numeric.contains(c));
            body += QStringLiteral("</tr>\n");
        }
        body += QStringLiteral("</tbody>\n</table>\n");
    }
    void svgFigure(const QByteArray &svg, const QString &caption) override
    {
        const QString inlined = ReportWriter::inlineSvg(svg);
        body += QStringLiteral("<figure>\n") + inlined + QStringLiteral("\n<figcaption>") + html(caption)
                + QStringLiteral("</figcaption>\n</figure>\n");
    }
    void header(const QString &title, const QStringList &facts) override
    {
        body += QStringLiteral("<header>\n<h1>") + html(title) + QStringLiteral("</h1>\n<p class=\"facts\">");
        for (const QString &f : facts)
            body += QStringLiteral("<span>") + html(f) + QStringLiteral("</span>");
        body += QStringLiteral("</p>\n</header>\n");
    }
    void diagram() override
    {
        if (m_svg.isEmpty())
            return;
        heading(QCoreApplication::translate("Report", "Diagram"), 2);
        body += QStringLiteral("<figure>\n") + m_svg + QStringLiteral("\n<figcaption>")
                + html(QCoreApplication::translate("Report", "Solid: synchronous push or write · dashed: asynchronous push · dash-dot: stream poll · "
                          "dotted: queue poll · red: failure route"))
                + QStringLiteral("</figcaption>\n</figure>\n");
    }
    void problems(const QList<Problem> &list, const DocumentData &data, const Catalog &catalog) override
    {
        heading(QCoreApplication::translate("Report", "Open problems"), 2);
        if (list.isEmpty()) {
            body += QStringLiteral("<p class=\"ok\">") + html(report::noProblemsText())
                    + QStringLiteral("</p>\n");
            return;
        }
        body += QStringLiteral("<table>\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
                    .arg(html(report::problemHeaders().at(0)), html(report::problemHeaders().at(1)), html(report::problemHeaders().at(2)));
        for (const Problem &p : list) {
            body += QStringLiteral("<tr><td><span class=\"badge %1\">%2</span></td><td>%3</td><td>%4</td></tr>\n")
                        .arg(p.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                             html(report::severityText(p)), html(report::problemSubject(p, data, catalog)),
                             html(p.message));
        }
        body += QStringLiteral("</tbody>\n</table>\n");
    }
    void service(const ServiceCard &card) override
    {
        if (!m_inCards) {
            body += QStringLiteral("<div class=\"cards\">\n");
            m_inCards = true;
        }
        body += QStringLiteral("<section class=\"card\" style=\"--c:%1\">\n<h3>%2</h3>\n<p class=\"kind\">%3 · <code>%4</code></p>\n")
                    .arg(html(card.color), html(card.title), html(card.kind), html(card.id));
        if (!card.rows.isEmpty()) {
            body += QStringLiteral("<table>\n");
            for (const SettingRow &r : card.rows) {
                body += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3%4</td></tr>\n")
                            .arg(html(r.label), r.isDefault ? QStringLiteral("default") : QStringLiteral("set"), html(r.value),
                                 r.isDefault ? QStringLiteral(" <small>(default)</small>") : QString());
            }
            body += QStringLiteral("</table>\n");
        }
        body += QStringLiteral("</section>\n");
    }
    void endServices() override { endCards(); }
    void endCards()
    {
        if (m_inCards)
            body += QStringLiteral("</div>\n");
        m_inCards = false;
    }
    void footer(const QString &t) override
    {
        endCards();
        body += QStringLiteral("<footer>") + html(t) + QStringLiteral("</footer>\n");
    }

private:
    static QString cell(const QString &tag, const QString &text, bool numeric)
    {
        return QStringLiteral("<%1%2>%3</%1>").arg(tag, numeric ? QStringLiteral(" class=\"num\"") : QString(), html(text));
    }
    static QString paragraphHtml(const QString &text)
    {
        return html(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    }

    QString m_svg;
    bool m_inCards = false;
};

// ---------------------------------------------------------------------------------------------

QString reportTitle(const DocumentData &data)
{
    return data.title.trimmed().isEmpty() ? QCoreApplication::translate("Report", "Untitled diagram") : data.title;
}

bool writeBody(ReportSink *sink, const DocumentData &data, const ExportOptions &options, const ExportProgress &progress,
               QString *error)
{
    const Catalog &catalog = options.resolvedCatalog();
    ProgressTicker ticker(progress, int(data.nodes.size() + data.edges.size() + options.reportSections.size() + 2));
    auto cancelled = [&] {
        *error = exportCancelledMessage();
        return false;
    };

    QStringList facts;
    facts << QCoreApplication::translate("Report", "Design review") << QLocale().toString(options.resolvedDate().date(), QLocale::LongFormat);
    if (!options.author.trimmed().isEmpty())
        facts << QCoreApplication::translate("Report", "Author: %1").arg(options.author);
    facts << QCoreApplication::translate("Report", "%1 services, %2 wires").arg(QString::number(data.nodes.size()), QString::number(data.edges.size()))
          << QCoreApplication::translate("Report", "Region %1").arg(data.settings.region);
    sink->header(reportTitle(data), facts);
    sink->diagram();
    if (!ticker.step())
        return cancelled();

    sink->problems(ProblemChecker(catalog).check(data) + options.simulationProblems, data, catalog);
    if (!ticker.step())
        return cancelled();

    sink->heading(QCoreApplication::translate("Report", "Services"), 2);
    if (data.nodes.isEmpty())
        sink->paragraph(QCoreApplication::translate("Report", "The diagram has no services yet."));
    for (const Node &n : data.nodes) {
        ServiceCard card;
        card.title = diagramfacts::displayLabel(n, catalog);
        card.kind = diagramfacts::kindName(n.kind, catalog);
        card.id = n.id;
        card.color = diagramfacts::colorName(catalog.categoryColor(n.kind));
        card.rows = diagramfacts::settings(n, catalog);
        sink->service(card);
        if (!ticker.step())
            return cancelled();
    }
    sink->endServices();

    sink->heading(QCoreApplication::translate("Report", "Wires"), 2);
    const QList<ResolvedWire> wires = diagramfacts::wires(data, catalog);
    if (wires.isEmpty()) {
        sink->paragraph(QCoreApplication::translate("Report", "The diagram has no wires yet."));
    } else {
        QList<QStringList> rows;
        for (const ResolvedWire &w : wires) {
            QStringList settings;
            const QList<PropertySpec> specs = catalog.wireProperties(w.model, w.from->kind);
            for (auto it = w.edge->props.constBegin(); it != w.edge->props.constEnd(); ++it) {
                QString label = it.key();
                for (const PropertySpec &p : specs)
                    if (p.key == it.key() && !p.label.isEmpty())
                        label = p.label;
                settings << label + QStringLiteral(": ") + diagramfacts::valueText(it.value());
            }
            rows.append({diagramfacts::displayLabel(*w.from, catalog), diagramfacts::displayLabel(*w.to, catalog),
                         edgeKindId(w.edge->kind),
                         w.allowed ? invocationModelLabel(w.model) : QCoreApplication::translate("Report", "refused"),
                         settings.isEmpty() ? QStringLiteral("—") : settings.join(QStringLiteral(", ")),
                         w.explanation});
            if (!ticker.step())
                return cancelled();
        }
        sink->table({QCoreApplication::translate("Report", "From"), QCoreApplication::translate("Report", "To"), QCoreApplication::translate("Report", "Kind"), QCoreApplication::translate("Report", "Invocation"), QCoreApplication::translate("Report", "Settings"), QCoreApplication::translate("Report", "What it does")}, rows);
    }

    // Extension point: questionnaire, simulation and cost sections from their providers.
    for (const auto &section : options.reportSections) {
        if (!section)
            continue;
        sink->heading(section->title(), 2);
        section->write(sink);
        if (!ticker.step())
            return cancelled();
    }

    sink->footer(QCoreApplication::translate("Report", "Generated by Archscope. Prices and limits are us-east-1 list values from the catalog; "
                    "check each price's source and date before committing to a budget."));
    return ticker.step() || cancelled();
}

} // namespace

namespace report {

QString problemSubject(const Problem &p, const DocumentData &data, const Catalog &catalog)
{
    if (p.subject == Problem::Subject::Node) {
        if (const Node *n = data.node(p.id))
            return diagramfacts::displayLabel(*n, catalog);
    } else if (p.subject == Problem::Subject::Edge) {
        if (const Edge *e = data.edge(p.id)) {
            const Node *from = data.node(e->from), *to = data.node(e->to);
            if (from && to)
                return diagramfacts::displayLabel(*from, catalog) + QStringLiteral(" → ")
                       + diagramfacts::displayLabel(*to, catalog);
        }
    }
    return QCoreApplication::translate("Report", "Diagram");
}

QString severityText(const Problem &p)
{
    return p.isError() ? QCoreApplication::translate("Report", "Error") : QCoreApplication::translate("Report", "Warning");
}

QString noProblemsText()
{
    return QCoreApplication::translate("Report", "No problems: every wire is allowed and every value is in range.");
}

QStringList problemHeaders()
{
    return {QCoreApplication::translate("Report", "Severity"), QCoreApplication::translate("Report", "Concerns"),
            QCoreApplication::translate("Report", "Problem")};
}

} // namespace report

QString ReportWriter::inlineSvg(const QByteArray &svg)
{
    QString text = QString::fromUtf8(svg);
    const qsizetype start = text.indexOf(QStringLiteral("<svg"));
    if (start < 0)
        return {};
    text = text.mid(start);
    static const QRegularExpression active(QStringLiteral("<\\s*(script|foreignObject|iframe|object|embed)\\b|\\son[a-z]+\\s*=|javascript:"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (text.contains(active))
        return {};
    return text.trimmed();
}

bool ReportWriter::writeHtml(const DocumentData &data, const ExportOptions &options, const QByteArray &diagramSvg,
                             QByteArray *out, QString *error, const ExportProgress &progress)
{
    HtmlSink sink(inlineSvg(diagramSvg));
    if (!writeBody(&sink, data, options, progress, error))
        return false;
    QString page;
    page += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<meta name=\"generator\" content=\"Archscope\">\n");
    page += QStringLiteral("<title>") + html(QCoreApplication::translate("Report", "%1 — design review").arg(reportTitle(data))) + QStringLiteral("</title>\n");
    page += QStringLiteral("<style>") + QLatin1String(htmlStyle) + QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
    page += sink.body;
    page += QStringLiteral("</main>\n</body>\n</html>\n");
    *out = page.toUtf8();
    return true;
}

bool ReportWriter::writeMarkdown(const DocumentData &data, const ExportOptions &options, QByteArray *out,
                                 QString *error, const ExportProgress &progress)
{
    QByteArray mermaid;
    if (!MermaidExporter::write(data, options, &mermaid, error))
        return false;
    MarkdownSink sink(QString::fromUtf8(mermaid));
    if (!writeBody(&sink, data, options, progress, error))
        return false;
    *out = sink.text.toUtf8();
    return true;
}

bool ReportWriter::writePdf(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                            const ExportProgress &progress, ReportPages *pages)
{
    ReportPdfSink sink(data, options.resolvedCatalog(), qtPageSizeId(options.pageSize));
    if (!writeBody(&sink, data, options, progress, error))
        return false;
    if (!sink.write(reportTitle(data), out, error))
        return false;
    if (pages)
        *pages = sink.pages();
    return true;
}

} // namespace archscope
