#include "answers.h"

#include "questionbank.h"

#include <QCoreApplication>

namespace archscope {

Answers::Answers(std::initializer_list<std::pair<QString, QString>> list)
{
    for (const auto &[q, a] : list)
        set(q, a);
}

void Answers::set(const QString &question, const QString &answer)
{
    if (answer.isEmpty())
        m_answers.remove(question);
    else
        m_answers.insert(question, answer);
}

int Answers::answeredIn(const QuestionBank &bank) const
{
    int n = 0;
    for (const QuestionSpec &q : bank.questions())
        if (q.answer(answer(q.id)))
            ++n;
    return n;
}

QString Answers::validate(const QuestionBank &bank) const
{
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        const QuestionSpec *q = bank.question(it.key());
        if (!q)
            return QCoreApplication::translate("Answers", "unknown question '%1'").arg(it.key());
        if (!q->answer(it.value())) {
            QStringList known;
            for (const AnswerSpec &a : q->answers)
                known.append(a.id);
            return QCoreApplication::translate("Answers", "unknown answer '%1' for question '%2' (expected one of: %3)")
                .arg(it.value(), it.key(), known.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QJsonObject Answers::toJson() const
{
    QJsonObject o;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool Answers::fromJson(const QJsonObject &object, Answers *out, QString *error)
{
    Answers result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            if (error)
                *error = QCoreApplication::translate("Answers", "the answer to '%1' must be a string").arg(it.key());
            return false;
        }
        result.set(it.key(), it.value().toString());
    }
    *out = result;
    return true;
}

} // namespace archscope
