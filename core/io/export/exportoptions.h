#pragma once

#include "model/problem.h"

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

namespace archscope {

class Catalog;
class ReportSection;

// Reports how far an export got (`done` of `total` steps); returning false cancels it, and a
// cancelled export writes nothing.
using ExportProgress = std::function<bool(int done, int total)>;

// Page sizes a PDF export or a print offers.
enum class ExportPageSize { A4, Letter, A3 };

// The options of every export format; each format reads the ones it understands.
struct ExportOptions
{
    const Catalog *catalog = nullptr;  // null: Catalog::builtin()
    double scale = 1;                  // png: 1, 2 or 4
    bool transparent = false;          // png: no background fill
    ExportPageSize pageSize = ExportPageSize::A4;  // pdf
    QString author;                    // pdf title block, report header
    // md/html: run the simulation and add its section (assumptions, chart, per-node summary,
    // cost table with the monthly projection). Off when the caller passes its own results.
    bool includeSimulation = true;
    QDateTime date;                    // pdf title block, report header; invalid: now
    // Extra report sections (questionnaire answers, simulation results, cost tables, ...),
    // written in order after the built-in ones by the md and html reports. See ReportSection.
    QList<std::shared_ptr<const ReportSection>> reportSections;
    // What the simulation found (saturation, growing backlogs, throttles): listed with the
    // diagram's own problems in the report. Filled with the simulation section.
    QList<Problem> simulationProblems;

    const Catalog &resolvedCatalog() const;
    QDateTime resolvedDate() const;
};

// Counts the steps of an export and calls its ExportProgress about a hundred times in all.
class ProgressTicker
{
public:
    ProgressTicker(const ExportProgress &progress, int total);

    // Advances by `steps`; false once the callback has asked to cancel.
    bool step(int steps = 1);
    bool cancelled() const { return m_cancelled; }

private:
    const ExportProgress &m_progress;
    int m_total;
    int m_done = 0;
    int m_nextReport = 0;
    bool m_cancelled = false;
};

// The message of a cancelled export.
QString exportCancelledMessage();

QString pageSizeId(ExportPageSize size);
bool pageSizeFromId(const QString &id, ExportPageSize *size);
QPageSize::PageSizeId qtPageSizeId(ExportPageSize size);

} // namespace archscope
