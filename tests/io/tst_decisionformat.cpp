#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

namespace {

QByteArray withDecision(const QByteArray &decision)
{
    return "{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"f\",\"kind\":\"lambda\"}],\"decision\":"
           + decision + "}";
}

QString readError(const QByteArray &bytes)
{
    DocumentData data;
    QString error;
    if (ArchscopeFormat::read(bytes, Catalog::builtin(), &data, &error))
        return {};
    return error;
}

} // namespace

// The optional "decision" section of .archscope files: answers and the chosen option.
class TestDecisionFormat : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughSaveAndLoad()
    {
        DocumentData data;
        data.title = QStringLiteral("Decided");
        data.decision.answers.set("run_duration", "subsecond");
        data.decision.answers.set("traffic", "event_driven");
        data.decision.chosen = QStringLiteral("lambda");
        QTemporaryDir dir;
        const QString path = dir.filePath("d.archscope");
        QString error;
        QVERIFY2(ArchscopeFormat::writeFile(path, data, &error), qPrintable(error));
        DocumentData loaded;
        QVERIFY2(ArchscopeFormat::readFile(path, Catalog::builtin(), &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.decision, data.decision);
        QCOMPARE(loaded, data);
        // Writing again gives the same bytes, with the section right after "edges".
        const QByteArray bytes = ArchscopeFormat::write(loaded);
        QCOMPARE(bytes, ArchscopeFormat::write(data));
        QVERIFY(bytes.indexOf("\"decision\"") > bytes.indexOf("\"edges\""));
        QVERIFY(bytes.contains("\"chosen\": \"lambda\""));
    }

    void emptyDecisionIsNotWritten()
    {
        DocumentData data;
        QVERIFY(!ArchscopeFormat::write(data).contains("decision"));
        // The examples have no decision and stay byte-identical through a round trip.
        for (const QString &path : testsupport::examplePaths()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray original = f.readAll();
            DocumentData loaded;
            QString error;
            QVERIFY2(ArchscopeFormat::read(original, Catalog::builtin(), &loaded, &error), qPrintable(error));
            QVERIFY(loaded.decision.isEmpty());
            QCOMPARE(ArchscopeFormat::write(loaded), original);
        }
    }

    void unknownIdsAndKeysAreKept()
    {
        DocumentData data;
        QString error;
        QVERIFY2(ArchscopeFormat::read(withDecision("{\"answers\":{\"future_question\":\"maybe\",\"state\":\"stateless\"},"
                                                    "\"chosen\":\"quantum\",\"notes\":{\"by\":\"ann\"}}"),
                                       Catalog::builtin(), &data, &error),
                 qPrintable(error));
        QCOMPARE(data.decision.answers.answer("future_question"), QStringLiteral("maybe"));
        QCOMPARE(data.decision.answers.answer("state"), QStringLiteral("stateless"));
        QCOMPARE(data.decision.chosen, QStringLiteral("quantum"));
        QCOMPARE(data.decision.extra.value("notes").toObject().value("by").toString(), QStringLiteral("ann"));
        QVERIFY(!data.extra.contains("decision"));
        DocumentData again;
        QVERIFY(ArchscopeFormat::read(ArchscopeFormat::write(data), Catalog::builtin(), &again, &error));
        QCOMPARE(again, data);
    }

    void wrongTypesNameThePath()
    {
        QCOMPARE(readError(withDecision("[]")), QStringLiteral("/decision: expected an object"));
        QCOMPARE(readError(withDecision("{\"answers\":[\"state\"]}")), QStringLiteral("/decision/answers: expected an object"));
        QCOMPARE(readError(withDecision("{\"answers\":{\"state\":3}}")), QStringLiteral("/decision/answers/state: expected a string"));
        QCOMPARE(readError(withDecision("{\"answers\":{\"state\":\"\"}}")), QStringLiteral("/decision/answers/state: must not be empty"));
        QCOMPARE(readError(withDecision("{\"chosen\":true}")), QStringLiteral("/decision/chosen: expected a string"));
        QCOMPARE(readError(withDecision("{}")), QString());
    }
};

QTEST_GUILESS_MAIN(TestDecisionFormat)
#include "tst_decisionformat.moc"
