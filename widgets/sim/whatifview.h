#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QThread>
#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QTimer;

namespace archscope {

class Catalog;
class Document;
class MarkerLabels;
class TimeSeriesChart;

// "What if": the selected compute node's own arrivals replayed on Lambda, Fargate and EC2
// (cumulative cost over the horizon and totals), and monthly cost against a steady request
// rate with the break-even rates marked. WhatIf::compare runs several simulations, so it runs
// on a worker thread; only the newest request's result is shown. (The header does not include
// sim/whatif.h: decision/ has another archscope::WhatIf, and moc compiles all headers together.)
class WhatIfView : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfView(const Catalog &catalog, QWidget *parent = nullptr);
    ~WhatIfView() override;

    void setDocument(Document *doc);
    void setSelectedNodes(const QStringList &ids);

    // For tests and screenshots.
    QString nodeId() const { return m_nodeId; }
    bool isComputing() const { return m_worker != nullptr; }
    bool hasComparison() const { return m_comparison != nullptr; }
    QString comparisonError() const;
    QStringList optionKinds() const;   // "lambda", "fargate", "ec2"
    QList<double> optionTotals() const;  // USD over the horizon, same order
    int breakEvenPointCount() const;
    int breakEvenRateCount() const;    // break-even rates found in range (0..2)
    QString comparedNodeId() const { return m_comparedNodeId; }
    QString hintText() const;
    QString statusText() const;
    TimeSeriesChart *costChart() const { return m_costChart; }
    QChartView *breakEvenChart() const { return m_breakEvenChart; }
    int staleResultsIgnored() const { return m_staleIgnored; }
    MarkerLabels *breakEvenLabels() const { return m_breakEvenLabels; }

signals:
    // A worker started comparing `nodeId` ("Computing…").
    void computationStarted(const QString &nodeId);
    // A comparison for the current node and document arrived and is shown.
    void comparisonShown(const QString &nodeId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void requestUpdate();
    void startWorker();
    struct Result;
    void workerFinished(quint64 generation, const QString &nodeId, std::shared_ptr<Result> result);
    void showComparison();
    void rebuildBreakEven();
    QString optionName(const QString &kind) const;

    const Catalog &m_catalog;
    Document *m_doc = nullptr;
    QStringList m_selected;
    QString m_nodeId;          // the compute node asked about; empty: hint
    QString m_comparedNodeId;  // the node m_comparison is about
    std::shared_ptr<const Result> m_comparison;
    double m_horizonS = 0;     // of the document when m_comparison was asked for
    double m_nodeRatePerS = -1;
    quint64 m_generation = 0;  // bumped by every selection or edit; older results are stale
    quint64 m_shownGeneration = 0;  // the generation whose result is on screen
    bool m_dirty = false;      // a request came while hidden or while a worker ran
    int m_staleIgnored = 0;
    QPointer<QThread> m_worker;

    QTimer *m_debounce;
    QLabel *m_hint;
    QLabel *m_status;
    QList<QLabel *> m_totals;  // lambda, fargate, ec2
    TimeSeriesChart *m_costChart;
    QChartView *m_breakEvenChart;
    QWidget *m_content;
    MarkerLabels *m_breakEvenLabels;
};

} // namespace archscope
