#include "simulationexport.h"

#include "catalog/catalog.h"
#include "model/documentdata.h"
#include "sim/simulator.h"
#include "text/money.h"
#include "text/numbers.h"
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

// A step for about `ticks` intervals up to `top`: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double top, int ticks)
{
    const double raw = std::max(top, 1e-9) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * power >= raw)
            return m * power;
    return 10 * power;
}

// About how wide `text` is at the chart's 11 px type (DejaVu Sans and Verdana average under
// 0.65 em), so labels can be kept inside the picture.
double textWidth(const QString &text)
{
    return 7.2 * text.size();
}

// Concurrency of each compute node over the horizon (a function's ConcurrentExecutions,
// Maximum per minute; a fleet's tasks or instances), in plain SVG 1.1: per pixel column, a band
// from the lowest to the highest value and a line through the mean, so a long, spiky horizon
// reads as a shape rather than a wall of spikes. Nothing is drawn outside the picture: the
// axis labels and the legend (whole labels, wrapped onto rows) fit inside it.
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
        for (float v : r.series(i, r.peakConcurrencySeries(i)).max)
            peak = std::max(peak, double(v));
    }
    if (shown.isEmpty() || r.bucketCount <= 1 || !(peak > 0))
        return {};
    const double step = niceStep(peak, 4);
    const double top = std::ceil(peak / step - 1e-9) * step;
    QStringList yLabels;
    double widestY = 0;
    for (int k = 0; std::lround(k * step / top * 1e6) <= 1e6; ++k) {
        yLabels << number(k * step, step < 1 ? 2 : step < 10 && std::fmod(step, 1) != 0 ? 1 : 0);
        widestY = std::max(widestY, textWidth(yLabels.last()));
    }

    const double horizon = r.bucketCount * r.bucketS;
    const bool inDays = horizon >= 2 * 86400;
    const double unit = inDays ? 86400 : 3600;
    const double unitStep = niceStep(horizon / unit, 7);
    QList<std::pair<double, QString>> xTicks;
    for (int k = 0; k * unitStep * unit <= horizon * (1 + 1e-9); ++k) {
        const QString value = QLocale().toString(k * unitStep, 'g', 4);
        xTicks.append({k * unitStep * unit, inDays ? QCoreApplication::translate("SimulationExport", "day %1").arg(value)
                                                   : QCoreApplication::translate("SimulationExport", "%1 h").arg(value)});
    }

    const double w = 760, legendRow = 18;
    const double left = widestY + 14;
    const double right = std::max(14.0, textWidth(xTicks.last().second) / 2 + 6);
    const double plotTop = 22, plotH = 170;
    const double plotW = w - left - right;
    // The legend, whole labels flowed onto as many rows as they need.
    QList<QPointF> legendAt;
    double lx = left, ly = 0;
    for (int i : shown) {
        const QString label = r.nodes[i].label.isEmpty() ? r.nodes[i].id : r.nodes[i].label;
        const double itemW = 14 + textWidth(label) + 18;
        if (lx > left && lx + itemW > w - right) {
            lx = left;
            ly += legendRow;
        }
        legendAt.append(QPointF(lx, ly));
        lx += itemW;
    }
    const double legendTop = plotTop + plotH + 30;
    const double h = legendTop + ly + legendRow + 4;

    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"'DejaVu Sans', Verdana, sans-serif\" font-size=\"11\">\n")
                      .arg(w).arg(h);
    svg += QStringLiteral("<text x=\"%1\" y=\"12\" fill=\"#5f6773\">%2</text>\n")
               .arg(left).arg(textescape::html(QCoreApplication::translate("SimulationExport", "concurrency")));
    for (int k = 0; k < yLabels.size(); ++k) {
        const double y = plotTop + plotH - plotH * k * step / top;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#dde1e6\"/>\n").arg(left).arg(y).arg(left + plotW);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\" fill=\"#5f6773\">%3</text>\n")
                   .arg(left - 6).arg(y + 4).arg(textescape::html(yLabels[k]));
    }
    for (const auto &[t, label] : xTicks) {
        const double x = left + plotW * t / horizon;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#b8bec6\"/>\n").arg(x).arg(plotTop + plotH).arg(plotTop + plotH + 4);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#5f6773\">%3</text>\n")
                   .arg(x).arg(plotTop + plotH + 17).arg(textescape::html(label));
    }
    // At most 120 columns, each with its lowest, highest and mean over the buckets it covers:
    // over a week a column spans more than an hour, so hourly bursts make an even band.
    const int columns = std::min(r.bucketCount, 120);
    for (int s = 0; s < shown.size(); ++s) {
        const int i = shown[s];
        const QString color = palette[s % palette.size()].name();
        const SimulationResults::DecimatedSeries &series = r.series(i, r.peakConcurrencySeries(i));
        const size_t buckets = series.mean.size();
        QString upper, lower, mean;
        auto y = [&](double v) { return plotTop + plotH - plotH * std::clamp(v / top, 0.0, 1.0); };
        for (int c = 0; c < columns && buckets > 0; ++c) {
            const size_t from = size_t(c) * buckets / size_t(columns);
            const size_t to = std::max(from + 1, size_t(c + 1) * buckets / size_t(columns));
            double lo = series.min[from], hi = series.max[from], sum = 0;
            for (size_t b = from; b < to; ++b) {
                lo = std::min(lo, double(series.min[b]));
                hi = std::max(hi, double(series.max[b]));
                sum += series.mean[b];
            }
            const double x = left + plotW * (c + 0.5) / columns;
            upper += QStringLiteral("%1,%2 ").arg(x, 0, 'f', 1).arg(y(hi), 0, 'f', 1);
            lower.prepend(QStringLiteral("%1,%2 ").arg(x, 0, 'f', 1).arg(y(lo), 0, 'f', 1));
            mean += QStringLiteral("%1,%2 ").arg(x, 0, 'f', 1).arg(y(sum / double(to - from)), 0, 'f', 1);
        }
        svg += QStringLiteral("<polygon fill=\"%1\" fill-opacity=\"0.18\" stroke=\"%1\" stroke-opacity=\"0.6\" stroke-width=\"0.8\" points=\"%2\"/>\n")
                   .arg(color, (upper + lower).trimmed());
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>\n")
                   .arg(color, mean.trimmed());
        const QString label = r.nodes[i].label.isEmpty() ? r.nodes[i].id : r.nodes[i].label;
        const QPointF at = legendAt[s] + QPointF(0, legendTop);
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\" fill=\"#16191f\">%6</text>\n")
                   .arg(at.x()).arg(at.y()).arg(color).arg(at.x() + 14).arg(at.y() + 9).arg(textescape::html(label));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#b8bec6\"/>\n")
               .arg(left).arg(plotTop + plotH).arg(left + plotW);
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
            out->svgFigure(chart, QCoreApplication::translate("SimulationExport", "Concurrency per compute node: ConcurrentExecutions (Maximum per minute) "
                                                                                  "for functions, tasks or instances running for fleets; the band spans each "
                                                                                  "interval's lowest to highest value, the line is its mean."));

        out->heading(QCoreApplication::translate("SimulationExport", "Per node"), 3);
        QList<QStringList> rows;
        for (const auto &n : m_r.nodes) {
            rows.append({n.label.isEmpty() ? n.id : n.label, number(n.invocations), number(n.throttled),
                         number(n.coldStarts), number(n.peakConcurrency, 1), number(n.peakBacklog), money::usd(n.costUsd)});
        }
        out->table({QCoreApplication::translate("SimulationExport", "Node"), QCoreApplication::translate("SimulationExport", "Invocations"),
                    QCoreApplication::translate("SimulationExport", "Throttles (refused or made to wait)"),
                    QCoreApplication::translate("SimulationExport", "Cold starts"),
                    QCoreApplication::translate("SimulationExport", "Peak ConcurrentExecutions (Maximum per minute)"),
                    QCoreApplication::translate("SimulationExport", "Peak backlog"), QCoreApplication::translate("SimulationExport", "Cost")},
                   rows, {1, 2, 3, 4, 5, 6});
        writeTimes(out);

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
    // Duration, latency and the ages of waiting events, as CloudWatch names them, for the
    // nodes that have any.
    void writeTimes(ReportBuilder *out) const
    {
        const auto pair = [](double p50S, double p99S) { return numbers::duration(p50S) + QStringLiteral(" / ") + numbers::duration(p99S); };
        QList<QStringList> rows;
        for (const auto &n : m_r.nodes) {
            QStringList ages;
            for (const SimulationResults::NodeSummary::Age &age : n.ages())
                ages << QCoreApplication::translate("SimulationExport", "%1 %2", "an age metric and its largest value").arg(age.metric, numbers::duration(age.seconds));
            if (n.duration.count <= 0 && n.latency.count <= 0 && ages.isEmpty())
                continue;
            rows.append({n.label.isEmpty() ? n.id : n.label, n.duration.count > 0 ? pair(n.duration.p50S, n.duration.p99S) : QStringLiteral("—"),
                         n.latency.count > 0 ? numbers::duration(n.latency.p99S) : QStringLiteral("—"),
                         ages.isEmpty() ? QStringLiteral("—") : ages.join(QStringLiteral(", "))});
        }
        if (rows.isEmpty())
            return;
        out->heading(QCoreApplication::translate("SimulationExport", "Durations, latency and ages"), 3);
        out->table({QCoreApplication::translate("SimulationExport", "Node"), QCoreApplication::translate("SimulationExport", "Duration p50 / p99 (with init)"),
                    QCoreApplication::translate("SimulationExport", "End-to-end latency p99 (sync callers)"),
                    QCoreApplication::translate("SimulationExport", "Largest age of a waiting event")},
                   rows, {1, 2});
    }

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
                if (b >= d.mean.size()) {
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
