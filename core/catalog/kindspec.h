#pragma once

#include "propertyspec.h"
#include "simulationspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace archscope {

// A list price as published, with where it came from and when it was read.
struct PriceSpec
{
    QString item;
    QString label;
    double usd = 0;
    QString unit;
    QString source;
    QString asOf;
};

// A documented service limit ("timeout: 900 s"), shown in the Learn text and used by checks.
struct LimitSpec
{
    QString key;
    QString label;
    double value = 0;
    QString unit;
};

// Everything the catalog knows about one service kind (one file in resources/catalog).
struct KindSpec
{
    enum Role { Source = 1, Storage = 2, Compute = 4 };

    QString id;
    QString name;
    QString shortName;
    QString category;  // palette group: compute, storage, integration, analytics, networking, iot, ml
    int roles = 0;
    QString summary;
    QString learn;
    // "newLabel": what a service of this kind is called when added ("Bucket", "Function"), so it
    // does not repeat the short name shown under it; the short name when the catalog has none.
    QString newLabel;
    // "keywords": words a palette search finds the kind by besides its names, in English and
    // in the user's language ("function", "serverless").
    QStringList keywords;
    QList<PropertySpec> properties;
    QList<LimitSpec> limits;
    QList<PriceSpec> prices;
    SimulationSpec simulation;
    // "wiring": "any" in the catalog: the wiring rules do not judge wires to or from it (an
    // imported resource Archscope has no kind for takes whatever its template drew).
    bool anyWire = false;
    // "subtitle": the property shown under the label instead of the kind's name, when set.
    QString subtitleProperty;
    // "shape": "box": exports draw it as a plain box, not as an AWS service icon.
    bool plainBox = false;

    bool is(Role role) const { return roles & role; }
    // How well a palette search for `text` finds this kind, 0 when it does not: its id or short
    // name typed whole ranks first, then a short name it begins, then words of its names, then
    // its keywords. Every word of `text` must begin a word there; the summary is not searched,
    // as it names other services ("records" is no match for "RDS").
    int searchRank(const QString &text) const;
    const PropertySpec *property(const QString &key) const;
    const PriceSpec *price(const QString &item) const;
    double limit(const QString &key, double fallback) const;
    const LimitSpec *findLimit(const QString &key) const;
    // The value of `key` in `props`, or the property's default when absent.
    QJsonValue value(const QJsonObject &props, const QString &key) const;
    // value() when it is a finite number: the one reader of a node's numbers, so an infinite
    // or NaN value in a file falls back wherever a number is read.
    std::optional<double> number(const QJsonObject &props, const QString &key) const;
    // What the simulation block reads for `role` on a node with `props`, when it is a finite
    // number (SimulationSpec::roles lists the roles).
    std::optional<double> simulationValue(const QString &role, const QJsonObject &props) const;
    // The property behind `role`, when it reads one (for its range, or to write it).
    const PropertySpec *simulationProperty(const QString &role) const;
    // What a node of this kind shows under its label: the subtitle property's text when it
    // has one, else the short name.
    QString subtitle(const QJsonObject &props) const;
    QString iconPath() const { return QStringLiteral(":/icons/%1.svg").arg(id); }
};

} // namespace archscope
