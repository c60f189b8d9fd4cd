#include "clicommands.h"

#include "catalog/catalog.h"
#include "io/export/exportregistry.h"
#include "io/archscopeformat.h"

#include <QCoreApplication>
#include <QFile>

namespace archscope::cli {

namespace {


QString exportUsage()
{
    QStringList ids;
    for (const ExportFormatInfo &f : exportFormats())
        ids << f.id;
    return QCoreApplication::translate("Cli", "usage: archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent]\n"
              "                         [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]\n"
              "  FMT is one of %1; OUT may be - for standard output.")
        .arg(ids.join(QLatin1Char('|')));
}

int usageError(const QString &message)
{
    err() << "archscope export: " << message << Qt::endl << exportUsage() << Qt::endl;
    return 2;
}

} // namespace

int exportFile(const QStringList &args)
{
    QString input, format, output;
    ExportOptions options;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *target) { return takeValue(args, &i, target); };
        QString v;
        if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
            if (!value(&format))
                return usageError(QCoreApplication::translate("Cli", "%1 needs a value").arg(a));
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(&output))
                return usageError(QCoreApplication::translate("Cli", "%1 needs a value").arg(a));
        } else if (a == QLatin1String("--scale")) {
            if (!value(&v) || (v != QLatin1String("1") && v != QLatin1String("2") && v != QLatin1String("4")))
                return usageError(QCoreApplication::translate("Cli", "--scale takes 1, 2 or 4"));
            options.scale = v.toDouble();
        } else if (a == QLatin1String("--transparent")) {
            options.transparent = true;
        } else if (a == QLatin1String("--page-size")) {
            if (!value(&v) || !pageSizeFromId(v, &options.pageSize))
                return usageError(QCoreApplication::translate("Cli", "--page-size takes A4, Letter or A3"));
        } else if (a == QLatin1String("--no-simulation")) {
            options.includeSimulation = false;
        } else if (a == QLatin1String("--author")) {
            if (!value(&options.author))
                return usageError(QCoreApplication::translate("Cli", "--author needs a value"));
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            return usageError(QCoreApplication::translate("Cli", "unknown option '%1'").arg(a));
        } else if (input.isEmpty()) {
            input = a;
        } else {
            return usageError(QCoreApplication::translate("Cli", "more than one input file"));
        }
    }
    if (input.isEmpty() || format.isEmpty() || output.isEmpty())
        return usageError(QCoreApplication::translate("Cli", "FILE, --format and -o are required"));
    if (!exportFormat(format))
        return usageError(QCoreApplication::translate("Cli", "unknown format '%1'").arg(format));

    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(input, Catalog::builtin(), &data, &error)) {
        err() << QCoreApplication::translate("Cli", "%1: cannot be loaded: %2").arg(input, error) << Qt::endl;
        return 2;
    }
    if (output == QLatin1String("-")) {
        QByteArray bytes;
        if (!renderExport(format, data, options, &bytes, &error)) {
            err() << "archscope export: " << error << Qt::endl;
            return 2;
        }
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size()) {
            err() << "archscope export: " << QCoreApplication::translate("Cli", "cannot write to standard output") << Qt::endl;
            return 2;
        }
        return 0;
    }
    if (!exportDiagram(format, data, options, output, &error)) {
        err() << "archscope export: " << error << Qt::endl;
        return 2;
    }
    return 0;
}

} // namespace archscope::cli
