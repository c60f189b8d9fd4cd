#pragma once

#include "simulationresults.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace archscope {

class Catalog;

// Prices a node from the catalog (us-east-1 list prices): which quantities it is billed for
// and at what unit price, and turns the quantities a simulation measured into bill lines.
class CostModel
{
public:
    // What a bill line is proportional to; the simulator accumulates one total per basis.
    enum Basis {
        Events,                  // events reaching the node
        Seconds,                 // simulated time (standing charges)
        Requests,                // Lambda invocations (retries included)
        GbSeconds,               // Lambda on-demand duration, 1 ms rounding
        ProvisionedDurationGbS,  // Lambda duration run on provisioned environments
        InitGbSeconds,           // Lambda init (cold start) duration
        UnitSeconds,             // tasks or instances running
        BasisCount
    };
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

    // The lines of a node of `kindId` with its `props`. `sqsRequestsPerMessage` prices a
    // queue's send + receive + delete calls (receives and deletes are per batch).
    static QList<Line> lines(const Catalog &catalog, const QString &kindId, const QJsonObject &props,
                             double sqsRequestsPerMessage = 3, int outWires = 1);
    // USD per unit of each basis: what the step loop multiplies by.
    static Usage ratePerBasis(const QList<Line> &lines);
    // Bill lines for the measured usage.
    static QList<SimulationResults::CostItem> items(const QList<Line> &lines, const Usage &usage);
    // The newest `asOf` among a kind's prices.
    static QString pricesAsOf(const Catalog &catalog, const QString &kindId);

    // The monthly free tier, prorated over the horizon (horizon / 30 days of the allowance)
    // and shared across nodes in proportion to their use: Lambda 1 M requests and 400,000
    // GB-s (on-demand duration and init), SQS 1 M requests, SNS 1 M publishes. Appends a
    // negative "freeTier" item to each node that gets some and updates costUsd.
    static void applyFreeTier(const Catalog &catalog, const QList<QList<Line>> &lines,
                              const QList<Usage> &usage, double horizonS,
                              QList<SimulationResults::NodeSummary> *nodes);
};

} // namespace archscope
