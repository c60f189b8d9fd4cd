#pragma once

#include "simulationresults.h"

#include "catalog/simulationspec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace archscope {

class Catalog;

// Prices a node from its kind's cost items in the catalog (us-east-1 list prices): which
// quantities it is billed for and at what unit price, and turns the quantities a simulation
// measured into bill lines. The bases (CostBasis) are what the simulator accumulates.
class CostModel : public CostBasis
{
public:
    using Usage = std::array<double, BasisCount>;

    struct Line
    {
        QString name;
        QString label;
        QString unit;      // of the quantity: "requests", "GB-s", "vCPU-hours", ...
        Basis basis = Events;
        double perBasis = 1;  // quantity per unit of the basis
        double usd = 0;       // per unit of quantity
    };

    // The lines of a node of `kindId` with its `props`. `requestsPerMessage` prices a
    // queue's send + receive + delete calls (receives and deletes are per batch).
    static QList<Line> lines(const Catalog &catalog, const QString &kindId, const QJsonObject &props,
                             double requestsPerMessage = 3, int outWires = 1);
    // USD per unit of each basis: what the step loop multiplies by.
    static Usage ratePerBasis(const QList<Line> &lines);
    // Bill lines for the measured usage.
    static QList<SimulationResults::CostItem> items(const QList<Line> &lines, const Usage &usage);
    // The newest `asOf` among a kind's prices.
    static QString pricesAsOf(const Catalog &catalog, const QString &kindId);

    // The monthly free tier (each kind's `freeTier` allowances: Lambda 1 M requests and
    // 400,000 GB-s of on-demand duration and init, SQS 1 M requests, SNS 1 M publishes),
    // prorated over the horizon (horizon / 30 days of the allowance) and shared across the
    // kind's nodes in proportion to their use. Appends a negative "freeTier" item to each node
    // that gets some and updates costUsd.
    static void applyFreeTier(const Catalog &catalog, const QList<QList<Line>> &lines,
                              const QList<Usage> &usage, double horizonS,
                              QList<SimulationResults::NodeSummary> *nodes);
};

} // namespace archscope
