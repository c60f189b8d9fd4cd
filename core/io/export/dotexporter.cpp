#include "dotexporter.h"

#include "catalog/catalog.h"
#include "diagramfacts.h"
#include "model/documentdata.h"
#include "render/diagrampainter.h"
#include "textescape.h"

#include <QHash>

namespace archscope {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + textescape::dot(text) + QLatin1Char('"');
}

// Enough digits for a position to survive to a hundredth of a point on any canvas.
QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// Where and how large the canvas draws a node (grown to hold its label), in Graphviz's units
// (a canvas unit is a point): its centre in points with the y axis up ("x,y!", pinned), its
// size in inches (72 points).
QString placement(const Node &n, const DiagramPainter &painter)
{
    const QRectF rect = painter.nodeRect(n.pos, n.label);
    return QStringLiteral("pos=\"%1,%2!\", width=%3, height=%4")
        .arg(number(rect.center().x()), number(-rect.center().y()), number(rect.width() / 72), number(rect.height() / 72));
}

QString edgeStyle(InvocationModel model)
{
    switch (model) {
    case InvocationModel::SyncPush: return QStringLiteral("solid");
    case InvocationModel::AsyncPush: return QStringLiteral("dashed");
    case InvocationModel::StreamPoll: return QStringLiteral("bold");
    case InvocationModel::QueuePoll: return QStringLiteral("dotted");
    case InvocationModel::Write: return QStringLiteral("solid");
    case InvocationModel::OnFailure: return QStringLiteral("dashed");
    }
    return QStringLiteral("solid");
}

} // namespace

bool DotExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                        const ExportProgress &progress)
{
    const Catalog &catalog = options.resolvedCatalog();
    ProgressTicker ticker(progress, int(data.nodes.size() + data.edges.size()));
    const QString title = data.title.isEmpty() ? QStringLiteral("Archscope diagram") : data.title;
    QString text;
    text += QStringLiteral("// Exported from Archscope. Edge labels are invocation models. Nodes carry their canvas\n"
                           "// positions: `neato -n2` keeps the canvas layout, `dot` lays the graph out afresh.\n");
    text += QStringLiteral("digraph %1 {\n").arg(quoted(title));
    // notranslate: neato leaves the positions as the canvas has them instead of moving the
    // drawing to the origin.
    text += QStringLiteral("    graph [rankdir=LR, label=%1, labelloc=t, fontname=\"DejaVu Sans\", fontsize=16, "
                           "nodesep=0.4, ranksep=0.9, notranslate=true];\n").arg(quoted(title));
    text += QStringLiteral("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\", penwidth=2, "
                           "fontname=\"DejaVu Sans\", fontsize=11, fixedsize=true];\n");
    text += QStringLiteral("    edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#3D4552\", fontcolor=\"#3D4552\"];\n");

    // Sizes as the exported pictures have them.
    const DiagramPainter painter(DiagramStyle::light());
    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes.at(i);
        const QString id = QStringLiteral("n%1").arg(i);
        ids.insert(n.id, id);
        const KindSpec *kind = catalog.kind(n.kind);
        const QString label = diagramfacts::displayLabel(n, catalog) + QLatin1Char('\n') + (kind ? kind->subtitle(n.props) : n.kind);
        text += QStringLiteral("    %1 [label=%2, color=\"%3\", tooltip=%4, %5];\n")
                    .arg(id, quoted(label), diagramfacts::colorName(catalog.categoryColor(n.kind)), quoted(n.id),
                         placement(n, painter));
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    for (const ResolvedWire &w : diagramfacts::wires(data, catalog)) {
        QString label = invocationModelLabel(w.model);
        QString color = w.model == InvocationModel::OnFailure ? QStringLiteral("#C62828") : QStringLiteral("#3D4552");
        if (!w.allowed) {
            label = QStringLiteral("refused");
            color = QStringLiteral("#C62828");
        }
        text += QStringLiteral("    %1 -> %2 [label=%3, style=%4, color=\"%5\", fontcolor=\"%5\"];\n")
                    .arg(ids.value(w.from->id), ids.value(w.to->id), quoted(label), edgeStyle(w.model), color);
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    text += QStringLiteral("}\n");
    *out = text.toUtf8();
    return true;
}

} // namespace archscope
