#pragma once

#include <QString>

namespace archscope {

// One diagnostic about a diagram, naming the node, wire or setting it concerns.
struct Problem
{
    enum class Severity { Warning, Error };
    enum class Subject { Document, Node, Edge };

    Severity severity = Severity::Error;
    Subject subject = Subject::Document;
    QString id;       // node or edge id; empty for the document
    QString code;     // stable machine id, e.g. "refused-wire"
    QString message;  // translated, names the culprit

    bool isError() const { return severity == Severity::Error; }
};

} // namespace archscope
