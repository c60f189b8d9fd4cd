#pragma once

#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace archscope {

class Catalog;
class Document;
class SimulationResults;
struct ExactResults;

// "Check the busiest hour request by request": runs the exact engine over the fast run's
// busiest hour on a worker thread (with progress and a prompt cancel) and shows both engines'
// figures side by side (each cell "fast / exact") for the selected nodes, or every compute node when none is selected.
// A new check replaces the last; an edit marks it stale until the next.
class ExactCheckView : public QWidget
{
    Q_OBJECT

public:
    explicit ExactCheckView(const Catalog &catalog, QWidget *parent = nullptr);
    ~ExactCheckView() override;

    void setDocument(Document *doc);
    void setSelectedNodes(const QStringList &ids);
    void setFastResults(std::shared_ptr<const SimulationResults> results);

    // Starts a check of the current document (the button); false when there is nothing to
    // check yet (no fast results) or one is running.
    bool start();
    void cancel();

    bool isRunning() const { return m_worker != nullptr; }
    bool isStale() const { return m_stale; }
    bool hasResults() const { return m_exact != nullptr; }
    QTreeWidget *table() const { return m_table; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *cancelButton() const { return m_cancel; }
    QString statusText() const;
    // Node ids of the table's rows, in order.
    QStringList shownNodes() const;
    // The table's columns after the node: each cell is "fast / exact".
    static QStringList figureNames();

signals:
    void started();
    void progressChanged(double fraction);
    // Done, cancelled or refused; the table shows the newest complete check.
    void finished(bool completed);

private:
    struct Job;
    void pollProgress();
    void workerDone(const std::shared_ptr<Job> &job);
    void markStale();
    void rebuild();
    void updateControls();
    QString clock(double tS, double horizonS) const;

    const Catalog &m_catalog;
    Document *m_doc = nullptr;
    QStringList m_selected;
    std::shared_ptr<const SimulationResults> m_fast;         // the newest fast run
    std::shared_ptr<const SimulationResults> m_checkedFast;  // the fast run the table compares
    std::shared_ptr<const ExactResults> m_exact;
    std::shared_ptr<Job> m_job;
    QPointer<QThread> m_worker;
    quint64 m_edits = 0;  // edits since the view was made: a check started before the last is stale
    bool m_stale = false;

    QPushButton *m_check;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeWidget *m_table;
    QTimer *m_poll;
};

} // namespace archscope
