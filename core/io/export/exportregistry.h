#pragma once

#include "io/export/exportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace archscope {

struct DocumentData;

// One export format as the GUI and the CLI offer it.
struct ExportFormatInfo
{
    enum class Preview { Image, Pdf, Text };

    QString id;         // what --format takes: png, svg, pdf, drawio, mermaid, dot, sam, csv, md, html
    QString name;       // translated, for the format list
    QString extension;  // without the dot
    QString fileFilter; // for QFileDialog
    Preview preview = Preview::Text;
    bool usesScale = false;
    bool usesTransparency = false;
    bool usesPageSize = false;
    bool usesAuthor = false;
    bool usesSimulation = false;  // md/html: includeSimulation
};

// The single entry point for every export, shared by File → Export and `archscope export`.
// csv runs the simulation (core/sim) with the document's settings and writes its series.
QList<ExportFormatInfo> exportFormats();
const ExportFormatInfo *exportFormat(const QString &id);

// Produces the bytes of an export in memory (for previews and for exportDiagram).
bool renderExport(const QString &format, const DocumentData &data, const ExportOptions &options, QByteArray *out,
                  QString *error, const ExportProgress &progress = {});

// Renders and writes atomically to `outPath`: on any error or cancellation the file is left as
// it was (no partial file). `error` says what went wrong.
bool exportDiagram(const QString &format, const DocumentData &data, const ExportOptions &options,
                   const QString &outPath, QString *error, const ExportProgress &progress = {});

// Writes `bytes` to `path` through QSaveFile.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace archscope
