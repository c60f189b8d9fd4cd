#include "fuzztargets.h"

#include "catalog/catalog.h"
#include "decision/answers.h"
#include "decision/questionbank.h"
#include "decision/recommender.h"
#include "io/archscopeformat.h"
#include "io/import/templateimport.h"
#include "io/seriescsv.h"
#include "model/wiringrules.h"
#include "sim/simgraph.h"
#include "sim/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace archscope::fuzz {

namespace {

// Aborts with the broken property named: the fuzzer records the input, ctest fails.
void check(bool holds, const char *property)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", property);
    std::abort();
}

QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A deep copy: a parser that reads past the end then trips AddressSanitizer on the exact
    // size, where a view of libFuzzer's buffer could hide it.
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace

int loadDocument(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const Catalog &catalog = Catalog::builtin();
    DocumentData doc;
    QString error;
    if (!ArchscopeFormat::read(bytes, catalog, &doc, &error)) {
        check(!error.isEmpty(), "a refused document says why");
        check(doc == DocumentData(), "a refused document changes nothing");
    } else {
        // Whatever loads saves and loads again as the same diagram: saving loses nothing.
        DocumentData again;
        check(ArchscopeFormat::read(ArchscopeFormat::write(doc), catalog, &again, &error),
              "a saved document loads again");
        check(again == doc, "a saved document loads as the same diagram");
    }

    QList<Node> nodes;
    QList<Edge> edges;
    error.clear();
    if (!ArchscopeFormat::readFragment(bytes, catalog, &nodes, &edges, &error)) {
        check(!error.isEmpty(), "a refused fragment says why");
        check(nodes.isEmpty() && edges.isEmpty(), "a refused fragment changes nothing");
    }
    return 0;
}

int readAnswers(const uint8_t *data, size_t size)
{
    // As app/cli_recommend.cpp reads --answers: a JSON object of question → answer, the same
    // under "answers", or a whole .archscope file whose "decision" section holds them.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytesOf(data, size), &parseError);
    if (!doc.isObject())
        return 0;
    QJsonObject object = doc.object();
    if (object.value(QStringLiteral("decision")).isObject())
        object = object.value(QStringLiteral("decision")).toObject();
    if (object.value(QStringLiteral("answers")).isObject())
        object = object.value(QStringLiteral("answers")).toObject();
    Answers answers{{QStringLiteral("untouched"), QStringLiteral("unless read")}};
    const Answers before = answers;
    QString error;
    if (!Answers::fromJson(object, &answers, &error)) {
        check(!error.isEmpty(), "refused answers say why");
        check(answers == before, "refused answers change nothing");
        return 0;
    }
    Answers again;
    check(Answers::fromJson(answers.toJson(), &again, &error) && again == answers, "answers round-trip through JSON");

    // Unknown ids are reported by validate() and ignored by the recommender; both must cope.
    const QuestionBank &bank = QuestionBank::builtin();
    const QString invalid = answers.validate(bank);
    const Recommendation r = Recommender(bank).recommend(answers);
    check(r.ranking.size() == bank.options().size(), "every option is ranked");
    for (const OptionFit &fit : r.ranking)
        check(fit.score >= 0 && fit.score <= 100, "scores lie in 0..100");
    if (invalid.isEmpty())
        check(answers.answeredIn(bank) == answers.count(), "valid answers all count");
    return 0;
}

int importSeriesCsv(const uint8_t *data, size_t size)
{
    const QJsonArray sentinel{QJsonArray{-1, -1}};
    QJsonArray points = sentinel;
    QString error;
    if (!parseSeriesCsv(bytesOf(data, size), &points, &error)) {
        check(!error.isEmpty(), "a refused series says why");
        check(points == sentinel, "a refused series changes nothing");
        return 0;
    }
    check(points.size() <= maxSeriesRows, "a series holds at most maxSeriesRows points");
    double previous = -1;
    for (const QJsonValue &point : points) {
        const QJsonArray pair = point.toArray();
        check(pair.size() == 2, "each point is [t, rate]");
        const double t = pair.at(0).toDouble(-1);
        const double rate = pair.at(1).toDouble(-1);
        check(std::isfinite(t) && t >= 0 && t > previous, "times are finite, non-negative and increasing");
        check(std::isfinite(rate) && rate >= 0, "rates are finite and non-negative");
        previous = t;
    }
    return 0;
}

