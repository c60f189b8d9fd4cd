#pragma once

#include "simulationoptions.h"
#include "simulationresults.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>

namespace archscope {

class Catalog;
struct DocumentData;
struct Node;

// "What if this were Fargate / EC2 / Lambda": replays the arrivals a compute node gets in the
// diagram on each of the three, and prices each against a steady request rate (break-even).
class WhatIf
{
public:
    struct Option
    {
        QString kind;              // "lambda", "fargate", "ec2"
        QJsonObject props;         // the props the replay used (mapped from the node's own)
        SimulationResults::NodeSummary summary;
        QList<QPointF> cumulativeCost;  // decimated (bucket means), x in seconds
        QList<QPointF> concurrency;     // environments / tasks / instances
        double totalUsd = 0;
        double monthlyUsd = 0;
    };
    struct BreakEvenPoint
    {
        double ratePerS = 0;
        double lambdaMonthlyUsd = 0;
        double fargateMonthlyUsd = 0;
        double ec2MonthlyUsd = 0;
    };
    struct Comparison
    {
        QString error;
        QList<Option> options;     // lambda, fargate, ec2
        QList<BreakEvenPoint> breakEven;
        double lambdaFargateBreakEvenRate = -1;  // req/s where Lambda stops being cheaper; -1: never in range
        double lambdaEc2BreakEvenRate = -1;
    };

    // The node must be compute. The replays use the same seed and step as `options`.
    static Comparison compare(const DocumentData &data, const QString &nodeId, const Catalog &catalog,
                              const SimulationOptions &options);

    // The props each kind gets when it stands in for `node` (its own props if it is that kind).
    static QJsonObject mappedProps(const Catalog &catalog, const Node &node, const QString &kind);
    // Steady-state monthly cost (30 days) of each kind at a constant rate, 0.01..10,000 req/s.
    static QList<BreakEvenPoint> breakEven(const Catalog &catalog, const Node &node, int points = 61);
};

} // namespace archscope
