#include "costmodel.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscope {

namespace {

double price(const KindSpec &k, const QString &item, double divisor = 1)
{
    const PriceSpec *p = k.price(item);
    return p ? p->usd / divisor : 0.0;
}

QString priceLabel(const KindSpec &k, const QString &item)
{
    const PriceSpec *p = k.price(item);
    return p ? p->label : item;
}

// A quantity factor: the node's value, else the property's default, else 0 (the catalog
// checks that every source exists, so only a mistyped value in a file gets here).
double factor(const KindSpec &k, const SimulationSource &source, const QJsonObject &props, const CostContext &context)
{
    if (const std::optional<double> v = source.value(k, props, context))
        return *v;
    if (const std::optional<double> v = source.value(k, {}, context))
        return *v;
    return 0;
}

} // namespace

QList<CostModel::Line> CostModel::lines(const Catalog &catalog, const QString &kindId, const QJsonObject &props,
                                        double requestsPerMessage, int outWires)
{
    const KindSpec *k = catalog.kind(kindId);
    if (!k)
        return {};
    const CostContext context{requestsPerMessage, outWires};
    QList<Line> l;
    for (const CostItemSpec &c : k->simulation.costItems) {
        if (!c.when.holds(*k, props))
            continue;
        const QString item = c.price.resolve(*k, props);
        // Factors, then divisors, one at a time and in the catalog's order: the same
        // operations, so the same bits, as the arithmetic written out.
        double perBasis = 1;
        for (const SimulationSource &f : c.factors)
            perBasis *= factor(*k, f, props, context);
        for (const SimulationSource &d : c.divisors)
            perBasis /= factor(*k, d, props, context);
        double usd = price(*k, item, c.pricePer);
        if (c.priceRatio) {
            const double to = price(*k, c.priceRatio->second.resolve(*k, props));
            if (to > 0)
                usd *= price(*k, c.priceRatio->first.resolve(*k, props)) / to;
        }
        l.append({c.name.isEmpty() ? item : c.name, c.label.isEmpty() ? priceLabel(*k, item) : c.label, c.unit, c.basis,
                  perBasis, usd});
    }
    return l;
}

CostModel::Usage CostModel::ratePerBasis(const QList<Line> &lines)
{
    Usage rate{};
    for (const Line &l : lines)
        rate[l.basis] += l.perBasis * l.usd;
    return rate;
}

QList<SimulationResults::CostItem> CostModel::items(const QList<Line> &lines, const Usage &usage)
{
    QList<SimulationResults::CostItem> result;
    for (const Line &l : lines) {
        const double quantity = usage[l.basis] * l.perBasis;
        result.append({l.name, l.label, quantity, l.unit, quantity * l.usd});
    }
    return result;
}

QString CostModel::pricesAsOf(const Catalog &catalog, const QString &kindId)
{
    QString newest;
    if (const KindSpec *k = catalog.kind(kindId))
        for (const PriceSpec &p : k->prices)
            newest = std::max(newest, p.asOf);
    return newest;
}

void CostModel::applyFreeTier(const Catalog &catalog, const QList<QList<Line>> &lines, const QList<Usage> &usage,
                              double horizonS, QList<SimulationResults::NodeSummary> *nodes)
{
    const double months = horizonS / SimulationResults::monthS;
    struct Allowance
    {
        QString kind;
        QStringList items;  // lines whose quantities draw on the allowance
        double perMonth;
    };
    QList<Allowance> allowances;
    for (const KindSpec &k : catalog.kinds())
        for (const FreeTierSpec &f : k.simulation.freeTier)
            allowances.append({k.id, f.items, k.limit(f.limit, 0)});
    QList<double> credit(nodes->size(), 0.0);
    for (const Allowance &a : allowances) {
        double used = 0;
        for (int i = 0; i < nodes->size(); ++i)
            if (nodes->at(i).kind == a.kind)
                for (const Line &l : lines.at(i))
                    if (a.items.contains(l.name))
                        used += usage.at(i)[l.basis] * l.perBasis;
        if (used <= 0)
            continue;
        const double free = std::min(used, a.perMonth * months);
        // Each node's share of the free quantity, priced at its own unit price.
        for (int i = 0; i < nodes->size(); ++i)
            if (nodes->at(i).kind == a.kind)
                for (const Line &l : lines.at(i))
                    if (a.items.contains(l.name))
                        credit[i] += free * (usage.at(i)[l.basis] * l.perBasis / used) * l.usd;
    }
    for (int i = 0; i < nodes->size(); ++i) {
        if (credit[i] <= 0)
            continue;
        SimulationResults::NodeSummary &n = (*nodes)[i];
        n.items.append({QStringLiteral("freeTier"), QCoreApplication::translate("Simulation", "Free tier"), 0, QString(), -credit[i]});
        n.costUsd -= credit[i];
    }
}

} // namespace archscope
