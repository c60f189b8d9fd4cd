#pragma once

// What the simulation tests add to the shared builders: traffic, options, merged properties.

#include "testsupport.h"

#include "sim/simulationoptions.h"

#include <QJsonObject>

namespace simtest {

using namespace testsupport;

inline QJsonObject constantTraffic(double rate, bool poisson = false)
{
    return QJsonObject{{"traffic", QJsonObject{{"shape", "constant"}, {"rate", rate}, {"noise", poisson ? "poisson" : "none"}}}};
}

inline SimulationOptions options(double horizonS, double stepS, double account = 1000)
{
    SimulationOptions o;
    o.horizonS = horizonS;
    o.stepS = stepS;
    o.accountConcurrency = account;
    return o;
}

inline QJsonObject merge(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace simtest
