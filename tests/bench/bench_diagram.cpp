// Measures the canvas at scale: a generated diagram of 5,000 nodes and 7,500 wires.
// Prints the time to load it from .archscope bytes, to build the scene, to render the whole
// scene into a 4K image, and the process's peak memory.

#include "benchsupport.h"
#include "testsupport.h"

#include "canvas/diagramscene.h"
#include "model/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTextStream>

using namespace testsupport;

namespace {

// Layered like a real diagram: sources feed compute, compute writes to stores.
DocumentData generate(int nodeCount, int edgeCount)
{
    const QStringList sources = {"apigw", "sqs", "sns", "kinesis", "s3", "eventbridge"};
    const QStringList compute = {"lambda", "fargate", "ecs_ec2", "eks", "ec2"};
    const QStringList stores = {"dynamodb", "s3", "opensearch", "sqs"};
    QRandomGenerator rng(42);
    DocumentData d;
    const int perLayer = nodeCount / 3;
    for (int i = 0; i < nodeCount; ++i) {
        const int layer = std::min(2, i / perLayer);
        const QStringList &kinds = layer == 0 ? sources : layer == 1 ? compute : stores;
        Node n = node(QStringLiteral("n%1").arg(i), kinds.at(i % kinds.size()), {}, QStringLiteral("Service %1").arg(i));
        n.pos = QPointF(layer * 300 + (i % 7) * 2000, (i % perLayer) / 7 * 80.0);
        d.nodes.append(n);
    }
    for (int i = 0; i < edgeCount; ++i) {
        const bool trigger = i % 2 == 0;
        const int from = trigger ? rng.bounded(perLayer) : perLayer + rng.bounded(perLayer);
        const int to = trigger ? perLayer + rng.bounded(perLayer) : 2 * perLayer + rng.bounded(nodeCount - 2 * perLayer);
        Edge e = edge(d.nodes[from].id, d.nodes[to].id, trigger ? EdgeKind::Trigger : EdgeKind::Write);
        e.id = QStringLiteral("e%1").arg(i);  // a random pair may repeat
        d.edges.append(e);
    }
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Catalog &catalog = Catalog::builtin();

    const QByteArray bytes = ArchscopeFormat::write(generate(5000, 7500));
    out << "diagram: 5000 nodes, 7500 wires, " << bytes.size() / 1024 << " KiB of .archscope\n";

    QElapsedTimer timer;
    timer.start();
    DocumentData data;
    QString error;
    if (!ArchscopeFormat::read(bytes, catalog, &data, &error)) {
        out << "load failed: " << error << "\n";
        return 1;
    }
    out << "load:         " << timer.elapsed() << " ms\n";

    Document doc;
    timer.restart();
    DiagramScene scene(&doc, catalog);
    doc.reset(data, QString());
    out << "build scene:  " << timer.elapsed() << " ms\n";

    // The first query of the scene computes bounds; timed apart from painting.
    timer.restart();
    const QRectF bounds = scene.itemsBoundingRect();
    scene.items(bounds.center());
    out << "first query:  " << timer.elapsed() << " ms\n";

    timer.restart();
    QImage image(3840, 2160, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(), bounds);
    }
    out << "render 4K:    " << timer.elapsed() << " ms\n";
    out << "peak memory:  " << qRound(benchsupport::peakMegabytes()) << " MB\n";
    return 0;
}
