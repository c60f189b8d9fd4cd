#include "rankingchart.h"

#include "decision/recommendation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace archscope {

RankingChart::RankingChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(tr("Fit")))
    , m_categories(new QBarCategoryAxis)
{
    setAccessibleName(tr("Fit of each compute option"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(130);
    setFrameShape(QFrame::NoFrame);

    QChart *c = chart();  // the view's own: setChart() would orphan it (a replaced chart is never deleted)
    c->setAnimationOptions(QChart::NoAnimation);  // redrawn on every answer: no lag, no flicker
    c->legend()->hide();
    c->setMargins(QMargins(2, 2, 8, 2));
    c->setBackgroundRoundness(0);
    m_series->append(m_set);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addSeries(m_series);

    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setTickCount(6);
    values->setLabelFormat(QStringLiteral("%d"));
    c->addAxis(values, Qt::AlignBottom);
    c->addAxis(m_categories, Qt::AlignLeft);
    m_categories->setTruncateLabels(false);  // short names always fit; "…" would hide them
    m_series->attachAxis(values);
    m_series->attachAxis(m_categories);
    applyPalette();
}

void RankingChart::setRecommendation(const Recommendation &recommendation)
{
    // Category axes list bottom-up, so append worst first to put the best at the top.
    QStringList labels;
    QList<qreal> scores;
    for (auto it = recommendation.ranking.crbegin(); it != recommendation.ranking.crend(); ++it) {
        labels.append(it->excluded ? tr("%1 (excluded)").arg(it->shortName) : it->shortName);
        scores.append(it->score);
    }
    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_set->append(scores);
    m_categories->setCategories(labels);
    m_leader = scores.isEmpty() || recommendation.answered == 0 ? -1 : int(scores.size()) - 1;
    if (m_leader >= 0)
        m_set->selectBar(m_leader);
    QStringList description;
    for (const OptionFit &f : recommendation.ranking)
        description.append(f.excluded ? tr("%1 excluded").arg(f.name) : tr("%1 %2").arg(f.name).arg(f.score));
    setAccessibleDescription(description.join(QStringLiteral(", ")));
}

QList<qreal> RankingChart::values() const
{
    QList<qreal> v;
    for (int i = m_set->count() - 1; i >= 0; --i)
        v.append(m_set->at(i));
    return v;
}

QStringList RankingChart::categories() const
{
    QStringList c = m_categories->categories();
    std::reverse(c.begin(), c.end());
    return c;
}

void RankingChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void RankingChart::applyPalette()
{
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    setBackgroundBrush(pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.18);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(small);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    // Other options in a muted mix of highlight and base; the leader in the highlight itself.
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    QColor muted;
    muted.setRgbF(0.45 * highlight.redF() + 0.55 * base.redF(), 0.45 * highlight.greenF() + 0.55 * base.greenF(),
                  0.45 * highlight.blueF() + 0.55 * base.blueF());
    m_set->setColor(muted);
    m_set->setBorderColor(muted);
    m_set->setSelectedColor(highlight);
    m_set->setLabelColor(text);
    m_set->setLabelFont(small);
}

} // namespace archscope
