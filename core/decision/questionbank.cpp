#include "questionbank.h"

#include "io/jsonconvert.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSet>

using nlohmann::json;

namespace archscope {

namespace {

// The bank is bundled and trusted, but a broken edit must fail loudly with a path.
struct BankError
{
    QString message;
};

// Texts in the bank are English source strings; a translation loaded for the "questionnaire"
// context replaces them (scripts/extract-data-strings.py hands them to lupdate), so the rules
// stay data and still translate.
QString text(const json &obj, const char *key, const QString &where, bool required = true)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) {
        if (!required && it == obj.end())
            return {};
        throw BankError{QStringLiteral("%1/%2: expected a string").arg(where, QString::fromLatin1(key))};
    }
    const std::string s = it->get<std::string>();
    return QCoreApplication::translate("questionnaire", s.c_str());
}

QString id(const json &obj, const QString &where)
{
    auto it = obj.find("id");
    if (it == obj.end() || !it->is_string() || it->get<std::string>().empty())
        throw BankError{where + QStringLiteral("/id: expected a non-empty string")};
    return jsonconvert::toQString(*it);
}

const json &array(const json &obj, const char *key, const QString &where)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array())
        throw BankError{QStringLiteral("%1/%2: expected a list").arg(where, QString::fromLatin1(key))};
    return *it;
}

AnswerEffect parseEffect(const json &j, const QString &where, const QSet<QString> &optionIds)
{
    if (!j.is_object())
        throw BankError{where + QStringLiteral(": expected an object")};
    AnswerEffect e;
    auto opt = j.find("option");
    e.option = opt != j.end() && opt->is_string() ? jsonconvert::toQString(*opt) : QString();
    if (!optionIds.contains(e.option))
        throw BankError{where + QStringLiteral("/option: unknown option '%1'").arg(e.option)};
    if (auto w = j.find("weight"); w != j.end()) {
        if (!w->is_number_integer())
            throw BankError{where + QStringLiteral("/weight: expected a whole number")};
        e.weight = w->get<int>();
    }
    if (auto x = j.find("exclude"); x != j.end()) {
        if (!x->is_boolean())
            throw BankError{where + QStringLiteral("/exclude: expected true or false")};
        e.exclude = x->get<bool>();
    }
    e.reason = text(j, "reason", where);
    return e;
}

} // namespace

const AnswerSpec *QuestionSpec::answer(const QString &answerId) const
{
    for (const AnswerSpec &a : answers)
        if (a.id == answerId)
            return &a;
    return nullptr;
}

const QuestionBank &QuestionBank::builtin()
{
    static const QuestionBank bank = [] {
        QuestionBank b;
        QString error;
        if (!b.load(QStringLiteral(":/questionnaire/questions.json"), &error))
            qFatal("The bundled question bank is broken: %s", qPrintable(error));
        return b;
    }();
    return bank;
}

bool QuestionBank::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    const bool ok = loadFromBytes(f.readAll(), error);
    if (!ok && error)
        *error = path + QStringLiteral(": ") + *error;
    return ok;
}

