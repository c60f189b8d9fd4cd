// The shared entry point: atomic writes, clear errors, progress and cancellation.
#include "catalog/catalog.h"
#include "io/export/exportregistry.h"
#include "io/archscopeformat.h"
#include "model/documentdata.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

namespace {

DocumentData bigDiagram(int nodes)
{
    DocumentData d;
    d.title = QStringLiteral("Big");
    d.settings.horizonS = 3600;  // the reports and the CSV simulate it
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.id = QStringLiteral("n%1").arg(i);
        n.kind = i % 2 ? QStringLiteral("lambda") : QStringLiteral("sqs");
        n.pos = QPointF((i % 20) * 260, (i / 20) * 90);
        d.nodes.append(n);
        if (i % 2) {
            Edge e;
            e.id = QStringLiteral("e%1").arg(i);
            e.from = QStringLiteral("n%1").arg(i - 1);
            e.to = n.id;
            d.edges.append(e);
        }
    }
    return d;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportRegistry : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryFormat()
    {
        QTemporaryDir dir;
        const DocumentData d = bigDiagram(6);
        for (const ExportFormatInfo &f : exportFormats()) {
            const QString path = dir.filePath(QStringLiteral("out.") + f.extension);
            QString error;
            QVERIFY2(exportDiagram(f.id, d, {}, path, &error), qPrintable(f.id + QStringLiteral(": ") + error));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }

    void unwritablePathIsAClearError()
    {
        QString error;
        QVERIFY(!exportDiagram(QStringLiteral("svg"), bigDiagram(2), {}, QStringLiteral("/nonexistent-dir/x/out.svg"), &error));
        QVERIFY2(error.contains(QLatin1String("/nonexistent-dir/x/out.svg")), qPrintable(error));
        QVERIFY(!exportDiagram(QStringLiteral("svg"), bigDiagram(2), {}, QString(), &error));
        QVERIFY(!error.isEmpty());
    }

    void failureLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous content");
        f.close();
        ExportOptions bad;
        bad.scale = 1000;  // refused before anything is written
        QString error;
        QVERIFY(!exportDiagram(QStringLiteral("png"), bigDiagram(4), bad, path, &error));
        QCOMPARE(readAll(path), QByteArray("previous content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.png")});
    }

    void progressIsReportedAndCancelWritesNothing()
    {
        const DocumentData d = bigDiagram(400);
        QTemporaryDir dir;
        for (const ExportFormatInfo &f : exportFormats()) {
            // Progress goes up to its total.
            int calls = 0, lastDone = -1, lastTotal = 0;
            const QString path = dir.filePath(QStringLiteral("p.") + f.extension);
            QString error;
            QVERIFY2(exportDiagram(f.id, d, {}, path, &error,
                                   [&](int done, int total) {
                                       ++calls;
                                       lastDone = done;
                                       lastTotal = total;
                                       return true;
                                   }),
                     qPrintable(error));
            QVERIFY2(calls >= 2, qPrintable(f.id));
            QCOMPARE(lastDone, lastTotal);

            // Cancelling half-way: an error, no file, and an existing file untouched.
            const QString cancelled = dir.filePath(QStringLiteral("c.") + f.extension);
            QVERIFY(!exportDiagram(f.id, d, {}, cancelled, &error, [](int done, int total) { return done < total / 2; }));
            QVERIFY2(!QFile::exists(cancelled), qPrintable(f.id));
            QVERIFY(error.contains(QLatin1String("cancel")));
            QFile old(path);
            const QByteArray before = readAll(path);
            QVERIFY(!exportDiagram(f.id, d, {}, path, &error, [](int, int) { return false; }));
            QCOMPARE(readAll(path), before);
        }
        QStringList left = QDir(dir.path()).entryList(QDir::Files);
        for (const QString &name : left)
            QVERIFY2(name.startsWith(QLatin1String("p.")), qPrintable(name));
    }

    void emptyDiagramExports()
    {
        for (const ExportFormatInfo &f : exportFormats()) {
            QByteArray out;
            QString error;
            QVERIFY2(renderExport(f.id, DocumentData(), {}, &out, &error), qPrintable(f.id + error));
            QVERIFY(!out.isEmpty());
        }
    }
};

QTEST_MAIN(TestExportRegistry)
#include "tst_exportregistry.moc"
