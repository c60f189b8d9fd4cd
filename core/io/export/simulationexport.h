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

    // The simulated series, wide: one row per bucket, its start in seconds (`tStartS`) first,
    // then a column per node (the whole diagram first, then the nodes in document order),
    // series and statistic (min, mean, max), named like "Thumbnailer (thumbs) concurrency max"
    // (csvColumn). A label appears only in the header, so the size grows with buckets x
    // columns, never with label length x rows. Both File -> Export and `archscope simulate
    // --csv` write it.
    static QByteArray csv(const SimulationResults &results);
    static bool writeCsv(const DocumentData &data, const ExportOptions &options, QByteArray *out, QString *error,
                         const ExportProgress &progress = {});
    // A quoted CSV cell on one line; a cell a spreadsheet would run as a formula is defused.
    static QString csvCell(const QString &text);
    // A column's name: "label (id) series statistic", label and id each elided to
    // csvNameLength characters; the id alone when there is no label.
    static QString csvColumn(const QString &label, const QString &id, SimulationResults::Series series,
                             SimulationResults::Statistic statistic);
    static constexpr int csvNameLength = 80;

    // A report section with the assumptions, a concurrency chart, a summary per node and the
    // cost table per node and item with the monthly projection.
    static std::shared_ptr<const ReportSection> reportSection(const SimulationResults &results);
};

} // namespace archscope
