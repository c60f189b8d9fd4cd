#include "dotexporter.h"

#include "catalog/catalog.h"
#include "diagramfacts.h"
#include "model/documentdata.h"
#include "textescape.h"

#include <QHash>

namespace archscope {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + textescape::dot(text) + QLatin1Char('"');
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
    text += QStringLiteral("// Exported from Archscope. Edge labels are invocation models.\n");
    text += QStringLiteral("digraph %1 {\n").arg(quoted(title));
    text += QStringLiteral("    graph [rankdir=LR, label=%1, labelloc=t, fontname=\"DejaVu Sans\", fontsize=16, "
                           "nodesep=0.4, ranksep=0.9];\n").arg(quoted(title));
    text += QStringLiteral("    node [shape=box, style=\"rounded,filled\", fillcolor=\"#FFFFFF\", penwidth=2, "
                           "fontname=\"DejaVu Sans\", fontsize=11];\n");
    text += QStringLiteral("    edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#3D4552\", fontcolor=\"#3D4552\"];\n");

    QHash<QString, QString> ids;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes.at(i);
        const QString id = QStringLiteral("n%1").arg(i);
        ids.insert(n.id, id);
        const KindSpec *kind = catalog.kind(n.kind);
        const QString label = diagramfacts::displayLabel(n, catalog) + QLatin1Char('\n') + (kind ? kind->shortName : n.kind);
        text += QStringLiteral("    %1 [label=%2, color=\"%3\", tooltip=%4];\n")
                    .arg(id, quoted(label), diagramfacts::colorName(catalog.categoryColor(n.kind)), quoted(n.id));
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
