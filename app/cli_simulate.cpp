#include "clicommands.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "io/filewriter.h"
#include "model/problemchecker.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace archscope::cli {

namespace {


// "90", "90s", "15m", "6h", "30d" -> seconds; NaN when malformed.
double parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([smhd]?)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nan("");
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double scale = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : 1;
    return value * scale;
}

QJsonObject nodeJson(const SimulationResults::NodeSummary &n)
{
    QJsonArray items;
    for (const auto &item : n.items)
        items.append(QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("label"), item.label},
                                 {QStringLiteral("quantity"), item.quantity}, {QStringLiteral("unit"), item.unit},
                                 {QStringLiteral("usd"), item.usd}});
    return QJsonObject{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("kind"), n.kind},
        {QStringLiteral("label"), n.label},
        {QStringLiteral("arrivals"), n.arrivals},
        {QStringLiteral("invocations"), n.invocations},
        {QStringLiteral("throttled"), n.throttled},
        {QStringLiteral("coldStarts"), n.coldStarts},
        {QStringLiteral("peakConcurrency"), n.peakConcurrency},
        {QStringLiteral("meanConcurrency"), n.meanConcurrency},
        {QStringLiteral("meanUtilization"), n.meanUtilization},
        {QStringLiteral("peakUtilization"), n.peakUtilization},
        {QStringLiteral("peakBacklog"), n.peakBacklog},
        {QStringLiteral("peakIteratorAgeS"), n.peakIteratorAgeS},
        {QStringLiteral("expired"), n.expired},
        {QStringLiteral("failed"), n.failed},
        {QStringLiteral("toFailureDestination"), n.toFailureDestination},
        {QStringLiteral("dropped"), n.dropped},
        {QStringLiteral("cost"), QJsonObject{{QStringLiteral("totalUsd"), n.costUsd}, {QStringLiteral("items"), items}}},
    };
}

// Long format, one row per bucket, node and series: easy to pivot in a spreadsheet.
QByteArray seriesCsv(const SimulationResults &r)
{
    QByteArray csv = "tStartS,node,series,min,mean,max\n";
    auto quote = [](const QString &s) {
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(q).toUtf8();
    };
    for (int node = -1; node < r.nodes.size(); ++node) {
        const QByteArray id = node < 0 ? QByteArray("*total*") : quote(r.nodes.at(node).id);
        for (int s = 0; s < SimulationResults::seriesCount; ++s) {
            const auto series = static_cast<SimulationResults::Series>(s);
            const auto &d = r.series(node, series);
            const QByteArray name = SimulationResults::seriesId(series).toUtf8();
            for (size_t b = 0; b < d.mean.size(); ++b) {
                csv += QByteArray::number(r.bucketStart(static_cast<int>(b)), 'g', 12) + ',' + id + ',' + name + ','
                       + QByteArray::number(d.min[b], 'g', 9) + ',' + QByteArray::number(d.mean[b], 'g', 9) + ','
                       + QByteArray::number(d.max[b], 'g', 9) + '\n';
            }
        }
    }
    return csv;
}

} // namespace

