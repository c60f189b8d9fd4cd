// Measures the canvas at scale: a generated diagram of 5,000 nodes and 7,500 wires.
// Prints the time to load it from .archscope bytes, to build the scene, to place the wire
// labels, to drag a node, to render the whole scene into a 4K image, and the process's peak
// memory.

#include "layereddiagram.h"
#include "benchsupport.h"

#include "canvas/diagramscene.h"
#include "canvas/nodeitem.h"
#include "model/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

using namespace testsupport;


int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const Catalog &catalog = Catalog::builtin();

    const QByteArray bytes = ArchscopeFormat::write(layeredDiagram(5000, 7500, 2000));
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

    // The scene places wire labels once the event loop runs; timed here on its own.
    timer.restart();
    scene.layoutWireLabels();
    out << "place labels: " << timer.elapsed() << " ms\n";

    // One step of a drag: a node with its wires moves, and the labels near it follow.
    timer.restart();
    for (int step = 1; step <= 10; ++step) {
        NodeItem *dragged = scene.nodeItem(QStringLiteral("n2500"));
        dragged->setPos(dragged->pos() + QPointF(7, 5));
        scene.layoutWireLabels();
    }
    out << "drag step:    " << timer.elapsed() / 10.0 << " ms\n";

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
