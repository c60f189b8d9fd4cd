#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace archscope {

// Evaluates CloudFormation values the way a deployment with the parameters' defaults would:
// Ref to parameters and pseudo parameters, Fn::Sub, Fn::Join, Fn::If (conditions evaluated),
// Fn::Select, Fn::Split, Fn::FindInMap, Fn::GetAZs, Fn::Base64, Fn::Length, Fn::ToJsonString.
// What only a deployment knows (a resource's ARN, an imported value) is unresolved, with the
// reason; `refs` finds which resources a value points at instead.
class CfnResolver
{
public:
    using json = nlohmann::ordered_json;

    // The outcome of resolving: a value, nothing (AWS::NoValue), or unresolved with why.
    struct Result
    {
        std::optional<json> value;
        bool noValue = false;
        QString why; // translated; empty when resolved
    };

    explicit CfnResolver(const json &root, const QString &region = QStringLiteral("us-east-1"));

    bool isResource(const QString &id) const { return m_resources.contains(id); }
    const json *resource(const QString &id) const { return m_resources.value(id, nullptr); }
    QString resourceType(const QString &id) const;

    Result resolve(const json &value) const;
    // The condition with the parameters' defaults; empty when they do not decide it.
    std::optional<bool> condition(const QString &name) const;
    // The logical ids of the resources `value` refers to (Ref, Fn::GetAtt, ${X} in Fn::Sub), in
    // order, following the branch of an Fn::If whose condition is known (both otherwise).
    QStringList refs(const json &value) const;
    // Whether `value` holds an Fn::If whose condition the defaults do not decide.
    QString undecidedCondition(const json &value) const;

    // A resolved value as text or as a number ("512" counts), or empty.
    static std::optional<QString> text(const json &value);
    static std::optional<double> number(const json &value);
    static std::optional<bool> boolean(const json &value);

private:
    Result ref(const QString &name) const;
    Result sub(const json &args) const;
    Result function(const std::string &name, const json &args) const;
    std::optional<bool> evaluate(const json &condition, int depth) const;
    void collectRefs(const json &value, QStringList *out, int depth) const;

    const json &m_root;
    QString m_region;
    QHash<QString, const json *> m_resources;
    QHash<QString, const json *> m_parameters;
    mutable QHash<QString, std::optional<bool>> m_conditions;
    mutable QSet<QString> m_evaluating;
};

} // namespace archscope
