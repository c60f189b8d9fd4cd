#pragma once

#include "io/export/exportoptions.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// Writes an AWS SAM template (YAML, through yaml-cpp) for the serverless parts of a diagram:
// a function per Lambda with its events from trigger wires and its failure destination, the
// buckets, topics, queues, streams, tables and APIs they use, and a Config rule per AWS Config
// trigger. What SAM cannot express (containers, instances, load balancers, search domains) is
// listed under Metadata "Archscope::NotGenerated", and "Archscope::Nodes" says where every node
// went. Intrinsics use the long form ({"Ref": …}, {"Fn::GetAtt": […]}), so it is plain YAML.
class SamExporter
{
public:
    static bool write(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                      const ExportProgress &progress = {});

    // A CloudFormation logical id from a label: letters and digits only, starting with a letter.
    static QString logicalIdBase(const QString &label, const QString &fallback);
};

} // namespace archscope
