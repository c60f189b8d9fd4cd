#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscope {

// What one answer does to one option: add `weight` fit points, or exclude it outright.
struct AnswerEffect
{
    QString option;
    int weight = 0;
    bool exclude = false;
    QString reason;  // a sentence saying why, translated
};

struct AnswerSpec
{
    QString id;
    QString label;
    QList<AnswerEffect> effects;
};

// One question of the questionnaire; `help` teaches the criterion it asks about.
struct QuestionSpec
{
    QString id;
    QString title;      // short ("Run time")
    QString criterion;  // the compute-choice criterion it comes from ("Execution time")
    QString text;       // the question itself
    QString help;
    QString neutral;    // what an answer says about an option it gives no points or exclusion
    QList<AnswerSpec> answers;

    const AnswerSpec *answer(const QString &id) const;
};

// A compute option the recommender ranks; `kind` is the catalog kind it becomes on the canvas.
struct OptionSpec
{
    QString id;
    QString name;
    QString shortName;  // for tight spaces: chart labels, buttons
    QString kind;
    QString unitOfScale;
    QStringList chooseFor;
};

// The questions, their answers and the rules they carry (resources/questionnaire): data, not
// code, so the criteria can be read, translated and changed without touching the recommender.
class QuestionBank
{
public:
    // The bank bundled in the program's resources (loaded on first use).
    static const QuestionBank &builtin();

    // Loads a questions.json file (a path or a ":/" resource path).
    bool load(const QString &path, QString *error);
    bool loadFromBytes(const QByteArray &bytes, QString *error);

    const QList<QuestionSpec> &questions() const { return m_questions; }
    const QList<OptionSpec> &options() const { return m_options; }
    const QuestionSpec *question(const QString &id) const;
    const OptionSpec *option(const QString &id) const;
    int questionIndex(const QString &id) const;
    int optionIndex(const QString &id) const;

    // The whole bank as JSON (for `archscope questions --json`).
    QJsonObject toJson() const;

private:
    QString m_scoring;
    QList<QuestionSpec> m_questions;
    QList<OptionSpec> m_options;
};

} // namespace archscope
