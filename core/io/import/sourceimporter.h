#pragma once

#include "templateimport.h"

#include <nlohmann/json.hpp>

namespace archscope {

// One kind of source (CloudFormation/SAM, Terraform): recognises its tree and maps it onto a
// diagram and a report. TemplateImport asks each in turn.
class SourceImporter
{
public:
    virtual ~SourceImporter() = default;
    // Whether the parsed tree is this importer's kind of source.
    virtual bool accepts(const nlohmann::ordered_json &root) const = 0;
    // Maps the tree; false with `error` when it is this kind of source but unusable as a whole.
    virtual bool import(const nlohmann::ordered_json &root, const Catalog &catalog, ImportResult *out,
                        QString *error) const = 0;
};

// Thrown inside an importer for a fault that stops the whole import; names the path.
struct ImportFailure
{
    QString path;
    QString message;
};

} // namespace archscope
