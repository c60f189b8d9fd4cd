#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/simulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace archscope;

namespace {

DocumentData example(const char *name)
{
    DocumentData data;
    QString error;
    const bool ok = ArchscopeFormat::readFile(QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/%1.archscope").arg(QLatin1String(name)),
                                              Catalog::builtin(), &data, &error);
    if (!ok)
        qFatal("%s", qPrintable(error));
    return data;
}

std::shared_ptr<const SimulationResults> simulate(const DocumentData &data)
{
    return std::make_shared<const SimulationResults>(
        Simulator::run(data, Catalog::builtin(), SimulationOptions::fromSettings(data.settings), {}));
}

} // namespace

class TestChartsPanel : public QObject
{
    Q_OBJECT

private slots:
    void chartsShowTheResults()
    {
        ChartsPanel panel(Catalog::builtin());
        QCOMPARE(panel.lineCount(0), 0);
        QVERIFY(panel.summaryText().contains("No simulation"));
        const DocumentData data = example("fan-out");
        panel.setResults(simulate(data));
        // Four compute nodes: three functions and the Fargate workers.
        QCOMPARE(panel.lineCount(0), 4);
        QVERIFY(panel.lineCount(3) >= 2);  // cumulative cost per node plus the whole diagram
        QVERIFY(panel.costTable()->topLevelItemCount() >= 2);
        QVERIFY2(panel.summaryText().contains("$"), qPrintable(panel.summaryText()));
    }

    void selectionNarrowsTheLines()
    {
        ChartsPanel panel(Catalog::builtin());
        panel.setResults(simulate(example("fan-out")));
        panel.setSelectedNodes({"invoice"});
        QCOMPARE(panel.lineCount(0), 1);
        panel.setSelectedNodes({});
        QCOMPARE(panel.lineCount(0), 4);
    }

    void toolbarEditsTheSettingsUndoably()
    {
        Document doc;
        doc.reset(example("rest-api"), QString());
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
