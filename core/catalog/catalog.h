#pragma once

#include "kindspec.h"
#include "wirekind.h"

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace archscope {

// A palette group with its display name and the colour its icons use.
struct CategorySpec
{
    QString id;
    QString name;
    QColor color;
};

// A property of wires, applying to wires of some invocation models.
struct WirePropertySpec
{
    PropertySpec spec;
    QList<InvocationModel> models;
    QJsonObject defaultsBySource;  // e.g. {"sqs": 10} overrides spec.defaultValue
};

// The service kinds, their properties, limits and prices; immutable once loaded.
class Catalog
{
public:
    // The catalog bundled in the program's resources (loaded on first use).
    static const Catalog &builtin();

    // Loads index.json and every kind file below `directory` (a path or a ":/" resource path).
    bool load(const QString &directory, QString *error);

    const QList<KindSpec> &kinds() const { return m_kinds; }
    const QList<CategorySpec> &categories() const { return m_categories; }
    const KindSpec *kind(const QString &id) const;
    const CategorySpec *category(const QString &id) const;
    QColor categoryColor(const QString &kindId) const;

    // The wire properties that apply to a wire of `model` whose source is `sourceKind`,
    // with defaults resolved for that source.
    QList<PropertySpec> wireProperties(InvocationModel model, const QString &sourceKind) const;

    // The value of `key` in `props`, or the catalog default when absent.
    QJsonValue nodeValue(const QString &kindId, const QJsonObject &props, const QString &key) const;
    // nodeValue as a number: `fallback` when it is not a number or not finite (NaN and
    // infinities would poison every sum they reach). How the engine reads a node's numbers.
    double nodeNumber(const QString &kindId, const QJsonObject &props, const QString &key, double fallback) const;

private:
    QList<KindSpec> m_kinds;
    QList<CategorySpec> m_categories;
    QList<WirePropertySpec> m_wireProperties;
};

} // namespace archscope
