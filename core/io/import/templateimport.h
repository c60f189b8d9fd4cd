#pragma once

#include "importreport.h"
#include "model/documentdata.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace archscope {

class Catalog;

// An imported diagram (every node at the origin: lay it out before showing it) and the report
// of what became of each resource.
struct ImportResult
{
    DocumentData data;
    ImportReport report;
};

// Reads existing infrastructure into a diagram (DESIGN.md, "Import"): AWS SAM and CloudFormation
// templates in YAML or JSON, and Terraform plans and state as `terraform show -json` prints
// them. The source is recognised by its content, not its name. Reading is bounded
// (importlimits.h): a malformed or hostile file is an error that names the problem, never a
// crash or a hang. A failed import changes nothing.
class TemplateImport
{
public:
    static bool read(const QByteArray &bytes, const Catalog &catalog, ImportResult *out, QString *error);
    static bool readFile(const QString &path, const Catalog &catalog, ImportResult *out, QString *error);
    // File-name patterns of the sources, for open dialogs: *.yaml *.yml *.json *.template
    // *.tfplan.json.
    static QStringList filePatterns();
};

} // namespace archscope