int simulate(const QStringList &args)
{
    const QString usage = QCoreApplication::translate("Cli", "usage: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] "
                             "[--json] [--csv OUT]");
    QString file, csvPath, horizonText, stepText, seedText;
    bool json = false, freeTier = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) { return takeValue(args, &i, target); };
        bool ok = true;
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--free-tier"))
            freeTier = true;
        else if (a == QLatin1String("--horizon"))
            ok = value(&horizonText);
        else if (a == QLatin1String("--step"))
            ok = value(&stepText);
        else if (a == QLatin1String("--seed"))
            ok = value(&seedText);
        else if (a == QLatin1String("--csv"))
            ok = value(&csvPath);
        else if (!a.startsWith(QLatin1String("--")) && file.isEmpty())
            file = a;
        else {
            err() << QCoreApplication::translate("Cli", "unknown argument '%1'").arg(a) << Qt::endl << usage << Qt::endl;
            return 2;
        }
        if (!ok) {
            err() << QCoreApplication::translate("Cli", "%1 needs a value").arg(a) << Qt::endl << usage << Qt::endl;
            return 2;
        }
    }
    if (file.isEmpty()) {
        err() << usage << Qt::endl;
        return 2;
    }

    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(file, Catalog::builtin(), &data, &error)) {
        err() << QCoreApplication::translate("Cli", "%1: cannot be loaded: %2").arg(file, error) << Qt::endl;
        return 2;
    }
    if (!horizonText.isEmpty()) {
        const double h = parseDuration(horizonText);
        if (!(h >= 3600 && h <= 31 * 86400)) {
            err() << QCoreApplication::translate("Cli", "--horizon '%1': expected a duration from 1h to 31d (a number with s, m, h or d)").arg(horizonText)
                  << Qt::endl;
            return 2;
        }
        data.settings.horizonS = h;
    }
    if (!stepText.isEmpty()) {
        const double s = parseDuration(stepText);
        if (!(s >= 1 && s <= 3600)) {
            err() << QCoreApplication::translate("Cli", "--step '%1': expected a duration from 1s to 1h (a number with s, m, h or d)").arg(stepText)
                  << Qt::endl;
            return 2;
        }
        data.settings.stepS = s;
    }
    if (!seedText.isEmpty()) {
        bool ok = false;
        const qint64 seed = seedText.toLongLong(&ok);
        if (!ok) {
            err() << QCoreApplication::translate("Cli", "--seed '%1': expected a whole number").arg(seedText) << Qt::endl;
            return 2;
        }
        data.settings.seed = seed;
    }
    if (freeTier)
        data.settings.freeTier = true;
    if (data.settings.stepS > data.settings.horizonS) {
        err() << QCoreApplication::translate("Cli", "the step (%1 s) is longer than the horizon (%2 s)").arg(data.settings.stepS).arg(data.settings.horizonS)
              << Qt::endl;
        return 2;
    }

    bool anyError = false;
    for (const Problem &p : ProblemChecker(Catalog::builtin()).check(data)) {
        if (p.isError()) {
            anyError = true;
            err() << QCoreApplication::translate("Cli", "error") << ": " << p.message << Qt::endl;
        }
    }
    const SimulationResults r = Simulator::run(data, Catalog::builtin(), SimulationOptions::fromSettings(data.settings));
    if (!r.error.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "error") << ": " << r.error << Qt::endl;
        return 1;
    }
    for (const QString &w : r.warnings)
        err() << QCoreApplication::translate("Cli", "warning") << ": " << w << Qt::endl;

    if (!csvPath.isEmpty()) {
        if (FileWriter::wouldOverwriteInput(csvPath, file, &error) || !FileWriter::write(csvPath, seriesCsv(r), &error)) {
            err() << error << Qt::endl;
            return 2;
        }
    }

    if (json) {
        QJsonArray nodes;
        for (const auto &n : r.nodes)
            nodes.append(nodeJson(n));
        QJsonArray wires;
        for (const auto &w : r.wires)
            wires.append(QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("from"), w.from},
                                     {QStringLiteral("to"), w.to}, {QStringLiteral("events"), w.events},
                                     {QStringLiteral("meanRatePerS"), w.meanRatePerS},
                                     {QStringLiteral("peakRatePerS"), w.peakRatePerS}});
        QJsonArray warnings;
        for (const QString &w : r.warnings)
            warnings.append(w);
        const QJsonObject root{
            {QStringLiteral("horizonS"), r.horizonS},
            {QStringLiteral("stepS"), r.stepS},
            {QStringLiteral("steps"), static_cast<double>(r.steps)},
            {QStringLiteral("seed"), static_cast<double>(r.seed)},
            {QStringLiteral("freeTier"), r.freeTier},
            {QStringLiteral("region"), r.region},
            {QStringLiteral("pricesRegion"), QStringLiteral("us-east-1")},
            {QStringLiteral("pricesAsOf"), r.pricesAsOf},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("totalCostUsd"), r.totalCostUsd},
            {QStringLiteral("monthlyProjectionUsd"), r.monthlyProjectionUsd},
            {QStringLiteral("monthS"), SimulationResults::monthS},
            {QStringLiteral("bucketS"), r.bucketS},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("wires"), wires},
        };
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        out() << QCoreApplication::translate("Cli", "Simulated %1 s in steps of %2 s; prices: us-east-1 list prices as of %3")
                     .arg(r.horizonS).arg(r.stepS).arg(r.pricesAsOf) << Qt::endl;
        for (const auto &n : r.nodes)
            out() << QStringLiteral("  %1 (%2): %3 invocations, %4 throttled, peak concurrency %5, $%6")
                         .arg(n.id, n.kind)
                         .arg(n.invocations, 0, 'f', 0)
                         .arg(n.throttled, 0, 'f', 0)
                         .arg(n.peakConcurrency, 0, 'f', 1)
                         .arg(n.costUsd, 0, 'f', 2)
                  << Qt::endl;
        out() << QCoreApplication::translate("Cli", "Total: $%1; per 30-day month: $%2").arg(r.totalCostUsd, 0, 'f', 2).arg(r.monthlyProjectionUsd, 0, 'f', 2)
              << Qt::endl;
    }
    return anyError ? 1 : 0;
}

} // namespace archscope::cli
