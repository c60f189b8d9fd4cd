#pragma once

#include "reportsection.h"

#include <memory>

namespace archscope {

class QuestionBank;
struct Decision;

// The questionnaire's part of the review report: the answers given, every option ranked with
// its score and reasons, what excluded it, and what would change the answer.
class DecisionExport
{
public:
    static std::shared_ptr<const ReportSection> reportSection(const Decision &decision, const QuestionBank &bank);
};

} // namespace archscope
