#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/powertuningview.h"
#include "text/money.h"

#include "examplefixtures.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace archscope;

namespace {

int memoryOf(const Document &doc, const QString &id)
{
    return Catalog::builtin().nodeValue(QStringLiteral("lambda"), doc.node(id)->props, QStringLiteral("memoryMb")).toInt();
}

} // namespace

class TestPowerTuningView : public QObject
{
    Q_OBJECT

private slots:
    void hintUnlessOneLambda()
    {
        Document doc;
        doc.reset(loadExample("fan-out"), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        const QString hint = QStringLiteral("Select one Lambda function to see its duration and cost against memory.");
        QCOMPARE(view.hintText(), hint);
        view.setSelectedNodes({"workers"});  // Fargate
        QVERIFY(view.nodeId().isEmpty());
        QCOMPARE(view.hintText(), hint);
        view.setSelectedNodes({"invoice", "workers"});
        QVERIFY(view.nodeId().isEmpty());
        view.setSelectedNodes({"invoice"});
        QCOMPARE(view.nodeId(), QStringLiteral("invoice"));
        QVERIFY(view.hintText().isEmpty());
    }

    void marksArePresent()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        view.setSelectedNodes({"handler"});
        QCOMPARE(view.nodeId(), QStringLiteral("handler"));
        const PowerTuning::Curve &c = view.curve();
        QVERIFY(c.points.size() > 100);
        QCOMPARE(c.points.first().memoryMb, 128);
        QCOMPARE(c.points.last().memoryMb, 10240);
        QVERIFY(c.cheapest >= 0 && c.fastest >= 0 && c.balanced >= 0 && c.current >= 0);
        const QStringList marks = view.markerNames();
        QCOMPARE(marks.size(), 4);
        for (const char *name : {"cheapest", "fastest", "balanced", "current"})
            QVERIFY2(marks.filter(QLatin1String(name)).size() == 1, qPrintable(marks.join(", ")));
        // Each choice's cost per million as money::usd writes it.
        for (const auto &[choice, i] : {std::pair{PowerTuningView::Choice::Cheapest, c.cheapest},
                                        std::pair{PowerTuningView::Choice::Fastest, c.fastest},
                                        std::pair{PowerTuningView::Choice::Balanced, c.balanced}}) {
            const QString text = view.applyButton(choice)->text();
            QVERIFY2(text.contains(money::usd(c.points[i].costPerMillionUsd) + " per million"), qPrintable(text));
        }
        // Two lines (duration, cost) plus the four markers.
        QCOMPARE(view.chartView()->chart()->series().size(), 6);
        if (!qEnvironmentVariableIsEmpty("ARCHSCOPE_SHOTS")) {
            view.resize(900, 420);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(QStringLiteral("/tmp/shots/powertuning.png"));
        }
    }

    void aRebuildDeletesTheAxesItReplaces()
    {
        // QChart::removeAxis gives the axis back to the caller: a rebuild that only removed the
        // three axes leaked them on every edit of the function.
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        view.setSelectedNodes({"handler"});
        QList<QPointer<QAbstractAxis>> axes;
        for (QAbstractAxis *axis : view.chartView()->chart()->axes())
            axes.append(axis);
        QCOMPARE(axes.size(), 3);
        view.setSelectedNodes({});
        QVERIFY(view.chartView()->chart()->axes().isEmpty());
        for (const QPointer<QAbstractAxis> &axis : axes)
            QVERIFY(axis.isNull());
    }

    void applyIsOneUndoStep()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        view.setSelectedNodes({"handler"});
        QCOMPARE(memoryOf(doc, "handler"), 512);
        // Pick a choice that differs from the current memory.
        PowerTuningView::Choice choice = PowerTuningView::Choice::Fastest;
        for (auto c : {PowerTuningView::Choice::Balanced, PowerTuningView::Choice::Cheapest, PowerTuningView::Choice::Fastest}) {
            if (view.applyButton(c)->isEnabled()) {
                choice = c;
                break;
            }
        }
        QPushButton *button = view.applyButton(choice);
        QVERIFY(button->isEnabled());
        const int index = choice == PowerTuningView::Choice::Balanced ? view.curve().balanced
                          : choice == PowerTuningView::Choice::Cheapest ? view.curve().cheapest
                                                                        : view.curve().fastest;
        const int target = view.curve().points[index].memoryMb;
        QVERIFY(target != 512);
        const int before = doc.undoStack()->count();
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(memoryOf(doc, "handler"), target);
        QCOMPARE(doc.undoStack()->count(), before + 1);
        // The curve follows: the chosen point is now the current one.
        QCOMPARE(view.curve().points[view.curve().current].memoryMb, target);
        QVERIFY(!button->isEnabled());
        doc.undoStack()->undo();
        QCOMPARE(memoryOf(doc, "handler"), 512);
        QCOMPARE(view.curve().points[view.curve().current].memoryMb, 512);
    }

    void inputsAreNodeProperties()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        view.setSelectedNodes({"handler"});
        const double before = view.curve().points.last().durationMs;
        QJsonObject props = doc.node("handler")->props;
        props.insert("cpuBoundShare", 0.95);
        props.insert("singleThreaded", false);
        doc.setNodeProps("handler", props);
        QVERIFY(view.curve().points.last().durationMs < before);
    }
};

QTEST_MAIN(TestPowerTuningView)
#include "tst_powertuningview.moc"
