#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "sim/markerlabels.h"
#include "sim/powertuningview.h"
#include "text/money.h"

#include "charttexts.h"
#include "examplefixtures.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
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

    // Each marker's label sits beside it, clear of the other labels and markers, and the
    // axes read whole: memory as "512 MB", "2 GB", dollars as dollars.
    void markerLabelsDoNotOverlap_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("width");
        QTest::newRow("rest-api, wide") << "rest-api" << "handler" << 1100;
        QTest::newRow("fan-out, narrow") << "fan-out" << "email" << 600;
        QTest::newRow("fan-out invoice") << "fan-out" << "invoice" << 900;
        QTest::newRow("fan-out points") << "fan-out" << "loyalty" << 700;
    }

    void markerLabelsDoNotOverlap()
    {
        QFETCH(QString, example);
        QFETCH(QString, function);
        QFETCH(int, width);
        Document doc;
        doc.reset(loadExample(qPrintable(example)), QString());
        PowerTuningView view(Catalog::builtin());
        view.setDocument(&doc);
        view.setSelectedNodes({function});
        view.resize(width, view.minimumSizeHint().height());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.chartView()->chart()->plotArea().width() > 100);
        const MarkerLabels *labels = view.markerLabels();
        const QList<QRectF> rects = labels->labelRects();
        const QList<QRectF> markers = labels->markerRects();
        QVERIFY(!rects.isEmpty());
        const QString all = labels->texts().join(" ");
        for (const char *name : {"cheapest", "fastest", "balanced", "current"})
            QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all));
        for (qsizetype i = 0; i < rects.size(); ++i) {
            for (qsizetype j = 0; j < rects.size(); ++j)
                QVERIFY2(i == j || !rects[i].intersects(rects[j]), qPrintable(labels->texts()[i] + " / " + labels->texts()[j]));
            for (const QRectF &marker : markers)
                QVERIFY2(!rects[i].intersects(marker), qPrintable(labels->texts()[i]));
        }
        auto *memory = qobject_cast<QCategoryAxis *>(view.chartView()->chart()->axes(Qt::Horizontal).first());
        QVERIFY(memory);
        QCOMPARE(memory->categoriesLabels(), (QStringList{"128 MB", "256 MB", "512 MB", "1 GB", "2 GB", "4 GB", "8 GB"}));
        QTRY_VERIFY2(cutTexts(view.chartView()).isEmpty(), qPrintable(cutTexts(view.chartView()).join(", ")));
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
