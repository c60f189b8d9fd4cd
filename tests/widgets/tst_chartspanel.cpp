#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/powertuningview.h"
#include "sim/simulator.h"
#include "sim/whatifview.h"

#include "examplefixtures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace archscope;

class TestChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void chartsShowTheResults()
    {
        ChartsPanel panel(Catalog::builtin());
        QCOMPARE(panel.lineCount(0), 0);
        QVERIFY(panel.summaryText().contains("No simulation"));
        const DocumentData data = loadExample("fan-out");
        panel.setResults(simulateExample(data));
        // Four compute nodes: three functions and the Fargate workers.
        QCOMPARE(panel.lineCount(0), 4);
        QVERIFY(panel.lineCount(3) >= 2);  // cumulative cost per node plus the whole diagram
        QVERIFY(panel.costTable()->topLevelItemCount() >= 2);
        QVERIFY2(panel.summaryText().contains("$"), qPrintable(panel.summaryText()));
    }

    void selectionNarrowsTheLines()
    {
        ChartsPanel panel(Catalog::builtin());
        panel.setResults(simulateExample(loadExample("fan-out")));
        panel.setSelectedNodes({"invoice"});
        QCOMPARE(panel.lineCount(0), 1);
        panel.setSelectedNodes({});
        QCOMPARE(panel.lineCount(0), 4);
    }

    void toolbarEditsTheSettingsUndoably()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        ChartsPanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        auto *freeTier = panel.findChild<QCheckBox *>();
        QVERIFY(freeTier);
        QVERIFY(!freeTier->isChecked());
        freeTier->setChecked(true);
        QVERIFY(doc.data().settings.freeTier);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(!doc.data().settings.freeTier);
        QVERIFY(!freeTier->isChecked());  // the control follows the model
    }

    void whatIfAndPowerTuningTabsFollowTheSelection()
    {
        Document doc;
        doc.reset(loadExample("fan-out"), QString());
        // ARCHSCOPE_SHOTS=dark: the same screenshots in a dark palette.
        const QPalette lightPalette = QApplication::palette();
        if (qEnvironmentVariable("ARCHSCOPE_SHOTS") == QLatin1String("dark")) {
            QPalette dark(QColor(53, 53, 53));
            dark.setColor(QPalette::Base, QColor(35, 35, 35));
            dark.setColor(QPalette::Text, QColor(230, 230, 230));
            dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
            dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
            QApplication::setPalette(dark);
        }
        ChartsPanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        panel.setResults(simulateExample(doc.data()));
        QStringList tabs;
        for (int i = 0; i < panel.tabs()->count(); ++i)
            tabs.append(panel.tabs()->tabText(i));
        QVERIFY2(tabs.contains("What if") && tabs.contains("Power tuning"), qPrintable(tabs.join(", ")));
        panel.resize(1100, 520);
        panel.show();
        panel.setSelectedNodes({"invoice"});
        QCOMPARE(panel.powerTuningView()->nodeId(), QStringLiteral("invoice"));
        QCOMPARE(panel.whatIfView()->nodeId(), QStringLiteral("invoice"));
        // The what-if tab computes only once shown.
        QSignalSpy shown(panel.whatIfView(), &WhatIfView::comparisonShown);
        panel.tabs()->setCurrentWidget(panel.whatIfView());
        QVERIFY(shown.wait(30000));
        QCOMPARE(panel.whatIfView()->optionKinds().size(), 3);
        // Screenshots for a look by eye: ARCHSCOPE_SHOTS=1 writes them to /tmp/shots.
        auto shot = [&panel](const char *name) {
            if (qEnvironmentVariableIsEmpty("ARCHSCOPE_SHOTS"))
                return;
            QTest::qWait(100);  // charts lay out their axes on the event loop
            panel.grab().save(QStringLiteral("/tmp/shots/%1%2.png")
                                  .arg(QLatin1String(name), qEnvironmentVariable("ARCHSCOPE_SHOTS") == QLatin1String("dark")
                                                                ? QStringLiteral("-dark")
                                                                : QString()));
        };
        shot("chartspanel-whatif");
        panel.tabs()->setCurrentWidget(panel.powerTuningView());
        shot("chartspanel-powertuning");
        panel.setSelectedNodes({"workers"});  // Fargate: no power tuning
        QVERIFY(panel.powerTuningView()->nodeId().isEmpty());
        QVERIFY2(panel.powerTuningView()->hintText().startsWith("Select one Lambda function"),
                 qPrintable(panel.powerTuningView()->hintText()));
        shot("chartspanel-powertuning-hint");
        panel.tabs()->setCurrentIndex(0);
        panel.setTimeCursor(panel.results()->horizonS * 0.4);  // play mode's cursor line
        shot("chartspanel-concurrency");
        panel.setDocument(nullptr);
        QApplication::setPalette(lightPalette);
    }

    void aFailedRunSaysWhy()
    {
        ChartsPanel panel(Catalog::builtin());
        auto failed = std::make_shared<SimulationResults>();
        failed->error = "a cycle of wires";
        panel.setResults(failed);
        QVERIFY(panel.summaryText().contains("a cycle of wires"));
        QCOMPARE(panel.lineCount(0), 0);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "tst_chartspanel.moc"
