#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/timeserieschart.h"
#include "sim/whatifview.h"

#include "examplefixtures.h"

#include <QChart>
#include <QChartView>
#include <QSignalSpy>
#include <QTest>
#include <QXYSeries>

using namespace archscope;

namespace {

DocumentData example(const char *name)
{
    DocumentData data = loadExample(name);
    // A day is enough to compare, and keeps the four replays quick.
    data.settings.horizonS = 86400;
    data.settings.stepS = 60;
    return data;
}

int pointsIn(QChartView *view)
{
    int points = 0;
    for (QAbstractSeries *s : view->chart()->series())
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            points += int(xy->count());
    return points;
}

} // namespace

class TestWhatIfView : public QObject
{
    Q_OBJECT

private slots:
    void hintUnlessOneComputeNode()
    {
        Document doc;
        doc.reset(example("rest-api"), QString());
        WhatIfView view(Catalog::builtin());
        view.setDocument(&doc);
        view.show();
        QVERIFY2(view.hintText().startsWith("Select one compute node"), qPrintable(view.hintText()));
        view.setSelectedNodes({"api"});  // API Gateway is not compute
        QVERIFY(view.nodeId().isEmpty());
        QVERIFY2(view.hintText().startsWith("Select one compute node"), qPrintable(view.hintText()));
    }

    void resultsArrive()
    {
        Document doc;
        doc.reset(example("rest-api"), QString());
        WhatIfView view(Catalog::builtin());
        view.setDocument(&doc);
        view.resize(1000, 460);
        view.show();
        QSignalSpy shown(&view, &WhatIfView::comparisonShown);
        view.setSelectedNodes({"handler"});
        QCOMPARE(view.nodeId(), QStringLiteral("handler"));
        QVERIFY(view.statusText().contains("Computing"));
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.first().first().toString(), QStringLiteral("handler"));
        QVERIFY(!view.isComputing());
        QVERIFY(view.hasComparison());
        QVERIFY2(view.comparisonError().isEmpty(), qPrintable(view.comparisonError()));
        QCOMPARE(view.optionKinds(), QStringList({"lambda", "fargate", "ec2"}));
        QCOMPARE(view.costChart()->lineCount(), 3);
        // Three monthly-cost lines over the rate range, plus the markers.
        QVERIFY(view.breakEvenChart()->chart()->series().size() >= 3);
        QVERIFY(pointsIn(view.breakEvenChart()) >= 3 * view.breakEvenPointCount());
        int marks = 0;
        for (QAbstractSeries *s : view.breakEvenChart()->chart()->series())
            marks += s->name().startsWith("Break-even") ? 1 : 0;
        QVERIFY(view.breakEvenPointCount() > 10);
        QCOMPARE(marks, view.breakEvenRateCount());
        QVERIFY(!view.statusText().contains("Computing"));
        if (!qEnvironmentVariableIsEmpty("ARCHSCOPE_SHOTS")) {
            QTest::qWait(50);
            view.grab().save(QStringLiteral("/tmp/shots/whatif.png"));
        }
    }

    void staleResultsAreIgnored()
    {
        Document doc;
        doc.reset(example("fan-out"), QString());
        WhatIfView view(Catalog::builtin());
        view.setDocument(&doc);
        view.show();
        QSignalSpy shown(&view, &WhatIfView::comparisonShown);
        QSignalSpy started(&view, &WhatIfView::computationStarted);
        // The moment the first worker starts, the selection moves on: its result is stale
        // (it is delivered through the event loop, so it cannot arrive before the change).
        bool moved = false;
        connect(&view, &WhatIfView::computationStarted, &view, [&](const QString &id) {
            if (id == QLatin1String("invoice") && !moved) {
                moved = true;
                QVERIFY(view.isComputing());
                view.setSelectedNodes({"workers"});
            }
        });
        view.setSelectedNodes({"invoice"});
        QVERIFY(shown.wait(30000));
        QVERIFY(!view.isComputing());
        QVERIFY(moved);
        QCOMPARE(view.comparedNodeId(), QStringLiteral("workers"));
        QCOMPARE(view.staleResultsIgnored(), 1);
        QCOMPARE(view.optionKinds().size(), 3);
        // One worker at a time: a comparison asked for now runs after anything still due, so
        // its arrival shows that nothing else was computed or shown meanwhile.
        view.setSelectedNodes({"invoice"});
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(0).first().toString(), QStringLiteral("workers"));
        QCOMPARE(shown.at(1).first().toString(), QStringLiteral("invoice"));
        QStringList runs;
        for (const QList<QVariant> &s : started)
            runs.append(s.first().toString());
        QCOMPARE(runs, QStringList({"invoice", "workers", "invoice"}));
    }

    void anEditRecomputes()
    {
        Document doc;
        doc.reset(example("rest-api"), QString());
        WhatIfView view(Catalog::builtin());
        view.setDocument(&doc);
        view.show();
        QSignalSpy shown(&view, &WhatIfView::comparisonShown);
        view.setSelectedNodes({"handler"});
        QVERIFY(shown.wait(30000));
        const double before = view.optionTotals().first();
        QJsonObject props = doc.node("handler")->props;
        props.insert("durationMs", 1200);
        doc.setNodeProps("handler", props);
        QVERIFY(view.statusText().contains("Computing"));
        QVERIFY(shown.wait(30000));
        QVERIFY(view.optionTotals().first() > before);
    }

    void hiddenViewsWaitUntilShown()
    {
        Document doc;
        doc.reset(example("rest-api"), QString());
        WhatIfView view(Catalog::builtin());
        view.setDocument(&doc);
        QSignalSpy shown(&view, &WhatIfView::comparisonShown);
        QSignalSpy started(&view, &WhatIfView::computationStarted);
        view.setSelectedNodes({"handler"});
        // A shown view, selected later, computes and shows its comparison: the hidden one,
        // whose debounce would have run out first, must not have started meanwhile.
        WhatIfView visible(Catalog::builtin());
        visible.setDocument(&doc);
        visible.show();
        QSignalSpy visibleShown(&visible, &WhatIfView::comparisonShown);
        visible.setSelectedNodes({"handler"});
        QVERIFY(visibleShown.wait(30000));
        QVERIFY(!view.isComputing());
        QCOMPARE(started.size(), 0);
        QCOMPARE(shown.size(), 0);
        view.show();
        QVERIFY(shown.wait(30000));
    }
};

QTEST_MAIN(TestWhatIfView)
#include "tst_whatifview.moc"
