#pragma once

#include "sim/simulationresults.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace archscope {

class Catalog;
class Document;
class ExactCheckView;
class PowerTuningView;
class TimeSeriesChart;
class WhatIfView;

// The simulation's charts: concurrency, throttles and backlog, cold starts, cost over time
// and the cost breakdown, for the selected nodes or the busiest ones; a toolbar edits the
// document's horizon, step, seed and free tier. Reads results, never computes them. The
// "What if", "Power tuning" and "Request by request" tabs follow the document and the
// selection on their own.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(const Catalog &catalog, QWidget *parent = nullptr);

    void setDocument(Document *doc);
    void setResults(std::shared_ptr<const SimulationResults> results);
    void setSelectedNodes(const QStringList &ids);
    void setProgress(double fraction);

    // Play mode: the simulated time the cursor is at, -1 when it is off.
    double timeCursor() const { return m_timeCursorS; }
    void setTimeCursor(double tS);
    bool isPlaying() const;
    void setPlaying(bool playing);

    std::shared_ptr<const SimulationResults> results() const { return m_results; }
    QTabWidget *tabs() const { return m_tabs; }
    // Lines drawn in the chart of tab `tab` (for tests).
    int lineCount(int tab) const;
    QTreeWidget *costTable() const { return m_costTable; }
    QString summaryText() const;
    WhatIfView *whatIfView() const { return m_whatIf; }
    PowerTuningView *powerTuningView() const { return m_powerTuning; }
    ExactCheckView *exactCheckView() const { return m_exactCheck; }
    TimeSeriesChart *concurrencyChart() const { return m_concurrency; }
    TimeSeriesChart *throttlesChart() const { return m_throttles; }
    TimeSeriesChart *backlogChart() const { return m_backlog; }
    TimeSeriesChart *costChart() const { return m_cost; }

    static QString concurrencyTitle();
    static QString throttlesTitle();
    static QString backlogTitle();
    static QString coldStartsTitle();

    // At most this many lines per chart when nothing is selected: the busiest nodes.
    static constexpr int maxLines = 8;
    // Play mode sweeps the whole horizon in this long, whatever the horizon.
    static constexpr int playDurationMs = 20000;
    static constexpr int playTickMs = 50;

signals:
    // The play cursor moved to simulated time tS (seconds); -1: it is off (show peaks).
    void timeCursorChanged(double tS);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMediaIcons();
    void rebuild();
    void syncSettingsControls();
    void applySettings();
    QList<int> nodesToPlot(SimulationResults::Series rankBy, bool computeOnly) const;
    // Each node's name in legends and tables: its label, with its id where labels repeat.
    QStringList nodeNames() const;
    void sliderMoved(int value);
    void playTick();
    void stopPlaying();
    void syncTimeCursor();

    const Catalog &m_catalog;
    Document *m_doc = nullptr;
    std::shared_ptr<const SimulationResults> m_results;
    QStringList m_selected;

    QComboBox *m_horizon;
    QComboBox *m_step;
    QSpinBox *m_seed;
    QCheckBox *m_freeTier;
    QProgressBar *m_progress;
    QToolButton *m_play;
    QToolButton *m_stop;
    QSlider *m_time;
    QLabel *m_timeLabel;
    QTimer *m_playTimer;
    double m_timeCursorS = -1;
    QLabel *m_summary;
    QLabel *m_pricesNote;
    QTabWidget *m_tabs;
    TimeSeriesChart *m_concurrency;
    TimeSeriesChart *m_throttles;
    TimeSeriesChart *m_backlog;
    TimeSeriesChart *m_coldStarts;
    TimeSeriesChart *m_cost;
    QTreeWidget *m_costTable;
    WhatIfView *m_whatIf;
    PowerTuningView *m_powerTuning;
    ExactCheckView *m_exactCheck;
};

} // namespace archscope
