#pragma once

#include "recommendation.h"

namespace archscope {

class Answers;
class QuestionBank;

// Ranks the compute options for a set of answers, explaining every point: each option starts
// at 50, each answer adds its weights, hard constraints exclude. Deterministic: ties keep the
// bank's option order, and "what would change" is searched in question and answer order.
class Recommender
{
public:
    explicit Recommender(const QuestionBank &bank);

    // The full recommendation, including up to `maxWhatIfs` smallest changes (of one answer,
    // else of two) that put the runner-up clearly first (see changesThatPutFirst). Unknown ids in `answers` are ignored.
    Recommendation recommend(const Answers &answers, int maxWhatIfs = 5) const;

    // The ranking alone (no search for changes), best first.
    QList<OptionFit> rank(const Answers &answers) const;

    // Every smallest change set (one answer, else two) after which `runnerUp` leads clearly
    // (more points than the former leader, or the former leader excluded), in search order,
    // unsorted and unlimited.
    QList<WhatIf> changesThatPutFirst(const Answers &answers, const QString &runnerUp) const;

    // The rule that orders options with equal points, in words naming the bank's order.
    QString orderRule() const;

private:
    QString describe(const WhatIf &w) const;

    const QuestionBank &m_bank;
};

} // namespace archscope
