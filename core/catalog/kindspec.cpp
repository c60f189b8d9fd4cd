#include "kindspec.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace archscope {

namespace {

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

// True when a word of `text` begins with `word` (case-insensitive): "data stream" has "str".
bool beginsAWord(const QString &text, const QString &word)
{
    const QStringList words = wordsOf(text);
    return std::any_of(words.begin(), words.end(), [&](const QString &w) { return w.startsWith(word, Qt::CaseInsensitive); });
}

} // namespace

int KindSpec::searchRank(const QString &text) const
{
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return 0;
    if (needle.compare(id, Qt::CaseInsensitive) == 0 || needle.compare(shortName, Qt::CaseInsensitive) == 0)
        return 100;
    if (shortName.startsWith(needle, Qt::CaseInsensitive))
        return 90;
    // As good as the worst-found word: "sqs queue" ranks by "queue" in the name.
    const QStringList words = wordsOf(needle);
    if (words.isEmpty())
        return 0;
    int rank = 100;
    for (const QString &word : words) {
        int best = 0;
        if (beginsAWord(shortName, word) || beginsAWord(name, word) || beginsAWord(id, word))
            best = 60;
        else if (std::any_of(keywords.begin(), keywords.end(), [&](const QString &k) { return beginsAWord(k, word); }))
            best = 40;
        rank = std::min(rank, best);
    }
    return rank;
}

const PropertySpec *KindSpec::property(const QString &key) const
{
    for (const PropertySpec &p : properties)
        if (p.key == key)
            return &p;
    return nullptr;
}

const PriceSpec *KindSpec::price(const QString &item) const
{
    for (const PriceSpec &p : prices)
        if (p.item == item)
            return &p;
    return nullptr;
}

double KindSpec::limit(const QString &key, double fallback) const
{
    const LimitSpec *l = findLimit(key);
    return l ? l->value : fallback;
}

const LimitSpec *KindSpec::findLimit(const QString &key) const
{
    for (const LimitSpec &l : limits)
        if (l.key == key)
            return &l;
    return nullptr;
}

QJsonValue KindSpec::value(const QJsonObject &props, const QString &key) const
{
    if (props.contains(key))
        return props.value(key);
    const PropertySpec *p = property(key);
    return p ? p->defaultValue : QJsonValue();
}

std::optional<double> KindSpec::number(const QJsonObject &props, const QString &key) const
{
    const QJsonValue v = value(props, key);
    return v.isDouble() && std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble()) : std::nullopt;
}

std::optional<double> KindSpec::simulationValue(const QString &role, const QJsonObject &props) const
{
    const SimulationSource *s = simulation.read(role);
    const std::optional<double> v = s ? s->value(*this, props) : std::nullopt;
    return v && std::isfinite(*v) ? v : std::nullopt;
}

const PropertySpec *KindSpec::simulationProperty(const QString &role) const
{
    const SimulationSource *s = simulation.read(role);
    return s ? property(s->propertyKey(*this)) : nullptr;
}

QString KindSpec::subtitle(const QJsonObject &props) const
{
    if (!subtitleProperty.isEmpty()) {
        const QString text = value(props, subtitleProperty).toString().simplified();
        if (!text.isEmpty())
            return text;
    }
    return shortName;
}

} // namespace archscope
