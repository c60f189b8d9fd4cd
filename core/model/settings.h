#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace archscope {

// Document-wide simulation settings (DESIGN.md, file format).
struct Settings
{
    QString region = QStringLiteral("us-east-1");
    double horizonS = 2592000;  // 30 days
    double stepS = 60;
    qint64 seed = 1;
    bool freeTier = false;
    int accountConcurrency = 1000;
    QString scaling = QStringLiteral("2023");  // "2023" or "legacy"
    QJsonObject extra;

    bool operator==(const Settings &) const = default;

    // The ranges a diagram is simulated with (DESIGN.md, "Simulation"): the one home of these
    // limits for the problem checker, the editors, the command line and the engine. They bound
    // a run's work: at most maxHorizonS / minStepS = 2,678,400 steps.
    static constexpr double minHorizonS = 3600;          // 1 h
    static constexpr double maxHorizonS = 31 * 86400.0;  // 31 days
    static constexpr double minStepS = 1;
    static constexpr double maxStepS = 3600;             // 1 h
    static constexpr int minAccountConcurrency = 100;    // Lambda keeps an unreserved pool of 100
    static constexpr int maxAccountConcurrency = 10000000;
    static constexpr qint64 maxSeed = 9007199254740991;  // 2^53 - 1: kept exactly by a JSON number

    // What is wrong with a horizon and a step, one translated message per setting that names
    // it and its range (NaN and infinities are out of range); empty when a run may use them.
    // No separate check that the step fits the horizon is needed: the ranges guarantee it.
    static QStringList simulationErrors(double horizonS, double stepS);
};

static_assert(Settings::maxStepS <= Settings::minHorizonS, "every step must fit in every horizon");

} // namespace archscope
