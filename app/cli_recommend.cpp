#include "clicommands.h"

#include "decision/answers.h"
#include "decision/questionbank.h"
#include "decision/recommender.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// `archscope questions` and `archscope recommend`: the decision engine without a window. The
// GUI's questionnaire panel uses the same QuestionBank and Recommender, so both rank alike.
namespace archscope::cli {

namespace {

// An answers file is a few kilobytes; a larger one is not read at all.
constexpr qint64 maxAnswersFileBytes = 16 * 1024 * 1024;

// Reads answers from a JSON file: {"question": "answer", ...}, the document-style
// {"answers": {...}}, or a whole .archscope file with a "decision" section.
bool readAnswersFile(const QString &path, Answers *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Cli", "cannot open %1: %2").arg(path, f.errorString());
        return false;
    }
    // One byte past the limit tells a file that is too large (or a pipe that goes on) from one
    // that is exactly the limit, without trusting size() for pipes and devices.
    const QByteArray bytes = f.read(maxAnswersFileBytes + 1);
    if (bytes.size() > maxAnswersFileBytes) {
        *error = QCoreApplication::translate("Cli", "%1: the file is larger than %2 MB, the most an answers file may be")
                     .arg(path)
                     .arg(maxAnswersFileBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate("Cli", "%1: not valid JSON: %2").arg(path, parseError.errorString())
                     : QCoreApplication::translate("Cli", "%1: expected a JSON object of question → answer").arg(path);
        return false;
    }
    QJsonObject object = doc.object();
    // A whole diagram keeps its answers in its decision section; without one it has none to give.
    if (object.value(QStringLiteral("format")) == QLatin1String("archscope") && !object.value(QStringLiteral("decision")).isObject()) {
        *error = QCoreApplication::translate("Cli", "%1: the diagram has no decision section (its questionnaire was never answered)").arg(path);
        return false;
    }
    if (object.value(QStringLiteral("decision")).isObject())
        object = object.value(QStringLiteral("decision")).toObject();
    if (object.value(QStringLiteral("answers")).isObject())
        object = object.value(QStringLiteral("answers")).toObject();
    QString typeError;
    if (!Answers::fromJson(object, out, &typeError)) {
        *error = path + QStringLiteral(": ") + typeError;
        return false;
    }
    return true;
}

void printRanking(const Recommendation &r, const QuestionBank &bank, const Recommender &recommender)
{
    out() << QCoreApplication::translate("Cli", "Recommendation (%1 of %2 questions answered)")
                 .arg(r.answered)
                 .arg(bank.questions().size())
          << "\n\n";
    int place = 1;
    for (const OptionFit &f : r.ranking) {
        if (f.excluded)
            out() << place++ << ". " << f.name << "  " << QCoreApplication::translate("Cli", "excluded") << '\n';
        else
            out() << place++ << ". " << f.name << "  " << QCoreApplication::translate("Cli", "fit %1").arg(f.score) << '\n';
        for (const Reason &reason : f.excludedBy)
            out() << "   x " << reason.display() << '\n';
        for (const Reason &reason : f.reasons)
            out() << "   " << (reason.isNeutral() ? '=' : reason.points > 0 ? '+' : '-') << ' ' << reason.display() << '\n';
        if (f.reasons.isEmpty() && f.excludedBy.isEmpty())
            out() << "     " << QCoreApplication::translate("Cli", "(no answer speaks for or against it yet)") << '\n';
    }
    if (r.hasTie())
        out() << '\n' << recommender.orderRule() << '\n';
    out() << '\n' << QCoreApplication::translate("Cli", "What would change the answer:") << '\n';
    if (r.whatWouldChange.isEmpty())
        out() << "  " << QCoreApplication::translate("Cli", "no change of one or two answers puts the runner-up first") << '\n';
    for (const WhatIf &w : r.whatWouldChange)
        out() << "  " << w.text << '\n';
    out().flush();
}

} // namespace

int questions(const QStringList &args)
{
    const QuestionBank &bank = QuestionBank::builtin();
    if (args == QStringList{QStringLiteral("--json")}) {
        out() << QJsonDocument(bank.toJson()).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    if (!args.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "usage: archscope questions [--json]") << Qt::endl;
        return 2;
    }
    for (const QuestionSpec &q : bank.questions()) {
        out() << q.id << "  " << q.text << '\n';
        for (const AnswerSpec &a : q.answers)
            out() << "    " << a.id << "  " << a.label << '\n';
    }
    out().flush();
    return 0;
}

int recommend(const QStringList &args)
{
    const QuestionBank &bank = QuestionBank::builtin();
    const QString usage = QCoreApplication::translate("Cli", "usage: archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]");
    Answers fromFile;
    QList<std::pair<QString, QString>> given;
    bool json = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString value;
        auto option = [&](const char *name) { return arg == QLatin1String(name) && takeValue(args, &i, &value); };
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (option("--answer")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == value.size() - 1) {
                err() << QCoreApplication::translate("Cli", "--answer expects QUESTION=ANSWER, not '%1'").arg(value) << Qt::endl << usage << Qt::endl;
                return 2;
            }
            given.append({value.left(eq), value.mid(eq + 1)});
        } else if (option("--answers")) {
            QString error;
            if (!readAnswersFile(value, &fromFile, &error)) {
                err() << error << Qt::endl;
                return 2;
            }
        } else {
            err() << QCoreApplication::translate("Cli", "unknown argument '%1'").arg(arg) << Qt::endl << usage << Qt::endl;
            return 2;
        }
    }
    Answers answers = fromFile;
    for (const auto &[question, answer] : given)
        answers.set(question, answer);  // command-line answers override the file's
    const QString invalid = answers.validate(bank);
    if (!invalid.isEmpty()) {
        err() << invalid << Qt::endl;
        return 2;
    }
    const Recommender recommender(bank);
    const Recommendation r = recommender.recommend(answers);
    if (json) {
        out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
        out().flush();
    } else {
        printRanking(r, bank, recommender);
    }
    return 0;
}

} // namespace archscope::cli
