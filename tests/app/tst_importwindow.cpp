// Import in the window: File → Import, a file dropped on the canvas, the summary dialog (counts,
// external and ignored resources, warnings; a click selects the node), the layout, one undo step
// into an empty diagram or a new window beside a diagram that has nodes, and the canvas saying a
// source has no traffic.
#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/nodeitem.h"
#include "catalog/catalog.h"
#include "importcontroller.h"
#include "importsummarydialog.h"
#include "io/import/importreport.h"
#include "mainwindow.h"
#include "model/document.h"

#include "windowsupport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

using namespace archscope;
using testsupport::closeNextMessageBox;

namespace {

const QString dataDir = QStringLiteral(ARCHSCOPE_TEST_DATA "/import/");

QList<MainWindow *> mainWindows()
{
    QList<MainWindow *> out;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *m = qobject_cast<MainWindow *>(w))
            out.append(m);
    return out;
}

// What a file manager hands over when a file is dropped on `target`.
void dropFile(QWidget *target, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

QTreeWidgetItem *entry(QTreeWidgetItem *group, const QString &text)
{
    for (int i = 0; group && i < group->childCount(); ++i)
        if (group->child(i)->text(0) == text)
            return group->child(i);
    return nullptr;
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        for (MainWindow *w : mainWindows())
            delete w;
    }

    void fileMenuHasImport()
    {
        MainWindow w(Catalog::builtin());
        QAction *import = nullptr;
        for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
            if (a->text().remove('&') == QStringLiteral("Import…"))
                import = a;
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        const QString filter = ImportController::fileFilter();
        for (const char *pattern : {"*.yaml", "*.yml", "*.json", "*.template", "*.tfplan.json"})
            QVERIFY2(filter.contains(QLatin1String(pattern)), pattern);
    }

    void importIntoAnEmptyWindowIsOneUndoStep()
    {
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->importer()->importFile(dataDir + "sam-sqs-worker.yaml"));
        QCOMPARE(mainWindows().size(), 1);
        const DocumentData &d = w->document()->data();
        QCOMPARE(d.nodes.size(), 4);
        QCOMPARE(d.edges.size(), 3);
        QVERIFY(d.title.contains("queue worker"));
        // Laid out left to right.
        QVERIFY(d.node("Jobs")->pos.x() < d.node("Worker")->pos.x());
        QVERIFY(d.node("Worker")->pos.x() < d.node("Results")->pos.x());
        QCOMPARE(w->document()->undoStack()->count(), 1);
        QCOMPARE(w->document()->undoStack()->undoText(), QStringLiteral("Import sam-sqs-worker.yaml"));
        w->document()->undoStack()->undo();
        QVERIFY(w->document()->data().nodes.isEmpty());
        QVERIFY(w->document()->data().title.isEmpty());
        w->document()->undoStack()->redo();
        QCOMPARE(w->document()->data().nodes.size(), 4);
    }

    void summaryListsAndSelects()
    {
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->importer()->importFile(dataDir + "cfn-mixed-stack.yaml"));
        ImportSummaryDialog *summary = w->importer()->summary();
        QVERIFY(summary);
        QTRY_VERIFY(summary->isVisible());
        QCOMPARE(summary->group("external")->childCount(), 3);
        QVERIFY(entry(summary->group("external"), "Resources.Nightly"));
        QCOMPARE(entry(summary->group("external"), "Resources.Nightly")->text(1), QStringLiteral("AWS::Glue::Job"));
        QCOMPARE(summary->group("ignored")->childCount(), 3);
        QVERIFY(entry(summary->group("ignored"), "Resources.Key")->text(1).contains("encryption keys"));
        QVERIFY(entry(summary->group("warnings"), "Resources.OrderMapping.Properties.Enabled"));
        // A click on an entry that concerns a node selects it and shows the inspector.
        w->findChild<QDockWidget *>("InspectorDock")->hide();
        QTreeWidgetItem *glue = entry(summary->group("external"), "Resources.Nightly");
        summary->entries()->setCurrentItem(glue);
        emit summary->entries()->itemClicked(glue, 0);
        QCOMPARE(w->scene()->selectedNodeIds(), QStringList({"Nightly"}));
        QDockWidget *inspector = w->findChild<QDockWidget *>("InspectorDock");
        QVERIFY(inspector);
        QVERIFY(inspector->isVisible());
        // An ignored resource has no node: clicking it changes nothing.
        QSignalSpy activated(summary, &ImportSummaryDialog::nodeActivated);
        emit summary->entries()->itemClicked(entry(summary->group("ignored"), "Resources.Key"), 0);
        QCOMPARE(activated.count(), 0);
        QCOMPARE(w->scene()->selectedNodeIds(), QStringList({"Nightly"}));
    }

    void sourcesWithoutTrafficSaySo()
    {
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->importer()->importFile(dataDir + "sam-sqs-worker.yaml"));
        ImportSummaryDialog *summary = w->importer()->summary();
        QCOMPARE(summary->group("sources")->childCount(), 1);
        QTreeWidgetItem *jobs = entry(summary->group("sources"), "Jobs");
        QVERIFY(jobs);
        emit summary->entries()->itemClicked(jobs, 0);
        QCOMPARE(w->scene()->selectedNodeIds(), QStringList({"Jobs"}));
        // The canvas says so under the queue, and stops once it has a rate.
        QTRY_VERIFY(w->scene()->nodeItem("Jobs")->visual().overlay.contains("no traffic"));
        QVERIFY(w->scene()->nodeItem("Worker")->visual().overlay.isEmpty()
                || !w->scene()->nodeItem("Worker")->visual().overlay.contains("no traffic"));
        // One click gives every such source a rate, as one undo step.
        auto *giveRate = summary->findChild<QPushButton *>("giveRate");
        QVERIFY(giveRate);
        const int steps = w->document()->undoStack()->count();
        giveRate->click();
        QVERIFY(!giveRate->isEnabled());
        QCOMPARE(w->document()->undoStack()->count(), steps + 1);
        QCOMPARE(w->document()->node("Jobs")->props.value("traffic").toObject().value("rate").toDouble(),
                 ImportSummaryDialog::startingRate);
        QTRY_VERIFY(!w->scene()->nodeItem("Jobs")->visual().overlay.contains("no traffic"));
    }

    void importBesideADiagramOpensANewWindow()
    {
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QVERIFY(w->openExample(":/examples/rest-api.archscope"));
        const DocumentData before = w->document()->data();
        QVERIFY(w->importer()->importFile(dataDir + "tf-serverless-state.json"));
        QCOMPARE(mainWindows().size(), 2);
        QCOMPARE(w->document()->data(), before);
        MainWindow *other = mainWindows().first() == w ? mainWindows().last() : mainWindows().first();
        QCOMPARE(other->document()->data().nodes.size(), 7);
        QCOMPARE(other->document()->undoStack()->count(), 1);
        QVERIFY(other->importer()->summary());
        QVERIFY(!w->importer()->summary());
    }

    void dropOnTheCanvasImports()
    {
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        dropFile(w->view()->viewport(), dataDir + "sam-api.yaml");
        QCOMPARE(w->document()->data().nodes.size(), 3);
        QVERIFY(w->importer()->summary());
        QCOMPARE(w->importer()->summary()->group("mapped")->childCount(), 2);
        // Something else dropped on the canvas is not taken.
        QMimeData text;
        text.setText("hello");
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w->view()->viewport(), &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!ImportController::acceptsDrop(&text));
    }

    void dropOfADiagramOpensIt()
    {
        QTemporaryDir dir;
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const QString path = dir.filePath("copy.archscope");
        QVERIFY(QFile::copy(":/examples/fan-out.archscope", path));
        dropFile(w, path);
        QCOMPARE(w->document()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(!w->importer()->summary());
    }

    void anUnreadableFileSaysWhy()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("tabs.yaml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Resources:\n\tA:\n\t\tType: AWS::SQS::Queue\n");
        f.close();
        auto *w = new MainWindow(Catalog::builtin());
        w->show();
        QString text;
        closeNextMessageBox(&text);
        QVERIFY(!w->importer()->importFile(f.fileName()));
        QVERIFY2(text.contains("tabs.yaml") && text.contains("tab"), qPrintable(text));
        QVERIFY(w->document()->data().nodes.isEmpty());
        QCOMPARE(w->document()->undoStack()->count(), 0);
    }

    void summaryDialogOnItsOwn()
    {
        ImportReport report;
        report.nodes = 2;
        report.mapped = {{"Resources.Fn", "AWS::Lambda::Function", "Fn", "lambda", {}}};
        report.external = {{"Resources.Flow", "AWS::StepFunctions::StateMachine", "Flow", "external", {}}};
        report.ignored = {{"Resources.Role", "AWS::IAM::Role", {}, {}, "IAM"}};
        report.warnings = {{"Resources.Fn.Properties.Timeout", "not resolved", "Fn"}, {"Resources.X", "odd", {}}};
        report.sourcesWithoutTraffic = {"Flow"};
        ImportSummaryDialog dialog(report, "stack.yaml");
        QCOMPARE(dialog.group("sources")->childCount(), 1);
        QCOMPARE(dialog.group("external")->childCount(), 1);
        QCOMPARE(dialog.group("ignored")->childCount(), 1);
        QCOMPARE(dialog.group("warnings")->childCount(), 2);
        QCOMPARE(dialog.group("mapped")->childCount(), 1);
        QVERIFY(dialog.group("warnings")->text(0).contains("(2)"));
        QSignalSpy activated(&dialog, &ImportSummaryDialog::nodeActivated);
        emit dialog.entries()->itemActivated(entry(dialog.group("warnings"), "Resources.Fn.Properties.Timeout"), 0);
        emit dialog.entries()->itemActivated(entry(dialog.group("warnings"), "Resources.X"), 0);
        emit dialog.entries()->itemClicked(entry(dialog.group("sources"), "Flow"), 0);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("Fn"));
        QCOMPARE(activated.at(1).at(0).toString(), QStringLiteral("Flow"));
    }
};

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
