#include "canvas/welcomeview.h"
#include "catalog/catalog.h"
#include "commands/editing.h"
#include "decision/questionnairepanel.h"
#include "mainwindow.h"
#include "model/document.h"
#include "palettewidget.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace archscope;

// A first start shows what to do; each choice of the welcome card does it in the window.
class TestFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void anEmptyWindowOffersExamplesServicesAndTheAdvisor()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        WelcomeView *welcome = w.welcome();
        QVERIFY(welcome);
        QVERIFY(welcome->isVisible());

        // Every bundled example is offered, and choosing one opens it.
        QMenu *menu = welcome->exampleButton()->menu();
        QCOMPARE(menu->actions().size(), 5);
        menu->actions().at(1)->trigger();
        QVERIFY(!w.document()->data().nodes.isEmpty());
        QVERIFY(!welcome->isVisible());

        // Emptied again (File > New, or deleting every service), the card is back.
        w.document()->reset(DocumentData(), QString());
        QVERIFY(welcome->isVisible());

        // "Add a service" puts the keyboard in the palette's search.
        auto *paletteDock = qobject_cast<QDockWidget *>(w.palette()->parentWidget());
        paletteDock->hide();
        welcome->addServiceButton()->click();
        QVERIFY(paletteDock->isVisible());
        QTRY_VERIFY(w.palette()->searchField()->hasFocus());

        // "Start from the Compute Advisor" brings its dock to the front.
        auto *advisorDock = qobject_cast<QDockWidget *>(w.questionnaire()->parentWidget());
        advisorDock->close();
        welcome->advisorButton()->click();
        QVERIFY(advisorDock->isVisible());
        QTRY_VERIFY(w.questionnaire()->isAncestorOf(QApplication::focusWidget()) || w.questionnaire()->hasFocus());
    }

    void workshopModeShowsTheCardLarge()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const double normal = w.welcome()->addServiceButton()->font().pointSizeF();
        w.setWorkshopMode(true);
        QVERIFY(w.welcome()->addServiceButton()->font().pointSizeF() > normal * 1.4);
        // A choice that needs a dock leaves workshop mode, which hides the docks.
        w.welcome()->addServiceButton()->click();
        QVERIFY(!w.isWorkshopMode());
        QCOMPARE(w.welcome()->addServiceButton()->font().pointSizeF(), normal);
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
