#pragma once

#include <QByteArray>
#include <QString>

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

} // namespace archscope
