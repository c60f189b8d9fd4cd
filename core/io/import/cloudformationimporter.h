#pragma once

#include "sourceimporter.h"

namespace archscope {

// AWS CloudFormation and SAM templates (YAML or JSON) onto a diagram: see CfnImport
// (cloudformationimport_p.h) for how each resource type maps.
class CloudFormationImporter : public SourceImporter
{
public:
    bool accepts(const nlohmann::ordered_json &root) const override;
    bool import(const nlohmann::ordered_json &root, const Catalog &catalog, ImportResult *out,
                QString *error) const override;
};

} // namespace archscope
