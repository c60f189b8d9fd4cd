#include "testsupport.h"

#include "model/problemchecker.h"
#include "model/wiringrules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const char *valid = "{\"format\":\"archscope\",\"version\":1,\"title\":\"t\",\n"
        "  \"nodes\":[{\"id\":\"a\",\"kind\":\"sqs\"},{\"id\":\"b\",\"kind\":\"lambda\",\"props\":{\"memoryMb\":512}}],\n"
        "  \"edges\":[{\"id\":\"e1\",\"from\":\"a\",\"to\":\"b\",\"kind\":\"trigger\"}]}";

// A file of two nodes (a table with its stream on) and one wire between them; `kind` is
// left out when empty.
QByteArray pairFile(const QString &from, const QString &to, const QString &kind = {})
{
    const QString stream = from == QLatin1String("dynamodb") ? QStringLiteral(", \"props\": {\"streamEnabled\": true}") : QString();
    const QString wireKind = kind.isEmpty() ? QString() : QStringLiteral(", \"kind\": \"%1\"").arg(kind);
    return QStringLiteral("{\"format\": \"archscope\", \"version\": 1, \"nodes\": ["
                          "{\"id\": \"a\", \"kind\": \"%1\"%2}, {\"id\": \"b\", \"kind\": \"%3\"}],"
                          " \"edges\": [{\"id\": \"w\", \"from\": \"a\", \"to\": \"b\"%4}]}")
        .arg(from, stream, to, wireKind)
        .toUtf8();
}

QStringList problemCodes(const DocumentData &d)
{
    QStringList codes;
    for (const Problem &p : ProblemChecker(Catalog::builtin()).check(d))
        codes.append(p.code);
    return codes;
}

QByteArray nested(int depth)
{
    return "{\"format\":\"archscope\",\"version\":1,\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

} // namespace