bool QuestionBank::loadFromBytes(const QByteArray &bytes, QString *error)
{
    try {
        const json root = json::parse(bytes.constData(), bytes.constData() + bytes.size());
        QString scoring = text(root, "scoring", QString(), false);
        QList<OptionSpec> options;
        QSet<QString> optionIds;
        const json &opts = array(root, "options", QString());
        for (size_t i = 0; i < opts.size(); ++i) {
            const QString at = QStringLiteral("/options/%1").arg(i);
            const json &o = opts.at(i);
            OptionSpec spec;
            spec.id = id(o, at);
            if (optionIds.contains(spec.id))
                throw BankError{at + QStringLiteral("/id: duplicate option '%1'").arg(spec.id)};
            optionIds.insert(spec.id);
            spec.name = text(o, "name", at);
            spec.shortName = text(o, "shortName", at, false);
            if (spec.shortName.isEmpty())
                spec.shortName = spec.name;
            text(o, "kind", at);  // checks it is a string
            spec.kind = jsonconvert::toQString(o.at("kind"));  // an id: never translated
            spec.unitOfScale = text(o, "unitOfScale", at);
            for (const json &c : o.value("chooseFor", json::array()))
                if (c.is_string())
                    spec.chooseFor.append(QCoreApplication::translate("questionnaire", c.get<std::string>().c_str()));
            options.append(spec);
        }
        QList<QuestionSpec> questions;
        QSet<QString> questionIds;
        const json &qs = array(root, "questions", QString());
        for (size_t i = 0; i < qs.size(); ++i) {
            const QString at = QStringLiteral("/questions/%1").arg(i);
            const json &q = qs.at(i);
            QuestionSpec spec;
            spec.id = id(q, at);
            if (questionIds.contains(spec.id))
                throw BankError{at + QStringLiteral("/id: duplicate question '%1'").arg(spec.id)};
            questionIds.insert(spec.id);
            spec.title = text(q, "title", at);
            spec.criterion = text(q, "criterion", at);
            spec.text = text(q, "text", at);
            spec.help = text(q, "help", at);
            spec.neutral = text(q, "neutral", at);
            const json &answers = array(q, "answers", at);
            QSet<QString> answerIds;
            for (size_t k = 0; k < answers.size(); ++k) {
                const QString aat = at + QStringLiteral("/answers/%1").arg(k);
                const json &a = answers.at(k);
                AnswerSpec answer;
                answer.id = id(a, aat);
                if (answerIds.contains(answer.id))
                    throw BankError{aat + QStringLiteral("/id: duplicate answer '%1'").arg(answer.id)};
                answerIds.insert(answer.id);
                answer.label = text(a, "label", aat);
                const json &effects = array(a, "effects", aat);
                for (size_t e = 0; e < effects.size(); ++e)
                    answer.effects.append(parseEffect(effects.at(e), aat + QStringLiteral("/effects/%1").arg(e), optionIds));
                spec.answers.append(answer);
            }
            if (spec.answers.size() < 2)
                throw BankError{at + QStringLiteral("/answers: a question needs at least two answers")};
            questions.append(spec);
        }
        if (options.size() < 2)
            throw BankError{QStringLiteral("/options: at least two options are needed")};
        m_scoring = scoring;
        m_options = options;
        m_questions = questions;
        return true;
    } catch (const BankError &e) {
        if (error)
            *error = e.message;
    } catch (const json::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return false;
}

const QuestionSpec *QuestionBank::question(const QString &questionId) const
{
    const int i = questionIndex(questionId);
    return i < 0 ? nullptr : &m_questions.at(i);
}

const OptionSpec *QuestionBank::option(const QString &optionId) const
{
    const int i = optionIndex(optionId);
    return i < 0 ? nullptr : &m_options.at(i);
}

int QuestionBank::questionIndex(const QString &questionId) const
{
    for (int i = 0; i < m_questions.size(); ++i)
        if (m_questions.at(i).id == questionId)
            return i;
    return -1;
}

int QuestionBank::optionIndex(const QString &optionId) const
{
    for (int i = 0; i < m_options.size(); ++i)
        if (m_options.at(i).id == optionId)
            return i;
    return -1;
}

QJsonObject QuestionBank::toJson() const
{
    QJsonArray options;
    for (const OptionSpec &o : m_options)
        options.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("shortName"), o.shortName},
                                   {QStringLiteral("kind"), o.kind},
                                   {QStringLiteral("unitOfScale"), o.unitOfScale},
                                   {QStringLiteral("chooseFor"), QJsonArray::fromStringList(o.chooseFor)}});
    QJsonArray questions;
    for (const QuestionSpec &q : m_questions) {
        QJsonArray answers;
        for (const AnswerSpec &a : q.answers) {
            QJsonArray effects;
            for (const AnswerEffect &e : a.effects) {
                QJsonObject effect{{QStringLiteral("option"), e.option}};
                if (e.exclude)
                    effect.insert(QStringLiteral("exclude"), true);
                else
                    effect.insert(QStringLiteral("weight"), e.weight);
                effect.insert(QStringLiteral("reason"), e.reason);
                effects.append(effect);
            }
            answers.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("label"), a.label},
                                       {QStringLiteral("effects"), effects}});
        }
        questions.append(QJsonObject{{QStringLiteral("id"), q.id},
                                     {QStringLiteral("title"), q.title},
                                     {QStringLiteral("criterion"), q.criterion},
                                     {QStringLiteral("text"), q.text},
                                     {QStringLiteral("help"), q.help},
                                     {QStringLiteral("neutral"), q.neutral},
                                     {QStringLiteral("answers"), answers}});
    }
    return QJsonObject{{QStringLiteral("scoring"), m_scoring},
                       {QStringLiteral("options"), options},
                       {QStringLiteral("questions"), questions}};
}

} // namespace archscope
