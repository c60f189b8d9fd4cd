// The Simulation dock's "Request by request" tab: the button runs the exact engine off the
// GUI thread with progress and a prompt cancel, the table shows both engines side by side for
// the selected nodes (every compute node when none is), an edit marks it stale, and the view
// can be destroyed in the middle of a run.

#include "catalog/catalog.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/exactcheckview.h"

#include "examplefixtures.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace archscope;
using testsupport::edge;
using testsupport::node;

namespace {

DocumentData restApiDay()
{
    DocumentData data = loadExample("rest-api");
    data.settings.horizonS = 86400;
    return data;
}

// API Gateway -> Lambda at 3,000 requests/s for an hour: about 21 million events, seconds of
// work, long enough to watch progress and to cancel.
DocumentData heavy()
{
    DocumentData d;
    d.nodes = {node("api", "apigw", QJsonObject{{"traffic", QJsonObject{{"shape", "constant"}, {"rate", 3000}}}}),
               node("fn", "lambda", QJsonObject{{"durationMs", 100}})};
    d.edges = {edge("api", "fn")};
    d.settings.horizonS = 3600;
    d.settings.stepS = 60;
    return d;
}

// The "fast / exact" halves of a node's cell under `figure`.
QStringList cell(QTreeWidgetItem *node, const QString &figure)
{
    const int column = int(ExactCheckView::figureNames().indexOf(figure)) + 1;
    return column > 0 ? node->text(column).split(QStringLiteral(" / ")) : QStringList();
}

QString tip(QTreeWidgetItem *node, const QString &figure)
{
    return node->toolTip(int(ExactCheckView::figureNames().indexOf(figure)) + 1);
}

} // namespace

class TestExactCheckView : public QObject
{
    Q_OBJECT

private slots:
    void buttonRunsTheCheckAndFillsTheTable()
    {
        Document doc;
        doc.reset(restApiDay(), QString());
        ExactCheckView view(Catalog::builtin());
        view.setDocument(&doc);
        view.resize(420, 300);
        view.show();
        QVERIFY(!view.checkButton()->isEnabled());  // no fast run yet: no busiest hour
        view.setFastResults(simulateExample(doc.data()));
        QVERIFY(view.checkButton()->isEnabled());

        QSignalSpy started(&view, &ExactCheckView::started);
        QSignalSpy finished(&view, &ExactCheckView::finished);
        QTest::mouseClick(view.checkButton(), Qt::LeftButton);
        QCOMPARE(started.size(), 1);
        QVERIFY(view.isRunning());
        QVERIFY(view.cancelButton()->isVisible());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!view.isRunning());
        QVERIFY(!view.cancelButton()->isVisible());
        QVERIFY2(view.statusText().contains("request by request"), qPrintable(view.statusText()));

        // No selection: every compute node (the handler; not the API or the table).
        QCOMPARE(view.shownNodes(), QStringList{"handler"});
        QTreeWidgetItem *handler = view.table()->topLevelItem(0);
        QCOMPARE(view.table()->columnCount(), 8);
        const QStringList peak = cell(handler, "Peak concurrency");
        QCOMPARE(peak.size(), 2);
        QVERIFY(peak[0].toDouble() > 0);
        QVERIFY(peak[1].toDouble() > 0);
        QVERIFY(tip(handler, "Peak concurrency").contains("Fast model: " + peak[0]));
        QVERIFY(tip(handler, "Peak concurrency").contains("Exact engine: " + peak[1]));
        // Latency only from the exact engine; the tooltip says why the fast half is a dash.
        const QStringList p99 = cell(handler, "Latency p99 (ms)");
        QCOMPARE(p99[0], QStringLiteral("—"));
        QVERIFY(p99[1].toDouble() > 0);
        QVERIFY(tip(handler, "Latency p99 (ms)").contains("no percentiles"));
        QVERIFY(!view.table()->headerItem()->toolTip(1).isEmpty());

        // The selection picks the rows; an empty one goes back to the compute nodes.
        view.setSelectedNodes({"api", "orders"});
        QCOMPARE(view.shownNodes(), (QStringList{"api", "orders"}));
        view.setSelectedNodes({});
        QCOMPARE(view.shownNodes(), QStringList{"handler"});

        // An edit marks the check stale, in the header; the next check replaces it.
        QVERIFY(!view.isStale());
        doc.setTitle("edited");
        QVERIFY(view.isStale());
        QVERIFY(view.table()->headerItem()->text(0).contains("stale"));
        QTest::mouseClick(view.checkButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isStale());
        QVERIFY(!view.table()->headerItem()->text(0).contains("stale"));
        QCOMPARE(view.table()->topLevelItemCount(), 1);
    }

    void progressArrivesAndCancelIsPrompt()
    {
        Document doc;
        doc.reset(heavy(), QString());
        ExactCheckView view(Catalog::builtin());
        view.setDocument(&doc);
        view.show();
        view.setFastResults(simulateExample(doc.data()));
        QSignalSpy progress(&view, &ExactCheckView::progressChanged);
        QSignalSpy finished(&view, &ExactCheckView::finished);
        QVERIFY(view.start());
        QVERIFY(!view.start());  // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toDouble() > 0, 20000);
        QVERIFY(finished.isEmpty());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(progress.last().first().toDouble() < 1);
        QVERIFY(!view.isRunning());
        QVERIFY(!view.hasResults());
        QVERIFY2(view.statusText().startsWith("Cancelled"), qPrintable(view.statusText()));
        QCOMPARE(view.table()->topLevelItemCount(), 0);
        QVERIFY(view.checkButton()->isEnabled());
    }

    void destroyedMidRun()
    {
        Document doc;
        doc.reset(heavy(), QString());
        auto *view = new ExactCheckView(Catalog::builtin());
        view->setDocument(&doc);
        view->setFastResults(simulateExample(doc.data()));
        QSignalSpy progress(view, &ExactCheckView::progressChanged);
        QVERIFY(view->start());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        QElapsedTimer timer;
        timer.start();
        delete view;
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCoreApplication::processEvents();  // the worker's queued finish must find no view
    }

    // The dock's tab, fed by the charts' results.
    void chartsPanelHasTheTab()
    {
        Document doc;
        doc.reset(restApiDay(), QString());
        ChartsPanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        QTabWidget *tabs = panel.tabs();
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("Request by request"));
        QCOMPARE(tabs->widget(tabs->count() - 1), panel.exactCheckView());
        QVERIFY(!panel.exactCheckView()->checkButton()->isEnabled());
        panel.setResults(simulateExample(doc.data()));
        QVERIFY(panel.exactCheckView()->checkButton()->isEnabled());
        panel.setSelectedNodes({"api"});
        QSignalSpy finished(panel.exactCheckView(), &ExactCheckView::finished);
        QVERIFY(panel.exactCheckView()->start());
        QVERIFY(finished.wait(60000));
        QCOMPARE(panel.exactCheckView()->shownNodes(), QStringList{"api"});
    }
};

QTEST_MAIN(TestExactCheckView)
#include "tst_exactcheckview.moc"
