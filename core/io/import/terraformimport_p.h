#pragma once

// The Terraform import's shared parts: terraformimporter.cpp reads the plan or state and
// makes the nodes; terraformwires.cpp draws the wires between them.

#include "importbuilder.h"
#include "sourcetree.h"
#include "templateimport.h"

#include <QHash>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace archscope::tfimport {

using json = nlohmann::ordered_json;
using sourcetree::at;
using sourcetree::qs;

inline std::optional<double> numberOf(const json *v)
{
    if (v && v->is_number())
        return v->get<double>();
    if (v && v->is_string()) {
        bool ok = false;
        const double d = qs(v->get<std::string>()).toDouble(&ok);
        return ok ? std::optional(d) : std::nullopt;
    }
    return std::nullopt;
}

inline std::optional<QString> textOf(const json *v)
{
    if (v && v->is_string())
        return qs(v->get<std::string>());
    return std::nullopt;
}

// One resource instance of the plan or state.
struct Resource
{
    QString address; // module.orders.aws_sqs_queue.jobs[0]
    QString base;    // module.orders.aws_sqs_queue.jobs
    QString module;  // module.orders. (empty at the root)
    QString type;
    QString name;
    QString index; // "0", "\"eu\"", empty
    const json *values = nullptr;
    QString node;
};

// One Terraform import: resources from planned_values (a plan) or values (state), every child
// module included; links between them from the values (state: ARNs, names, URLs) and from the
// configuration's expression references (a plan, where what is created is not known yet).
class TfImport
{
public:
    TfImport(const json &root, const Catalog &catalog, bool plan)
        : m_root(root)
        , m_b(catalog)
        , m_plan(plan)
    {
    }

    void run(ImportResult *out);

private:
    void collect(const json &module, int depth);
    void indexConfiguration(const json &module, const QString &prefix, int depth);
    QStringList resolveReferences(const json &references, const QString &prefix, int depth) const;
    void makeNode(Resource &r);
    void props(Resource &r);
    void wires(Resource &r);
    void settings(Resource &r);
    // The nodes a resource's attribute points at: by its value (an ARN, a name, a URL) and by
    // the configuration's references.
    QStringList targets(const Resource &r, const QStringList &path, const QString &expectedKind);
    QString target(const Resource &r, const QStringList &path, const QString &expectedKind)
    {
        const QStringList t = targets(r, path, expectedKind);
        return t.isEmpty() ? QString() : t.first();
    }
    // The resource an identifier names, preferring one whose node is of `expectedKind`; -1: none.
    int identified(const QString &identifier, const QString &expectedKind, int self = -1) const;
    QList<Resource *> resourcesOf(const Resource &r, const QStringList &path, const QStringList &types);
    QString where(const Resource &r, const QStringList &path = {}) const
    {
        return path.isEmpty() ? r.address : r.address + QLatin1Char('.') + path.join(QLatin1Char('.'));
    }
    const json *value(const Resource &r, const QStringList &path) const
    {
        return r.values ? at(*r.values, path) : nullptr;
    }
    std::optional<double> number(const Resource &r, const QStringList &path) const { return numberOf(value(r, path)); }
    std::optional<QString> text(const Resource &r, const QStringList &path) const { return textOf(value(r, path)); }
    void copyNumber(const Resource &r, const QStringList &path, const QString &node, const QString &key)
    {
        if (const std::optional<double> n = number(r, path))
            m_b.setProp(node, key, *n, where(r, path));
    }
    void instancesFrom(Resource &group, const QString &node);
    void loadBalancers();

    const json &m_root;
    ImportBuilder m_b;
    bool m_plan;
    std::vector<Resource> m_resources;
    QHash<QString, QList<int>> m_byBase;       // base address → instances
    QHash<QString, QList<int>> m_byIdentifier; // ARN, id, name, URL → instances
    QHash<QString, const json *> m_config;     // base address → its expressions
    // module prefix + "var.x" → (the module call's expression, the calling module's prefix)
    QHash<QString, std::pair<const json *, QString>> m_variables;
    // calling prefix + "module.m.out" → (the output's expression, the module's prefix)
    QHash<QString, std::pair<const json *, QString>> m_outputs;
    QHash<QString, QStringList> m_targetGroupCompute;
    QHash<QString, QStringList> m_behind;
};

} // namespace archscope::tfimport
