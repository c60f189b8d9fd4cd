#pragma once

// Shared fixtures of the widget tests: a bundled example (testsupport.h), and its simulation.

#include "testsupport.h"

#include "sim/simulator.h"

#include <memory>

using testsupport::loadExample;

inline std::shared_ptr<const archscope::SimulationResults> simulateExample(const archscope::DocumentData &data)
{
    return std::make_shared<const archscope::SimulationResults>(archscope::Simulator::run(
        data, archscope::Catalog::builtin(), archscope::SimulationOptions::fromSettings(data.settings), {}));
}
