#pragma once

#include <QChartView>

class QBarSet;
class QBarCategoryAxis;
class QHorizontalBarSeries;

namespace archscope {

struct Recommendation;

// A horizontal bar chart of each option's fit, best at the top; the leader is drawn in the
// highlight colour and excluded options are labelled as such. Colours follow the palette.
class RankingChart : public QChartView
{
    Q_OBJECT

public:
    explicit RankingChart(QWidget *parent = nullptr);

    void setRecommendation(const Recommendation &recommendation);

    // Bar values and category labels from top to bottom (for tests and accessibility).
    QList<qreal> values() const;
    QStringList categories() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    int m_leader = -1;  // index in the set of the top option's bar
};

} // namespace archscope
