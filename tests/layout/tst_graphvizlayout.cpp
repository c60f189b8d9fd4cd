// The auto-layout gives every node the size the canvas draws it at and leaves room for the
// wire labels between the columns: after it, no two nodes touch and every wire label has a
// clear place, in the normal and the workshop style.
#include "testsupport.h"

#include "layout/graphvizlayout.h"
#include "render/diagrampainter.h"

#include <QFileInfo>
#include <QTest>

using namespace testsupport;

namespace {

// Long names: nodes that grow to the widest size and two lines.
DocumentData longNames()
{
    DocumentData d;
    d.nodes = {node("uploads", "s3", {}, "Customer uploads of product photographs"),
               node("resize", "lambda", {}, "Resize every uploaded photograph into three thumbnail sizes"),
               node("thumbs", "s3", {}, "Thumbnails for the catalogue pages"),
               node("index", "dynamodb", {}, "Photograph index with sizes and owners"),
               node("failed", "sqs", {}, "Failed resizes kept for a retry")};
    d.edges = {edge("uploads", "resize"), edge("resize", "thumbs", EdgeKind::Write),
               edge("resize", "index", EdgeKind::Write), edge("resize", "failed", EdgeKind::Failure)};
    return d;
}

} // namespace

class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private slots:
    // An import gives groups of nodes no source reaches: resources nothing wires, a chain fed
    // from outside the template. Each group starts in the first column. (libgvc leaks when a
    // group has no node there, which the sanitizer run of this test catches.)
    void everyGroupStartsInTheFirstColumn()
    {
        DocumentData d;
        d.nodes = {node("api", "apigw"), node("fn", "lambda"), node("glue", "external", {}, "Nightly"),
                   node("worker", "lambda", {}, "Fed from elsewhere"), node("table", "dynamodb")};
        d.edges = {edge("api", "fn"), edge("worker", "table", EdgeKind::Write)};
        const QHash<QString, QPointF> positions = layeredLayout(d, Catalog::builtin(), DiagramPainter());
        QCOMPARE(positions.size(), d.nodes.size());
        const double left = positions.value("api").x();
        QCOMPARE(positions.value("glue").x(), left);
        QCOMPARE(positions.value("worker").x(), left);
        QVERIFY(positions.value("fn").x() > left);
        QVERIFY(positions.value("table").x() > left);
    }

    // A failure route back to the topic closes a loop, and a table nothing writes streams
    // into the function (the Terraform state import's shape): the loop's wire is left out
    // of the ranking, so the flow still reads left to right, and the table starts in the
    // first column. (libgvc leaks when it breaks such loops itself; the sanitizer run of
    // this test catches it.)
    void loopsStillReadLeftToRight()
    {
        DocumentData d;
        d.nodes = {node("bucket", "s3"), node("topic", "sns"), node("queue", "sqs"), node("fn", "lambda"),
                   node("ledger", "dynamodb", {{"streamEnabled", true}}), node("dlq", "sqs")};
        d.edges = {edge("bucket", "topic"), edge("topic", "queue"), edge("queue", "fn"), edge("ledger", "fn"),
                   edge("fn", "topic", EdgeKind::Failure), edge("fn", "dlq", EdgeKind::Failure)};
        const QHash<QString, QPointF> p = layeredLayout(d, Catalog::builtin(), DiagramPainter());
        QCOMPARE(p.size(), d.nodes.size());
        QVERIFY(p.value("bucket").x() < p.value("topic").x());
        QVERIFY(p.value("topic").x() < p.value("queue").x());
        QVERIFY(p.value("queue").x() < p.value("fn").x());
        QVERIFY(p.value("fn").x() < p.value("dlq").x());
        QCOMPARE(p.value("ledger").x(), p.value("bucket").x());
    }

    void nodesAndLabelsHaveRoom_data()
    {
        QTest::addColumn<DocumentData>("data");
        QTest::addColumn<bool>("workshop");
        QList<std::pair<QString, DocumentData>> diagrams{{"long names", longNames()}};
        for (const QString &path : examplePaths())
            diagrams.append({QFileInfo(path).completeBaseName(), loadFile(path)});
        for (const auto &[name, data] : diagrams) {
            QTest::newRow(qPrintable(name)) << data << false;
            QTest::newRow(qPrintable(name + " workshop")) << data << true;
        }
    }

    void nodesAndLabelsHaveRoom()
    {
        QFETCH(DocumentData, data);
        QFETCH(bool, workshop);
        const DiagramPainter painter(workshop ? DiagramStyle::workshop() : DiagramStyle::light());
        const QHash<QString, QPointF> positions = layeredLayout(data, Catalog::builtin(), painter);
        QCOMPARE(positions.size(), data.nodes.size());
        for (Node &n : data.nodes)
            n.pos = positions.value(n.id);
        // No node reaches into another, ports and room for the overlay included.
        for (qsizetype i = 0; i < data.nodes.size(); ++i)
            for (qsizetype j = i + 1; j < data.nodes.size(); ++j) {
                const QRectF a = painter.nodeExtent(painter.nodeRect(data.nodes[i].pos, data.nodes[i].label), {}, true);
                const QRectF b = painter.nodeExtent(painter.nodeRect(data.nodes[j].pos, data.nodes[j].label), {}, true);
                QVERIFY2(!a.intersects(b), qPrintable(data.nodes[i].label + ' ' + describe(a) + " / " + data.nodes[j].label + ' ' + describe(b)));
            }
        // Every wire label finds a clear place.
        const QList<WireLabelPlacement> labels = painter.wireLabels(data, Catalog::builtin());
        QCOMPARE(labels.size(), data.edges.size());
        for (qsizetype i = 0; i < labels.size(); ++i)
            QVERIFY2(labels[i].clear, qPrintable(data.edges[i].id + ' ' + describe(labels[i].rect)));
    }
};

QTEST_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
