#include "catalog/catalog.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyDesignKindIsPresent()
    {
        const Catalog &c = Catalog::builtin();
        const QStringList ids = {"apigw", "alb", "alexa", "s3", "sns", "eventbridge", "config", "iot",
                                 "kinesis", "dynamodb", "sqs", "opensearch", "lambda", "fargate",
                                 "ecs_ec2", "eks", "ec2"};
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
