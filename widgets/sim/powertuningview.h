#pragma once

#include "sim/powertuning.h"

#include <QStringList>
#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;

namespace archscope {

class Catalog;
class Document;
class MarkerLabels;

// Power tuning for the one selected Lambda: duration and cost per million invocations against
// memory (PowerTuning's CPU-share model), with the cheapest, fastest, balanced and current
// memory marked, and buttons that apply a choice as one undo step. Binds only: the curve is
// PowerTuning::evaluate's.
class PowerTuningView : public QWidget
{
    Q_OBJECT

public:
    enum class Choice { Balanced, Cheapest, Fastest };

    explicit PowerTuningView(const Catalog &catalog, QWidget *parent = nullptr);

    void setDocument(Document *doc);
    void setSelectedNodes(const QStringList &ids);

    // Sets the node's memoryMb to the chosen point through one undoable command; false when
    // there is no Lambda or it already has that memory.
    bool apply(Choice choice);

    // For tests and screenshots.
    QString nodeId() const { return m_nodeId; }
    const PowerTuning::Curve &curve() const { return m_curve; }
    QString hintText() const;
    QChartView *chartView() const { return m_chart; }
    // The labels of the markers drawn ("cheapest", "fastest", ...), one per marker series.
    QStringList markerNames() const;
    MarkerLabels *markerLabels() const { return m_markerLabels; }
    QPushButton *applyButton(Choice choice) const;

private:
    void refresh();
    void rebuildChart();
    int indexOf(Choice choice) const;
    QString choiceName(Choice choice) const;

    const Catalog &m_catalog;
    Document *m_doc = nullptr;
    QStringList m_selected;
    QString m_nodeId;  // the Lambda shown; empty: the hint is shown instead
    PowerTuning::Curve m_curve;

    QLabel *m_hint;
    QChartView *m_chart;
    QLabel *m_summary;
    QPushButton *m_applyBalanced;
    QPushButton *m_applyCheapest;
    QPushButton *m_applyFastest;
    QWidget *m_content;
    MarkerLabels *m_markerLabels;
};

} // namespace archscope
