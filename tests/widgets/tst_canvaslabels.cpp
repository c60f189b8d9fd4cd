#include "examplefixtures.h"

#include "canvas/diagramscene.h"
#include "canvas/edgeitem.h"
#include "canvas/nodeitem.h"
#include "canvas/wirelabelitem.h"
#include "model/document.h"
#include "render/diagrampainter.h"

#include <QFileInfo>
#include <QGraphicsView>
#include <QTest>

namespace {
// True when the wire runs through the label: it reads as the wire's own.
bool onWire(const QPainterPath &path, const QRectF &label)
{
    for (int i = 0; i <= 200; ++i)
        if (label.contains(path.pointAtPercent(i / 200.0)))
            return true;
    return false;
}
} // namespace

using namespace archscope;
using testsupport::describe;

// Labels on the canvas read whole: every example's node labels fit on two lines in the normal
// and in the workshop style, and the node is as large as its text; wire labels sit on their
// wires, clear of nodes, arrowheads and each other, on the canvas and in exports
// (DESIGN.md, Presentation).
class TestCanvasLabels : public QObject
{
    Q_OBJECT

private slots:
    void nodeLabelsAreWhole_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("workshop");
        for (const QString &path : testsupport::examplePaths()) {
            const QString name = QFileInfo(path).completeBaseName();
            QTest::newRow(qPrintable(name)) << path << false;
            QTest::newRow(qPrintable(name + " workshop")) << path << true;
        }
    }

    void nodeLabelsAreWhole()
    {
        QFETCH(QString, path);
        QFETCH(bool, workshop);
        Document doc;
        doc.reset(testsupport::loadFile(path), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        scene.setDiagramStyle(workshop ? DiagramStyle::workshop() : DiagramStyle::light());
        QVERIFY(!doc.data().nodes.isEmpty());
        const QFontMetricsF fm(scene.painter().style().labelFont);
        for (const Node &n : doc.data().nodes) {
            NodeItem *item = scene.nodeItem(n.id);
            QVERIFY(item);
            QVERIFY2(!item->isLabelElided(), qPrintable(n.label));
            const NodeLabel label = scene.painter().nodeLabel(n.label);
            QVERIFY2(label.lines.size() <= 2, qPrintable(n.label));
            QCOMPARE(label.lines.join(' '), n.label.simplified());
            // The node holds its lines: beside the icon, inside its height.
            for (const QString &line : label.lines)
                QVERIFY2(fm.horizontalAdvance(line) <= item->nodeRect().width() - 62, qPrintable(line));
            QVERIFY(label.lines.size() * fm.lineSpacing() < item->nodeRect().height());
            QCOMPARE(item->nodeRect().size(), label.nodeSize);
        }
    }

    void wireLabelsAreClear_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("workshop");
        QTest::addColumn<bool>("simulated");
        for (const QString &path : testsupport::examplePaths()) {
            const QString name = QFileInfo(path).completeBaseName();
            for (const bool workshop : {false, true})
                for (const bool simulated : {false, true})
                    QTest::newRow(qPrintable(name + (workshop ? " workshop" : "") + (simulated ? " simulated" : "")))
                        << path << workshop << simulated;
        }
    }

    // On the canvas: with the model alone, and after a run with the rates and the overlays.
    void wireLabelsAreClear()
    {
        QFETCH(QString, path);
        QFETCH(bool, workshop);
        QFETCH(bool, simulated);
        Document doc;
        doc.reset(testsupport::loadFile(path), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        scene.setDiagramStyle(workshop ? DiagramStyle::workshop() : DiagramStyle::light());
        if (simulated)
            scene.setSimulationResults(simulateExample(doc.data()));
        QTRY_VERIFY(!scene.wireLabelsPending());

        QList<WireLabelItem *> labels;
        for (const Edge &e : doc.data().edges) {
            EdgeItem *edge = scene.edgeItem(e.id);
            QVERIFY(edge);
            WireLabelItem *label = edge->labelItem();
            QVERIFY(label && label->isVisible());
            QVERIFY(!label->lines().isEmpty());
            if (simulated)
                QVERIFY2(label->lines().join(' ').endsWith("/s"), qPrintable(label->lines().join(' ')));
            labels.append(label);
        }
        for (WireLabelItem *label : labels) {
            const QRectF rect = label->sceneBoundingRect();
            const QString name = label->edge()->id() + ' ' + describe(rect);
            QVERIFY2(onWire(label->edge()->path(), rect), qPrintable(name));
            for (const Node &n : doc.data().nodes) {
                const QRectF node = scene.nodeItem(n.id)->sceneBoundingRect();
                QVERIFY2(!rect.intersects(node), qPrintable(name + " on " + n.label + ' ' + describe(node)));
            }
            for (WireLabelItem *other : labels) {
                if (other == label)
                    continue;
                QVERIFY2(!rect.intersects(other->sceneBoundingRect()),
                         qPrintable(name + " on " + other->edge()->id() + ' ' + describe(other->sceneBoundingRect())));
                const QRectF arrow = DiagramPainter::arrowHead(other->edge()->path(), scene.painter().style().wireWidth * 1.6).boundingRect();
                QVERIFY2(!rect.intersects(arrow), qPrintable(name + " on the arrowhead of " + other->edge()->id()));
            }
        }
    }

    // A node dragged onto a label pushes it along its wire; labels far from the drag stay put.
    void labelsMakeWayForAMovedNode()
    {
        using testsupport::node;
        DocumentData d;
        d.nodes = {node("api", "apigw"), node("fn", "lambda"), node("queue", "sqs"), node("worker", "lambda"),
                   node("table", "dynamodb")};
        d.nodes[0].pos = {0, 0};
        d.nodes[1].pos = {1200, 0};
        d.nodes[2].pos = {0, 600};
        d.nodes[3].pos = {1200, 600};
        d.nodes[4].pos = {600, 300};  // off every wire
        d.edges = {testsupport::edge("api", "fn"), testsupport::edge("queue", "worker")};
        Document doc;
        doc.reset(d, QString());
        DiagramScene scene(&doc, Catalog::builtin());
        QTRY_VERIFY(!scene.wireLabelsPending());
        WireLabelItem *label = scene.edgeItem("api-fn")->labelItem();
        WireLabelItem *faraway = scene.edgeItem("queue-worker")->labelItem();
        const QRectF farBefore = faraway->sceneBoundingRect();
        // In the middle of its wire while nothing is in the way.
        QVERIFY(std::abs(label->sceneBoundingRect().center().x() - (192 + 1200) / 2.0) < 8);

        // The drag: the table moves onto the label, which slides along its wire.
        NodeItem *table = scene.nodeItem("table");
        table->setPos(label->sceneBoundingRect().center() - QPointF(96, 28));
        QVERIFY(scene.wireLabelsPending());
        QTRY_VERIFY(!scene.wireLabelsPending());
        QVERIFY(!label->sceneBoundingRect().intersects(table->sceneBoundingRect()));
        QVERIFY(onWire(scene.edgeItem("api-fn")->path(), label->sceneBoundingRect()));
        QCOMPARE(faraway->sceneBoundingRect(), farBefore);

        // Away again: the label goes back to the middle.
        table->setPos(600, 300);
        QTRY_VERIFY(!scene.wireLabelsPending());
        QVERIFY(std::abs(label->sceneBoundingRect().center().x() - (192 + 1200) / 2.0) < 8);
    }

    // A click on a label selects its wire.
    void clickingALabelSelectsItsWire()
    {
        Document doc;
        doc.reset(loadExample("rest-api"), QString());
        DiagramScene scene(&doc, Catalog::builtin());
        QTRY_VERIFY(!scene.wireLabelsPending());
        WireLabelItem *label = scene.edgeItem("e1")->labelItem();
        QGraphicsView view(&scene);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.centerOn(label);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(label->sceneBoundingRect().center()));
        QCOMPARE(scene.selectedEdgeIds(), QStringList{"e1"});
        QVERIFY(scene.selectedNodeIds().isEmpty());
    }

    // The exports place labels the same way, in the exported picture's style.
    void exportedWireLabelsAreClear_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : testsupport::examplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
    }

    void exportedWireLabelsAreClear()
    {
        QFETCH(QString, path);
        const DocumentData data = testsupport::loadFile(path);
        const DiagramPainter painter(DiagramStyle::light());
        const QList<WireLabelPlacement> labels = painter.wireLabels(data, Catalog::builtin());
        QCOMPARE(labels.size(), data.edges.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QVERIFY(labels[i].clear);
            const QString name = data.edges[i].id + ' ' + describe(labels[i].rect);
            for (const Node &n : data.nodes)
                QVERIFY2(!labels[i].rect.intersects(painter.nodeRect(n.pos, n.label)), qPrintable(name + " on " + n.label));
            for (qsizetype j = 0; j < labels.size(); ++j)
                QVERIFY2(i == j || !labels[i].rect.intersects(labels[j].rect), qPrintable(name + " on " + data.edges[j].id));
        }
    }

    // Four wires from one source to one column: the labels do not stack at the source, each
    // sits on its own wire, and where one line has no room the label is stacked.
    void fanOutLabelsSpreadAlongTheirWires()
    {
        const DiagramPainter painter(DiagramStyle::workshop());
        const WireLabelLayout layout(painter);
        const QRectF source = painter.nodeRect({0, 150}, QStringLiteral("Source"));
        QList<QRectF> nodes{painter.nodeExtent(source)};
        QList<WireLabelRequest> wires;
        for (int i = 0; i < 4; ++i) {
            const QRectF target = painter.nodeRect({360, i * 96.0}, QStringLiteral("Target"));
            nodes.append(painter.nodeExtent(target));
            wires.append({DiagramPainter::wirePath(DiagramPainter::outPort(source), DiagramPainter::inPort(target)),
                          {QStringLiteral("on failure"), QStringLiteral("25/s")}, 5});
        }
        const QList<WireLabelPlacement> placed = layout.place(nodes, wires);
        QCOMPARE(placed.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(placed[i].clear);
            QVERIFY(onWire(wires[i].path, placed[i].rect));
            for (int j = 0; j < i; ++j) {
                QVERIFY(!placed[i].rect.intersects(placed[j].rect));
                // Spread out in the order of their targets, not piled up where the wires leave.
                QVERIFY2(placed[j].rect.center().y() < placed[i].rect.center().y(),
                         qPrintable(describe(placed[j].rect) + " / " + describe(placed[i].rect)));
            }
        }
    }

    // Between two nodes side by side with no room for one line, the label reads stacked.
    void labelStacksWhereOneLineHasNoRoom()
    {
        const DiagramPainter painter(DiagramStyle::workshop());
        const WireLabelLayout layout(painter);
        const QStringList parts{QStringLiteral("on failure"), QStringLiteral("25/s")};
        const QList<QStringList> forms = layout.forms(parts);
        QCOMPARE(forms.size(), 3);
        QCOMPARE(forms[0], QStringList{"on failure · 25/s"});
        QCOMPARE(forms[1], parts);
        QCOMPARE(forms[2], (QStringList{"on", "failure", "25/s"}));
        const double oneLine = layout.pillSize(forms[0]).width(), stacked = layout.pillSize(forms[1]).width();
        QVERIFY(stacked + 20 < oneLine);
        const QRectF source = painter.nodeRect({0, 0}, QStringLiteral("Source"));
        const double arrow = DiagramPainter::arrowHead(QPainterPath(), 5).boundingRect().width();
        // The gap holds the stacked label and the arrowhead with 10 px to spare, not one line.
        const double gap = 2 * DiagramPainter::portHitRadius + arrow + stacked + 10;
        const QRectF target = painter.nodeRect({source.right() + gap, 0}, QStringLiteral("Target"));
        const QList<WireLabelPlacement> placed = layout.place(
            {painter.nodeExtent(source), painter.nodeExtent(target)},
            {{DiagramPainter::wirePath(DiagramPainter::outPort(source), DiagramPainter::inPort(target)), parts, 5}});
        QCOMPARE(placed.size(), 1);
        QVERIFY(placed[0].clear);
        QCOMPARE(placed[0].lines, parts);
        QVERIFY(placed[0].rect.left() > painter.nodeExtent(source).right());
        QVERIFY(placed[0].rect.right() < target.left() - arrow);
    }

    // A label too long for two lines at the widest node is cut, and only then.
    void overlongLabelIsElided()
    {
        const DiagramPainter painter;
        const NodeLabel shortLabel = painter.nodeLabel(QStringLiteral("Send confirmation emails"));
        QVERIFY(!shortLabel.elided);
        QCOMPARE(shortLabel.lines.size(), 2);
        QVERIFY(shortLabel.nodeSize.height() > DiagramPainter::nodeSize().height());
        const NodeLabel longLabel = painter.nodeLabel(QString("Resize every uploaded product photograph into "
                                                              "three thumbnail sizes for the catalogue pages"));
        QVERIFY(longLabel.elided);
        QCOMPARE(longLabel.lines.size(), 2);
        QCOMPARE(longLabel.nodeSize.width(), DiagramPainter::maxNodeWidth);
    }
};

QTEST_MAIN(TestCanvasLabels)
#include "tst_canvaslabels.moc"
