#pragma once

#include "exportoptions.h"
#include "reportsection.h"
#include "sim/simulationresults.h"

#include <QByteArray>

namespace archscope {

struct DocumentData;

// The simulation's part of the exports: the review report's "Simulation and cost" section and
// the CSV of the simulated series.
class SimulationExport
{
public:
    // Runs the simulation of `data` with its own settings, reporting progress; false with the
    // reason when it could not run or was cancelled.
    static bool simulate(const DocumentData &data, const ExportOptions &options, SimulationResults *out,
                         QString *error, const ExportProgress &progress = {});

    // Long format, one row per bucket, node and series (the same columns as
    // `archscope simulate --csv`): tStartS,node,label,series,min,mean,max. Text cells are
    // quoted, and cells a spreadsheet would run as a formula are defused.
    static QByteArray csv(const SimulationResults &results);
    static bool writeCsv(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
    static QString csvCell(const QString &text);

    // A report section with the assumptions, a concurrency chart, a summary per node and the
    // cost table per node and item with the monthly projection.
    static std::shared_ptr<const ReportSection> reportSection(const SimulationResults &results);
};

} // namespace archscope
