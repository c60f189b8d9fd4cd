#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace archscope {

// One answer's effect on one option, with the sentence that explains it and where it came from.
struct Reason
{
    QString question;
    QString answer;
    int points = 0;          // fit points added (negative: against)
    bool excludes = false;   // a hard constraint
    QString text;            // the sentence saying why
    QString source;          // "Run time: Longer than 15 minutes"

    bool isNeutral() const { return !excludes && points == 0; }
    // The sentence with its source and points: "… (Run time: Under a second, +15)", or
    // "… (Traffic: Steady and busy, neutral)".
    QString display() const;
    bool operator==(const Reason &) const = default;
};

// How well one option fits the answers.
struct OptionFit
{
    QString option;
    QString name;
    QString shortName;
    int points = 0;        // the sum of the answers' weights
    int score = 50;        // 0–100: 50 + points, kept in range; 0 when excluded
    bool excluded = false;
    QList<Reason> reasons;     // weighted effects, in question order
    QList<Reason> excludedBy;  // hard constraints that rule it out

    bool operator==(const OptionFit &) const = default;
};

// One answer changed: `from` is empty when the question was unanswered.
struct AnswerChange
{
    QString question;
    QString from;
    QString to;
    bool operator==(const AnswerChange &) const = default;
};

// A smallest set of answer changes that puts the runner-up first.
struct WhatIf
{
    QList<AnswerChange> changes;
    QString newTop;
    int newTopScore = 0;
    QString oldTop;       // the former leader
    int oldTopScore = 0;  // its score after the change
    QString text;
    bool operator==(const WhatIf &) const = default;
};

// The recommender's output: every option ranked best first, and what would change it.
struct Recommendation
{
    QList<OptionFit> ranking;
    QList<WhatIf> whatWouldChange;
    int answered = 0;

    QString top() const { return ranking.isEmpty() ? QString() : ranking.first().option; }
    const OptionFit *fit(const QString &option) const;
    // True when two options have the same points (both allowed or both excluded), so the
    // order rule (Recommender::orderRule) decided between them.
    bool hasTie() const;

    // The `recommend --json` shape of DESIGN.md, with extra detail fields.
    QJsonObject toJson() const;
    bool operator==(const Recommendation &) const = default;
};

} // namespace archscope
