// The SAM template: read back with yaml-cpp's parser and with Python's yaml; every event type,
// failure destination and resource; nothing silently dropped.
#include "exportsupport.h"

#include "io/export/samexporter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace testsupport;

namespace {

YAML::Node parse(const QByteArray &yaml)
{
    return YAML::Load(yaml.toStdString());
}

QString str(const YAML::Node &n)
{
    return QString::fromStdString(n.as<std::string>());
}

} // namespace

class TestSamExport : public QObject
{
    Q_OBJECT

private slots:
    void everyEventType()
    {
        QByteArray yaml;
        QString error;
        QVERIFY2(SamExporter::write(everyEventDiagram(), {}, &yaml, &error), qPrintable(error));
        const YAML::Node root = parse(yaml);
        QCOMPARE(str(root["Transform"]), QStringLiteral("AWS::Serverless-2016-10-31"));
        const YAML::Node resources = root["Resources"];
        const YAML::Node fn = resources["HandlerFunction"];
        QVERIFY(fn);
        QCOMPARE(str(fn["Type"]), QStringLiteral("AWS::Serverless::Function"));
        const YAML::Node props = fn["Properties"];
        QCOMPARE(props["MemorySize"].as<int>(), 1024);
        QCOMPARE(props["Timeout"].as<int>(), 60);
        QCOMPARE(str(props["Architectures"][0]), QStringLiteral("arm64"));
        QCOMPARE(props["ReservedConcurrentExecutions"].as<int>(), 50);
        QCOMPARE(str(props["Runtime"]), QStringLiteral("nodejs20.x"));
        QVERIFY(props["Handler"]);
        QVERIFY(props["CodeUri"]);

        QMap<QString, YAML::Node> byType;
        for (auto it = props["Events"].begin(); it != props["Events"].end(); ++it)
            byType.insert(str(it->second["Type"]), it->second);
        for (const char *type : {"Api", "HttpApi", "S3", "SNS", "SQS", "Kinesis", "DynamoDB", "EventBridgeRule",
                                 "Schedule", "IoTRule", "AlexaSkill"})
            QVERIFY2(byType.contains(QLatin1String(type)), type);
        QCOMPARE(byType.value("SQS")["Properties"]["BatchSize"].as<int>(), 7);
        QCOMPARE(byType.value("Kinesis")["Properties"]["BatchSize"].as<int>(), 250);
        QCOMPARE(byType.value("Kinesis")["Properties"]["ParallelizationFactor"].as<int>(), 3);
        QCOMPARE(str(byType.value("Kinesis")["Properties"]["StartingPosition"]), QStringLiteral("LATEST"));
        QCOMPARE(str(byType.value("DynamoDB")["Properties"]["Stream"]["Fn::GetAtt"][1]), QStringLiteral("StreamArn"));
        QCOMPARE(str(byType.value("S3")["Properties"]["Bucket"]["Ref"]), QStringLiteral("UploadsBucket"));
        QCOMPARE(str(byType.value("Schedule")["Properties"]["Schedule"]), QStringLiteral("rate(60 minutes)"));

        // The failure wire.
        QCOMPARE(str(props["EventInvokeConfig"]["DestinationConfig"]["OnFailure"]["Type"]), QStringLiteral("SQS"));
        QCOMPARE(str(props["EventInvokeConfig"]["DestinationConfig"]["OnFailure"]["Destination"]["Fn::GetAtt"][0]),
                 QStringLiteral("DeadLettersQueue"));

        // Resources.
        QCOMPARE(str(resources["UploadsBucket"]["Type"]), QStringLiteral("AWS::S3::Bucket"));
        QCOMPARE(str(resources["EventsTopic"]["Type"]), QStringLiteral("AWS::SNS::Topic"));
        QCOMPARE(str(resources["WorkQueue"]["Type"]), QStringLiteral("AWS::SQS::Queue"));
        QVERIFY(resources["WorkQueue"]["Properties"]["VisibilityTimeout"].as<int>() >= 6 * 60);
        QCOMPARE(str(resources["ClicksStream"]["Type"]), QStringLiteral("AWS::Kinesis::Stream"));
        QCOMPARE(resources["ClicksStream"]["Properties"]["ShardCount"].as<int>(), 4);
        QCOMPARE(str(resources["OrdersTable"]["Type"]), QStringLiteral("AWS::DynamoDB::Table"));
        QVERIFY(resources["OrdersTable"]["Properties"]["StreamSpecification"]);
        QCOMPARE(str(resources["PublicApi"]["Type"]), QStringLiteral("AWS::Serverless::Api"));
        QCOMPARE(str(resources["HttpApi"]["Type"]), QStringLiteral("AWS::Serverless::HttpApi"));
        // AWS Config through a rule resource and a permission for Config to invoke.
        const YAML::Node rule = resources["ComplianceConfigRule"];
        QCOMPARE(str(rule["Type"]), QStringLiteral("AWS::Config::ConfigRule"));
        QCOMPARE(str(rule["Properties"]["Source"]["Owner"]), QStringLiteral("CUSTOM_LAMBDA"));
        bool permission = false;
        for (auto it = resources.begin(); it != resources.end(); ++it)
            permission = permission
                         || (str(it->second["Type"]) == QLatin1String("AWS::Lambda::Permission")
                             && str(it->second["Properties"]["Principal"]) == QLatin1String("config.amazonaws.com"));
        QVERIFY(permission);

        // Nothing silently dropped: what SAM does not cover is listed, with reasons.
        // Each reason names what SAM would need or where the service is defined instead.
        const QHash<QString, QString> reasonMentions = {{"svc", "task definition"}, {"ecs", "task definition"},
                                                         {"vm", "launch template"}, {"k8s", "Kubernetes manifests"},
                                                         {"lb", "target groups"}, {"search", "AWS::OpenSearchService::Domain"}};
        QSet<QString> notGenerated;
        for (const YAML::Node &n : root["Metadata"]["Archscope::NotGenerated"]) {
            const QString id = str(n["Id"]);
            notGenerated.insert(id);
            QVERIFY2(str(n["Reason"]).contains(reasonMentions.value(id, QStringLiteral("(unexpected)"))), qPrintable(id));
        }
        QCOMPARE(notGenerated, (QSet<QString>{"svc", "vm", "k8s", "ecs", "lb", "search"}));
        QVERIFY(yaml.contains("# NOT GENERATED"));
        const DocumentData d = everyEventDiagram();
        QCOMPARE(int(root["Metadata"]["Archscope::Nodes"].size()), d.nodes.size());
        QVERIFY(root["Metadata"]["Archscope::WiresNotGenerated"].size() >= 3);
    }

