#include "catalog/catalog.h"

#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace archscope;

class TestCatalog : public QObject
{
    Q_OBJECT

    // The bundled catalog copied into `dir`, with `kind`'s file edited by `edit` (a JSON
    // object in, the broken one out): what a catalog author would write.
    static QString loadEdited(const QTemporaryDir &dir, const QString &kind,
                              const std::function<void(QJsonObject &)> &edit)
    {
        if (!testsupport::copyCatalog(dir.path()))
            return "cannot copy the catalog";
        QFile f(dir.filePath(kind + ".json"));
        if (!f.open(QIODevice::ReadOnly))
            return "cannot open " + f.fileName();
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        edit(o);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return "cannot write " + f.fileName();
        f.write(QJsonDocument(o).toJson());
        f.close();
        Catalog c;
        QString error;
        return c.load(dir.path(), &error) ? QString() : error;
    }

    static void setPath(QJsonObject &o, const QStringList &path, const QJsonValue &v)
    {
        if (path.size() == 1) {
            if (v.isUndefined())
                o.remove(path[0]);
            else
                o.insert(path[0], v);
            return;
        }
        const QJsonValue child = o.value(path[0]);
        if (child.isArray()) {
            QJsonArray a = child.toArray();
            QJsonObject item = a.at(path[1].toInt()).toObject();
            setPath(item, path.mid(2), v);
            a.replace(path[1].toInt(), item);
            o.insert(path[0], a);
        } else {
            QJsonObject c = child.toObject();
            setPath(c, path.mid(1), v);
            o.insert(path[0], c);
        }
    }

private slots:
    void everyDesignKindIsPresent()
    {
        const Catalog &c = Catalog::builtin();
        const QStringList ids = {"apigw", "alb", "alexa", "s3", "sns", "eventbridge", "config", "iot",
                                 "kinesis", "dynamodb", "sqs", "opensearch", "lambda", "fargate",
                                 "ecs_ec2", "eks", "ec2", "external"};
        QCOMPARE(c.kinds().size(), ids.size());
        for (const QString &id : ids)
            QVERIFY2(c.kind(id), qPrintable(id));
    }