int simulateDocument(const uint8_t *data, size_t size)
{
    const Catalog &catalog = Catalog::builtin();
    DocumentData doc;
    QString error;
    if (!ArchscopeFormat::read(bytesOf(data, size), catalog, &doc, &error))
        return 0;
    const SimulationOptions options = SimulationOptions::fromSettings(doc.settings);
    if (!Settings::simulationErrors(options.horizonS, options.stepS).isEmpty()) {
        check(!Simulator::run(doc, catalog, options).error.isEmpty(), "settings out of range are refused");
        return 0;
    }
    const SimGraph graph = SimGraph::compile(doc, catalog);
    // Work bound (see maxNodeSteps): the step count in doubles, so no setting overflows it, at
    // the step the run takes (finer than asked under short bursts). An infinite count is
    // refused here; a NaN one compares false and goes on to the engine.
    const double steps = options.horizonS / Simulator::resolutionS(graph, options.stepS);
    if (steps * static_cast<double>(doc.nodes.size() + doc.edges.size() + 1) > maxNodeSteps)
        return 0;
    const SimulationResults r = Simulator::run(graph, catalog, options);
    if (!r.error.isEmpty())
        return 0;
    check(!r.cancelled, "a run without a progress callback is never cancelled");
    check(r.steps >= 1 && r.bucketCount >= 1 && r.bucketCount <= options.maxBuckets,
          "a run has steps and at most maxBuckets buckets");
    // The engine simulates the horizon it was asked for, not silently something else.
    check(std::abs(static_cast<double>(r.steps) * r.stepS - options.horizonS) <= r.stepS,
          "the steps cover the horizon");
    check(std::isfinite(r.totalCostUsd) && r.totalCostUsd >= 0, "the total cost is finite and non-negative");
    return 0;
}

int importTemplate(const uint8_t *data, size_t size)
{
    const Catalog &catalog = Catalog::builtin();
    ImportResult result;
    result.data.title = QStringLiteral("untouched");
    QString error;
    if (!TemplateImport::read(bytesOf(data, size), catalog, &result, &error)) {
        check(!error.isEmpty(), "a refused template says why");
        check(result.data.title == QStringLiteral("untouched") && result.data.nodes.isEmpty(),
              "a refused template changes nothing");
        return 0;
    }
    // What an import makes is a valid diagram: unique ids, wires between its nodes, every wire
    // one the rules allow, and it saves and loads again as itself.
    QSet<QString> ids;
    for (const Node &n : result.data.nodes) {
        check(!n.id.isEmpty() && !ids.contains(n.id), "node ids are unique and not empty");
        check(catalog.kind(n.kind) != nullptr, "every node has a known kind");
        ids.insert(n.id);
    }
    const WiringRules rules(catalog);
    for (const Edge &e : result.data.edges) {
        check(ids.contains(e.from) && ids.contains(e.to), "wires join nodes of the diagram");
        check(rules.check(*result.data.node(e.from), *result.data.node(e.to), e.kind).allowed, "imported wires are allowed");
    }
    check(result.report.nodes == int(result.data.nodes.size()) && result.report.wires == int(result.data.edges.size()),
          "the report counts what was made");
    DocumentData again;
    check(ArchscopeFormat::read(ArchscopeFormat::write(result.data), catalog, &again, &error), "an imported diagram loads");
    check(again == result.data, "an imported diagram saves and loads as itself");
    return 0;
}

void silenceQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
}

} // namespace archscope::fuzz
