#include "cfnresolver.h"
#include "sourcetree.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace archscope {

using json = nlohmann::ordered_json;
using sourcetree::qs;

namespace {

// Nested intrinsic functions deeper than this are refused rather than followed (the tree is
// at most 64 levels deep; conditions that name conditions could loop).
constexpr int maxEvaluationDepth = 64;

CfnResolver::Result resolved(json v)
{
    CfnResolver::Result r;
    r.value = std::move(v);
    return r;
}

CfnResolver::Result unresolved(const QString &why)
{
    CfnResolver::Result r;
    r.why = why;
    return r;
}

// A one-key object whose key is an intrinsic function: {"Ref": …}, {"Fn::Sub": …}.
bool isFunction(const json &v, std::string *name)
{
    if (!v.is_object() || v.size() != 1)
        return false;
    const std::string &key = v.begin().key();
    if (key == "Ref" || key.rfind("Fn::", 0) == 0) {
        *name = key;
        return true;
    }
    return false;
}

std::string scalarText(const json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    if (v.is_number_integer())
        return std::to_string(v.get<long long>());
    if (v.is_number()) {
        const double d = v.get<double>();
        return QString::number(d, 'g', 15).toStdString();
    }
    return v.dump();
}

} // namespace

CfnResolver::CfnResolver(const json &root, const QString &region)
    : m_root(root)
    , m_region(region)
{
    if (const auto it = root.find("Resources"); it != root.end() && it->is_object())
        for (auto r = it->begin(); r != it->end(); ++r)
            m_resources.insert(qs(r.key()), &r.value());
    if (const auto it = root.find("Parameters"); it != root.end() && it->is_object())
        for (auto p = it->begin(); p != it->end(); ++p)
            m_parameters.insert(qs(p.key()), &p.value());
}

QString CfnResolver::resourceType(const QString &id) const
{
    const json *r = resource(id);
    if (!r || !r->is_object())
        return {};
    const auto t = r->find("Type");
    return t != r->end() && t->is_string() ? qs(t->get<std::string>()) : QString();
}

std::optional<QString> CfnResolver::text(const json &value)
{
    if (value.is_string() || value.is_number() || value.is_boolean())
        return qs(scalarText(value));
    return std::nullopt;
}