    void examplesLoadAndEveryLambdaBecomesAFunction()
    {
        for (const QString &path : examplePaths()) {
            const DocumentData d = loadFile(path);
            QByteArray yaml;
            QString error;
            QVERIFY2(SamExporter::write(d, {}, &yaml, &error), qPrintable(error));
            const YAML::Node root = parse(yaml);
            int functions = 0;
            for (auto it = root["Resources"].begin(); it != root["Resources"].end(); ++it)
                functions += str(it->second["Type"]) == QLatin1String("AWS::Serverless::Function");
            int lambdas = 0;
            for (const Node &n : d.nodes)
                lambdas += n.kind == QLatin1String("lambda");
            QCOMPARE(functions, lambdas);
            QVERIFY(root["Resources"].size() > 0);
        }
    }

    void loadsInPythonYaml()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QByteArray yaml;
        QString error;
        QVERIFY(SamExporter::write(everyEventDiagram(), {}, &yaml, &error));
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import sys\ntry:\n    import yaml\nexcept ImportError:\n    sys.exit(77)\n"
                                        "d = yaml.safe_load(sys.stdin.buffer.read())\n"
                                        "assert d['Transform'] == 'AWS::Serverless-2016-10-31'\n"
                                        "assert d['Resources']['HandlerFunction']['Properties']['MemorySize'] == 1024\n")});
        p.write(yaml);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        if (p.exitCode() == 77)
            QSKIP("python3-yaml is not installed");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void logicalIds()
    {
        QCOMPARE(SamExporter::logicalIdBase(QStringLiteral("send confirmation"), QStringLiteral("Function")),
                 QStringLiteral("SendConfirmation"));
        QCOMPARE(SamExporter::logicalIdBase(QStringLiteral("9 lives: \"x\""), QStringLiteral("Queue")),
                 QStringLiteral("Queue9LivesX"));
        QCOMPARE(SamExporter::logicalIdBase(QString(), QStringLiteral("Topic")), QStringLiteral("Topic"));
    }
};

QTEST_MAIN(TestSamExport)
#include "tst_samexport.moc"
