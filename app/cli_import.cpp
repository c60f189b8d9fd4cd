#include "clicommands.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "io/filewriter.h"
#include "io/import/templateimport.h"
#include "layout/graphvizlayout.h"
#include "render/diagrampainter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace archscope::cli {

namespace {

int usageError(const QString &message)
{
    err() << "archscope import: " << message << Qt::endl
          << QCoreApplication::translate("Cli", "usage: archscope import FILE -o OUT.archscope [--json]") << Qt::endl;
    return 2;
}

} // namespace

int importFile(const QStringList &args)
{
    QString input, output;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!takeValue(args, &i, &output))
                return usageError(QCoreApplication::translate("Cli", "%1 needs a value").arg(a));
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(QCoreApplication::translate("Cli", "unknown option '%1'").arg(a));
        } else if (input.isEmpty()) {
            input = a;
        } else {
            return usageError(QCoreApplication::translate("Cli", "more than one input file"));
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return usageError(QCoreApplication::translate("Cli", "FILE and -o are required"));
    QString error;
    if (FileWriter::wouldOverwriteInput(output, input, &error)) {
        err() << "archscope import: " << error << Qt::endl;
        return 2;
    }

    const Catalog &catalog = Catalog::builtin();
    ImportResult result;
    if (!TemplateImport::readFile(input, catalog, &result, &error)) {
        err() << QCoreApplication::translate("Cli", "%1: cannot be imported: %2").arg(input, error) << Qt::endl;
        return 2;
    }
    // Laid out left to right, sources first, as the canvas's auto-layout does.
    const QHash<QString, QPointF> positions = layeredLayout(result.data, catalog, DiagramPainter(DiagramStyle::light()));
    for (Node &n : result.data.nodes)
        n.pos = positions.value(n.id, n.pos);
    if (result.data.title.isEmpty())
        result.data.title = QFileInfo(input).completeBaseName();

    // A diagram with nodes is written even when none maps onto a simulated kind
    // (all external): the exit code says so, the file still shows what the source
    // holds.
    if (!result.data.nodes.isEmpty() && !ArchscopeFormat::writeFile(output, result.data, &error)) {
        err() << "archscope import: " << error << Qt::endl;
        return 2;
    }
    if (json) {
        QJsonObject summary = result.report.toJson();
        summary.insert(QStringLiteral("output"), result.data.nodes.isEmpty() ? QJsonValue() : QJsonValue(output));
        out() << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    } else {
        for (const QString &line : result.report.summaryLines())
            out() << line << Qt::endl;
        if (!result.data.nodes.isEmpty())
            out() << QCoreApplication::translate("Cli", "written to %1").arg(output) << Qt::endl;
    }
    if (!result.report.anythingMapped()) {
        err() << QCoreApplication::translate("Cli", "%1: nothing could be mapped onto a service Archscope simulates")
                     .arg(input)
              << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace archscope::cli
