#include "clicommands.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "io/export/simulationexport.h"
#include "io/filewriter.h"
#include "model/problemchecker.h"
#include "sim/exact/exactcheck.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"
#include "text/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace archscope::cli {

namespace {


// "90", "90s", "15m", "6h", "30d" and sums of them such as "1d2h30m" -> seconds; NaN when
// malformed.
double parseDuration(const QString &text)
{
    // Every part but the last needs its unit, so no run of digits can split two ways (no
    // backtracking blow-up on a long argument).
    static const QRegularExpression whole(
        QStringLiteral("^\\s*(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhd]\\s*)*(?:[0-9]+(?:\\.[0-9]+)?\\s*[smhd]?\\s*)$"));
    static const QRegularExpression part(QStringLiteral("([0-9]+(?:\\.[0-9]+)?)\\s*([smhd]?)"));
    if (!whole.match(text).hasMatch())
        return std::nan("");
    double seconds = 0;
    int parts = 0;
    bool unitless = false;
    for (auto it = part.globalMatch(text); it.hasNext(); ++parts) {
        const QRegularExpressionMatch m = it.next();
        const QString unit = m.captured(2);
        unitless = unitless || unit.isEmpty();
        const double scale = unit == QLatin1String("m") ? 60 : unit == QLatin1String("h") ? 3600 : unit == QLatin1String("d") ? 86400 : 1;
        seconds += m.captured(1).toDouble() * scale;
    }
    // "1d 2" or "90 30": a bare number is seconds only when it stands alone.
    return parts == 1 || !unitless ? seconds : std::nan("");
}

QJsonObject percentilesMs(double p50S, double p95S, double p99S)
{
    return QJsonObject{{QStringLiteral("p50"), p50S * 1000}, {QStringLiteral("p95"), p95S * 1000}, {QStringLiteral("p99"), p99S * 1000}};
}

QJsonObject nodeJson(const SimulationResults::NodeSummary &n)
{
    QJsonArray items;
    for (const auto &item : n.items)
        items.append(QJsonObject{{QStringLiteral("name"), item.name}, {QStringLiteral("label"), item.label},
                                 {QStringLiteral("quantity"), item.quantity}, {QStringLiteral("unit"), item.unit},
                                 {QStringLiteral("usd"), item.usd}});
    QJsonObject node{
        {QStringLiteral("id"), n.id},
        {QStringLiteral("kind"), n.kind},
        {QStringLiteral("label"), n.label},
        {QStringLiteral("arrivals"), n.arrivals},
        {QStringLiteral("invocations"), n.invocations},
        {QStringLiteral("throttled"), n.throttled},
        {QStringLiteral("coldStarts"), n.coldStarts},
        {QStringLiteral("errors"), n.errors},
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
    // Compute invoked synchronously: end-to-end latency of the requests served.
    if (n.latency.count > 0)
        node.insert(QStringLiteral("latencyMs"), percentilesMs(n.latency.p50S, n.latency.p95S, n.latency.p99S));
    // CloudWatch's Duration (with init) and ages, where the node has them.
    if (n.duration.count > 0)
        node.insert(QStringLiteral("durationMs"), percentilesMs(n.duration.p50S, n.duration.p95S, n.duration.p99S));
    for (const SimulationResults::NodeSummary::Age &age : n.ages())
        node.insert(age.jsonKey, age.seconds);
    return node;
}

// The JSON document of a run: the fast model's, or the exact engine's with the fast run's
// description (horizon, step, prices) around it.
QJsonObject rootJson(const SimulationResults &r, const QJsonArray &nodes)
{
    QJsonArray wires;
    for (const auto &w : r.wires)
        wires.append(QJsonObject{{QStringLiteral("id"), w.id}, {QStringLiteral("from"), w.from},
                                 {QStringLiteral("to"), w.to}, {QStringLiteral("events"), w.events},
                                 {QStringLiteral("meanRatePerS"), w.meanRatePerS},
                                 {QStringLiteral("peakRatePerS"), w.peakRatePerS}});
    QJsonArray warnings;
    for (const QString &w : r.warnings)
        warnings.append(w);
    return QJsonObject{
        {QStringLiteral("engine"), QStringLiteral("fast")},
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
}

// The exact run's nodes with what only it measures (latency, waits, ages) and the fast run's
// figures over the same window. Cost stays the fast model's over the horizon: the exact engine
// counts requests, it does not price them.
QJsonObject exactJson(const SimulationResults &fast, const ExactResults &exact)
{
    QJsonArray nodes;
    for (int i = 0; i < exact.nodes.size(); ++i) {
        const ExactResults::NodeResult &n = exact.nodes[i];
        SimulationResults::NodeSummary summary = n.summary;
        summary.errors = n.errors;
        const int fastIndex = fast.nodeIndex(summary.id);
        if (fastIndex >= 0) {
            summary.costUsd = fast.nodes[fastIndex].costUsd;
            summary.items = fast.nodes[fastIndex].items;
        }
        // A fleet's concurrency is its tasks or instances, as the fast model counts it; the
        // requests in its slots come apart.
        const bool fleet = n.peakUnits > 0;
        const double peakInService = summary.peakConcurrency, meanInService = summary.meanConcurrency;
        if (fleet) {
            summary.peakConcurrency = n.peakUnits;
            summary.meanConcurrency = n.meanUnits;
        }
        QJsonObject node = nodeJson(summary);
        if (fleet) {
            node.insert(QStringLiteral("peakRequestsInService"), peakInService);
            node.insert(QStringLiteral("meanRequestsInService"), meanInService);
        }
        if (n.wait.count > 0)
            node.insert(QStringLiteral("waitMs"), percentilesMs(n.wait.p50, n.wait.p95, n.wait.p99));
        if (const ExactResults::SyncPath *path = ExactCheck::busiestPath(exact, summary.id))
            node.insert(QStringLiteral("latencyMs"), percentilesMs(path->latency.p50, path->latency.p95, path->latency.p99));
        if (fastIndex >= 0) {
            const ExactCheck::Figures f = ExactCheck::fast(fast, fastIndex, exact.fromS, exact.toS);
            node.insert(QStringLiteral("fast"), QJsonObject{{QStringLiteral("arrivals"), f.arrivals},
                                                            {QStringLiteral("invocations"), f.invocations},
                                                            {QStringLiteral("throttled"), f.throttled},
                                                            {QStringLiteral("coldStarts"), f.coldStarts},
                                                            {QStringLiteral("peakConcurrency"), f.peakConcurrency},
                                                            {QStringLiteral("peakBacklog"), f.peakBacklog}});
        }
        nodes.append(node);
    }
    QJsonObject root = rootJson(fast, nodes);
    QJsonArray warnings = root.value(QStringLiteral("warnings")).toArray();
    for (const QString &w : exact.warnings)
        warnings.append(w);
    root.insert(QStringLiteral("warnings"), warnings);
    root.insert(QStringLiteral("engine"), QStringLiteral("exact"));
    root.insert(QStringLiteral("window"), QJsonArray{exact.fromS, exact.toS});
    root.insert(QStringLiteral("warmUpS"), ExactCheck::warmUpBefore(exact.fromS));
    root.insert(QStringLiteral("events"), static_cast<double>(exact.events));
    root.insert(QStringLiteral("costEngine"), QStringLiteral("fast"));
    root.insert(QStringLiteral("percentileMethod"), QString::fromLatin1(ExactResults::percentileMethod));
    return root;
}

// Rows of cells printed as columns: each as wide as its widest cell, numbers to the right.
void printTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row[c].size());
        }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype c = 0; c < row.size(); ++c)
            line += (c == 0 ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c] + 2));
        out() << line << Qt::endl;
    }
}

