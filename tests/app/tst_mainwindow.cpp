#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/itemtypes.h"
#include "canvas/nodeitem.h"
#include "decision/questionnairepanel.h"
#include "catalog/catalog.h"
#include "filecontroller.h"
#include "io/archscopeformat.h"
#include "mainwindow.h"
#include "commands/changeproperty.h"
#include "sim/chartspanel.h"
#include "simulationcontroller.h"
#include "model/document.h"
#include "text/numbers.h"

#include "windowsupport.h"

#include <QAction>
#include <functional>
#include <QDir>
#include <QFileDialog>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace archscope;
using testsupport::closeNextMessageBox;

namespace {

QString example(const char *name)
{
    return QStringLiteral(":/examples/%1.archscope").arg(QLatin1String(name));
}

QPoint viewPos(DiagramView *view, QPointF scenePos)
{
    return view->mapFromScene(scenePos);
}

void sendMouse(QWidget *viewport, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(viewport->mapToGlobal(pos)),
                      type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

// Drags from `from`'s out port to the middle of `to`, the way a user wires two services.
void dragWire(MainWindow &w, const QString &from, const QString &to)
{
    DiagramView *view = w.view();
    QWidget *vp = view->viewport();
    const QPoint start = viewPos(view, DiagramPainter::outPort(w.scene()->nodeItem(from)->nodeRect()));
    const QPoint end = viewPos(view, w.scene()->nodeItem(to)->nodeRect().center());
    sendMouse(vp, QEvent::MouseButtonPress, start, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, (start + end) / 2, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, end, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, end, Qt::NoButton);
}

QAction *action(MainWindow &w, const QString &text)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->text().remove('&') == text)
            return a;
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keep the user's settings (recent files, window layout) out of the tests.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QApplication::clipboard()->clear();
    }

    void paletteDropMakesOneNode()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QWidget *vp = w.view()->viewport();
        const QPoint at = vp->rect().center();
        QMimeData mime;
        mime.setData(kindMimeType, "lambda");
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
        QCOMPARE(w.document()->data().nodes.size(), 1);
        QCOMPARE(w.document()->data().nodes.first().kind, QString("lambda"));
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{"lambda"});
        // The node is centred where it was dropped.
        const QPointF centre = w.scene()->nodeItem("lambda")->nodeRect().center();
        QVERIFY(QLineF(centre, w.view()->mapToScene(at)).length() < DiagramScene::gridSize);
    }

    void legalWireIsMadeAndIllegalRefusedWithReason()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Document *doc = w.document();
        w.scene()->addNodeAt("sqs", QPointF(0, 0));
        w.scene()->addNodeAt("lambda", QPointF(300, 0));
        w.scene()->addNodeAt("dynamodb", QPointF(300, 200));
        w.view()->fitAll();
        QSignalSpy messages(w.scene(), &DiagramScene::message);

        dragWire(w, "sqs", "lambda");
        QCOMPARE(doc->data().edges.size(), 1);
        QCOMPARE(doc->data().edges.first().from, QString("sqs"));
        QCOMPARE(doc->data().edges.first().to, QString("lambda"));

        dragWire(w, "dynamodb", "lambda");  // the table's stream is off
        QCOMPARE(doc->data().edges.size(), 1);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().first().toString().contains("enable the table's stream"),
                 qPrintable(messages.first().first().toString()));
    }

    void deleteAndUndoRestoreNodeAndWires()
    {
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(example("rest-api")));
        const QByteArray before = ArchscopeFormat::write(w.document()->data());
        w.scene()->selectItems({"handler"}, {});
        QAction *del = action(w, "Delete");
        QVERIFY(del && del->isEnabled());
        del->trigger();
        QCOMPARE(w.document()->data().nodes.size(), 2);
        QCOMPARE(w.document()->data().edges.size(), 0);
        QVERIFY(w.isWindowModified());
        w.document()->undoStack()->undo();
        QCOMPARE(ArchscopeFormat::write(w.document()->data()), before);
        QVERIFY(w.scene()->nodeItem("handler"));
        QVERIFY(w.scene()->edgeItem("e1") && w.scene()->edgeItem("e2"));
    }

    void copyPasteBetweenWindows()
    {
        MainWindow a(Catalog::builtin()), b(Catalog::builtin());
        QVERIFY(a.openExample(example("rest-api")));
        a.scene()->selectItems({"api", "handler"}, {});
        action(a, "Copy")->trigger();
        action(b, "Paste")->trigger();
        QCOMPARE(b.document()->data().nodes.size(), 2);
        QCOMPARE(b.document()->data().edges.size(), 1);  // the wire between the two came along
        action(b, "Paste")->trigger();
        QCOMPARE(b.document()->data().nodes.size(), 4);
        QCOMPARE(b.document()->undoStack()->count(), 2);
    }

    void saveAndReopenGiveTheSameDiagram()
    {
        QTemporaryDir dir;
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(example("fan-out")));
        QVERIFY(w.document()->filePath().isEmpty());  // examples open as untitled copies
        w.scene()->selectItems({"email"}, {});
        action(w, "Delete")->trigger();
        const QString path = dir.filePath("fanout.archscope");
        QVERIFY(ArchscopeFormat::writeFile(path, w.document()->data(), nullptr));
        MainWindow again(Catalog::builtin());
        QVERIFY(again.openFile(path));
        QCOMPARE(again.document()->data(), w.document()->data());
        QVERIFY(!again.isWindowModified());
        QCOMPARE(again.document()->filePath(), path);
    }

    // An example opened from the installed (read-only) examples folder is saved among the
    // user's documents: neither Save nor the Save As dialog points into that folder.
    void savingABundledExampleStartsInTheDocumentsFolder()
    {
        const QString examples = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath("archscope/examples");
        QVERIFY(QDir().mkpath(examples));
        const QString installed = QDir(examples).filePath("fan-out.archscope");
        QFile::remove(installed);
        QVERIFY(QFile::copy(example("fan-out"), installed));
        QVERIFY(FileController::isBundledExample(installed));
        QVERIFY(!FileController::isBundledExample(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("fan-out.archscope")));
        const QByteArray original = [&] { QFile f(installed); f.open(QIODevice::ReadOnly); return f.readAll(); }();

        MainWindow w(Catalog::builtin());
        QVERIFY(w.openFile(installed));
        w.scene()->selectItems({"email"}, {});
        action(w, "Delete")->trigger();
        QString shownDirectory, shownFile;
        QTimer::singleShot(50, [&] {
            std::function<void()> look = [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return QTimer::singleShot(50, look);
                shownDirectory = dialog->directory().absolutePath();
                shownFile = dialog->selectedFiles().value(0);
                dialog->reject();
            };
            look();
        });
        QVERIFY(!w.files()->save());  // Save asks where, since the example cannot be written
        QCOMPARE(QFileInfo(shownDirectory).canonicalFilePath(),
                 QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).canonicalFilePath());
        QCOMPARE(QFileInfo(shownFile).fileName(), QStringLiteral("fan-out.archscope"));
        const QByteArray after = [&] { QFile f(installed); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        QCOMPARE(after, original);
    }

    void failedOpenLeavesTheDocumentUntouched()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath("bad.archscope");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"archscope\",\"version\":1,\"nodes\":[{\"id\":\"a\",\"kind\":\"mainframe\"}]}");
        f.close();
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(example("clickstream")));
        const DocumentData before = w.document()->data();
        QString shown;
        closeNextMessageBox(&shown);
        QVERIFY(!w.openFile(bad));
        QVERIFY2(shown.contains("/nodes/0/kind"), qPrintable(shown));
        QCOMPARE(w.document()->data(), before);
    }

    void autoLayoutIsOneUndoStep()
    {
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(example("fan-out")));
        const QByteArray before = ArchscopeFormat::write(w.document()->data());
        action(w, "Auto-layout")->trigger();
        QCOMPARE(w.document()->undoStack()->count(), 1);
        // Layered left to right: the topic is left of its subscribers, which are left of the DLQ.
        const Document *doc = w.document();
        QVERIFY(doc->node("orders")->pos.x() < doc->node("email")->pos.x());
        QVERIFY(doc->node("email")->pos.x() < doc->node("dlq")->pos.x());
        QVERIFY(doc->node("fulfilment")->pos.x() < doc->node("workers")->pos.x());
        w.document()->undoStack()->undo();
        QCOMPARE(ArchscopeFormat::write(w.document()->data()), before);
    }

    void chartsFollowEdits()
    {
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(example("rest-api")));
        w.simulation()->runNow();
        QTRY_VERIFY_WITH_TIMEOUT(w.charts()->results() != nullptr, 20000);
        const double before = w.charts()->results()->totalCostUsd;
        QVERIFY(before > 0);
        // Ten times the traffic: the charts get a new, dearer run without being asked.
        w.document()->undoStack()->push(new ChangePropertyCommand(w.document(), ChangePropertyCommand::Target::Node,
                                                                  "api", {"traffic", "rate"}, 400.0));
        QTRY_VERIFY_WITH_TIMEOUT(w.charts()->results()->totalCostUsd > before * 2, 20000);
        // The canvas shows the new run's peak on the function and, as the API calls it, its
        // p99 latency.
        const auto *handler = w.charts()->results()->node("handler");
        QVERIFY(handler);
        QVERIFY(handler->latency.count > 0);
        const QString peak = QStringLiteral("peak %1 · p99 %2").arg(std::ceil(handler->peakConcurrency))
                                 .arg(numbers::duration(handler->latency.p99S));
        QTRY_COMPARE(w.scene()->nodeItem("handler")->visual().overlay, peak);
    }

    void keyboardAloneWalksAndWires()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(example("rest-api")));
        w.scene()->selectItems({}, {});
        w.view()->setFocus();
        // Tab walks the services in document order and stays on the canvas.
        QTest::keyClick(w.view(), Qt::Key_Tab);
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{"api"});
        QTest::keyClick(w.view(), Qt::Key_Tab);
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{"handler"});
        QVERIFY(w.view()->hasFocus());
        // Remove the function's write, then wire it again from the keyboard: Ctrl+E, Tab, Enter.
        w.scene()->selectItems({}, {"e2"});
        action(w, "Delete")->trigger();
        QCOMPARE(w.document()->data().edges.size(), 1);
        w.scene()->selectItems({"handler"}, {});
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(w.scene()->isKeyboardWiring());
        QTest::keyClick(w.view(), Qt::Key_Tab);
        QCOMPARE(w.scene()->selectedNodeIds(), QStringList{"orders"});
        QTest::keyClick(w.view()->viewport(), Qt::Key_Return);
        QVERIFY(!w.scene()->isKeyboardWiring());
        QCOMPARE(w.document()->data().edges.size(), 2);
        QCOMPARE(w.document()->data().edges.last().from, QString("handler"));
        QCOMPARE(w.document()->data().edges.last().to, QString("orders"));
        QCOMPARE(w.document()->data().edges.last().kind, EdgeKind::Write);
    }

    void arrowKeysNudgeAndRenameInPlace()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(example("rest-api")));
        w.scene()->selectItems({"api"}, {});
        w.view()->setFocus();
        const QPointF before = w.document()->node("api")->pos;
        QTest::keyClick(w.view()->viewport(), Qt::Key_Right);
        QTest::keyClick(w.view()->viewport(), Qt::Key_Right);
        QCOMPARE(w.document()->node("api")->pos, before + QPointF(2 * DiagramScene::gridSize, 0));
        QCOMPARE(w.document()->undoStack()->count(), 2);

        w.view()->renameSelected();
        auto *editor = w.view()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText("Public API");
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(w.document()->node("api")->label, QString("Public API"));
    }

    // Digits answer the advisor whenever it is on screen, not only when it has the focus; while
    // another dock covers it, they do nothing.
    void advisorDigitsWorkWhileItIsShown()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto *advisorDock = qobject_cast<QDockWidget *>(w.questionnaire()->parentWidget());
        w.findChild<QDockWidget *>("InspectorDock")->raise();
        QTRY_VERIFY(w.questionnaire()->mapTo(&w, QPoint()).x() < 0);  // a covered tab is moved away
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_2);
        QVERIFY(!w.document()->data().decision.answers.isAnswered("run_duration"));

        advisorDock->raise();
        QTRY_VERIFY(w.questionnaire()->mapTo(&w, QPoint()).x() >= 0);
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_2);
        QVERIFY(w.document()->data().decision.answers.isAnswered("run_duration"));
        QCOMPARE(w.questionnaire()->currentQuestion(), 1);
    }

    void escapeLeavesWorkshopMode()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(":/examples/rest-api.archscope"));
        w.setWorkshopMode(true);
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Escape);
        QVERIFY(!w.isWorkshopMode());
        QVERIFY(w.menuBar()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
