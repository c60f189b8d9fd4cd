#include "simulationcontroller.h"

#include "model/document.h"
#include "sim/simulationrunner.h"

#include <QTimer>

namespace archscope {

SimulationController::SimulationController(Document *doc, const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_runner(new SimulationRunner(catalog, this))
    , m_debounce(new QTimer(this))
{
    // A short debounce folds the signals of one edit (and a drag's last moves) into one run.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &SimulationController::runNow);
    connect(doc, &Document::contentChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_runner, &SimulationRunner::progress, this, [this](quint64, double fraction) { emit progress(fraction); });
    connect(m_runner, &SimulationRunner::finished, this,
            [this](quint64, std::shared_ptr<const SimulationResults> results) {
                m_results = std::move(results);
                emit resultsReady(m_results);
            });
    m_debounce->start();
}

SimulationController::~SimulationController()
{
    m_runner->cancel();
}

void SimulationController::runNow()
{
    m_debounce->stop();
    m_runner->request(m_doc->data());
}

bool SimulationController::waitForIdle(int ms)
{
    return m_runner->waitForIdle(ms);
}

} // namespace archscope
