#include "simulationexport.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/simulator.h"
#include "text/money.h"
#include "textescape.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {


QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

QString duration(double s)
{
    if (s >= 86400 && std::fmod(s, 86400) == 0)
        return QCoreApplication::translate("SimulationExport", "%1 days").arg(s / 86400);
    if (s >= 3600 && std::fmod(s, 3600) == 0)
        return QCoreApplication::translate("SimulationExport", "%1 h").arg(s / 3600);
    if (s >= 60 && std::fmod(s, 60) == 0)
        return QCoreApplication::translate("SimulationExport", "%1 min").arg(s / 60);
    return QCoreApplication::translate("SimulationExport", "%1 s").arg(s);
}

// A small line chart (plain SVG 1.1) of one series per compute node.
QByteArray concurrencyChart(const SimulationResults &r)
{
    const QList<QColor> palette{QColor(0xED, 0x71, 0x00), QColor(0x1a, 0x73, 0xe8), QColor(0x1e, 0x8e, 0x3e),
                                QColor(0xc6, 0x28, 0x28), QColor(0x7B, 0x2F, 0xBE), QColor(0x5f, 0x67, 0x73)};
    QList<int> shown;
    double peak = 0;
    for (int i = 0; i < r.nodes.size(); ++i) {
        if (r.nodes[i].peakConcurrency <= 0 || r.nodes[i].invocations <= 0)
            continue;
        shown.append(i);
        peak = std::max(peak, r.nodes[i].peakConcurrency);
    }
    if (shown.isEmpty() || r.bucketCount <= 1)
        return {};
    const double w = 760, h = 240, left = 48, right = 12, top = 12, bottom = 48;
    const double plotW = w - left - right, plotH = h - top - bottom;
    const double horizon = r.bucketCount * r.bucketS;
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"'DejaVu Sans', Verdana, sans-serif\" font-size=\"11\">\n")
                      .arg(w).arg(h);
    for (int k = 0; k <= 4; ++k) {
        const double y = top + plotH - plotH * k / 4;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dde1e6\"/>\n").arg(left).arg(y).arg(left + plotW);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#5f6773\">%3</text>\n")
                   .arg(left - 6).arg(y + 4).arg(textescape::html(number(peak * k / 4, peak < 8 ? 1 : 0)));
    }
    const int days = int(horizon / 86400);
    const int ticks = std::clamp(days, 1, 8);
    for (int k = 0; k <= ticks; ++k) {
        const double x = left + plotW * k / ticks;
        const double t = horizon * k / ticks;
        const QString label = horizon >= 2 * 86400 ? QCoreApplication::translate("SimulationExport", "day %1").arg(QString::number(t / 86400, 'g', 3))
                                                   : QCoreApplication::translate("SimulationExport", "%1 h").arg(QString::number(t / 3600, 'g', 3));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#5f6773\">%3</text>\n")
                   .arg(x).arg(top + plotH + 16).arg(textescape::html(label));
    }
    int legendX = int(left);
    for (int s = 0; s < shown.size(); ++s) {
        const int i = shown[s];
        const QColor c = palette[s % palette.size()];
        const auto &series = r.series(i, SimulationResults::Series::Concurrency).max;
        QString points;
        for (size_t b = 0; b < series.size(); ++b) {
            const double x = left + plotW * (b + 0.5) / double(series.size());
            const double y = top + plotH - plotH * std::clamp(double(series[b]) / peak, 0.0, 1.0);
            points += QStringLiteral("%1,%2 ").arg(x, 0, 'f', 1).arg(y, 0, 'f', 1);
        }
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>\n")
                   .arg(c.name(), points.trimmed());
        const QString label = r.nodes[i].label.isEmpty() ? r.nodes[i].id : r.nodes[i].label;
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" fill=\"#16191f\">%6</text>\n")
                   .arg(legendX).arg(h - 16).arg(c.name()).arg(legendX + 14).arg(h - 7)
                   .arg(textescape::html(label.left(28)));
        legendX += 30 + 7 * std::min<int>(28, int(label.size()));
        if (legendX > w - 80)
            break;
    }
    svg += QStringLiteral("</svg>\n");
    return svg.toUtf8();
}

