#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "io/libraryinfo.h"
#include "model/document.h"
#include "sim/chartspanel.h"
#include "sim/powertuningview.h"
#include "sim/simulator.h"
#include "sim/markerlabels.h"
#include "sim/timeserieschart.h"
#include "sim/whatifview.h"
#include "text/money.h"
#include "text/numbers.h"

#include "charttexts.h"
#include "examplefixtures.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLineSeries>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QRegularExpression>
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
        const auto results = simulateExample(data);
        panel.setResults(results);
        // Four compute nodes: three functions and the Fargate workers.
        QCOMPARE(panel.lineCount(0), 4);
        QVERIFY(panel.lineCount(3) >= 2);  // cumulative cost per node plus the whole diagram
        QVERIFY(panel.costTable()->topLevelItemCount() >= 2);
        QVERIFY2(panel.summaryText().contains(money::usd(results->totalCostUsd)), qPrintable(panel.summaryText()));
        QVERIFY2(panel.summaryText().contains(money::usd(results->monthlyProjectionUsd)), qPrintable(panel.summaryText()));
        QCOMPARE(panel.costTable()->topLevelItem(panel.costTable()->topLevelItemCount() - 1)->text(2),
                 money::usd(results->totalCostUsd));
    }

    // The footer names the prices' date even when the run priced nothing (an empty canvas).
    void footerNamesThePricesDate()
    {
        ChartsPanel panel(Catalog::builtin());
        auto *note = panel.findChild<QLabel *>(QStringLiteral("pricesNote"));
        QVERIFY(note);
        const QString catalogDate = pricesAsOf(Catalog::builtin());
        QVERIFY(QDate::fromString(catalogDate, Qt::ISODate).isValid());
        const auto empty = simulateExample(DocumentData());
        QVERIFY(empty->pricesAsOf.isEmpty());
        panel.setResults(empty);
        QVERIFY2(note->text().contains(QStringLiteral("as of %1.").arg(catalogDate)), qPrintable(note->text()));
        const auto priced = simulateExample(loadExample("fan-out"));
        panel.setResults(priced);
        QVERIFY2(note->text().contains(QStringLiteral("as of %1").arg(priced->pricesAsOf)), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(QStringLiteral("Stepped every")), qPrintable(note->text()));
        // Bursts shorter than the step: the run steps at theirs, and the footer says so.
        DocumentData shortBursts = loadExample("fan-out");
        for (Node &n : shortBursts.nodes) {
            QJsonObject traffic = n.props.value("traffic").toObject();
            if (traffic.value("shape").toString() != QLatin1String("spiky"))
                continue;
            traffic.insert("burstLengthS", 30);
            n.props.insert("traffic", traffic);
        }
        panel.setResults(simulateExample(shortBursts));
        QVERIFY2(note->text().contains(QStringLiteral("Stepped every 30 s: traffic bursts are shorter than the 60 s step.")),
                 qPrintable(note->text()));
    }

    void costTableWritesMoneyOneWay()
    {
        ChartsPanel panel(Catalog::builtin());
        DocumentData data = loadExample("image-thumbnails");
        data.settings.freeTier = true;  // a negative line: the free tier's credit
        const auto results = simulateExample(data);
        panel.setResults(results);
        QStringList shown, expected;
        for (int i = 0; i < panel.costTable()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = panel.costTable()->topLevelItem(i);
            shown << item->text(2);
            for (int k = 0; k < item->childCount(); ++k)
                shown << item->child(k)->text(2);
        }
        bool credit = false;
        for (const auto &n : results->nodes) {
            if (n.items.isEmpty() && n.costUsd == 0)
                continue;
            expected << money::usd(n.costUsd);
            for (const auto &c : n.items) {
                expected << money::usd(c.usd);
                credit = credit || c.usd < 0;
            }
        }
        expected << money::usd(results->totalCostUsd);
        QVERIFY(credit);
        QCOMPARE(shown, expected);
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

    // A week of spiky traffic: each compute node's concurrency as its mean line over an hourly
    // lowest-to-highest band, a few hundred points, not thousands of spikes.
    void longHorizonsShowBands()
    {
        ChartsPanel panel(Catalog::builtin());
        const auto results = simulateExample(loadExample("fan-out"));
        QCOMPARE(results->horizonS, 7 * 86400.0);
        panel.setResults(results);
        TimeSeriesChart *chart = panel.concurrencyChart();
        QCOMPARE(chart->lineCount(), 4);
        QCOMPARE(chart->bandCount(), 4);
        for (QAbstractSeries *series : chart->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series))
                QVERIFY2(line->count() <= TimeSeriesChart::bandPoints && line->count() >= 100, qPrintable(line->name()));
        QVERIFY2(chart->xTitle().startsWith("days · shaded: lowest to highest in each"), qPrintable(chart->xTitle()));
        for (const QString &label : chart->yTickLabels())
            QVERIFY2(!label.contains("e+") && !label.contains("..."), qPrintable(label));
    }

    // The charts speak CloudWatch: a function's line is its ConcurrentExecutions, Maximum per
    // minute (not the mean in use), named with its Duration p99; queues and streams name the
    // age of what waits in them.
    void chartsUseCloudWatchNames()
    {
        ChartsPanel panel(Catalog::builtin());
        DocumentData data = loadExample("clickstream");
        const auto results = simulateExample(data);
        panel.setResults(results);
        QVERIFY2(panel.concurrencyChart()->title().startsWith("ConcurrentExecutions (Maximum per minute)"),
                 qPrintable(panel.concurrencyChart()->title()));
        bool sawFunction = false;
        for (QAbstractSeries *series : panel.concurrencyChart()->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(series);
            if (!line)
                continue;
            int node = -1;
            for (int i = 0; i < results->nodes.size(); ++i)
                if (line->name().startsWith(results->nodes[i].label + " · "))
                    node = i;
            QVERIFY2(node >= 0, qPrintable(line->name()));
            const auto &n = results->nodes[node];
            QVERIFY2(line->name().contains("Duration p99 " + numbers::duration(n.duration.p99S)), qPrintable(line->name()));
            if (n.kind != "lambda")
                continue;
            sawFunction = true;
            // The line's highest point is the largest per-minute Maximum, above the mean in use.
            double top = 0;
            for (const QPointF &p : line->points())
                top = std::max(top, p.y());
            const auto &max = results->series(node, SimulationResults::Series::ConcurrencyMax).mean;
            const auto &mean = results->series(node, SimulationResults::Series::Concurrency).mean;
            QVERIFY2(std::abs(top - *std::max_element(max.begin(), max.end())) < 1e-3 * top + 1e-6, qPrintable(line->name()));
            // (The example's stream consumer keeps every shard busy: there they are equal.)
            QVERIFY2(top >= *std::max_element(mean.begin(), mean.end()), qPrintable(line->name()));
        }
        QVERIFY(sawFunction);
        // A function of random requests: its line rises above the mean in use.
        {
            ChartsPanel api(Catalog::builtin());
            DocumentData rest = loadExample("rest-api");
            const auto restResults = simulateExample(rest);
            api.setResults(restResults);
            bool above = false;
            for (QAbstractSeries *series : api.concurrencyChart()->chart()->series()) {
                auto *line = qobject_cast<QLineSeries *>(series);
                if (!line)
                    continue;
                for (int i = 0; i < restResults->nodes.size(); ++i) {
                    if (restResults->nodes[i].kind != "lambda" || !line->name().startsWith(restResults->nodes[i].label + " · "))
                        continue;
                    double top = 0;
                    for (const QPointF &p : line->points())
                        top = std::max(top, p.y());
                    const auto &mean = restResults->series(i, SimulationResults::Series::Concurrency).mean;
                    above = above || top > *std::max_element(mean.begin(), mean.end()) + 0.5;
                }
            }
            QVERIFY(above);
        }
        // The stream's random queue never grows a mean backlog: selected, its line is there.
        panel.setSelectedNodes({"clicks"});
        QStringList backlog;
        for (QAbstractSeries *series : panel.backlogChart()->chart()->series())
            if (qobject_cast<QLineSeries *>(series))
                backlog << series->name();
        QVERIFY2(backlog.join('\n').contains(QRegularExpression("^Click events · IteratorAge up to [0-9.]+ s$")), qPrintable(backlog.join('\n')));
    }

    // A chart with nothing to draw says so, instead of listing every service at 0.
    void emptyChartsSayWhy()
    {
        ChartsPanel panel(Catalog::builtin());
        panel.setResults(simulateExample(loadExample("fan-out")));
        QCOMPARE(panel.throttlesChart()->lineCount(), 0);
        QCOMPARE(panel.throttlesChart()->title(), QStringLiteral("Throttles: none in this run"));
        QVERIFY(!panel.throttlesChart()->chart()->legend()->isVisible());
    }

    // The cumulative cost always has the whole diagram's line, named with the header's total;
    // the title says which services are drawn beside it.
    void costChartSaysWhatItShows()
    {
        ChartsPanel panel(Catalog::builtin());
        const auto results = simulateExample(loadExample("fan-out"));
        panel.setResults(results);
        auto names = [&] {
            QStringList out;
            for (QAbstractSeries *series : panel.costChart()->chart()->series())
                out.append(series->name());
            return out;
        };
        QVERIFY2(panel.costChart()->title().contains("the whole diagram and its 6 costliest services"),
                 qPrintable(panel.costChart()->title()));
        const QString whole = QStringLiteral("Whole diagram: %1").arg(money::usd(results->totalCostUsd));
        QCOMPARE(names().first(), whole);
        QVERIFY(panel.summaryText().contains(money::usd(results->totalCostUsd)));
        QCOMPARE(panel.costChart()->yTickLabels().first(), QStringLiteral("$0"));

        panel.setSelectedNodes({"email"});
        QVERIFY2(panel.costChart()->title().contains("the whole diagram and the selected Send confirmation"),
                 qPrintable(panel.costChart()->title()));
        QCOMPARE(names(), (QStringList{whole, QStringLiteral("Send confirmation: %1").arg(money::usd(results->node("email")->costUsd))}));

        panel.setSelectedNodes({"email", "invoice"});
        QVERIFY2(panel.costChart()->title().contains("the whole diagram and the 2 selected services"),
                 qPrintable(panel.costChart()->title()));
        QCOMPARE(panel.costChart()->lineCount(), 3);
    }

    // Quantities read as numbers with their units; two services of one kind and one label are
    // told apart.
    void costTableReadsWhole()
    {
        DocumentData data = loadExample("image-thumbnails");
        for (Node &n : data.nodes)
            if (n.kind == "s3")
                n.label = "Bucket";
        ChartsPanel panel(Catalog::builtin());
        const auto results = simulateExample(data);
        panel.setResults(results);
        QTreeWidget *table = panel.costTable();
        QStringList services;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *service = table->topLevelItem(i);
            services.append(service->text(0));
            for (int k = 0; k < service->childCount(); ++k) {
                const QString quantity = service->child(k)->text(1);
                QVERIFY2(!quantity.contains("e+") && !quantity.contains("..."), qPrintable(quantity));
            }
        }
        QVERIFY2(services.contains("Bucket (uploads) · S3") && services.contains("Bucket (thumbnails) · S3"),
                 qPrintable(services.join(", ")));
        // Every line's quantity as numbers::quantity writes it: "14.82 M requests".
        const SimulationResults::NodeSummary *uploads = results->node("uploads");
        const QTreeWidgetItem *row = table->findItems("Bucket (uploads) · S3", Qt::MatchExactly).first();
        QCOMPARE(row->childCount(), uploads->items.size());
        for (int k = 0; k < row->childCount(); ++k)
            QCOMPARE(row->child(k)->text(1), numbers::quantity(uploads->items[k].quantity, uploads->items[k].unit));
        QVERIFY2(QRegularExpression("^\\d+(\\.\\d+)? (k|M) ").match(row->child(0)->text(1)).hasMatch(), qPrintable(row->child(0)->text(1)));
    }

    // At the smallest size the charts are given, no axis label, title or legend entry is cut
    // to "...": the main tabs, the what-if and power-tuning charts.
    void noChartTextIsCut()
    {
        Document doc;
        doc.reset(loadExample("fan-out"), QString());
        ChartsPanel panel(Catalog::builtin());
        panel.setDocument(&doc);
        panel.setResults(simulateExample(doc.data()));
        panel.resize(960, panel.minimumSizeHint().height());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (int tab = 0; tab < 4; ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            QList<QChartView *> views = panel.tabs()->currentWidget()->findChildren<QChartView *>();
            if (auto *view = qobject_cast<QChartView *>(panel.tabs()->currentWidget()))
                views.append(view);
            QVERIFY(!views.isEmpty());
            for (QChartView *view : std::as_const(views))
                QTRY_VERIFY2(cutTexts(view).isEmpty(), qPrintable(panel.tabs()->tabText(tab) + ": " + cutTexts(view).join(", ")));
        }
        panel.setSelectedNodes({"email"});
        QSignalSpy shown(panel.whatIfView(), &WhatIfView::comparisonShown);
        panel.tabs()->setCurrentWidget(panel.whatIfView());
        QVERIFY(shown.wait(30000));
        panel.resize(960, panel.minimumSizeHint().height());
        for (QChartView *view : {static_cast<QChartView *>(panel.whatIfView()->costChart()), panel.whatIfView()->breakEvenChart()})
            QTRY_VERIFY2(cutTexts(view).isEmpty(), qPrintable(view->chart()->title() + ": " + cutTexts(view).join(", ")));
        // The break-even axes read in decades written for people.
        auto *rates = qobject_cast<QCategoryAxis *>(panel.whatIfView()->breakEvenChart()->chart()->axes(Qt::Horizontal).first());
        QVERIFY(rates);
        QCOMPARE(rates->categoriesLabels(), (QStringList{"0.01", "0.1", "1", "10", "100", "1,000", "10 k"}));
        auto *dollars = qobject_cast<QCategoryAxis *>(panel.whatIfView()->breakEvenChart()->chart()->axes(Qt::Vertical).first());
        QVERIFY(dollars && !dollars->categoriesLabels().isEmpty());
        for (const QString &label : dollars->categoriesLabels())
            QVERIFY2(label.startsWith('$') && !label.contains('e'), qPrintable(label));
        panel.tabs()->setCurrentWidget(panel.powerTuningView());
        panel.resize(960, panel.minimumSizeHint().height());
        QTRY_VERIFY2(cutTexts(panel.powerTuningView()->chartView()).isEmpty(),
                     qPrintable(cutTexts(panel.powerTuningView()->chartView()).join(", ")));
        panel.setDocument(nullptr);
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
