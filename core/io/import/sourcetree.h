#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace archscope {

// A template or plan parsed into one tree, whatever its syntax: YAML (through yaml-cpp's event
// parser, every CloudFormation short-form tag rewritten to its long form: `!Ref X` is
// {"Ref": "X"}, `!GetAtt A.B` is {"Fn::GetAtt": ["A", "B"]}, `!Sub s` is {"Fn::Sub": s}) or
// JSON (through nlohmann's SAX parser). Maps keep their order. Reading is bounded by
// importlimits: size, depth, and values counted with every alias expanded.
struct SourceTree
{
    nlohmann::ordered_json root;
    bool yaml = false;

    // False with `error` naming the problem (and its line and column, or its path in the tree).
    static bool parse(const QByteArray &bytes, SourceTree *out, QString *error);
};

// Small readings of the tree the importers share.
namespace sourcetree {

using json = nlohmann::ordered_json;

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString key(const char *k)
{
    return QLatin1String(k);
}

// The value at `path` below `root`: map keys, and list positions as numbers ("Actions", "0",
// "Lambda"); nullptr when any step is missing.
inline const json *at(const json &root, const QStringList &path)
{
    const json *v = &root;
    for (const QString &k : path) {
        if (v->is_object()) {
            const auto child = v->find(k.toStdString());
            if (child == v->end())
                return nullptr;
            v = &*child;
        } else if (v->is_array()) {
            bool ok = false;
            const int i = k.toInt(&ok);
            if (!ok || i < 0 || size_t(i) >= v->size())
                return nullptr;
            v = &v->at(size_t(i));
        } else {
            return nullptr;
        }
    }
    return v;
}

} // namespace sourcetree

} // namespace archscope