// `text` cut to at most `maxLength` characters, the last an ellipsis when cut.
QString elide(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype keep = maxLength - 1;  // and the ellipsis
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;  // never half a character
    return text.left(keep) + QChar(0x2026);
}

QString statisticId(SimulationResults::Statistic statistic)
{
    switch (statistic) {
    case SimulationResults::Statistic::Min: return QStringLiteral("min");
    case SimulationResults::Statistic::Max: return QStringLiteral("max");
    case SimulationResults::Statistic::Mean: break;
    }
    return QStringLiteral("mean");
}

class SimulationSection : public ReportSection
{
public:
    explicit SimulationSection(SimulationResults results) : m_r(std::move(results)) {}

    QString title() const override { return QCoreApplication::translate("SimulationExport", "Simulation and cost"); }

    void write(ReportBuilder *out) const override
    {
        if (!m_r.ok()) {
            out->note(QCoreApplication::translate("SimulationExport", "The simulation did not run: %1").arg(m_r.error.isEmpty() ? QCoreApplication::translate("SimulationExport", "cancelled") : m_r.error));
            return;
        }
        out->heading(QCoreApplication::translate("SimulationExport", "Assumptions"), 3);
        QStringList assumptions{
            QCoreApplication::translate("SimulationExport", "Horizon %1, step %2, seed %3.").arg(duration(m_r.horizonS), duration(m_r.stepS), QString::number(m_r.seed)),
            QCoreApplication::translate("SimulationExport", "Region %1; list prices as of %2; free tier %3.")
                .arg(m_r.region, m_r.pricesAsOf.isEmpty() ? QCoreApplication::translate("SimulationExport", "the catalog date") : m_r.pricesAsOf,
                     m_r.freeTier ? QCoreApplication::translate("SimulationExport", "applied") : QCoreApplication::translate("SimulationExport", "not applied")),
            QCoreApplication::translate("SimulationExport", "Traffic follows each source's profile in the diagram; the same diagram and seed give the same numbers."),
        };
        for (const QString &w : m_r.warnings)
            assumptions << QCoreApplication::translate("SimulationExport", "Warning: %1").arg(w);
        out->bulletList(assumptions);

        const QByteArray chart = concurrencyChart(m_r);
        if (!chart.isEmpty())
            out->svgFigure(chart, QCoreApplication::translate("SimulationExport", "Peak concurrency per compute node (Lambda environments, tasks or instances)"));

        out->heading(QCoreApplication::translate("SimulationExport", "Per node"), 3);
        QList<QStringList> rows;
        for (const auto &n : m_r.nodes) {
            rows.append({n.label.isEmpty() ? n.id : n.label, number(n.invocations), number(n.throttled),
                         number(n.coldStarts), number(n.peakConcurrency, 1), number(n.peakBacklog), money::usd(n.costUsd)});
        }
        out->table({QCoreApplication::translate("SimulationExport", "Node"), QCoreApplication::translate("SimulationExport", "Invocations"), QCoreApplication::translate("SimulationExport", "Throttled"), QCoreApplication::translate("SimulationExport", "Cold starts"), QCoreApplication::translate("SimulationExport", "Peak concurrency"),
                    QCoreApplication::translate("SimulationExport", "Peak backlog"), QCoreApplication::translate("SimulationExport", "Cost")},
                   rows, {1, 2, 3, 4, 5, 6});

        out->heading(QCoreApplication::translate("SimulationExport", "Cost per node and item"), 3);
        QList<QStringList> items;
        const double toMonth = m_r.horizonS > 0 ? SimulationResults::monthS / m_r.horizonS : 0;
        for (const auto &n : m_r.nodes) {
            for (const auto &item : n.items) {
                items.append({n.label.isEmpty() ? n.id : n.label, item.label.isEmpty() ? item.name : item.label,
                              number(item.quantity, item.quantity < 100 ? 2 : 0) + QLatin1Char(' ') + item.unit,
                              money::usd(item.usd), money::usd(item.usd * toMonth)});
            }
        }
        items.append({QCoreApplication::translate("SimulationExport", "Total"), QString(), QString(), money::usd(m_r.totalCostUsd), money::usd(m_r.monthlyProjectionUsd)});
        out->table({QCoreApplication::translate("SimulationExport", "Node"), QCoreApplication::translate("SimulationExport", "Item"), QCoreApplication::translate("SimulationExport", "Quantity"), QCoreApplication::translate("SimulationExport", "Cost over the horizon"), QCoreApplication::translate("SimulationExport", "Per 30-day month")}, items,
                   {2, 3, 4});
        out->note(QCoreApplication::translate("SimulationExport", "Monthly projection: %1 (the horizon's cost scaled to 30 days). Prices are us-east-1 list "
                     "prices from the catalog; check each price's source and date.")
                      .arg(money::usd(m_r.monthlyProjectionUsd)));
    }

private:
    SimulationResults m_r;
};

} // namespace

