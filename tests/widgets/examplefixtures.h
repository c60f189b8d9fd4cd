#pragma once

// Shared fixtures of the widget tests: a bundled example, and its simulation.

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "sim/simulator.h"

#include <memory>

inline archscope::DocumentData loadExample(const char *name)
{
    archscope::DocumentData data;
    QString error;
    const QString path = QStringLiteral(ARCHSCOPE_SOURCE_DIR "/resources/examples/%1.archscope").arg(QLatin1String(name));
    if (!archscope::ArchscopeFormat::readFile(path, archscope::Catalog::builtin(), &data, &error))
        qFatal("%s", qPrintable(error));
    return data;
}

inline std::shared_ptr<const archscope::SimulationResults> simulateExample(const archscope::DocumentData &data)
{
    return std::make_shared<const archscope::SimulationResults>(archscope::Simulator::run(
        data, archscope::Catalog::builtin(), archscope::SimulationOptions::fromSettings(data.settings), {}));
}
