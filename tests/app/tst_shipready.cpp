#include "appsettings.h"
#include "canvas/diagramscene.h"
#include "catalog/catalog.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace archscope;

class TestShipReady : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void settingsSurviveARestart()
    {
        AppSettings s;
        s.theme = AppSettings::Theme::Dark;
        s.snapToGrid = false;
        s.defaultHorizonS = 86400;
        s.defaultStepS = 10;
        s.language = "de";
        s.save();
        const AppSettings loaded = AppSettings::load();
        QCOMPARE(loaded.theme, AppSettings::Theme::Dark);
        QCOMPARE(loaded.snapToGrid, false);
        QCOMPARE(loaded.defaultHorizonS, 86400.0);
        QCOMPARE(loaded.defaultStepS, 10.0);
        QCOMPARE(loaded.language, QString("de"));
        // A hand-edited settings file with absurd values falls back to the defaults.
        QSettings().setValue("simulation/stepS", -5);
        QSettings().setValue("simulation/horizonS", 1e12);
        QCOMPARE(AppSettings::load().defaultStepS, AppSettings().defaultStepS);
        QCOMPARE(AppSettings::load().defaultHorizonS, AppSettings().defaultHorizonS);
        QSettings().clear();
    }

    void windowLayoutIsRestored()
    {
        {
            MainWindow w(Catalog::builtin());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget *>("ProblemsDock")->hide();
            w.close();
        }
        MainWindow again(Catalog::builtin());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>("ProblemsDock")->isVisible());
        QVERIFY(again.findChild<QDockWidget *>("InspectorDock")->isVisible());
        QSettings().clear();
    }

    void workshopModeHidesEverythingButTheDiagramAndComesBack()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(":/examples/rest-api.archscope"));
        const double normalWire = w.scene()->painter().style().wireWidth;
        w.setWorkshopMode(true);
        QVERIFY(w.isWorkshopMode());
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            QVERIFY2(!d->isVisible(), qPrintable(d->objectName()));
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(w.scene()->painter().style().wireWidth > normalWire);
        QVERIFY(w.scene()->painter().style().labelFont.pointSizeF() > DiagramStyle::light().labelFont.pointSizeF());
        w.setWorkshopMode(false);
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(w.findChild<QDockWidget *>("InspectorDock")->isVisible());
        QCOMPARE(w.scene()->painter().style().wireWidth, normalWire);
    }

    // Screen readers need a name for every control the keyboard can reach.
    void everyControlHasAnAccessibleName()
    {
        MainWindow w(Catalog::builtin());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openExample(":/examples/fan-out.archscope"));
        w.scene()->selectItems({"invoice"}, {});
        QStringList unnamed;
        for (QWidget *widget : w.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                                 || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget);
            // A spin box's or combo box's inner line edit is part of the named control.
            const bool inner = qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                               || qobject_cast<QComboBox *>(widget->parentWidget());
            if (!control || inner || !widget->isVisibleTo(&w) || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    }
};

QTEST_MAIN(TestShipReady)
#include "tst_shipready.moc"
