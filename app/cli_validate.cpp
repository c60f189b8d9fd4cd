#include "clicommands.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/problemchecker.h"
#include "sim/simulationproblems.h"
#include "sim/simulator.h"

#include <QCoreApplication>

namespace archscope::cli {

int validate(const QStringList &args)
{
    if (args.size() != 1) {
        err() << QCoreApplication::translate("Cli", "usage: archscope validate FILE") << Qt::endl;
        return 2;
    }
    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(args.first(), Catalog::builtin(), &data, &error)) {
        err() << QCoreApplication::translate("Cli", "%1: cannot be loaded: %2").arg(args.first(), error) << Qt::endl;
        return 2;
    }
    QList<Problem> problems = ProblemChecker(Catalog::builtin()).check(data);
    // Saturation, growing backlogs and throttles come from a run: warnings, never the exit code.
    if (Settings::simulationErrors(data.settings.horizonS, data.settings.stepS).isEmpty()) {
        const SimulationResults results = Simulator::run(data, Catalog::builtin(), SimulationOptions::fromSettings(data.settings));
        problems += SimulationProblems::check(results, data, Catalog::builtin());
    }
    bool anyError = false;
    for (const Problem &p : problems) {
        anyError = anyError || p.isError();
        out() << (p.isError() ? QCoreApplication::translate("Cli", "error") : QCoreApplication::translate("Cli", "warning"))
              << ": " << p.message << Qt::endl;
    }
    if (problems.isEmpty())
        out() << QCoreApplication::translate("Cli", "%1: no problems").arg(args.first()) << Qt::endl;
    return anyError ? 1 : 0;
}

} // namespace archscope::cli
