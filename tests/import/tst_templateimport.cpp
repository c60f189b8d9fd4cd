// Every template and plan under tests/data/import against its expectations (NAME.expected.json):
// the exact nodes with their kinds, the exact wires with their invocation models, key
// properties, and which resources became external, were ignored, or were warned about.
#include "io/import/templateimport.h"
#include "model/wiringrules.h"

#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace archscope;

namespace {

const QString dataDir = QStringLiteral(ARCHSCOPE_TEST_DATA "/import");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QSet<QString> strings(const QJsonValue &v)
{
    QSet<QString> out;
    for (const QJsonValue &s : v.toArray())
        out.insert(s.toString());
    return out;
}

// Equal, with numbers within a relative 1e-9 (rates computed from schedules).
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) <= 1e-9 * std::max(std::abs(a.toDouble()), std::abs(b.toDouble()));
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (const QString &k : x.keys())
            if (!same(x.value(k), y.value(k)))
                return false;
        return true;
    }
    return a == b;
}

QString describe(const QSet<QString> &set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l.join(QStringLiteral("\n    "));
}

} // namespace

class TestTemplateImport : public QObject
{
    Q_OBJECT

private slots:
    void corpusIsLargeEnough()
    {
        const QStringList expected = QDir(dataDir).entryList({"*.expected.json"}, QDir::Files);
        int terraform = 0;
        for (const QString &e : expected)
            terraform += e.startsWith("tf-");
        QVERIFY2(expected.size() - terraform >= 25, qPrintable(QString::number(expected.size() - terraform)));
        QVERIFY2(terraform >= 6, qPrintable(QString::number(terraform)));
    }

    void source_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expectation");
        const QDir dir(dataDir);
        for (const QString &e : dir.entryList({"*.expected.json"}, QDir::Files, QDir::Name)) {
            const QString base = e.chopped(QStringLiteral(".expected.json").size());
            const QStringList sources =
                dir.entryList({base + ".yaml", base + ".json", base + ".template", base + ".yml"}, QDir::Files);
            QTest::newRow(qPrintable(base))
                << (sources.isEmpty() ? QString() : dir.filePath(sources.first())) << dir.filePath(e);
        }
    }

    void source()
    {
        QFETCH(QString, file);
        QFETCH(QString, expectation);
        QVERIFY2(!file.isEmpty(), "no source file beside the expectation");
        const QJsonObject expected = readJson(expectation);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectation));
        ImportResult r;
        QString error;
        QVERIFY2(TemplateImport::readFile(file, Catalog::builtin(), &r, &error), qPrintable(error));
        if (expected.contains("format"))
            QCOMPARE(r.report.format, expected.value("format").toString());

        // Nodes: exactly these ids with these kinds.
        QSet<QString> actualNodes, expectedNodes;
        for (const Node &n : r.data.nodes)
            actualNodes.insert(n.id + " : " + n.kind);
        const QJsonObject nodes = expected.value("nodes").toObject();
        for (auto it = nodes.begin(); it != nodes.end(); ++it)
            expectedNodes.insert(it.key() + " : " + it.value().toString());
        QVERIFY2(actualNodes == expectedNodes, qPrintable("nodes differ.\n  actual:\n    " + describe(actualNodes)
                                                          + "\n  expected:\n    " + describe(expectedNodes)));

        // Wires: exactly these, each with its invocation model as the wiring rules give it.
        const WiringRules rules(Catalog::builtin());
        QSet<QString> actualWires;
        for (const Edge &e : r.data.edges) {
            const WireCheck c = rules.check(*r.data.node(e.from), *r.data.node(e.to), e.kind);
            QVERIFY2(c.allowed, qPrintable(e.from + " -> " + e.to + ": " + c.explanation));
            actualWires.insert(e.from + " -> " + e.to + " " + invocationModelId(c.model));
        }
        const QSet<QString> expectedWires = strings(expected.value("wires"));
        QVERIFY2(actualWires == expectedWires, qPrintable("wires differ.\n  actual:\n    " + describe(actualWires)
                                                          + "\n  expected:\n    " + describe(expectedWires)));

        // Key properties, as set on the node (and wires' settings by "from -> to").
        const QJsonObject props = expected.value("props").toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            const Node *n = r.data.node(it.key());
            QVERIFY2(n, qPrintable(it.key()));
            const QJsonObject want = it.value().toObject();
            for (auto p = want.begin(); p != want.end(); ++p)
                QVERIFY2(
                    same(n->props.value(p.key()), p.value()),
                    qPrintable(
                        QString("%1.%2: %3, expected %4")
                            .arg(it.key(), p.key(),
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{n->props.value(p.key())}).toJson(QJsonDocument::Compact)),
                                 QString::fromUtf8(
                                     QJsonDocument(QJsonArray{p.value()}).toJson(QJsonDocument::Compact)))));
        }
        const QJsonObject wireProps = expected.value("wireProps").toObject();
        for (auto it = wireProps.begin(); it != wireProps.end(); ++it) {
            const QStringList ends = it.key().split(" -> ");
            const Edge *found = nullptr;
            for (const Edge &e : r.data.edges)
                if (e.from == ends.value(0) && e.to == ends.value(1))
                    found = &e;
            QVERIFY2(found, qPrintable(it.key()));
            QVERIFY2(same(found->props, it.value()), qPrintable(it.key()));
        }

        // What became external and what was ignored, by template path: exactly these.
        QSet<QString> external, ignored, warned;
        for (const ImportReport::Item &i : r.report.external)
            external.insert(i.path);
        for (const ImportReport::Item &i : r.report.ignored)
            ignored.insert(i.path);
        for (const ImportReport::Warning &w : r.report.warnings)
            warned.insert(w.path);
        QVERIFY2(external == strings(expected.value("external")),
                 qPrintable("external differs:\n    " + describe(external)));
        QVERIFY2(ignored == strings(expected.value("ignored")),
                 qPrintable("ignored differs:\n    " + describe(ignored)));
        // Warnings: at least these paths (the messages may change wording).
        for (const QString &w : strings(expected.value("warnings")))
            QVERIFY2(warned.contains(w), qPrintable("no warning at " + w + "; warnings at:\n    " + describe(warned)));
        if (expected.contains("sourcesWithoutTraffic"))
            QCOMPARE(QSet<QString>(r.report.sourcesWithoutTraffic.begin(), r.report.sourcesWithoutTraffic.end()),
                     strings(expected.value("sourcesWithoutTraffic")));

        // Every resource of the source is listed exactly once (nothing silently dropped).
        QSet<QString> listed;
        for (const QList<ImportReport::Item> *list : {&r.report.mapped, &r.report.external, &r.report.ignored})
            for (const ImportReport::Item &i : *list) {
                QVERIFY2(!listed.contains(i.path), qPrintable("listed twice: " + i.path));
                listed.insert(i.path);
            }
        if (expected.contains("resources"))
            QCOMPARE(listed.size(), expected.value("resources").toInt());
    }
};

QTEST_GUILESS_MAIN(TestTemplateImport)
#include "tst_templateimport.moc"