QString number(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', decimals);
}

// "fast / exact"
QString pair(double fast, double exact, int decimals)
{
    return number(fast, decimals) + QStringLiteral(" / ") + number(exact, decimals);
}

void printExact(const SimulationResults &fast, const ExactResults &exact, const SimGraph &graph)
{
    out() << QCoreApplication::translate("Cli", "Exact run of %1 s .. %2 s (seed %3, %4 events after a %5 s warm-up); "
                                                "each cell: fast model / exact")
                 .arg(exact.fromS, 0, 'g', 12)
                 .arg(exact.toS, 0, 'g', 12)
                 .arg(exact.seed)
                 .arg(exact.events)
                 .arg(ExactCheck::warmUpBefore(exact.fromS))
          << Qt::endl;
    QList<QStringList> rows{{QCoreApplication::translate("Cli", "node"), QCoreApplication::translate("Cli", "arrivals"),
                             QCoreApplication::translate("Cli", "throttled %"), QCoreApplication::translate("Cli", "peak concurrency"),
                             QCoreApplication::translate("Cli", "cold starts"), QCoreApplication::translate("Cli", "peak backlog"),
                             QCoreApplication::translate("Cli", "wait p99 ms"), QCoreApplication::translate("Cli", "latency p50/p99 ms")}};
    for (int i = 0; i < exact.nodes.size(); ++i) {
        const QString &id = exact.nodes[i].summary.id;
        const SimGraph::Node &g = graph.nodes[i];
        const bool feedsPolls = std::any_of(graph.outWires.begin() + g.outBegin, graph.outWires.begin() + g.outEnd,
                                            [](const SimGraph::Wire &w) { return w.pollIndex >= 0; });
        if (g.role == SimGraph::Role::Relay && !feedsPolls)
            continue;  // a relay passes events on at once: nothing to compare but its arrivals
        const int fastIndex = fast.nodeIndex(id);
        const ExactCheck::Figures f = ExactCheck::fast(fast, fastIndex, exact.fromS, exact.toS);
        const ExactCheck::Figures e = ExactCheck::exact(exact, id);
        // The fast model's latency is the whole run's (its percentiles are not kept per bucket).
        const SimulationResults::NodeSummary::Percentiles &fastLatency = fast.nodes[fastIndex].latency;
        const auto latency = [](double p50S, double p99S) { return number(p50S * 1000, 0) + QLatin1Char('/') + number(p99S * 1000, 0); };
        rows.append({id, pair(f.arrivals, e.arrivals, 0), pair(f.throttledPercent(), e.throttledPercent(), 2),
                     pair(f.peakConcurrency, e.peakConcurrency, 1), pair(f.coldStarts, e.coldStarts, 0),
                     pair(f.peakBacklog, e.peakBacklog, 0), number(e.waitP99S * 1000, 0),
                     (fastLatency.count > 0 ? latency(fastLatency.p50S, fastLatency.p99S) : QStringLiteral("-")) + QStringLiteral(" / ") +
                         latency(e.latencyP50S, e.latencyP99S)});
    }
    printTable(rows);
    out() << QCoreApplication::translate("Cli", "Wait percentiles come only from the exact engine; the fast model's latency is over "
                                                "its whole run, not only the window.")
          << Qt::endl;
}

} // namespace

