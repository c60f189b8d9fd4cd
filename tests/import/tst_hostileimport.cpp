// Malformed and hostile sources: each gives a clear error that names the problem (or, where the
// source is merely odd, imports with warnings), in bounded time and memory, and never crashes.
#include "io/archscopeformat.h"
#include "io/import/importlimits.h"
#include "io/import/templateimport.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

namespace {

QByteArray repeat(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// "a:\n  a:\n    a: …" nested `depth` maps deep.
QByteArray nestedYamlMaps(int depth)
{
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += QByteArray(2 * i, ' ') + "a:\n";
    out += QByteArray(2 * depth, ' ') + "leaf\n";
    return out;
}

// The classic "billion laughs": each level aliases the one before ten times.
QByteArray aliasBomb(int levels, bool flow)
{
    QByteArray out = "Resources: {}\nlol0: &l0 \"lol\"\n";
    for (int i = 1; i <= levels; ++i) {
        out += "lol" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + (flow ? " [" : "\n");
        for (int j = 0; j < 10; ++j) {
            if (flow)
                out += (j ? ", *l" : "*l") + QByteArray::number(i - 1);
            else
                out += "  - *l" + QByteArray::number(i - 1) + "\n";
        }
        if (flow)
            out += "]\n";
    }
    return out;
}

QByteArray manyResources(int count)
{
    QByteArray out = "{\"Resources\": {";
    for (int i = 0; i < count; ++i)
        out += (i ? ",\"Q" : "\"Q") + QByteArray::number(i) + "\":{\"Type\":\"AWS::SQS::Queue\"}";
    return out + "}}";
}

// Peak resident memory of this process in MB (Linux), or -1.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    return -1;
}

} // namespace

