#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace archscope {

class QuestionBank;

// The answers given so far: question id → answer id. A question without an entry is
// unanswered (skipped), which the recommender treats as neutral. Ids are kept even when the
// bank does not know them (a file from a newer version); validate() says which are unknown.
class Answers
{
public:
    Answers() = default;
    Answers(std::initializer_list<std::pair<QString, QString>> list);

    QString answer(const QString &question) const { return m_answers.value(question); }
    bool isAnswered(const QString &question) const { return m_answers.contains(question); }
    // An empty answer clears the question.
    void set(const QString &question, const QString &answer);
    void clear(const QString &question) { m_answers.remove(question); }
    int count() const { return int(m_answers.size()); }
    bool isEmpty() const { return m_answers.isEmpty(); }
    // Sorted by question id: iteration order is deterministic.
    const QMap<QString, QString> &map() const { return m_answers; }
    // How many of the bank's questions are answered with an answer it knows.
    int answeredIn(const QuestionBank &bank) const;

    // Empty when every question and answer id is in `bank`; otherwise a message naming the first
    // unknown one ("unknown question 'foo'", "unknown answer 'bar' for question 'state'").
    QString validate(const QuestionBank &bank) const;

    QJsonObject toJson() const;
    // Keeps string values only; returns false (and fills `error`) if any value is not a string.
    static bool fromJson(const QJsonObject &object, Answers *out, QString *error);

    bool operator==(const Answers &) const = default;

private:
    QMap<QString, QString> m_answers;
};

} // namespace archscope