int simulate(const QStringList &args)
{
    const QString usage = QCoreApplication::translate("Cli", "usage: archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] "
                             "[--exact [--window FROM..TO]] [--json] [--csv OUT]");
    QString file, csvPath, horizonText, stepText, seedText, windowText;
    bool json = false, freeTier = false, exact = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) { return takeValue(args, &i, target); };
        bool ok = true;
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--free-tier"))
            freeTier = true;
        else if (a == QLatin1String("--exact"))
            exact = true;
        else if (a == QLatin1String("--window"))
            ok = value(&windowText);
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
    if (!windowText.isEmpty() && !exact) {
        err() << QCoreApplication::translate("Cli", "--window needs --exact") << Qt::endl << usage << Qt::endl;
        return 2;
    }
    double windowFrom = -1, windowTo = -1;
    if (!windowText.isEmpty()) {
        const QStringList ends = windowText.split(QStringLiteral(".."));
        if (ends.size() == 2) {
            windowFrom = parseDuration(ends[0]);
            windowTo = parseDuration(ends[1]);
        }
        if (ends.size() != 2 || std::isnan(windowFrom) || std::isnan(windowTo)) {
            err() << QCoreApplication::translate("Cli", "--window '%1': expected FROM..TO, two durations such as 2h..3h or 7200..10800 "
                                                        "(a number with s, m, h or d)")
                         .arg(windowText)
                  << Qt::endl;
            return 2;
        }
    }

    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(file, Catalog::builtin(), &data, &error)) {
        err() << QCoreApplication::translate("Cli", "%1: cannot be loaded: %2").arg(file, error) << Qt::endl;
        return 2;
    }
    if (!horizonText.isEmpty()) {
        const double h = parseDuration(horizonText);
        if (!(h >= Settings::minHorizonS && h <= Settings::maxHorizonS)) {
            err() << QCoreApplication::translate("Cli", "--horizon '%1': expected a duration from %2h to %3d (a number with s, m, h or d)")
                         .arg(horizonText).arg(Settings::minHorizonS / 3600).arg(Settings::maxHorizonS / 86400)
                  << Qt::endl;
            return 2;
        }
        data.settings.horizonS = h;
    }
    if (!stepText.isEmpty()) {
        const double s = parseDuration(stepText);
        if (!(s >= Settings::minStepS && s <= Settings::maxStepS)) {
            err() << QCoreApplication::translate("Cli", "--step '%1': expected a duration from %2s to %3h (a number with s, m, h or d)")
                         .arg(stepText).arg(Settings::minStepS).arg(Settings::maxStepS / 3600)
                  << Qt::endl;
            return 2;
        }
        data.settings.stepS = s;
    }
    if (!seedText.isEmpty()) {
        bool ok = false;
        const qint64 seed = seedText.toLongLong(&ok);
        if (!ok || seed < 0 || seed > Settings::maxSeed) {
            err() << QCoreApplication::translate("Cli", "--seed '%1': expected a whole number from 0 to %2").arg(seedText).arg(Settings::maxSeed)
                  << Qt::endl;
            return 2;
        }
        data.settings.seed = seed;
    }
    if (freeTier)
        data.settings.freeTier = true;
    if (windowFrom >= 0 || windowTo >= 0) {
        if (const QString why = ExactCheck::windowError(windowFrom, windowTo, data.settings.horizonS); !why.isEmpty()) {
            err() << QStringLiteral("--window '%1': ").arg(windowText) << why << Qt::endl;
            return 2;
        }
    }

    bool anyError = false;
    for (const Problem &p : ProblemChecker(Catalog::builtin()).check(data)) {
        if (p.isError()) {
            anyError = true;
            err() << QCoreApplication::translate("Cli", "error") << ": " << p.message << Qt::endl;
        }
    }
    // The file's own horizon or step out of range: the checker has said why; nothing to run.
    if (!Settings::simulationErrors(data.settings.horizonS, data.settings.stepS).isEmpty())
        return 1;
    const SimulationOptions fastOptions = SimulationOptions::fromSettings(data.settings);
    const SimulationResults r = Simulator::run(data, Catalog::builtin(), fastOptions);
    if (!r.error.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "error") << ": " << r.error << Qt::endl;
        return 1;
    }
    for (const QString &w : r.warnings)
        err() << QCoreApplication::translate("Cli", "warning") << ": " << w << Qt::endl;

    if (!csvPath.isEmpty()) {
        if (FileWriter::wouldOverwriteInput(csvPath, file, &error) || !FileWriter::write(csvPath, SimulationExport::csv(r), &error)) {
            err() << error << Qt::endl;
            return 2;
        }
    }

    if (exact) {
        const bool chosen = !windowText.isEmpty();
        const auto [from, to] = chosen ? std::pair{windowFrom, windowTo} : ExactCheck::busiestWindow(r);
        ExactOptions options = ExactCheck::options(fastOptions, from, to);
        // The busiest hour is our choice, so it may be shortened to fit the budget; a window the
        // user chose is run as asked or refused.
        options.cutToBudget = !chosen;
        const SimGraph graph = SimGraph::compile(data, Catalog::builtin());
        const ExactResults x = ExactEngine::run(graph, options);
        if (!x.error.isEmpty()) {
            err() << (chosen ? QStringLiteral("--window '%1': ").arg(windowText) : QString()) << x.error << Qt::endl;
            return chosen ? 2 : 1;
        }
        for (const QString &w : x.warnings)
            err() << QCoreApplication::translate("Cli", "warning") << ": " << w << Qt::endl;
        // The fast side: the same run, its peaks within the window the exact run covered.
        const SimulationResults windowed = ExactCheck::fastRun(data, Catalog::builtin(), fastOptions, x);
        if (json)
            out() << QString::fromUtf8(QJsonDocument(exactJson(windowed, x)).toJson(QJsonDocument::Indented));
        else
            printExact(windowed, x, graph);
        return anyError ? 1 : 0;
    }

    if (json) {
        QJsonArray nodes;
        for (const auto &n : r.nodes)
            nodes.append(nodeJson(n));
        out() << QString::fromUtf8(QJsonDocument(rootJson(r, nodes)).toJson(QJsonDocument::Indented));
    } else {
        out() << QCoreApplication::translate("Cli", "Simulated %1 s in steps of %2 s; prices: us-east-1 list prices as of %3")
                     .arg(r.horizonS).arg(r.stepS).arg(r.pricesAsOf) << Qt::endl;
        for (const auto &n : r.nodes)
            out() << QCoreApplication::translate("Cli", "  %1 (%2): %3 invocations, %4 throttled, peak concurrency %5, %6")
                         .arg(n.id, n.kind)
                         .arg(n.invocations, 0, 'f', 0)
                         .arg(n.throttled, 0, 'f', 0)
                         .arg(n.peakConcurrency, 0, 'f', 1)
                         .arg(money::usd(n.costUsd))
                  << Qt::endl;
        out() << QCoreApplication::translate("Cli", "Total: %1; per 30-day month: %2").arg(money::usd(r.totalCostUsd), money::usd(r.monthlyProjectionUsd))
              << Qt::endl;
    }
    return anyError ? 1 : 0;
}

} // namespace archscope::cli
