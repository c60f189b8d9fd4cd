#pragma once

#include "decision/answers.h"

#include <QJsonObject>
#include <QString>

namespace archscope {

// The document's questionnaire state (the optional "decision" section of the file): the
// answers given and the compute option the user put on the canvas.
struct Decision
{
    Answers answers;
    QString chosen;     // an option id, or empty
    QJsonObject extra;  // unknown keys from the file, written back unchanged

    bool isEmpty() const { return answers.isEmpty() && chosen.isEmpty() && extra.isEmpty(); }
    bool operator==(const Decision &) const = default;
};

} // namespace archscope
