#pragma once

#include "sim/simulationresults.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace archscope {

class Catalog;
class Document;
class TimeSeriesChart;

// The simulation's charts: concurrency, throttles and backlog, cold starts, cost over time
// and the cost breakdown, for the selected nodes or the busiest ones; a toolbar edits the
// document's horizon, step, seed and free tier. Reads results, never computes them.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setDocument(Document *doc);
    void setResults(std::shared_ptr<const SimulationResults> results);
    void setSelectedNodes(const QStringList &ids);
    void setProgress(double fraction);

    std::shared_ptr<const SimulationResults> results() const { return m_results; }
    QTabWidget *tabs() const { return m_tabs; }
    // Lines drawn in the chart of tab `tab` (for tests).
    int lineCount(int tab) const;
    QTreeWidget *costTable() const { return m_costTable; }
    QString summaryText() const;

    // At most this many lines per chart when nothing is selected: the busiest nodes.
    static constexpr int maxLines = 8;

private:
    void rebuild();
    void syncSettingsControls();
    void applySettings();
    QList<int> nodesToPlot(SimulationResults::Series rankBy, bool computeOnly) const;

    const Catalog &m_catalog;
    Document *m_doc = nullptr;
    std::shared_ptr<const SimulationResults> m_results;
    QStringList m_selected;

    QComboBox *m_horizon;
    QComboBox *m_step;
    QSpinBox *m_seed;
    QCheckBox *m_freeTier;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_pricesNote;
    QTabWidget *m_tabs;
    TimeSeriesChart *m_concurrency;
    TimeSeriesChart *m_throttles;
    TimeSeriesChart *m_backlog;
    TimeSeriesChart *m_coldStarts;
    TimeSeriesChart *m_cost;
    QTreeWidget *m_costTable;
};

} // namespace archscope