bool SimulationExport::simulate(const DocumentData &data, const ExportOptions &options, SimulationResults *out,
                                QString *error, const ExportProgress &progress)
{
    Simulator::Progress fraction;
    if (progress)
        fraction = [&progress](double f) { return progress(int(std::clamp(f, 0.0, 1.0) * 1000), 1000); };
    *out = Simulator::run(data, options.resolvedCatalog(), SimulationOptions::fromSettings(data.settings), fraction);
    // Short runs may not report at all: say that the simulation is done (and let it be cancelled).
    if (!out->cancelled && progress && !progress(1000, 1000))
        out->cancelled = true;
    if (out->cancelled) {
        *error = exportCancelledMessage();
        return false;
    }
    if (!out->error.isEmpty()) {
        *error = QCoreApplication::translate("SimulationExport", "the simulation could not run: %1").arg(out->error);
        return false;
    }
    return true;
}

QString SimulationExport::csvCell(const QString &text)
{
    QString t = textescape::singleLine(text);
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

QString SimulationExport::csvColumn(const QString &label, const QString &id, SimulationResults::Series series,
                                    SimulationResults::Statistic statistic)
{
    const QString elidedId = elide(id, csvNameLength);
    const QString node = label.isEmpty() ? elidedId : QStringLiteral("%1 (%2)").arg(elide(label, csvNameLength), elidedId);
    return node + QLatin1Char(' ') + SimulationResults::seriesId(series) + QLatin1Char(' ') + statisticId(statistic);
}

QByteArray SimulationExport::csv(const SimulationResults &r)
{
    using Statistic = SimulationResults::Statistic;
    constexpr Statistic statistics[] = {Statistic::Min, Statistic::Mean, Statistic::Max};
    QByteArray csv = "tStartS";
    for (int node = -1; node < r.nodes.size(); ++node) {
        const QString label = node < 0 ? QStringLiteral("Whole diagram") : r.nodes.at(node).label;
        const QString id = node < 0 ? QStringLiteral("*total*") : r.nodes.at(node).id;
        for (int s = 0; s < SimulationResults::seriesCount; ++s)
            for (Statistic statistic : statistics)
                csv += ',' + csvCell(csvColumn(label, id, SimulationResults::Series(s), statistic)).toUtf8();
    }
    csv += '\n';
    for (int b = 0; b < r.bucketCount; ++b) {
        csv += QByteArray::number(r.bucketStart(b), 'g', 12);
        for (int node = -1; node < r.nodes.size(); ++node) {
            for (int s = 0; s < SimulationResults::seriesCount; ++s) {
                const auto &d = r.series(node, SimulationResults::Series(s));
                if (size_t(b) >= d.mean.size()) {
                    csv += ",,,";
                    continue;
                }
                csv += ',' + QByteArray::number(d.min[b], 'g', 9) + ',' + QByteArray::number(d.mean[b], 'g', 9) + ','
                       + QByteArray::number(d.max[b], 'g', 9);
            }
        }
        csv += '\n';
    }
    return csv;
}

bool SimulationExport::writeCsv(const DocumentData &data, const ExportOptions &options, QByteArray *out,
                                QString *error, const ExportProgress &progress)
{
    SimulationResults results;
    if (!simulate(data, options, &results, error, progress))
        return false;
    *out = csv(results);
    return true;
}

std::shared_ptr<const ReportSection> SimulationExport::reportSection(const SimulationResults &results)
{
    return std::make_shared<SimulationSection>(results);
}

} // namespace archscope
