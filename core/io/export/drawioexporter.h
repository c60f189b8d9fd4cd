#pragma once

#include "catalog/wirekind.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QString>

namespace archscope {

struct DocumentData;

// Writes an uncompressed draw.io file (mxfile → diagram → mxGraphModel → root): the two root
// cells, one AWS4 resource-icon vertex per node (a plain box
// with its subtitle for a kind the catalog draws as a box) in its category colour at the node's position,
// one edge per wire styled and labelled by its invocation model. Labels are plain text
// (html=0), so draw.io never interprets markup in them.
class DrawioExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});

    // The draw.io AWS4 resource icon for a kind ("lambda" → "lambda", "apigw" → "api_gateway").
    static QString resourceIcon(const QString &kindId);
    static QString vertexStyle(const QString &kindId, const QString &fillColor);
    // A plain rounded box in the category colour, for kinds the catalog draws as a box.
    static QString boxStyle(const QString &strokeColor);
    static QString edgeStyle(InvocationModel model, bool allowed);
};

} // namespace archscope