class TestArchscopeFormat : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDesignExample()
    {
        const QByteArray design = "{\n"
        "          \"format\": \"archscope\", \"version\": 1,\n"
        "          \"title\": \"Thumbnail pipeline\",\n"
        "          \"settings\": { \"region\": \"us-east-1\", \"horizonS\": 2592000, \"stepS\": 60, \"seed\": 1,\n"
        "                        \"freeTier\": false, \"accountConcurrency\": 1000, \"scaling\": \"2023\" },\n"
        "          \"nodes\": [\n"
        "            { \"id\": \"uploads\", \"kind\": \"s3\", \"label\": \"Uploads\", \"x\": 0, \"y\": 0,\n"
        "              \"props\": { \"traffic\": { \"shape\": \"constant\", \"rate\": 1.1574, \"noise\": \"none\" } } },\n"
        "            { \"id\": \"thumbs\", \"kind\": \"lambda\", \"label\": \"Thumbnailer\", \"x\": 240, \"y\": 0,\n"
        "              \"props\": { \"memoryMb\": 512, \"durationMs\": 1000, \"arch\": \"x86_64\" } }\n"
        "          ],\n"
        "          \"edges\": [ { \"id\": \"e1\", \"from\": \"uploads\", \"to\": \"thumbs\", \"kind\": \"trigger\", \"props\": {} } ]\n"
        "        }";
        DocumentData d;
        QString error;
        QVERIFY2(ArchscopeFormat::read(design, Catalog::builtin(), &d, &error), qPrintable(error));
        QCOMPARE(d.title, QString("Thumbnail pipeline"));
        QCOMPARE(d.nodes.size(), 2);
        QCOMPARE(d.nodes[0].props["traffic"].toObject()["rate"].toDouble(), 1.1574);
        QCOMPARE(d.nodes[1].pos, QPointF(240, 0));
        QCOMPARE(d.edges[0].kind, EdgeKind::Trigger);
        // Written and read again: identical content, and the bytes are stable from then on.
        const QByteArray once = ArchscopeFormat::write(d);
        DocumentData again;
        QVERIFY(ArchscopeFormat::read(once, Catalog::builtin(), &again, &error));
        QCOMPARE(again, d);
        QCOMPARE(ArchscopeFormat::write(again), once);
    }

    void unknownKeysAreKept()
    {
        const QByteArray text = "{\"format\":\"archscope\",\"version\":1,\"future\":{\"a\":[1,2]},\n"
        "          \"settings\":{\"newSetting\":true},\n"
        "          \"nodes\":[{\"id\":\"a\",\"kind\":\"sqs\",\"color\":\"red\",\"props\":{\"someday\":5}}],\n"
        "          \"edges\":[]}";
        DocumentData d;
        QString error;
        QVERIFY2(ArchscopeFormat::read(text, Catalog::builtin(), &d, &error), qPrintable(error));
        const QByteArray out = ArchscopeFormat::write(d);
        QVERIFY(out.contains("\"future\""));
        QVERIFY(out.contains("\"newSetting\": true"));
        QVERIFY(out.contains("\"color\": \"red\""));
        QVERIFY(out.contains("\"someday\": 5"));
    }

    void examplesRoundTripByteStableAndHaveNoErrors()
    {
        const QStringList paths = examplePaths();
        QVERIFY2(paths.size() >= 5, "the five bundled examples are missing");
        for (const QString &path : paths) {
            const QByteArray bytes = readAll(path);
            DocumentData d;
            QString error;
            QVERIFY2(ArchscopeFormat::read(bytes, Catalog::builtin(), &d, &error), qPrintable(path + ": " + error));
            QVERIFY2(ArchscopeFormat::write(d) == bytes, qPrintable(path + " is not in canonical form"));
            for (const Problem &p : ProblemChecker(Catalog::builtin()).check(d))
                QVERIFY2(!p.isError(), qPrintable(path + ": " + p.message));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        const QByteArray v = valid;
        auto replaced = [&](const char *from, const char *to) { return QByteArray(v).replace(from, to); };
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace") << QByteArray("  \n\t ") << "empty";
        QTest::newRow("truncated") << v.left(v.size() / 2) << "line";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << "not valid JSON";
        QTest::newRow("invalid utf8") << QByteArray("{\"format\":\"archscope\",\"version\":1,\"title\":\"\xff\xfe\"}") << "not valid JSON";
        QTest::newRow("array root") << QByteArray("[1,2,3]") << "expected an object";
        QTest::newRow("not archscope") << QByteArray("{\"format\":\"drawio\",\"version\":1}") << "/format";
        QTest::newRow("no format") << QByteArray("{\"version\":1}") << "/format";
        QTest::newRow("no version") << QByteArray("{\"format\":\"archscope\"}") << "/version";
        QTest::newRow("future version") << replaced("\"version\":1", "\"version\":7") << "newer Archscope";
        QTest::newRow("version zero") << replaced("\"version\":1", "\"version\":0") << "/version";
        QTest::newRow("version string") << replaced("\"version\":1", "\"version\":\"1\"") << "/version";
        QTest::newRow("title number") << replaced("\"title\":\"t\"", "\"title\":5") << "/title";
        QTest::newRow("nodes not a list") << replaced("\"nodes\":[", "\"nodes\":\"many\",\"old\":[") << "/nodes: expected a list";
        QTest::newRow("node not object") << replaced("{\"id\":\"a\",\"kind\":\"sqs\"}", "42") << "/nodes/0";
        QTest::newRow("node without id") << replaced("\"id\":\"a\",", "") << "/nodes/0/id";
        QTest::newRow("empty id") << replaced("\"id\":\"a\"", "\"id\":\"\"") << "/nodes/0/id";
        QTest::newRow("id number") << replaced("\"id\":\"a\"", "\"id\":3") << "/nodes/0/id";
        QTest::newRow("unknown kind") << replaced("\"kind\":\"sqs\"", "\"kind\":\"mainframe\"") << "unknown kind 'mainframe'";
        QTest::newRow("duplicate node id") << replaced("\"id\":\"b\"", "\"id\":\"a\"") << "duplicate id 'a'";
        QTest::newRow("dangling from") << replaced("\"from\":\"a\"", "\"from\":\"zz\"") << "/edges/0/from";
        QTest::newRow("dangling to") << replaced("\"to\":\"b\"", "\"to\":\"zz\"") << "/edges/0/to";
        QTest::newRow("bad edge kind") << replaced("\"kind\":\"trigger\"", "\"kind\":\"teleport\"") << "/edges/0/kind";
        QTest::newRow("memory string") << replaced("\"memoryMb\":512", "\"memoryMb\":\"512\"") << "/nodes/1/props/memoryMb";
        QTest::newRow("memory fraction") << replaced("\"memoryMb\":512", "\"memoryMb\":512.5") << "/nodes/1/props/memoryMb";
        QTest::newRow("huge number") << replaced("\"memoryMb\":512", "\"memoryMb\":1e400") << "not valid JSON";
        QTest::newRow("props array") << replaced("\"props\":{\"memoryMb\":512}", "\"props\":[512]") << "/nodes/1/props";
        QTest::newRow("bad choice") << replaced("\"memoryMb\":512", "\"arch\":\"sparc\"") << "/nodes/1/props/arch";
        QTest::newRow("bad traffic shape") << replaced("\"kind\":\"sqs\"", "\"kind\":\"sqs\",\"props\":{\"traffic\":{\"shape\":\"square\"}}") << "/nodes/0/props/traffic/shape";
        QTest::newRow("huge coordinate") << replaced("\"kind\":\"sqs\"", "\"kind\":\"sqs\",\"x\":1e300") << "/nodes/0/x";
        QTest::newRow("x string") << replaced("\"kind\":\"sqs\"", "\"kind\":\"sqs\",\"x\":\"left\"") << "/nodes/0/x";
        QTest::newRow("negative seed") << replaced("\"title\":\"t\"", "\"title\":\"t\",\"settings\":{\"seed\":-1}") << "/settings/seed";
        QTest::newRow("bad scaling") << replaced("\"title\":\"t\"", "\"title\":\"t\",\"settings\":{\"scaling\":\"2019\"}") << "/settings/scaling";
        QTest::newRow("settings list") << replaced("\"title\":\"t\"", "\"title\":\"t\",\"settings\":[]") << "/settings";
        QTest::newRow("trailing garbage") << v + "}" << "not valid JSON";
        QTest::newRow("deep nesting") << nested(100000) << "levels deep";
        QTest::newRow("too long text") << replaced("\"title\":\"t\"", ("\"title\":\"" + QByteArray(70000, 'x') + "\"").constData()) << "/title";
        QTest::newRow("series malformed") << replaced("\"kind\":\"sqs\"", "\"kind\":\"sqs\",\"props\":{\"traffic\":{\"series\":[[1],[2,3]]}}") << "/nodes/0/props/traffic/series";
        QTest::newRow("nan literal") << replaced("\"memoryMb\":512", "\"memoryMb\":NaN") << "not valid JSON";
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        DocumentData d;
        d.title = "untouched";
        QString error;
        QVERIFY(!ArchscopeFormat::read(bytes, Catalog::builtin(), &d, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(d.title, QString("untouched"));  // a failed load changes nothing
    }

    void veryLargeFileIsRefusedBeforeParsing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.archscope");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ArchscopeFormat::maxFileBytes + 1));
        f.close();
        DocumentData d;
        QString error;
        QVERIFY(!ArchscopeFormat::readFile(path, Catalog::builtin(), &d, &error));
        QVERIFY2(error.contains("larger than"), qPrintable(error));
    }

    void manyNodesLoad()
    {
        // A large but legal file still loads: limits are about hostility, not size.
        QByteArray text = "{\"format\":\"archscope\",\"version\":1,\"nodes\":[";
        for (int i = 0; i < 20000; ++i)
            text += (i ? "," : "") + QByteArray("{\"id\":\"n") + QByteArray::number(i) + "\",\"kind\":\"sqs\"}";
        text += "]}";
        DocumentData d;
        QString error;
        QVERIFY2(ArchscopeFormat::read(text, Catalog::builtin(), &d, &error), qPrintable(error));
        QCOMPARE(d.nodes.size(), 20000);
    }

    void saveIsAtomicAndReportsUnwritablePaths()
    {
        QTemporaryDir dir;
        DocumentData d;
        QVERIFY(ArchscopeFormat::read(valid, Catalog::builtin(), &d, nullptr));
        const QString path = dir.filePath("a.archscope");
        QString error;
        QVERIFY2(ArchscopeFormat::writeFile(path, d, &error), qPrintable(error));
        const QByteArray first = readAll(path);
        QVERIFY(!ArchscopeFormat::writeFile(dir.filePath("missing/dir/a.archscope"), d, &error));
        QVERIFY(error.contains("missing/dir"));
        QCOMPARE(readAll(path), first);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
    }

    // DESIGN.md: a wire's kind is derived from its pair when the file does not give it; only a
    // pair that allows two kinds needs it spelt out.
    void wireKindFollowsFromThePair_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("kind");  // what it loads as; empty: the load fails
        QTest::newRow("compute to a table: write") << "lambda" << "dynamodb" << "write";
        QTest::newRow("compute to a stream: write") << "fargate" << "kinesis" << "write";
        QTest::newRow("a container to a queue: write only") << "ecs_ec2" << "sqs" << "write";
        QTest::newRow("a source to compute: trigger") << "sqs" << "lambda" << "trigger";
        QTest::newRow("a table's stream to compute: trigger") << "dynamodb" << "lambda" << "trigger";
        QTest::newRow("a source routed to a source: trigger") << "s3" << "sns" << "trigger";
        QTest::newRow("an API's direct integration: trigger") << "apigw" << "dynamodb" << "trigger";
        QTest::newRow("a function to a queue: write or failure") << "lambda" << "sqs" << "";
        QTest::newRow("a function to a topic: write or failure") << "lambda" << "sns" << "";
    }

    void wireKindFollowsFromThePair()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, kind);
        DocumentData d;
        QString error;
        const bool loaded = ArchscopeFormat::read(pairFile(from, to), Catalog::builtin(), &d, &error);
        if (kind.isEmpty()) {
            QVERIFY(!loaded);
            // The error points at the missing kind and names the two it could be.
            QVERIFY2(error.startsWith("/edges/0/kind: ") && error.contains("“write”") && error.contains("“failure”"), qPrintable(error));
            return;
        }
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(edgeKindId(d.edges[0].kind), kind);
        QVERIFY2(!problemCodes(d).contains("refused-wire"), qPrintable(problemCodes(d).join(' ')));
        // Written back, the kind is spelt out.
        QVERIFY(ArchscopeFormat::write(d).contains(QStringLiteral("\"kind\": \"%1\"").arg(kind).toUtf8()));
    }

    void spelledOutKindsStand()
    {
        DocumentData d;
        QString error;
        QVERIFY2(ArchscopeFormat::read(pairFile("lambda", "sqs", "failure"), Catalog::builtin(), &d, &error), qPrintable(error));
        QCOMPARE(d.edges[0].kind, EdgeKind::Failure);
        QVERIFY2(ArchscopeFormat::read(pairFile("lambda", "sns", "write"), Catalog::builtin(), &d, &error), qPrintable(error));
        QCOMPARE(d.edges[0].kind, EdgeKind::Write);
        // A kind the pair does not allow still loads, and the problem names it.
        QVERIFY2(ArchscopeFormat::read(pairFile("lambda", "dynamodb", "trigger"), Catalog::builtin(), &d, &error), qPrintable(error));
        QCOMPARE(d.edges[0].kind, EdgeKind::Trigger);
        QVERIFY2(problemCodes(d).contains("refused-wire"), qPrintable(problemCodes(d).join(' ')));
    }

    // Every ordered pair of kinds: one kind is derived, two must be given, a refused pair loads
    // and is reported with the rules' hint, exactly as a wire drawn on the canvas would be.
    void everyPairLoadsAsItsRulesSay()
    {
        const WiringRules rules(Catalog::builtin());
        for (const KindSpec &a : Catalog::builtin().kinds()) {
            for (const KindSpec &b : Catalog::builtin().kinds()) {
                const QString pair = a.id + " -> " + b.id;
                DocumentData d;
                QString error;
                const bool loaded = ArchscopeFormat::read(pairFile(a.id, b.id), Catalog::builtin(), &d, &error);
                const QJsonObject stream = a.id == QLatin1String("dynamodb") ? QJsonObject{{"streamEnabled", true}} : QJsonObject();
                const WireCheck c = rules.check(node("a", a.id, stream), node("b", b.id));
                if (c.allowed && c.kinds.size() > 1) {
                    QVERIFY2(!loaded && error.startsWith("/edges/0/kind: "), qPrintable(pair + ": " + error));
                    continue;
                }
                QVERIFY2(loaded, qPrintable(pair + ": " + error));
                if (c.allowed) {
                    QVERIFY2(d.edges[0].kind == c.kind, qPrintable(pair));
                    QVERIFY2(!problemCodes(d).contains("refused-wire"), qPrintable(pair));
                } else {
                    bool named = false;
                    for (const Problem &p : ProblemChecker(Catalog::builtin()).check(d))
                        named = named || (p.code == QLatin1String("refused-wire") && p.message.contains(c.explanation));
                    QVERIFY2(named, qPrintable(pair));
                }
            }
        }
    }

    void fragmentsDeriveWireKindsToo()
    {
        const QByteArray clip = "{\"format\": \"archscope-fragment\", \"version\": 1,"
                                " \"nodes\": [{\"id\": \"fn\", \"kind\": \"lambda\"}, {\"id\": \"table\", \"kind\": \"dynamodb\"}],"
                                " \"edges\": [{\"id\": \"w\", \"from\": \"fn\", \"to\": \"table\"}]}";
        QList<Node> nodes;
        QList<Edge> edges;
        QString error;
        QVERIFY2(ArchscopeFormat::readFragment(clip, Catalog::builtin(), &nodes, &edges, &error), qPrintable(error));
        QCOMPARE(edges.value(0).kind, EdgeKind::Write);
    }

    void fragmentsRoundTrip()
    {
        DocumentData d;
        QVERIFY(ArchscopeFormat::read(valid, Catalog::builtin(), &d, nullptr));
        const QByteArray clip = ArchscopeFormat::writeFragment(d.nodes, d.edges);
        QList<Node> nodes;
        QList<Edge> edges;
        QString error;
        QVERIFY2(ArchscopeFormat::readFragment(clip, Catalog::builtin(), &nodes, &edges, &error), qPrintable(error));
        QCOMPARE(nodes, d.nodes);
        QCOMPARE(edges, d.edges);
        QVERIFY(!ArchscopeFormat::readFragment(valid, Catalog::builtin(), &nodes, &edges, &error));
    }
};

QTEST_GUILESS_MAIN(TestArchscopeFormat)
#include "tst_archscopeformat.moc"
