#pragma once

#include <QObject>

#include <memory>

class QTimer;

namespace archscope {

class Catalog;
class Document;
class SimulationResults;
class SimulationRunner;

// Keeps a document's simulation current: every edit (debounced briefly) requests a new run
// off the GUI thread; only the newest run's results are delivered.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    SimulationController(Document *doc, const Catalog &catalog, QObject *parent = nullptr);
    ~SimulationController() override;

    std::shared_ptr<const SimulationResults> results() const { return m_results; }
    // Runs now instead of after the debounce (tests, screenshots).
    void runNow();
    bool waitForIdle(int ms);

signals:
    void resultsReady(std::shared_ptr<const archscope::SimulationResults> results);
    void progress(double fraction);

private:
    Document *m_doc;
    SimulationRunner *m_runner;
    QTimer *m_debounce;
    std::shared_ptr<const SimulationResults> m_results;
};

} // namespace archscope
