#include "recommendation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace archscope {

QString Reason::display() const
{
    if (excludes)
        return QCoreApplication::translate("Recommender", "%1 (%2: rules it out)").arg(text, source);
    if (isNeutral())
        return QCoreApplication::translate("Recommender", "%1 (%2, neutral)").arg(text, source);
    const QString pts = points > 0 ? QStringLiteral("+%1").arg(points) : QString::number(points);
    return QCoreApplication::translate("Recommender", "%1 (%2, %3)").arg(text, source, pts);
}

const OptionFit *Recommendation::fit(const QString &option) const
{
    for (const OptionFit &f : ranking)
        if (f.option == option)
            return &f;
    return nullptr;
}

bool Recommendation::hasTie() const
{
    for (qsizetype i = 1; i < ranking.size(); ++i)
        if (ranking[i].excluded == ranking[i - 1].excluded && ranking[i].points == ranking[i - 1].points)
            return true;
    return false;
}

namespace {

QJsonObject reasonJson(const Reason &r)
{
    QJsonObject o{{QStringLiteral("question"), r.question},
                  {QStringLiteral("answer"), r.answer},
                  {QStringLiteral("text"), r.text}};
    if (r.excludes)
        o.insert(QStringLiteral("excludes"), true);
    else
        o.insert(QStringLiteral("points"), r.points);
    return o;
}

} // namespace

QJsonObject Recommendation::toJson() const
{
    QJsonArray ranked;
    for (const OptionFit &f : ranking) {
        QJsonArray reasons, excludedBy, details;
        for (const Reason &r : f.reasons) {
            reasons.append(r.display());
            details.append(reasonJson(r));
        }
        for (const Reason &r : f.excludedBy) {
            excludedBy.append(r.display());
            details.append(reasonJson(r));
        }
        ranked.append(QJsonObject{{QStringLiteral("option"), f.option},
                                  {QStringLiteral("name"), f.name},
                                  {QStringLiteral("shortName"), f.shortName},
                                  {QStringLiteral("score"), f.score},
                                  {QStringLiteral("points"), f.points},
                                  {QStringLiteral("excluded"), f.excluded},
                                  {QStringLiteral("reasons"), reasons},
                                  {QStringLiteral("excludedBy"), excludedBy},
                                  {QStringLiteral("details"), details}});
    }
    QJsonArray changes;
    for (const WhatIf &w : whatWouldChange) {
        QJsonArray list;
        for (const AnswerChange &c : w.changes)
            list.append(QJsonObject{{QStringLiteral("question"), c.question},
                                    {QStringLiteral("from"), c.from.isEmpty() ? QJsonValue() : QJsonValue(c.from)},
                                    {QStringLiteral("to"), c.to}});
        changes.append(QJsonObject{{QStringLiteral("changes"), list},
                                   {QStringLiteral("newTop"), w.newTop},
                                   {QStringLiteral("text"), w.text}});
    }
    return QJsonObject{{QStringLiteral("ranking"), ranked},
                       {QStringLiteral("whatWouldChange"), changes},
                       {QStringLiteral("top"), top()},
                       {QStringLiteral("answered"), answered}};
}

} // namespace archscope
