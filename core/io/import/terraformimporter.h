#pragma once

#include "sourceimporter.h"

namespace archscope {

// Terraform plans and state as `terraform show -json` prints them onto a diagram: see TfImport
// (terraformimporter.cpp) for how each resource type maps.
class TerraformImporter : public SourceImporter
{
public:
    bool accepts(const nlohmann::ordered_json &root) const override;
    bool import(const nlohmann::ordered_json &root, const Catalog &catalog, ImportResult *out,
                QString *error) const override;
};

} // namespace archscope
