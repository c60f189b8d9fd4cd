#pragma once

#include "exportoptions.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes a diagram as a Mermaid flowchart (left to right): every node with its label and kind,
// every wire labelled with its invocation model, a class per category colour.
class MermaidExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});
};

} // namespace archscope