std::optional<double> CfnResolver::number(const json &value)
{
    if (value.is_number()) {
        const double d = value.get<double>();
        return std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    if (value.is_string()) {
        bool ok = false;
        const double d = qs(value.get<std::string>()).trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> CfnResolver::boolean(const json &value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_string()) {
        const QString s = qs(value.get<std::string>()).trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

CfnResolver::Result CfnResolver::ref(const QString &name) const
{
    if (name == QLatin1String("AWS::NoValue")) {
        Result r;
        r.noValue = true;
        return r;
    }
    if (name == QLatin1String("AWS::Region"))
        return resolved(m_region.toStdString());
    if (name == QLatin1String("AWS::Partition"))
        return resolved("aws");
    if (name == QLatin1String("AWS::URLSuffix"))
        return resolved("amazonaws.com");
    if (name == QLatin1String("AWS::AccountId"))
        return resolved("123456789012");
    if (name.startsWith(QLatin1String("AWS::")))
        return unresolved(
            QCoreApplication::translate("TemplateImport", "%1 is known only when the stack is deployed").arg(name));
    if (isResource(name))
        return unresolved(
            QCoreApplication::translate("TemplateImport",
                                        "it refers to the resource %1, whose name is known only once it is deployed")
                .arg(name));
    const json *p = m_parameters.value(name, nullptr);
    if (!p)
        return unresolved(QCoreApplication::translate("TemplateImport",
                                                      "it refers to %1, which is neither a parameter nor a resource")
                              .arg(name));
    const auto def = p->is_object() ? p->find("Default") : p->end();
    if (!p->is_object() || def == p->end())
        return unresolved(QCoreApplication::translate("TemplateImport", "the parameter %1 has no default").arg(name));
    const QString type =
        p->contains("Type") && p->at("Type").is_string() ? qs(p->at("Type").get<std::string>()) : QString();
    if (type.startsWith(QLatin1String("AWS::SSM::Parameter::Value")))
        return unresolved(QCoreApplication::translate("TemplateImport",
                                                      "the parameter %1 is read from SSM Parameter Store at deployment")
                              .arg(name));
    if ((type == QLatin1String("CommaDelimitedList") || type.startsWith(QLatin1String("List<"))) && def->is_string()) {
        json list = json::array();
        for (const QString &item : qs(def->get<std::string>()).split(QLatin1Char(',')))
            list.push_back(item.trimmed().toStdString());
        return resolved(list);
    }
    if (type == QLatin1String("Number")) {
        if (const std::optional<double> n = number(*def))
            return resolved(*n == std::floor(*n) && std::fabs(*n) < 1e15 ? json(static_cast<long long>(*n)) : json(*n));
    }
    return resolved(*def);
}

CfnResolver::Result CfnResolver::sub(const json &args) const
{
    std::string text;
    const json *vars = nullptr;
    if (args.is_string()) {
        text = args.get<std::string>();
    } else if (args.is_array() && args.size() == 2 && args.at(0).is_string() && args.at(1).is_object()) {
        text = args.at(0).get<std::string>();
        vars = &args.at(1);
    } else {
        return unresolved(
            QCoreApplication::translate("TemplateImport", "Fn::Sub takes a text or a [text, variables] list"));
    }
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const size_t open = text.find("${", i);
        if (open == std::string::npos) {
            out += text.substr(i);
            break;
        }
        out += text.substr(i, open - i);
        const size_t close = text.find('}', open);
        if (close == std::string::npos)
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Sub has a ${ without its closing }"));
        const std::string name = text.substr(open + 2, close - open - 2);
        i = close + 1;
        if (!name.empty() && name[0] == '!') { // ${!Literal} is written as ${Literal}
            out += "${" + name.substr(1) + "}";
            continue;
        }
        Result part;
        if (vars && vars->contains(name))
            part = resolve(vars->at(name));
        else if (name.find('.') != std::string::npos && !name.starts_with("AWS::"))
            part = unresolved(QCoreApplication::translate("TemplateImport",
                                                          "${%1} is an attribute known only once the stack is deployed")
                                  .arg(qs(name)));
        else
            part = ref(qs(name));
        if (!part.value)
            return part.noValue
                       ? unresolved(QCoreApplication::translate("TemplateImport", "${%1} has no value").arg(qs(name)))
                       : part;
        out += scalarText(*part.value);
    }
    return resolved(out);
}

CfnResolver::Result CfnResolver::function(const std::string &name, const json &args) const
{
    if (name == "Ref") {
        if (!args.is_string())
            return unresolved(QCoreApplication::translate("TemplateImport", "Ref takes a name"));
        return ref(qs(args.get<std::string>()));
    }
    if (name == "Fn::Sub")
        return sub(args);
    if (name == "Fn::If") {
        if (!args.is_array() || args.size() != 3 || !args.at(0).is_string())
            return unresolved(QCoreApplication::translate("TemplateImport",
                                                          "Fn::If takes [condition, value if true, value if false]"));
        const QString cond = qs(args.at(0).get<std::string>());
        const std::optional<bool> holds = condition(cond);
        if (!holds)
            return unresolved(
                QCoreApplication::translate(
                    "TemplateImport", "it depends on the condition %1, which the parameters' defaults do not decide")
                    .arg(cond));
        return resolve(args.at(*holds ? 1 : 2));
    }
    if (name == "Fn::Join") {
        if (!args.is_array() || args.size() != 2 || !args.at(0).is_string())
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Join takes [delimiter, list]"));
        const Result list = resolve(args.at(1));
        if (!list.value)
            return list;
        if (!list.value->is_array())
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Join needs a list"));
        std::string out;
        bool first = true;
        for (const json &item : *list.value) {
            if (!first)
                out += args.at(0).get<std::string>();
            out += scalarText(item);
            first = false;
        }
        return resolved(out);
    }
    if (name == "Fn::Select") {
        if (!args.is_array() || args.size() != 2)
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Select takes [index, list]"));
        const Result index = resolve(args.at(0));
        const Result list = resolve(args.at(1));
        if (!index.value)
            return index;
        if (!list.value)
            return list;
        const std::optional<double> i = number(*index.value);
        if (!i || !list.value->is_array() || *i < 0 || *i >= double(list.value->size()))
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Select's index is outside its list"));
        return resolved(list.value->at(size_t(*i)));
    }
    if (name == "Fn::Split") {
        if (!args.is_array() || args.size() != 2 || !args.at(0).is_string())
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Split takes [delimiter, text]"));
        const Result s = resolve(args.at(1));
        if (!s.value)
            return s;
        const std::string delimiter = args.at(0).get<std::string>();
        const std::string whole = scalarText(*s.value);
        json list = json::array();
        if (delimiter.empty()) {
            list.push_back(whole);
        } else {
            size_t start = 0, at;
            while ((at = whole.find(delimiter, start)) != std::string::npos) {
                list.push_back(whole.substr(start, at - start));
                start = at + delimiter.size();
            }
            list.push_back(whole.substr(start));
        }
        return resolved(list);
    }
    if (name == "Fn::FindInMap") {
        if (!args.is_array() || args.size() < 3)
            return unresolved(QCoreApplication::translate("TemplateImport", "Fn::FindInMap takes [map, key, key]"));
        std::string keys[3];
        for (int k = 0; k < 3; ++k) {
            const Result r = resolve(args.at(size_t(k)));
            if (!r.value)
                return r;
            keys[k] = scalarText(*r.value);
        }
        const auto mappings = m_root.find("Mappings");
        if (mappings != m_root.end() && mappings->is_object()) {
            const auto map = mappings->find(keys[0]);
            if (map != mappings->end() && map->is_object()) {
                const auto top = map->find(keys[1]);
                if (top != map->end() && top->is_object()) {
                    const auto second = top->find(keys[2]);
                    if (second != top->end())
                        return resolve(*second);
                }
            }
        }
        if (args.size() == 4 && args.at(3).is_object() && args.at(3).contains("DefaultValue"))
            return resolve(args.at(3).at("DefaultValue"));
        return unresolved(QCoreApplication::translate("TemplateImport", "Mappings has no %1 → %2 → %3")
                              .arg(qs(keys[0]), qs(keys[1]), qs(keys[2])));
    }
    if (name == "Fn::GetAZs") {
        json zones = json::array();
        for (const char *suffix : {"a", "b", "c", "d", "e", "f"})
            zones.push_back(m_region.toStdString() + suffix);
        return resolved(zones);
    }
    if (name == "Fn::Base64")
        return resolve(args);
    if (name == "Fn::Length") {
        const Result list = resolve(args);
        if (!list.value)
            return list;
        return list.value->is_array()
                   ? resolved(list.value->size())
                   : unresolved(QCoreApplication::translate("TemplateImport", "Fn::Length needs a list"));
    }
    if (name == "Fn::ToJsonString") {
        const Result v = resolve(args);
        return v.value ? resolved(v.value->dump()) : v;
    }
    if (name == "Fn::GetAtt") {
        const QString target = args.is_array() && !args.empty() && args.at(0).is_string()
                                   ? qs(args.at(0).get<std::string>())
                               : args.is_string() ? qs(args.get<std::string>())
                                                  : QString();
        return unresolved(QCoreApplication::translate("TemplateImport",
                                                      "it is an attribute of %1, known only once the stack is deployed")
                              .arg(target));
    }
    if (name == "Fn::ImportValue")
        return unresolved(
            QCoreApplication::translate("TemplateImport", "it is imported from another stack (Fn::ImportValue)"));
    if (name == "Fn::Cidr")
        return unresolved(QCoreApplication::translate("TemplateImport", "Fn::Cidr is not evaluated"));
    return unresolved(QCoreApplication::translate("TemplateImport", "%1 is not evaluated").arg(qs(name)));
}

CfnResolver::Result CfnResolver::resolve(const json &value) const
{
    std::string name;
    if (isFunction(value, &name))
        return function(name, value.begin().value());
    if (value.is_array()) {
        json out = json::array();
        for (const json &item : value) {
            Result r = resolve(item);
            if (r.noValue)
                continue;
            if (!r.value)
                return r;
            out.push_back(std::move(*r.value));
        }
        return resolved(out);
    }
    if (value.is_object()) {
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            Result r = resolve(it.value());
            if (r.noValue)
                continue;
            if (!r.value)
                return r;
            out.get_ref<json::object_t &>().emplace_back(it.key(), std::move(*r.value));
        }
        return resolved(out);
    }
    return resolved(value);
}

std::optional<bool> CfnResolver::evaluate(const json &c, int depth) const
{
    if (depth > maxEvaluationDepth)
        return std::nullopt;
    if (c.is_boolean())
        return c.get<bool>();
    if (!c.is_object() || c.size() != 1)
        return boolean(c);
    const std::string &key = c.begin().key();
    const json &args = c.begin().value();
    if (key == "Condition" && args.is_string())
        return condition(qs(args.get<std::string>()));
    if (key == "Fn::Equals" && args.is_array() && args.size() == 2) {
        const Result a = resolve(args.at(0)), b = resolve(args.at(1));
        if (!a.value || !b.value)
            return std::nullopt;
        return scalarText(*a.value) == scalarText(*b.value);
    }
    if ((key == "Fn::And" || key == "Fn::Or") && args.is_array()) {
        bool unknown = false;
        for (const json &part : args) {
            const std::optional<bool> v = evaluate(part, depth + 1);
            if (!v)
                unknown = true;
            else if (*v == (key == "Fn::Or"))
                return *v;
        }
        return unknown ? std::nullopt : std::optional(key == "Fn::And");
    }
    if (key == "Fn::Not" && args.is_array() && args.size() == 1) {
        const std::optional<bool> v = evaluate(args.at(0), depth + 1);
        return v ? std::optional(!*v) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<bool> CfnResolver::condition(const QString &name) const
{
    if (const auto it = m_conditions.constFind(name); it != m_conditions.constEnd())
        return *it;
    if (m_evaluating.contains(name))
        return std::nullopt; // a condition that names itself decides nothing
    std::optional<bool> result;
    const auto conditions = m_root.find("Conditions");
    if (conditions != m_root.end() && conditions->is_object()) {
        const auto c = conditions->find(name.toStdString());
        if (c != conditions->end()) {
            m_evaluating.insert(name);
            result = evaluate(*c, 0);
            m_evaluating.remove(name);
        }
    }
    m_conditions.insert(name, result);
    return result;
}

void CfnResolver::collectRefs(const json &value, QStringList *out, int depth) const
{
    if (depth > maxEvaluationDepth)
        return;
    auto add = [&](const QString &id) {
        if (isResource(id) && !out->contains(id))
            out->append(id);
    };
    std::string name;
    if (isFunction(value, &name)) {
        const json &args = value.begin().value();
        if (name == "Ref" && args.is_string()) {
            add(qs(args.get<std::string>()));
            return;
        }
        if (name == "Fn::GetAtt") {
            if (args.is_array() && !args.empty() && args.at(0).is_string())
                add(qs(args.at(0).get<std::string>()));
            else if (args.is_string())
                add(qs(args.get<std::string>()).section(QLatin1Char('.'), 0, 0));
            return;
        }
        if (name == "Fn::Sub") {
            const json &text = args.is_array() && !args.empty() ? args.at(0) : args;
            if (text.is_string()) {
                static const QRegularExpression var(QStringLiteral("\\$\\{([^!}][^}.]*)(\\.[^}]*)?\\}"));
                const json *vars =
                    args.is_array() && args.size() == 2 && args.at(1).is_object() ? &args.at(1) : nullptr;
                auto it = var.globalMatch(qs(text.get<std::string>()));
                while (it.hasNext()) {
                    const QString id = it.next().captured(1);
                    if (vars && vars->contains(id.toStdString()))
                        collectRefs(vars->at(id.toStdString()), out, depth + 1);
                    else
                        add(id);
                }
            }
            if (args.is_array() && args.size() == 2)
                collectRefs(args.at(1), out, depth + 1);
            return;
        }
        if (name == "Fn::If" && args.is_array() && args.size() == 3 && args.at(0).is_string()) {
            const std::optional<bool> holds = condition(qs(args.at(0).get<std::string>()));
            if (holds) {
                collectRefs(args.at(*holds ? 1 : 2), out, depth + 1);
            } else {
                collectRefs(args.at(1), out, depth + 1);
                collectRefs(args.at(2), out, depth + 1);
            }
            return;
        }
    }
    if (value.is_array() || value.is_object())
        for (const json &child : value)
            collectRefs(child, out, depth + 1);
}

QStringList CfnResolver::refs(const json &value) const
{
    QStringList out;
    collectRefs(value, &out, 0);
    return out;
}

QString CfnResolver::undecidedCondition(const json &value) const
{
    std::string name;
    if (isFunction(value, &name) && name == "Fn::If") {
        const json &args = value.begin().value();
        if (args.is_array() && args.size() == 3 && args.at(0).is_string()) {
            const QString cond = qs(args.at(0).get<std::string>());
            if (!condition(cond))
                return cond;
        }
    }
    if (value.is_array() || value.is_object())
        for (const json &child : value) {
            const QString c = undecidedCondition(child);
            if (!c.isEmpty())
                return c;
        }
    return {};
}

} // namespace archscope