class TestHostileImport : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message"); // a part of the error that names the problem

        // Not text at all.
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t\n  ") << "empty";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary";
        QTest::newRow("zero in yaml") << QByteArray("Resources:\n  A:\n    Type: X\0\n", 28) << "binary";
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE{\0\"\0R\0\"\0", 10) << "binary";
        QTest::newRow("latin-1") << QByteArray("Description: caf\xE9\nResources: {}\n") << "UTF-8";
        QTest::newRow("random bytes") << QByteArray::fromHex("8f3a00ff12e4d77e0000a1") << "binary";
        // Too big.
        QTest::newRow("60 MB") << QByteArray(60 * 1024 * 1024, 'a') << "larger than 32 MB";
        // Tabs.
        QTest::newRow("tab indent") << QByteArray("Resources:\n\tFn:\n\t\tType: AWS::SNS::Topic\n") << "tab";
        QTest::newRow("tab deeper") << QByteArray("Resources:\n  Fn:\n\t  Type: AWS::SNS::Topic\n") << "tab";
        // Alias and anchor expansion.
        QTest::newRow("billion laughs") << aliasBomb(9, false) << "more than 3000000 values";
        QTest::newRow("billion laughs, flow") << aliasBomb(9, true) << "more than 3000000 values";
        QTest::newRow("wide alias") << ("big: &b [" + repeat("1,", 2000) + "1]\nmany: [" + repeat("*b, ", 2000)
                                        + "*b]\n")
                                    << "more than 3000000 values";
        QTest::newRow("undefined alias") << QByteArray("Resources:\n  A: *nowhere\n") << "not valid YAML";
        // Depth.
        QTest::newRow("100 maps") << nestedYamlMaps(100) << "nested more than 64 levels";
        QTest::newRow("100 flow lists") << (repeat("[", 100) + repeat("]", 100)) << "nested more than 64 levels";
        QTest::newRow("100000 flow lists")
            << (repeat("[", 100000) + repeat("]", 100000)) << "nested more than 64 levels";
        QTest::newRow("100 json objects")
            << (repeat("{\"a\":", 100) + "1" + repeat("}", 100)) << "nested more than 64 levels";
        QTest::newRow("1000000 json arrays") << repeat("[", 1000000) << "nested more than 64 levels";
        QTest::newRow("100 yaml flow maps")
            << ("Resources: {}\nx: " + repeat("{a: ", 100) + "1" + repeat("}", 100)) << "nested more than 64 levels";
        // Values.
        QTest::newRow("3 million values") << ("[" + repeat("0,", 3000001) + "0]") << "more than 3000000 values";
        QTest::newRow("100001 resources") << manyResources(100001) << "more than 100000 resources";
        // Tags.
        QTest::newRow("unknown tag") << QByteArray("Resources:\n  A:\n    Type: !Foo bar\n") << "unknown tag !Foo";
        QTest::newRow("unknown tag on map") << QByteArray("Resources: !Bar {}\n") << "unknown tag !Bar";
        QTest::newRow("unknown tag on list")
            << QByteArray("Resources:\n  A:\n    Type: X\n    Properties:\n      L: !Lst [1]\n") << "unknown tag !Lst";
        QTest::newRow("binary tag") << QByteArray("Resources: {}\nblob: !!binary aGVsbG8=\n") << "!!binary";
        QTest::newRow("timestamp tag") << QByteArray("Resources: {}\nwhen: !!timestamp 2001-12-14\n") << "!!timestamp";
        QTest::newRow("bad int tag") << QByteArray("Resources: {}\nn: !!int lots\n") << "!!int";
        QTest::newRow("verbatim tag") << QByteArray("Resources: !<tag:example.com,2000:x> {}\n") << "unknown tag";
        // Wrong types where the structure needs them.
        QTest::newRow("resources a list") << QByteArray("Resources: [a, b]\n") << "Resources: expected a map";
        QTest::newRow("resources a text") << QByteArray("Resources: everything\n") << "Resources: expected a map";
        QTest::newRow("resource a text") << QByteArray("Resources:\n  A: queue\n")
                                         << "Resources.A: expected a resource";
        QTest::newRow("resource without type")
            << QByteArray("Resources:\n  A:\n    Properties: {}\n") << "Resources.A.Type";
        QTest::newRow("type a number") << QByteArray("{\"Resources\": {\"A\": {\"Type\": 7}}}") << "Resources.A.Type";
        QTest::newRow("properties a list")
            << QByteArray("Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties: [1]\n")
            << "Resources.A.Properties: expected a map";
        QTest::newRow("root a list") << QByteArray("- Resources\n- more\n") << "neither";
        QTest::newRow("root a text") << QByteArray("just words\n") << "neither";
        QTest::newRow("root null") << QByteArray("~\n") << "neither";
        QTest::newRow("no resources") << QByteArray("Parameters:\n  A: {Type: String}\n") << "neither";
        QTest::newRow("terraform without root_module")
            << QByteArray("{\"format_version\": \"1.0\", \"values\": {}}") << "root_module";
        QTest::newRow("terraform values a list")
            << QByteArray("{\"format_version\": \"1.0\", \"planned_values\": [1]}") << "root_module";
        QTest::newRow("terraform root_module a list")
            << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": []}}") << "root_module";
        // Syntax.
        QTest::newRow("duplicate key") << QByteArray("Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n")
                                       << "the key 'A' appears twice";
        QTest::newRow("duplicate json key")
            << QByteArray("{\"Resources\": {}, \"Resources\": {}}") << "the key 'Resources' appears twice";
        QTest::newRow("map as key") << QByteArray("? {a: 1}\n: x\nResources: {}\n") << "a key must be a plain value";
        QTest::newRow("json trailing comma") << QByteArray("{\"Resources\": {},}") << "not valid JSON at line 1";
        QTest::newRow("json truncated") << QByteArray("{\"Resources\": {\"A\": {\"Type\": \"AWS::SQS")
                                        << "not valid JSON";
        QTest::newRow("json number overflow") << QByteArray("{\"Resources\": {}, \"n\": 1e999}") << "not valid JSON";
        QTest::newRow("unclosed quote") << QByteArray("Resources:\n  A:\n    Type: \"AWS::SQS::Queue\n---\n")
                                        << "not valid YAML";
        QTest::newRow("unclosed flow") << QByteArray("Resources: {A: {Type: X}\n") << "not valid YAML";
        QTest::newRow("bad indentation") << QByteArray("Resources:\n  A:\n    Type: X\n   B: y\n") << "not valid YAML";
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QElapsedTimer timer;
        timer.start();
        ImportResult result;
        result.data.title = QStringLiteral("untouched");
        QString error;
        QVERIFY(!TemplateImport::read(bytes, Catalog::builtin(), &result, &error));
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        // A refused import changes nothing.
        QCOMPARE(result.data.title, QStringLiteral("untouched"));
        QVERIFY(result.data.nodes.isEmpty());
        // A guard against a hang, not a speed figure (bench_import has those): the worst
        // input here takes under a second in a release build and some fifteen under the
        // sanitizers.
        QVERIFY2(timer.elapsed() < 120000, qPrintable(QString::number(timer.elapsed())));
    }

    void oddButImportable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("warning"); // a warning's path, or empty

        QTest::newRow("empty resources") << QByteArray("Resources: {}\n") << QString();
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFResources:\n  T:\n    Type: AWS::SNS::Topic\n")
                                         << QString();
        QTest::newRow("two documents") << QByteArray("Resources:\n  T:\n    Type: AWS::SNS::Topic\n---\nmore: 1\n")
                                       << QString();
        QTest::newRow("condition on itself")
            << QByteArray("Conditions:\n  A: !Condition A\nResources:\n  T:\n    Type: "
                          "AWS::SNS::Topic\n    Condition: A\n")
            << "Resources.T.Condition";
        QTest::newRow("conditions in a cycle")
            << QByteArray("Conditions:\n  A: !Not [!Condition B]\n  B: !Not [!Condition "
                          "A]\nResources:\n  F:\n    Type: AWS::Lambda::Function\n"
                          "    Properties:\n      MemorySize: !If [A, 256, 512]\n")
            << "Resources.F.Properties.MemorySize";
        QTest::newRow("memory a word") << QByteArray(
            "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n    "
            "  MemorySize: lots\n") << "Resources.F.Properties.MemorySize";
        QTest::newRow("memory out of range")
            << QByteArray("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n    "
                          "  MemorySize: 99999\n")
            << "Resources.F.Properties.MemorySize";
        QTest::newRow("memory a list") << QByteArray(
            "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n    "
            "  MemorySize: [1, 2]\n") << "Resources.F.Properties.MemorySize";
        QTest::newRow("unterminated sub")
            << QByteArray("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n    "
                          "  Timeout: !Sub '${Oops'\n")
            << "Resources.F.Properties.Timeout";
        QTest::newRow("select out of range")
            << QByteArray("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n    "
                          "  Timeout: !Select [9, [1, 2]]\n")
            << "Resources.F.Properties.Timeout";
        QTest::newRow("event without type")
            << QByteArray("Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: "
                          "AWS::Serverless::Function\n"
                          "    Properties:\n      Events:\n        E: {Properties: {}}\n")
            << "Resources.F.Properties.Events.E";
        QTest::newRow("event source missing")
            << QByteArray("Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: "
                          "AWS::Serverless::Function\n"
                          "    Properties:\n      Events:\n        E: {Type: SQS, Properties: {}}\n")
            << "Resources.F.Properties.Events.E.Properties.Queue";
        QTest::newRow("ref to nothing") << QByteArray(
            "Resources:\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    "
            "Properties:\n      FunctionName: !Ref Nope\n"
            "      EventSourceArn: !Ref Nothing\n")
                                        << "Resources.M.Properties.FunctionName";
        // 18 joins: 54 levels, deep but inside the limit.
        QTest::newRow("54 levels of joins")
            << ("Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      "
                "Description: "
                + repeat("{\"Fn::Join\": [\"\", [", 18) + "\"x\"" + repeat("]]}", 18) + "\n")
            << QString();
        QTest::newRow("long text") << ("Description: \"" + QByteArray(5 * 1024 * 1024, 'x') + "\"\nResources: {}\n")
                                   << QString();
        QTest::newRow("terraform without resources")
            << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": {}}}") << QString();
        QTest::newRow("terraform odd resources")
            << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": "
                          "{\"resources\": [1, \"x\", {\"address\": 5},"
                          " {\"address\": \"aws_sqs_queue.q\", \"type\": \"aws_sqs_queue\", "
                          "\"name\": \"q\", \"values\": [1]}]}}}")
            << QString();
        QTest::newRow("terraform redrive not json")
            << QByteArray("{\"format_version\": \"1.0\", \"values\": {\"root_module\": "
                          "{\"resources\": [{\"address\": \"aws_sqs_queue.q\","
                          " \"type\": \"aws_sqs_queue\", \"name\": \"q\", \"values\": "
                          "{\"redrive_policy\": \"{not json\"}}]}}}")
            << QString();
    }

    void oddButImportable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, warning);
        QElapsedTimer timer;
        timer.start();
        ImportResult result;
        QString error;
        QVERIFY2(TemplateImport::read(bytes, Catalog::builtin(), &result, &error), qPrintable(error));
        if (!warning.isEmpty()) {
            QStringList paths;
            for (const ImportReport::Warning &w : result.report.warnings)
                paths << w.path;
            QVERIFY2(paths.contains(warning), qPrintable(paths.join(", ")));
        }
        // A guard against a hang, not a speed figure (bench_import has those): the worst
        // input here takes under a second in a release build and some fifteen under the
        // sanitizers.
        QVERIFY2(timer.elapsed() < 120000, qPrintable(QString::number(timer.elapsed())));
    }

    // A name made only of characters nobody sees (a byte-order mark, a zero-width space) would
    // be an empty id, which the file format refuses: the import names such a node itself, and
    // what it makes saves and loads again.
    void invisibleNamesStillLoad_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("byte-order mark") << QString(QChar(0xFEFF));
        QTest::newRow("zero-width space") << QString(QChar(0x200B));
        QTest::newRow("control and spaces") << QStringLiteral(" \\u0007 ");  // JSON escape: a bell
    }
    void invisibleNamesStillLoad()
    {
        QFETCH(QString, name);
        const QString plan = QStringLiteral(
                                 "{\"format_version\": \"1.0\", \"planned_values\": {\"root_module\": {\"resources\": ["
                                 "{\"address\": \"aws_lambda_event_source_mapping.m\", \"type\": \"aws_lambda_event_source_mapping\","
                                 " \"name\": \"m\", \"values\": {\"event_source_arn\": \"arn:aws:kafka:x:y:cluster/%1\","
                                 " \"function_name\": \"arn:aws:lambda:x:y:function:f\"}}]}}}")
                                 .arg(name);
        ImportResult result;
        QString error;
        QVERIFY2(TemplateImport::read(plan.toUtf8(), Catalog::builtin(), &result, &error), qPrintable(error));
        QVERIFY(!result.data.nodes.isEmpty());
        for (const Node &n : result.data.nodes)
            QVERIFY2(!n.id.trimmed().isEmpty() && n.id != name, qPrintable(n.id));
        DocumentData again;
        QVERIFY2(ArchscopeFormat::read(ArchscopeFormat::write(result.data), Catalog::builtin(), &again, &error), qPrintable(error));
        QCOMPARE(again.nodes.size(), result.data.nodes.size());
    }

    void memoryStaysBounded()
    {
        // Everything above ran in this process: the worst of it (the 60 MB file, an alias bomb
        // stopped at three million values) must not have needed more than this.
        const double peak = peakMb();
        if (peak < 0)
            QSKIP("no /proc/self/status");
        QVERIFY2(peak < 1536, qPrintable(QString::number(peak) + " MB"));
    }

    void fileLargerThanTheLimitIsNotRead()
    {
        // A sparse file of 60 MB: refused by its size before a byte is read.
        QTemporaryDir dir;
        QFile f(dir.filePath("huge.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(60 * 1024 * 1024));
        f.close();
        ImportResult result;
        QString error;
        QVERIFY(!TemplateImport::readFile(f.fileName(), Catalog::builtin(), &result, &error));
        QVERIFY2(error.contains("larger than 32 MB"), qPrintable(error));
        QVERIFY(!TemplateImport::readFile(dir.filePath("missing.yaml"), Catalog::builtin(), &result, &error));
        QVERIFY2(error.contains("missing.yaml"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHostileImport)
#include "tst_hostileimport.moc"
