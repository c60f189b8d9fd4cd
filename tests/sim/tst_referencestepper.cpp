// Simulator::run against the plain reference stepper (referencestepper.h): every node summary,
// wire, bill and every bucket's min, max and mean of every series agree to 1e-9 relative, on
// the examples (as saved, at 1 s steps over a day, and short horizons with odd step counts)
// and on diagrams whose functions and fleets step in lanes (runs of 1 to 9 of each shape,
// fleets with several inputs, mixed inputs, legacy scaling, provisioned concurrency, poll
// wires, async queues with failure routes, chains).

#include "referencestepper.h"
#include "simtesthelpers.h"

#include "io/archscopeformat.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <functional>

using namespace archscope;
using namespace simtest;
using Series = SimulationResults::Series;

namespace {

// The runs at 1 s steps cover a day (6 hours under the sanitizers, where a Debug build runs
// 10 to 20 times slower): still hundreds of chunks, long buckets and every shape.
constexpr double dayS = ARCHSCOPE_SANITIZED ? 6 * 3600 : 86400;

constexpr double relative = 1e-9;
constexpr double summaryFloor = 1e-12;  // absolute, for figures that are 0 give or take rounding

struct Case
{
    QString name;
    std::function<DocumentData()> diagram;
    SimulationOptions options;
};

bool near(double fast, double ref, double floor)
{
    return std::fabs(fast - ref) <= relative * std::max(std::fabs(fast), std::fabs(ref)) + floor;
}

// The engine stores buckets as float: its value, within the tolerance of the reference's,
// rounds to a float within the roundings of the tolerance's ends.
bool nearFloat(float fast, double ref, double floor)
{
    const double tolerance = relative * std::fabs(ref) + floor;
    return fast >= static_cast<float>(ref - tolerance) && fast <= static_cast<float>(ref + tolerance);
}

// The first difference between the engine's results and the reference's, or empty.
QString firstDifference(const SimulationResults &fast, const reference::ReferenceResults &ref)
{
    const SimulationResults &r = ref.results;
    if (fast.steps != r.steps || fast.bucketSteps != r.bucketSteps || fast.bucketCount != r.bucketCount)
        return QStringLiteral("run layout: %1 steps in %2 buckets of %3 (reference %4, %5, %6)")
            .arg(fast.steps).arg(fast.bucketCount).arg(fast.bucketSteps).arg(r.steps).arg(r.bucketCount).arg(r.bucketSteps);
    if (fast.nodes.size() != r.nodes.size() || fast.wires.size() != r.wires.size())
        return QStringLiteral("node or wire count");
    double floor = summaryFloor;  // and dust relative to what flows through the node
    auto figure = [&](const QString &what, double a, double b) {
        return near(a, b, floor) ? QString()
                                        : QStringLiteral("%1: %2 (reference %3)").arg(what).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
    };
    QString why;
    auto check = [&](const QString &what, double a, double b) {
        if (why.isEmpty())
            why = figure(what, a, b);
        return why.isEmpty();
    };
    for (int i = 0; i < fast.nodes.size(); ++i) {
        const auto &x = fast.nodes[i], &y = r.nodes[i];
        floor = summaryFloor + 1e-12 * std::fabs(y.arrivals);
        const std::pair<const char *, double SimulationResults::NodeSummary::*> fields[] = {
            {"arrivals", &SimulationResults::NodeSummary::arrivals},
            {"invocations", &SimulationResults::NodeSummary::invocations},
            {"throttled", &SimulationResults::NodeSummary::throttled},
            {"coldStarts", &SimulationResults::NodeSummary::coldStarts},
            {"peakConcurrency", &SimulationResults::NodeSummary::peakConcurrency},
            {"meanConcurrency", &SimulationResults::NodeSummary::meanConcurrency},
            {"peakBacklog", &SimulationResults::NodeSummary::peakBacklog},
            {"peakIteratorAgeS", &SimulationResults::NodeSummary::peakIteratorAgeS},
            {"maxAsyncEventAgeS", &SimulationResults::NodeSummary::maxAsyncEventAgeS},
            {"meanUtilization", &SimulationResults::NodeSummary::meanUtilization},
            {"peakUtilization", &SimulationResults::NodeSummary::peakUtilization},
            {"expired", &SimulationResults::NodeSummary::expired},
            {"failed", &SimulationResults::NodeSummary::failed},
            {"toFailureDestination", &SimulationResults::NodeSummary::toFailureDestination},
            {"dropped", &SimulationResults::NodeSummary::dropped},
            {"costUsd", &SimulationResults::NodeSummary::costUsd},
        };
        for (const auto &[name, field] : fields)
            if (!check(QStringLiteral("%1 %2").arg(x.id, QLatin1String(name)), x.*field, y.*field))
                return why;
        if (x.items.size() != y.items.size())
            return QStringLiteral("%1: bill lines").arg(x.id);
        for (int k = 0; k < x.items.size(); ++k)
            if (!check(QStringLiteral("%1 bill %2 quantity").arg(x.id, x.items[k].name), x.items[k].quantity, y.items[k].quantity)
                || !check(QStringLiteral("%1 bill %2 usd").arg(x.id, x.items[k].name), x.items[k].usd, y.items[k].usd))
                return why;
    }
    floor = summaryFloor;
    for (int w = 0; w < fast.wires.size(); ++w) {
        const auto &x = fast.wires[w], &y = r.wires[w];
        if (!check(QStringLiteral("wire %1 events").arg(x.id), x.events, y.events)
            || !check(QStringLiteral("wire %1 mean rate").arg(x.id), x.meanRatePerS, y.meanRatePerS)
            || !check(QStringLiteral("wire %1 peak rate").arg(x.id), x.peakRatePerS, y.peakRatePerS))
            return why;
    }
    if (!check(QStringLiteral("total cost"), fast.totalCostUsd, r.totalCostUsd)
        || !check(QStringLiteral("monthly projection"), fast.monthlyProjectionUsd, r.monthlyProjectionUsd))
        return why;

    // Every bucket; near 0, a floor relative to the series' largest value (dust from
    // differences of large numbers).
    for (int row = -1; row < fast.nodes.size(); ++row)
        for (int s = 0; s < SimulationResults::seriesCount; ++s) {
            const auto &f = fast.series(row, static_cast<Series>(s));
            const reference::Buckets &b = row < 0 ? ref.totalSeries[s] : ref.nodeSeries[row][s];
            if (size_t(f.mean.size()) != b.mean.size())
                return QStringLiteral("row %1 series %2: bucket count").arg(row).arg(s);
            // The series' own largest value, and the node's arrivals: what flows through it
            // sets the scale of its dust.
            const reference::Buckets &in = row < 0 ? ref.totalSeries[0] : ref.nodeSeries[row][0];
            double largest = 0;
            for (size_t k = 0; k < b.mean.size(); ++k)
                largest = std::max({largest, std::fabs(b.min[k]), std::fabs(b.max[k]), std::fabs(in.max[k])});
            const double floor = 1e-12 * largest + summaryFloor;
            const QString name = row < 0 ? QStringLiteral("the diagram") : fast.nodes[row].id;
            const char *statistic[] = {"min", "max", "mean"};
            for (size_t k = 0; k < b.mean.size(); ++k) {
                const float fs[] = {f.min[k], f.max[k], f.mean[k]};
                const double rs[] = {b.min[k], b.max[k], b.mean[k]};
                for (int m = 0; m < 3; ++m)
                    if (!nearFloat(fs[m], rs[m], floor))
                        return QStringLiteral("%1 %2 bucket %3 %4: %5 (reference %6)")
                            .arg(name, SimulationResults::seriesId(static_cast<Series>(s)))
                            .arg(k)
                            .arg(QLatin1String(statistic[m]))
                            .arg(fs[m], 0, 'g', 9)
                            .arg(rs[m], 0, 'g', 17);
            }
        }
    return {};
}

DocumentData example(const QString &file)
{
    DocumentData d;
    QString error;
    if (!ArchscopeFormat::readFile(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/") + file, Catalog::builtin(), &d, &error))
        qWarning("%s", qPrintable(error));
    return d;
}

// `d` with every spiky source's bursts `lengthS` long, `everyS` apart.
DocumentData withBurstsOf(DocumentData d, double lengthS, double everyS)
{
    for (Node &n : d.nodes) {
        QJsonObject traffic = n.props.value("traffic").toObject();
        if (traffic.value("shape").toString() != QLatin1String("spiky"))
            continue;
        traffic.insert("burstLengthS", lengthS);
        traffic.insert("burstEveryS", everyS);
        n.props.insert("traffic", traffic);
    }
    return d;
}

// `count` functions or fleets of one shape side by side (so they step in lanes, in runs of up
// to four), each behind its own source, with parameters that differ from one to the next.
DocumentData shapeRun(const QString &shape, int count)
{
    DocumentData d;
    for (int j = 0; j < count; ++j) {
        const QString p = QStringLiteral("s%1").arg(j);
        auto source = [&](const QString &id, const QString &kind, const QJsonObject &traffic, const QJsonObject &props = {}) {
            d.nodes.append(node(p + id, kind, merge(props, QJsonObject{{"traffic", traffic}})));
        };
        auto noisy = [](const QString &shapeName, double rate) {
            return QJsonObject{{"shape", shapeName}, {"rate", rate}, {"noise", "poisson"}};
        };
        QJsonObject fn{{"durationMs", 200 + 90 * j}};
        if (shape == QLatin1String("sync")) {
            source("api", "apigw", merge(noisy("spiky", 30 + 10 * j), {{"burstRate", 150 * (j + 1)}, {"burstEveryS", 1800}}));
            if (j % 3 == 1)
                fn.insert("reservedConcurrency", 20 + 5 * j);
            if (j % 3 == 2)
                fn.insert("provisionedConcurrency", 3 + j);
            d.nodes.append(node(p + "fn", "lambda", fn));
            d.edges.append(edge(p + "api", p + "fn"));
        } else if (shape == QLatin1String("async")) {
            source("topic", "sns", noisy("diurnal", 50 + 15 * j));
            fn = {{"durationMs", 700 + 200 * j}, {"errorRate", 0.1 * (j % 3)}};
            if (j % 2)
                fn.insert("reservedConcurrency", 15 + 10 * j);
            d.nodes.append(node(p + "fn", "lambda", fn));
            d.edges.append(edge(p + "topic", p + "fn"));
            if (j % 3 == 1) {
                d.nodes.append(node(p + "dlq", "sqs"));
                d.edges.append(edge(p + "fn", p + "dlq", EdgeKind::Failure));
            }
        } else if (shape == QLatin1String("sqs")) {
            source("queue", "sqs", noisy("weekly", 80 + 20 * j));
            fn.insert("durationMs", 1500 + 300 * j);
            if (j == 1)  // near its batches' capacity: the queue waits for all its servers
                fn.insert("reservedConcurrency", 14);
            d.nodes.append(node(p + "fn", "lambda", fn));
            QJsonObject poll{{"batchSize", j % 3 == 0 ? 1 : 10}};
            if (j % 4 == 3)
                poll.insert("maxConcurrency", 5);
            d.edges.append(edge(p + "queue", p + "fn", EdgeKind::Trigger, poll));
        } else if (shape == QLatin1String("sqs bursts, no noise")) {
            // Without random arrivals functions step in lanes; each burst outruns the pollers,
            // which ramp while its backlog waits (all of them busy). Between the bursts of
            // every other queue a trickle leaves some pollers idle (SqsRampStart).
            source("queue", "sqs", {{"shape", "spiky"}, {"rate", j % 2 ? 1.0 : 40 + 10 * j}, {"noise", "none"}, {"burstRate", 400 + 100 * j},
                                    {"burstEveryS", 1800}, {"burstLengthS", 120}});
            fn.insert("durationMs", 2000 + 500 * j);
            if (j % 3 == 2)
                fn.insert("reservedConcurrency", 60);
            d.nodes.append(node(p + "fn", "lambda", fn));
            d.edges.append(edge(p + "queue", p + "fn", EdgeKind::Trigger, {{"batchSize", 10}}));
        } else if (shape == QLatin1String("stream")) {
            source("stream", "kinesis", noisy("constant", 300 + 50 * j), {{"shards", 1 + j % 3}});
            fn.insert("durationMs", 400 + 100 * j);
            d.nodes.append(node(p + "fn", "lambda", fn));
            d.edges.append(edge(p + "stream", p + "fn", EdgeKind::Trigger, {{"parallelizationFactor", 1 + j % 2}}));
        } else if (shape == QLatin1String("sync and sqs") || shape == QLatin1String("two poll wires")) {
            const bool sync = shape == QLatin1String("sync and sqs");  // else a stream
            const QString other = sync ? QStringLiteral("api") : QStringLiteral("stream");
            source(other, sync ? "apigw" : "kinesis", noisy("constant", sync ? 20 + 5 * j : 100 + 20 * j));
            source("queue", "sqs", noisy("diurnal", 40 + 10 * j));
            d.nodes.append(node(p + "fn", "lambda", fn));
            d.edges.append(edge(p + other, p + "fn"));
            d.edges.append(edge(p + "queue", p + "fn"));
        } else if (shape == QLatin1String("fleet")) {
            source("lb", "alb", noisy("diurnal", 200 + 50 * j));
            d.nodes.append(node(p + "svc", "fargate", {{"capacityPerTask", 20 + 5 * j}, {"maxTasks", 5 + j}, {"minTasks", j % 2},
                                                       {"scaleOutDelayS", j % 3 == 0 ? 0 : 60}}));
            d.edges.append(edge(p + "lb", p + "svc"));
        } else if (shape == QLatin1String("fleet, several inputs")) {
            source("lb", "alb", noisy("diurnal", 100 + 30 * j));
            source("topic", "sns", noisy("constant", 20 + 5 * j));
            source("queue", "sqs", noisy("weekly", 30 + 5 * j));
            d.nodes.append(node(p + "svc", "ecs_ec2", {{"capacityPerInstance", 60 + 10 * j}, {"maxInstances", 4 + j}, {"launchDelayS", 90}}));
            for (const char *from : {"lb", "topic", "queue"})
                d.edges.append(edge(p + QLatin1String(from), p + "svc"));
        }
    }
    return d;
}

// Legacy scaling: the second function drains the account's burst bucket from the start; at
// 300 s the first one (earlier in the step order) needs 5,000 environments and must see what
// the second took at every step before (not only at the chunk's start).
DocumentData laterFunctionDrainsTheBurst()
{
    DocumentData d;
    const QJsonArray rampAt300{QJsonArray{0, 0}, QJsonArray{299, 0}, QJsonArray{300, 5000}};
    d.nodes = {node("a", "apigw", {{"traffic", QJsonObject{{"shape", "series"}, {"series", rampAt300}}}}),
               node("fa", "lambda", {{"durationMs", 1000}}), node("b", "apigw", constantTraffic(5000)),
               node("fb", "lambda", {{"durationMs", 1000}})};
    d.edges = {edge("a", "fa"), edge("b", "fb")};
    return d;
}

QList<Case> cases()
{
    QList<Case> list;
    const QDir examples(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples"));
    for (const QString &file : examples.entryList({QStringLiteral("*.archscope")})) {
        auto diagram = [file] { return example(file); };
        const SimulationOptions saved = SimulationOptions::fromSettings(example(file).settings);
        list.append({file + QStringLiteral(", as saved"), diagram, saved});
        SimulationOptions day = saved;
        day.horizonS = dayS;
        day.stepS = 1;
        list.append({file + QStringLiteral(", a day at 1 s"), diagram, day});
        SimulationOptions odd = saved;  // 1,211 steps in buckets of 13, the last of 2
        odd.horizonS = 3633;
        odd.stepS = 3;
        odd.maxBuckets = 94;
        list.append({file + QStringLiteral(", 1211 steps"), diagram, odd});
        SimulationOptions longBuckets = day;  // buckets over chunks
        longBuckets.maxBuckets = 37;
        longBuckets.freeTier = true;
        list.append({file + QStringLiteral(", long buckets, free tier"), diagram, longBuckets});
        SimulationOptions ragged = saved;  // a horizon that is no multiple of the step: 515 steps
        ragged.horizonS = 3601;
        ragged.stepS = 7;
        list.append({file + QStringLiteral(", 515 steps of 7 s"), diagram, ragged});
    }

    auto lanes = [](int chains, bool streams, double burst, bool switchedOff, bool mixedInputs) {
        return [=] { return laneDiagram(chains, streams, burst, switchedOff, mixedInputs); };
    };
    auto opts = [](double horizonS, double stepS, double account, int buckets, bool legacy = false) {
        SimulationOptions o = options(horizonS, stepS, account);
        o.seed = 7;
        o.maxBuckets = buckets;
        o.legacyScaling = legacy;
        return o;
    };
    list.append({"lanes, long buckets", lanes(5, true, 0, false, false), opts(dayS, 1, 1000, 2000)});
    list.append({"lanes, buckets over chunks", lanes(5, true, 0, false, false), opts(dayS, 1, 1000, 60)});
    list.append({"lanes, mixed inputs", lanes(5, true, 0, false, true), opts(dayS, 1, 1000, 60)});
    list.append({"lanes, a function off", lanes(5, true, 0, true, false), opts(dayS, 1, 1000, 60)});
    list.append({"lanes, short buckets", lanes(5, true, 0, false, false), opts(7 * 86400, 60, 1000, 2000)});
    list.append({"lanes, pool runs short", lanes(5, true, 0, false, false), opts(6 * 3600, 1, 150, 2000)});
    list.append({"lanes, pool runs out", lanes(5, true, 0, false, false), opts(2 * 86400, 10, 20, 2000)});
    // (Bursts of two hours every four: a shorter one would be stepped at its own length.)
    list.append({"lanes, hour-long steps", [] { return withBurstsOf(laneDiagram(5), 7200, 4 * 3600); },
                 opts(30 * 86400, 3600, 1000, 2000)});
    list.append({"lanes, bursts shorter than the step", lanes(5, true, 0, false, false), opts(2 * dayS, 300, 1000, 2000)});
    list.append({"lanes, runs of two", lanes(2, true, 0, false, false), opts(dayS, 1, 1000, 2000)});
    list.append({"lanes, runs of two, pool short", lanes(2, true, 0, false, false), opts(6 * 3600, 1, 60, 2000)});
    list.append({"lanes, queue consumers only", lanes(5, false, 0, false, false), opts(dayS, 1, 1000, 2000)});
    list.append({"lanes, two queue consumers", lanes(2, false, 0, false, false), opts(dayS, 1, 1000, 2000)});
    list.append({"lanes, scaling limits", lanes(5, true, 2000, false, false), opts(dayS, 1, 1e6, 2000)});
    list.append({"lanes, scaling limits, runs of two", lanes(2, true, 20000, false, false), opts(dayS, 1, 1e6, 2000)});
    list.append({"lanes, nine chains", lanes(9, true, 500, false, true), opts(6 * 3600, 1, 400, 500)});
    list.append({"legacy scaling", lanes(5, true, 0, false, false), opts(dayS, 1, 1000, 2000, true)});
    list.append({"legacy scaling, bursts", lanes(5, true, 2000, false, false), opts(dayS, 1, 1e6, 2000, true)});
    for (int buckets : {3600, 12})
        list.append({QStringLiteral("legacy scaling, a later function drains the burst, %1 buckets").arg(buckets),
                     laterFunctionDrainsTheBurst, opts(3600, 1, 1e6, buckets, true)});

    for (int count : {1, 3})
        list.append({QStringLiteral("legacy scaling, sync x %1").arg(count), [=] { return shapeRun("sync", count); },
                     opts(6 * 3600, 1, 1000, 2000, true)});
    list.append({"sync x 9, account below the reservations", [] { return shapeRun("sync", 9); }, opts(6 * 3600, 1, 30, 2000)});
    list.append({"extremes, nothing", [] { return extremeDiagram(0, 100, true); }, opts(30 * 86400, 60, 1000, 2000)});
    list.append({"extremes, 10M/s of 1 ms", [] { return extremeDiagram(1e7, 1, true); }, opts(30 * 86400, 60, 1000, 2000)});
    list.append({"extremes, 10M/s of 900 s", [] { return extremeDiagram(1e7, 900000, false); }, opts(30 * 86400, 3600, 1000, 2000)});
    list.append({"extremes, 1/s of 900 s", [] { return extremeDiagram(1, 900000, true); }, opts(7 * dayS, 1, 1000, 2000)});
    list.append({"extremes, 10M/s at 1 s", [] { return extremeDiagram(1e7, 1, true); }, opts(dayS, 1, 1000, 2000)});

    const QStringList shapes = {"sync", "async", "sqs", "sqs bursts, no noise", "stream", "sync and sqs", "two poll wires", "fleet", "fleet, several inputs"};
    for (const QString &shape : shapes)
        for (int count = 1; count <= 9; ++count)
            list.append({QStringLiteral("%1 x %2").arg(shape).arg(count), [=] { return shapeRun(shape, count); },
                         opts(6 * 3600, 1, 150, 2000)});
    return list;
}

} // namespace

class TestReferenceStepper : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithTheEngine_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int k = 0; k < all.size(); ++k)
            QTest::newRow(qPrintable(all[k].name)) << k;
    }

    void agreesWithTheEngine()
    {
        QFETCH(int, index);
        const Case c = cases().at(index);
        const DocumentData d = c.diagram();
        QVERIFY(!d.nodes.isEmpty());
        const SimGraph graph = SimGraph::compile(d, Catalog::builtin());
        QVERIFY2(graph.error.isEmpty(), qPrintable(graph.error));
        QCOMPARE(graph.warnings, QStringList());  // every wire of the diagram counts
        const SimulationResults fast = Simulator::run(graph, Catalog::builtin(), c.options);
        QVERIFY2(fast.ok(), qPrintable(fast.error));
        const reference::ReferenceResults ref = reference::referenceRun(graph, Catalog::builtin(), c.options);
        QVERIFY2(ref.results.ok(), qPrintable(ref.results.error));
        const QString why = firstDifference(fast, ref);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestReferenceStepper)
#include "tst_referencestepper.moc"
