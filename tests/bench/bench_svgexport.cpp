// Measures the SVG export of a 5,001-node diagram against Graphviz drawing the same picture:
// `neato -n2 -Tsvg` on the DOT export (which pins every node at its canvas position).
// Prints both times and both file sizes; speed is measured here, never asserted.

#include "layereddiagram.h"

#include "io/export/dotexporter.h"
#include "io/export/svgexporter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace testsupport;

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / 1e6, 'f', 2) + QStringLiteral(" MB");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int nodes = 5001, wires = 7500, runs = 3;
    DocumentData data = layeredDiagram(nodes, wires, 1000);
    data.title = QStringLiteral("Benchmark");
    out << "diagram: " << nodes << " nodes, " << wires << " wires\n";

    // Best of a few runs, for each side alike.
    qint64 ours = -1;
    QByteArray svg;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!SvgExporter::write(data, ExportOptions(), &svg, &error)) {
            out << "svg export failed: " << error << "\n";
            return 1;
        }
        const qint64 ms = timer.elapsed();
        ours = ours < 0 ? ms : std::min(ours, ms);
    }
    out << "archscope svg:  " << ours << " ms, " << megabytes(svg.size()) << "\n";

    const QString neato = QStandardPaths::findExecutable(QStringLiteral("neato"));
    if (neato.isEmpty()) {
        out << "neato -n2:      not installed (graphviz)\n";
        return 0;
    }
    QByteArray dot;
    QString error;
    if (!DotExporter::write(data, ExportOptions(), &dot, &error)) {
        out << "dot export failed: " << error << "\n";
        return 1;
    }
    QTemporaryDir dir;
    const QString dotPath = dir.filePath(QStringLiteral("bench.dot"));
    const QString svgPath = dir.filePath(QStringLiteral("bench.svg"));
    QFile file(dotPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(dot) != dot.size()) {
        out << "cannot write " << dotPath << "\n";
        return 1;
    }
    file.close();
    qint64 theirs = -1;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(neato, {QStringLiteral("-n2"), QStringLiteral("-Tsvg"), QStringLiteral("-o"), svgPath, dotPath});
        if (!process.waitForFinished(300000) || process.exitCode() != 0) {
            out << "neato failed: " << process.readAllStandardError() << "\n";
            return 1;
        }
        const qint64 ms = timer.elapsed();
        theirs = theirs < 0 ? ms : std::min(theirs, ms);
    }
    out << "neato -n2 svg:  " << theirs << " ms, " << megabytes(QFileInfo(svgPath).size()) << "\n";
    out << "ratio:          " << QString::number(double(ours) / std::max<qint64>(1, theirs), 'f', 2) << "x neato's time\n";
    return 0;
}
