#include "recommender.h"

#include "answers.h"
#include "questionbank.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscope {

namespace {

// True when `a` ranks above `b`: allowed before excluded, then more points, then bank order
// (`indexA` < `indexB`), so equal scores never reorder between runs.
bool ranksAbove(const OptionFit &a, int indexA, const OptionFit &b, int indexB)
{
    if (a.excluded != b.excluded)
        return !a.excluded;
    if (a.points != b.points)
        return a.points > b.points;
    return indexA < indexB;
}

} // namespace

Recommender::Recommender(const QuestionBank &bank)
    : m_bank(bank)
{
}

QList<OptionFit> Recommender::rank(const Answers &answers) const
{
    QList<OptionFit> fits;
    for (const OptionSpec &o : m_bank.options())
        fits.append(OptionFit{o.id, o.name, o.shortName, 0, 50, false, {}, {}});
    for (const QuestionSpec &q : m_bank.questions()) {
        const AnswerSpec *a = q.answer(answers.answer(q.id));
        if (!a)
            continue;  // unanswered (or unknown): neutral
        const QString source = QStringLiteral("%1: %2").arg(q.title, a->label);
        QList<bool> touched(fits.size(), false);
        for (const AnswerEffect &e : a->effects) {
            const int i = m_bank.optionIndex(e.option);
            if (i < 0)
                continue;
            touched[i] = true;
            Reason r{q.id, a->id, e.exclude ? 0 : e.weight, e.exclude, e.reason, source};
            if (e.exclude) {
                fits[i].excluded = true;
                fits[i].excludedBy.append(r);
            } else {
                fits[i].points += e.weight;
                fits[i].reasons.append(r);
            }
        }
        // An answer says something about every option, so no score stands unexplained.
        for (int i = 0; i < fits.size(); ++i)
            if (!touched[i])
                fits[i].reasons.append(Reason{q.id, a->id, 0, false, q.neutral, source});
    }
    for (OptionFit &f : fits)
        f.score = f.excluded ? 0 : std::clamp(50 + f.points, 0, 100);
    QList<int> order(fits.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&fits](int a, int b) { return ranksAbove(fits[a], a, fits[b], b); });
    QList<OptionFit> ranked;
    for (int i : order)
        ranked.append(fits[i]);
    return ranked;
}

QList<WhatIf> Recommender::changesThatPutFirst(const Answers &answers, const QString &runnerUp) const
{
    const QList<QuestionSpec> &questions = m_bank.questions();
    // Every single change: each question moved to each other answer (answering a skipped one too).
    QList<AnswerChange> singles;
    for (const QuestionSpec &q : questions) {
        const QString current = q.answer(answers.answer(q.id)) ? answers.answer(q.id) : QString();
        for (const AnswerSpec &a : q.answers)
            if (a.id != current)
                singles.append({q.id, current, a.id});
    }
    const QString oldTop = rank(answers).value(0).option;
    auto tryChanges = [&](const QList<AnswerChange> &changes, QList<WhatIf> *found) {
        Answers changed = answers;
        for (const AnswerChange &c : changes)
            changed.set(c.question, c.to);
        const QList<OptionFit> ranking = rank(changed);
        if (ranking.isEmpty() || ranking.first().option != runnerUp)
            return;
        // A clear lead only: winning a tie on the bank's order is no reason to change one's mind.
        for (const OptionFit &f : ranking)
            if (f.option == oldTop && !f.excluded && f.points >= ranking.first().points)
                return;
        WhatIf w;
        w.changes = changes;
        w.newTop = runnerUp;
        w.newTopScore = ranking.first().score;
        w.oldTop = oldTop;
        for (const OptionFit &f : ranking)
            if (f.option == oldTop)
                w.oldTopScore = f.score;
        found->append(w);
    };
    QList<WhatIf> found;
    for (const AnswerChange &c : singles)
        tryChanges({c}, &found);
    if (!found.isEmpty())
        return found;
    for (int i = 0; i < singles.size(); ++i)
        for (int k = i + 1; k < singles.size(); ++k)
            if (singles[i].question != singles[k].question)
                tryChanges({singles[i], singles[k]}, &found);
    return found;
}

QString Recommender::describe(const WhatIf &w) const
{
    QStringList parts;
    for (const AnswerChange &c : w.changes) {
        const QuestionSpec *q = m_bank.question(c.question);
        const AnswerSpec *to = q ? q->answer(c.to) : nullptr;
        const AnswerSpec *from = q ? q->answer(c.from) : nullptr;
        if (!q || !to)
            continue;
        parts.append(from ? QCoreApplication::translate("Recommender", "%1 “%2” (instead of “%3”)").arg(q->title, to->label, from->label)
                          : QCoreApplication::translate("Recommender", "%1 “%2” (currently unanswered)").arg(q->title, to->label));
    }
    const OptionSpec *top = m_bank.option(w.newTop);
    const OptionSpec *former = m_bank.option(w.oldTop);
    return QCoreApplication::translate("Recommender", "Answering %1 would put %2 ahead of %3 (%4 to %5).")
        .arg(parts.join(QCoreApplication::translate("Recommender", " and ")), top ? top->name : w.newTop,
             former ? former->name : w.oldTop)
        .arg(w.newTopScore)
        .arg(w.oldTopScore);
}

QString Recommender::orderRule() const
{
    QStringList names;
    for (const OptionSpec &o : m_bank.options())
        names.append(o.shortName);
    return QCoreApplication::translate("Recommender", "Equal fits are listed in a fixed order: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

Recommendation Recommender::recommend(const Answers &answers, int maxWhatIfs) const
{
    Recommendation result;
    result.ranking = rank(answers);
    result.answered = answers.answeredIn(m_bank);
    if (result.ranking.size() < 2)
        return result;
    QList<WhatIf> changes = changesThatPutFirst(answers, result.ranking.at(1).option);
    // Strongest reversals first; stable, so equal margins keep the search order.
    std::stable_sort(changes.begin(), changes.end(), [](const WhatIf &a, const WhatIf &b) {
        return a.newTopScore - a.oldTopScore > b.newTopScore - b.oldTopScore;
    });
    if (changes.size() > maxWhatIfs)
        changes.resize(maxWhatIfs);
    for (WhatIf &w : changes)
        w.text = describe(w);
    result.whatWouldChange = changes;
    return result;
}

} // namespace archscope
