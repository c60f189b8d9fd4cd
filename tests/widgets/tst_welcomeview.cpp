#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/welcomeview.h"
#include "catalog/catalog.h"
#include "commands/editing.h"
#include "model/document.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace archscope;

// The first-start card over an empty canvas: shown while there is no service, gone with the
// first one, back when the canvas is emptied; reached and used with the keyboard.
class TestWelcomeView : public QObject
{
    Q_OBJECT

private slots:
    void showsOnlyOnAnEmptyCanvas()
    {
        Document doc;
        DiagramScene scene(&doc, Catalog::builtin());
        DiagramView view(&scene);
        view.resize(800, 500);
        WelcomeView welcome(&view, &doc, {{QStringLiteral("Fan-out"), QStringLiteral(":/examples/fan-out.archscope")}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(welcome.isVisible());
        QVERIFY2(view.viewport()->rect().contains(welcome.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6").arg(welcome.x()).arg(welcome.y()).arg(welcome.width()).arg(welcome.height()).arg(view.viewport()->width()).arg(view.viewport()->height())));

        // Scrolling the canvas leaves the card in the middle of it.
        view.setSceneRect(-2000, -2000, 4000, 4000);
        view.centerOn(1500, 1500);
        QVERIFY((welcome.geometry().center() - view.viewport()->rect().center()).manhattanLength() <= 2);

        const QString id = editing::addNode(&doc, Catalog::builtin(), QStringLiteral("lambda"), {0, 0});
        QVERIFY(!id.isEmpty());
        QVERIFY(!welcome.isVisible());
        doc.undoStack()->undo();  // the canvas is empty again
        QVERIFY(welcome.isVisible());
        doc.undoStack()->redo();
        QVERIFY(!welcome.isVisible());
        doc.reset(DocumentData(), QString());  // File > New
        QVERIFY(welcome.isVisible());
    }

    void keyboardReachesEveryChoice()
    {
        Document doc;
        DiagramScene scene(&doc, Catalog::builtin());
        DiagramView view(&scene);
        view.resize(800, 500);
        WelcomeView welcome(&view, &doc, {{QStringLiteral("Fan-out"), QStringLiteral(":/examples/fan-out.archscope")},
                                          {QStringLiteral("REST API"), QStringLiteral(":/examples/rest-api.archscope")}});
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.setFocus();
        QVERIFY(view.hasFocus());

        // Tab leaves the empty canvas for the card's choices, in reading order.
        QTest::keyClick(&view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), welcome.exampleButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), welcome.addServiceButton());
        QSignalSpy add(&welcome, &WelcomeView::addServiceRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(add.count(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), welcome.advisorButton());
        QSignalSpy advisor(&welcome, &WelcomeView::advisorRequested);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(advisor.count(), 1);

        // The examples are the button's menu; each names the example it opens.
        QMenu *menu = welcome.exampleButton()->menu();
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 2);
        QCOMPARE(menu->actions().at(1)->text(), QStringLiteral("REST API"));
        QSignalSpy chosen(&welcome, &WelcomeView::exampleChosen);
        menu->actions().at(1)->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral(":/examples/rest-api.archscope"));

        // With the first service the card goes, and the keyboard goes back to the canvas.
        welcome.advisorButton()->setFocus();
        editing::addNode(&doc, Catalog::builtin(), QStringLiteral("sqs"), {0, 0});
        QVERIFY(view.hasFocus());
    }

    // On a laptop's short canvas and in a room's large type, the choices stay whole.
    void fitsASmallCanvasAndLargeType_data()
    {
        QTest::addColumn<QSize>("viewport");
        QTest::addColumn<bool>("large");
        QTest::newRow("530x230") << QSize(530, 230) << false;
        QTest::newRow("1920x1080 large") << QSize(1920, 1080) << true;
        QTest::newRow("1024x500 large") << QSize(1024, 500) << true;
    }

    void fitsASmallCanvasAndLargeType()
    {
        QFETCH(QSize, viewport);
        QFETCH(bool, large);
        Document doc;
        DiagramScene scene(&doc, Catalog::builtin());
        DiagramView view(&scene);
        view.resize(viewport);
        WelcomeView welcome(&view, &doc, {{QStringLiteral("Fan-out"), QStringLiteral(":/examples/fan-out.archscope")}});
        welcome.setLarge(large);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QFont base = view.font();
        if (large)
            QVERIFY(welcome.addServiceButton()->font().pointSizeF() > base.pointSizeF() * 1.4);
        for (QPushButton *b : {welcome.exampleButton(), welcome.addServiceButton(), welcome.advisorButton()}) {
            QVERIFY(b->isVisible());
            const QRect r(b->mapTo(view.viewport(), QPoint()), b->size());
            QVERIFY2(view.viewport()->rect().contains(r), qPrintable(b->objectName()));
            QVERIFY2(b->width() >= b->minimumSizeHint().width() && b->height() >= b->minimumSizeHint().height(),
                     qPrintable(b->objectName()));
        }
    }
};

QTEST_MAIN(TestWelcomeView)
#include "tst_welcomeview.moc"
