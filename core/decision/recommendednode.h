#pragma once

#include "model/node.h"

namespace archscope {

class Answers;
class Catalog;
class QuestionBank;

// Turns a recommended option into a canvas node whose properties follow from the answers
// (Lambda memory from the footprint, its timeout from the run time, task and instance sizes),
// so what lands on the canvas already matches what the user said.
class RecommendedNode
{
public:
    // The node for `option` (id and position left for the caller); empty kind if unknown.
    static Node make(const QuestionBank &bank, const Catalog &catalog, const QString &option,
                     const Answers &answers);
};

} // namespace archscope
