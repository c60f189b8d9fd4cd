#include "decisionexport.h"

#include "decision/questionbank.h"
#include "decision/recommender.h"
#include "model/decision.h"

#include <QCoreApplication>

namespace archscope {

namespace {


class DecisionSection : public ReportSection
{
public:
    DecisionSection(const Decision &decision, const QuestionBank &bank)
        : m_decision(decision)
        , m_bank(bank)
    {
    }

    QString title() const override { return QCoreApplication::translate("DecisionExport", "Compute choice"); }

    void write(ReportBuilder *out) const override
    {
        const Recommendation rec = Recommender(m_bank).recommend(m_decision.answers, 3);
        out->heading(QCoreApplication::translate("DecisionExport", "Questionnaire answers"), 3);
        QList<QStringList> answers;
        for (auto it = m_decision.answers.map().constBegin(); it != m_decision.answers.map().constEnd(); ++it) {
            const QuestionSpec *q = m_bank.question(it.key());
            const AnswerSpec *a = q ? q->answer(it.value()) : nullptr;
            answers.append({q ? q->title : it.key(), a ? a->label : it.value(), q ? q->criterion : QString()});
        }
        out->table({QCoreApplication::translate("DecisionExport", "Question"), QCoreApplication::translate("DecisionExport", "Answer"), QCoreApplication::translate("DecisionExport", "Criterion")}, answers, {});

        out->heading(QCoreApplication::translate("DecisionExport", "Ranking"), 3);
        QList<QStringList> rows;
        for (int i = 0; i < rec.ranking.size(); ++i) {
            const OptionFit &f = rec.ranking.at(i);
            QStringList why;
            if (f.excluded) {
                for (const Reason &r : f.excludedBy)
                    why << QCoreApplication::translate("DecisionExport", "Excluded: %1").arg(r.display());
            } else {
                for (const Reason &r : f.reasons)
                    if (r.points != 0)
                        why << r.display();
            }
            rows.append({QString::number(i + 1), f.name, f.excluded ? QCoreApplication::translate("DecisionExport", "excluded") : QString::number(f.score),
                         why.isEmpty() ? QStringLiteral("—") : why.join(QStringLiteral("; "))});
        }
        out->table({QCoreApplication::translate("DecisionExport", "Rank"), QCoreApplication::translate("DecisionExport", "Option"), QCoreApplication::translate("DecisionExport", "Fit /100"), QCoreApplication::translate("DecisionExport", "Reasons")}, rows, {0, 2});
        if (!m_decision.chosen.isEmpty()) {
            const OptionSpec *chosen = m_bank.option(m_decision.chosen);
            out->paragraph(QCoreApplication::translate("DecisionExport", "Chosen for the diagram: %1.").arg(chosen ? chosen->name : m_decision.chosen));
        }
        if (!rec.whatWouldChange.isEmpty()) {
            out->heading(QCoreApplication::translate("DecisionExport", "What would change the answer"), 3);
            QStringList items;
            for (const WhatIf &w : rec.whatWouldChange)
                items << w.text;
            out->bulletList(items);
        }
    }

private:
    Decision m_decision;
    const QuestionBank &m_bank;
};

} // namespace

std::shared_ptr<const ReportSection> DecisionExport::reportSection(const Decision &decision, const QuestionBank &bank)
{
    return std::make_shared<DecisionSection>(decision, bank);
}

} // namespace archscope
