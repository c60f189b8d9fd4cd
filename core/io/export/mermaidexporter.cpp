#include "mermaidexporter.h"

#include "catalog/catalog.h"
#include "diagramfacts.h"
#include "model/documentdata.h"
#include "textescape.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace archscope {

namespace {

// The arrow of a wire: solid for synchronous pushes and writes, dotted for asynchronous pushes
// and failure routes, thick for polled streams and queues.
QString arrow(InvocationModel model, const QString &label)
{
    const QString text = QStringLiteral("|\"%1\"|").arg(textescape::mermaid(label));
    switch (model) {
    case InvocationModel::SyncPush:
    case InvocationModel::Write: return QStringLiteral("-->") + text;
    case InvocationModel::AsyncPush:
    case InvocationModel::OnFailure: return QStringLiteral("-.->") + text;
    case InvocationModel::StreamPoll:
    case InvocationModel::QueuePoll: return QStringLiteral("==>") + text;
    }
    return QStringLiteral("-->") + text;
}

} // namespace

bool MermaidExporter::write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                            const ExportProgress &progress)
{
    const Catalog &catalog = options.resolvedCatalog();
    ProgressTicker ticker(progress, int(data.nodes.size() + data.edges.size()));
    QString text;
    text += QStringLiteral("%% %1\n").arg(textescape::mermaid(data.title.isEmpty() ? QStringLiteral("Archscope diagram") : data.title));
    text += QStringLiteral("%% Exported from Archscope. Wire labels are invocation models.\n");
    text += QStringLiteral("flowchart LR\n");

    // Node ids in the file may be any text; Mermaid gets generated ones (n0, n1, ...).
    QHash<QString, QString> ids;
    QSet<QString> categories;
    for (qsizetype i = 0; i < data.nodes.size(); ++i) {
        const Node &n = data.nodes.at(i);
        const QString id = QStringLiteral("n%1").arg(i);
        ids.insert(n.id, id);
        const KindSpec *kind = catalog.kind(n.kind);
        const QString category = kind ? kind->category : QStringLiteral("other");
        categories.insert(category);
        text += QStringLiteral("    %1[\"%2<br/><small>%3</small>\"]:::cat_%4\n")
                    .arg(id, textescape::mermaid(diagramfacts::displayLabel(n, catalog)),
                         textescape::mermaid(kind ? kind->subtitle(n.props) : n.kind),
                         QString(category).replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_")));
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    for (const ResolvedWire &w : diagramfacts::wires(data, catalog)) {
        const QString label = w.allowed ? invocationModelLabel(w.model)
                                        : QStringLiteral("refused: %1").arg(invocationModelLabel(w.model));
        text += QStringLiteral("    %1 %2 %3\n").arg(ids.value(w.from->id), arrow(w.model, label), ids.value(w.to->id));
        if (!ticker.step()) {
            *error = exportCancelledMessage();
            return false;
        }
    }
    QStringList sorted(categories.begin(), categories.end());
    sorted.sort();
    for (const QString &category : sorted) {
        const CategorySpec *spec = catalog.category(category);
        const QString color = diagramfacts::colorName(spec ? spec->color : QColor());
        text += QStringLiteral("    classDef cat_%1 fill:#ffffff,stroke:%2,stroke-width:2px,color:#16191f\n")
                    .arg(QString(category).replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_")), color);
    }
    *out = text.toUtf8();
    return true;
}

} // namespace archscope
