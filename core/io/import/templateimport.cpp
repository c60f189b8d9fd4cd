#include "templateimport.h"

#include "cloudformationimporter.h"
#include "importlimits.h"
#include "sourcetree.h"
#include "terraformimporter.h"

#include <QCoreApplication>
#include <QFile>

namespace archscope {

bool TemplateImport::read(const QByteArray &bytes, const Catalog &catalog, ImportResult *out, QString *error)
{
    SourceTree tree;
    if (!SourceTree::parse(bytes, &tree, error))
        return false;
    const CloudFormationImporter cloudFormation;
    const TerraformImporter terraform;
    for (const SourceImporter *importer :
         {static_cast<const SourceImporter *>(&cloudFormation), static_cast<const SourceImporter *>(&terraform)}) {
        if (!importer->accepts(tree.root))
            continue;
        ImportResult result;
        try {
            if (!importer->import(tree.root, catalog, &result, error))
                return false;
        } catch (const ImportFailure &f) {
            *error = f.path.isEmpty() ? f.message : f.path + QStringLiteral(": ") + f.message;
            return false;
        } catch (const std::exception &e) {
            *error = QCoreApplication::translate("TemplateImport", "the source could not be read: %1")
                         .arg(QString::fromUtf8(e.what()));
            return false;
        }
        *out = std::move(result);
        return true;
    }
    *error =
        QCoreApplication::translate("TemplateImport", "this is neither a CloudFormation or SAM template (no Resources) "
                                                      "nor a Terraform plan or state (no planned_values or values)");
    return false;
}

bool TemplateImport::readFile(const QString &path, const Catalog &catalog, ImportResult *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TemplateImport", "cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    // Sequential files (a pipe) have no size: reading one byte past the limit tells.
    if (file.size() > importlimits::maxFileBytes) {
        *error = QCoreApplication::translate("TemplateImport", "the file is larger than %1 MB")
                     .arg(importlimits::maxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.read(importlimits::maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("TemplateImport", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return read(bytes, catalog, out, error);
}

QStringList TemplateImport::filePatterns()
{
    return {QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json"), QStringLiteral("*.template"),
            QStringLiteral("*.tfplan.json")};
}

} // namespace archscope