    void everyDefaultIsValid()
    {
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            // Paragraphs that teach the service, and a one-sentence summary.
            const QStringList paragraphs = k.learn.split(QStringLiteral("\n\n"));
            QVERIFY2(paragraphs.size() >= 5, qPrintable(k.id));
            for (const QString &paragraph : paragraphs)
                QVERIFY2(paragraph.size() > 40, qPrintable(k.id + ": " + paragraph));
            QVERIFY2(k.summary.endsWith('.') && k.summary.size() > 30, qPrintable(k.id + ": " + k.summary));
            QVERIFY2(Catalog::builtin().category(k.category), qPrintable(k.id));
            for (const PropertySpec &p : k.properties) {
                QVERIFY2(p.checkType(p.defaultValue).isEmpty(), qPrintable(k.id + '/' + p.key));
                QVERIFY2(p.checkRange(p.defaultValue).isEmpty(), qPrintable(k.id + '/' + p.key));
                QVERIFY2(p.help.endsWith('.') && p.help.size() > 20, qPrintable(k.id + '/' + p.key + " has no help"));
                for (const PropertySpec &f : p.fields)
                    QVERIFY2(f.checkType(f.defaultValue).isEmpty() && f.checkRange(f.defaultValue).isEmpty(),
                             qPrintable(k.id + '/' + p.key + '/' + f.key));
            }
            for (const PriceSpec &price : k.prices) {
                // Where the price comes from, and when it was read.
                QVERIFY2(price.source.startsWith("https://aws.amazon.com/"), qPrintable(k.id + ": " + price.source));
                QVERIFY2(QDate::fromString(price.asOf, Qt::ISODate).isValid(), qPrintable(k.id + ": " + price.asOf));
                QVERIFY(price.usd >= 0);
            }
        }
    }

    void sourcesHaveTraffic()
    {
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            if (!k.is(KindSpec::Source))
                continue;
            const PropertySpec *traffic = k.property("traffic");
            QVERIFY2(traffic && traffic->type == PropertySpec::Type::Object, qPrintable(k.id));
            QVERIFY(traffic->field("shape"));
            QVERIFY(traffic->field("rate"));
        }
    }

    void designPricesAreExact()
    {
        const Catalog &c = Catalog::builtin();
        QCOMPARE(c.kind("lambda")->price("requests")->usd, 0.2);
        QCOMPARE(c.kind("lambda")->price("gbSecondX86")->usd, 0.0000166667);
        QCOMPARE(c.kind("lambda")->price("gbSecondArm")->usd, 0.0000133334);
        QCOMPARE(c.kind("lambda")->limit("timeoutMaxS", 0), 900.0);
        QCOMPARE(c.kind("lambda")->limit("memoryMaxMb", 0), 10240.0);
    }

    void memoryRangeMatchesLambdaLimits()
    {
        const PropertySpec *memory = Catalog::builtin().kind("lambda")->property("memoryMb");
        QVERIFY(memory);
        QCOMPARE(memory->minimum, 128.0);
        QCOMPARE(memory->maximum, 10240.0);
        QCOMPARE(memory->checkRange(QJsonValue(10241)), QStringLiteral("10241 is outside 128..10240 MB"));
        QVERIFY(memory->checkRange(QJsonValue(10240)).isEmpty());
        QCOMPARE(memory->checkType(QJsonValue("512")), QStringLiteral("expected a whole number 128..10240"));
    }

    void wirePropertiesDependOnSource()
    {
        const Catalog &c = Catalog::builtin();
        auto batch = [&](const QString &source, InvocationModel model) -> QJsonValue {
            for (const PropertySpec &p : c.wireProperties(model, source))
                if (p.key == "batchSize")
                    return p.defaultValue;
            return QJsonValue(QJsonValue::Undefined);
        };
        QCOMPARE(batch("sqs", InvocationModel::QueuePoll).toInt(), 10);
        QCOMPARE(batch("kinesis", InvocationModel::StreamPoll).toInt(), 100);
        QVERIFY(batch("apigw", InvocationModel::SyncPush).isUndefined());
    }

    void nodeNumbersAreFiniteNumbers()
    {
        const Catalog &c = Catalog::builtin();
        const QString lambda = QStringLiteral("lambda"), memory = QStringLiteral("memoryMb");
        QCOMPARE(c.nodeNumber(lambda, {{"memoryMb", 512}}, memory, -1), 512.0);
        QCOMPARE(c.nodeNumber(lambda, {}, memory, -1), 128.0);  // the catalog's default
        QCOMPARE(c.nodeNumber(lambda, {}, QStringLiteral("noSuchKey"), -1), -1.0);
        QCOMPARE(c.nodeNumber(lambda, {{"memoryMb", "large"}}, memory, -1), -1.0);
        QCOMPARE(c.nodeNumber(lambda, {{"memoryMb", qInf()}}, memory, -1), -1.0);
        QCOMPARE(c.nodeNumber(lambda, {{"memoryMb", -qInf()}}, memory, -1), -1.0);
        QCOMPARE(c.nodeNumber(lambda, {{"memoryMb", qQNaN()}}, memory, -1), -1.0);
    }

    void everyKindSaysWhatItMeansToTheSimulator()
    {
        for (const KindSpec &k : Catalog::builtin().kinds()) {
            const SimulationSpec &s = k.simulation;
            QVERIFY2(s.model != SimulationSpec::Model::None, qPrintable(k.id));
            if (k.is(KindSpec::Compute)) {
                QVERIFY2(!s.unitName.isEmpty(), qPrintable(k.id));
                QVERIFY2(!s.costItems.isEmpty(), qPrintable(k.id));
            }
        }
        const SimulationSpec &eks = Catalog::builtin().kind("eks")->simulation;
        QCOMPARE(eks.model, SimulationSpec::Model::Fleet);
        QCOMPARE(eks.instanceType("c5.large")->memoryGib, 4.0);
        QCOMPARE(eks.instanceType("t3.micro")->vcpu, 2.0);
        QCOMPARE(Catalog::builtin().kind("fargate")->simulation.read("capacity")->key, QString("capacityPerTask"));
        QCOMPARE(Catalog::builtin().kind("ec2")->simulation.read("capacity")->key, QString("capacityPerInstance"));
    }

    void badSimulationBlockNamesFileAndPath_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing block") << "sns" << QStringList{"simulation"} << QJsonValue(QJsonValue::Undefined)
                                       << "sns.json:/simulation: every kind needs a simulation block";
        QTest::newRow("unknown model") << "sqs" << QStringList{"simulation", "model"} << QJsonValue("queue")
                                       << "sqs.json:/simulation/model: unknown model 'queue'";
        QTest::newRow("fleet on a source") << "sqs" << QStringList{"simulation", "model"} << QJsonValue("fleet")
                                           << "sqs.json:/simulation/model: model 'fleet' does not fit";
        QTest::newRow("unknown price") << "kinesis" << QStringList{"simulation", "costItems", "0", "price"}
                                       << QJsonValue("shardHours")
                                       << "kinesis.json:/simulation/costItems/0/price: the kind has no price 'shardHours'";
        QTest::newRow("unknown variant price")
            << "lambda" << QStringList{"simulation", "costItems", "1", "price", "variants", "arm64"} << QJsonValue("gbArm")
            << "lambda.json:/simulation/costItems/1/price/variants/arm64: the kind has no price 'gbArm'";
        QTest::newRow("unknown basis") << "apigw" << QStringList{"simulation", "costItems", "0", "basis"}
                                       << QJsonValue("calls")
                                       << "apigw.json:/simulation/costItems/0/basis: unknown basis 'calls'";
        QTest::newRow("unknown factor property")
            << "opensearch" << QStringList{"simulation", "costItems", "0", "factors"} << QJsonValue(QJsonArray{"nodes"})
            << "opensearch.json:/simulation/costItems/0/factors/0: the kind has no property 'nodes'";
        QTest::newRow("zero divisor") << "alb" << QStringList{"simulation", "costItems", "0", "divisors"}
                                      << QJsonValue(QJsonArray{0})
                                      << "alb.json:/simulation/costItems/0/divisors/0: a divisor cannot be 0";
        QTest::newRow("unknown limit") << "alb" << QStringList{"simulation", "costItems", "1", "divisors"}
                                       << QJsonValue(QJsonArray{"@limit.lcuPerS"})
                                       << "alb.json:/simulation/costItems/1/divisors/0: the kind has no limit 'lcuPerS'";
        QTest::newRow("missing role") << "fargate" << QStringList{"simulation", "reads", "capacity"}
                                      << QJsonValue(QJsonValue::Undefined)
                                      << "fargate.json:/simulation/reads: missing the role 'capacity'";
        QTest::newRow("unknown role") << "fargate" << QStringList{"simulation", "reads", "tasksPerSecond"}
                                      << QJsonValue("capacityPerTask")
                                      << "fargate.json:/simulation/reads/tasksPerSecond: unknown role";
        QTest::newRow("instance type missing")
            << "ec2" << QStringList{"simulation", "instanceTypes", "types"} << QJsonValue(QJsonArray{})
            << "ec2.json:/simulation/instanceTypes/types: no entry for the choice 't3.micro'";
        QTest::newRow("free tier of no item")
            << "sns" << QStringList{"simulation", "freeTier", "0", "items"} << QJsonValue(QJsonArray{"publish"})
            << "sns.json:/simulation/freeTier/0/items: no cost item 'publish'";
        QTest::newRow("bad condition") << "lambda" << QStringList{"simulation", "costItems", "3", "when"}
                                       << QJsonValue(QJsonObject{{"property", "provisionedConcurrency"}})
                                       << "lambda.json:/simulation/costItems/3/when: expected equals, notEquals or above";
    }

    void badSimulationBlockNamesFileAndPath()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString error = loadEdited(dir, kind, [&](QJsonObject &o) { setPath(o, path, value); });
        QVERIFY2(error.contains(dir.filePath(expected)), qPrintable(error));
    }

    // What a palette search finds: names and keywords at the start of a word, never the prose
    // of a summary that mentions other services.
    void searchRanksByNameThenKeywords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");     // best first
        QTest::addColumn<QStringList>("notFound");
        QTest::newRow("RDS is no kind") << "RDS" << QStringList() << QStringList{"kinesis"};
        QTest::newRow("function") << "function" << QStringList{"lambda"} << QStringList{"alb", "apigw"};
        QTest::newRow("id") << "sqs" << QStringList{"sqs"} << QStringList{"lambda"};
        QTest::newRow("upper case") << "SQS" << QStringList{"sqs"} << QStringList();
        QTest::newRow("name word") << "queue" << QStringList{"sqs"} << QStringList{"lambda"};
        QTest::newRow("name before keyword") << "stream" << QStringList{"kinesis", "dynamodb"} << QStringList{"sqs"};
        QTest::newRow("short name prefix before name word") << "s" << QStringList{"s3", "fargate"} << QStringList{"alb"};
        QTest::newRow("keyword") << "container" << QStringList{"fargate", "ecs_ec2", "eks"} << QStringList{"lambda", "ec2"};
        QTest::newRow("two words") << "load balancer" << QStringList{"alb"} << QStringList{"apigw"};
        QTest::newRow("separators") << "pub/sub" << QStringList{"sns"} << QStringList{"sqs"};
    }

    void searchRanksByNameThenKeywords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QFETCH(QStringList, notFound);
        const Catalog &c = Catalog::builtin();
        int previous = 101;
        for (const QString &id : found) {
            const int rank = c.kind(id)->searchRank(text);
            QVERIFY2(rank > 0 && rank <= previous, qPrintable(QStringLiteral("%1: %2 after %3").arg(id).arg(rank).arg(previous)));
            previous = rank;
        }
        for (const QString &id : notFound)
            QVERIFY2(c.kind(id)->searchRank(text) == 0, qPrintable(id));
        if (found.isEmpty())
            for (const KindSpec &k : c.kinds())
                QVERIFY2(k.searchRank(text) == 0, qPrintable(k.id));
    }

    void unchangedCopyLoads()
    {
        QTemporaryDir dir;
        const QString error = loadEdited(dir, "lambda", [](QJsonObject &) {});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void brokenCatalogIsReportedNotLoaded()
    {
        QTemporaryDir dir;
        QFile index(dir.filePath("index.json"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("{\"categories\":[{\"id\":\"compute\",\"name\":\"Compute\",\"color\":\"#f00\"}],\"kinds\":[\"x\"]}");
        index.close();
        QFile kind(dir.filePath("x.json"));
        QVERIFY(kind.open(QIODevice::WriteOnly));
        kind.write("{\"id\":\"x\",\"name\":\"X\",\"category\":\"compute\",\"roles\":[\"compute\"],\n"
        "                      \"properties\":[{\"key\":\"m\",\"type\":\"integer\",\"default\":5,\"min\":10,\"max\":20}]}");
        kind.close();
        Catalog c;
        QString error;
        QVERIFY(!c.load(dir.path(), &error));
        QVERIFY2(error.contains("invalid default"), qPrintable(error));
        QVERIFY(c.kinds().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
