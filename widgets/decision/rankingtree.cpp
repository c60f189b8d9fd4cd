#include "rankingtree.h"

#include "decision/questionbank.h"
#include "decision/recommendation.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace archscope {

namespace {

QString pointsText(const Reason &r)
{
    if (r.excludes)
        return QStringLiteral("✗");
    if (r.isNeutral())
        return QStringLiteral("±0");
    return r.points > 0 ? QStringLiteral("+%1").arg(r.points) : QStringLiteral("−%1").arg(-r.points);
}

// Wraps long reasons inside their column. QTreeView asks a delegate for row heights without
// telling it the column width, so this one measures against the tree's actual column.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeWidget *tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0)
            return size;
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const int width = m_tree->columnWidth(0) - m_tree->indentation() * (depth + 1) - 8;
        if (width <= 40)
            return size;
        const QString text = index.data(Qt::DisplayRole).toString();
        QFont font = option.font;
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>();
        const QRect r = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
        size.setHeight(std::max(size.height(), r.height() + 4));
        return size;
    }

private:
    QTreeWidget *m_tree;
};

} // namespace

RankingTree::RankingTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("rankingTree"));
    setAccessibleName(tr("Ranking with reasons"));
    setAccessibleDescription(tr("Each option with its fit; expand one to read the reasons for and against it."));
    setColumnCount(2);
    setHeaderLabels({tr("Option and reasons"), tr("Fit")});
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setIndentation(14);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setMinimumHeight(140);
    setItemDelegate(new WrappingDelegate(this));
    // Rows re-measure when the column width changes (the dock was resized).
    connect(header(), &QHeaderView::sectionResized, this, [this] { doItemsLayout(); });
    // Remember what the user opened or closed, so live updates do not undo it.
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (m_filling || item->parent())
            return;
        m_userCollapsed.remove(item->data(0, Qt::UserRole).toString());
        m_userExpanded.insert(item->data(0, Qt::UserRole).toString());
    });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (m_filling || item->parent())
            return;
        m_userExpanded.remove(item->data(0, Qt::UserRole).toString());
        m_userCollapsed.insert(item->data(0, Qt::UserRole).toString());
    });
}

void RankingTree::setRecommendation(const Recommendation &recommendation, const QuestionBank &bank)
{
    m_filling = true;
    clear();
    const QPalette pal = palette();
    const QColor disabledText = pal.color(QPalette::Disabled, QPalette::Text);
    for (int rank = 0; rank < recommendation.ranking.size(); ++rank) {
        const OptionFit &f = recommendation.ranking.at(rank);
        const OptionSpec *spec = bank.option(f.option);
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, f.option);
        item->setText(0, tr("%1. %2").arg(rank + 1).arg(f.name));
        item->setText(1, f.excluded ? tr("excluded") : QString::number(f.score));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QString tip = f.name.toHtmlEscaped();
        if (spec) {
            QString chosenFor;
            for (const QString &c : spec->chooseFor)
                chosenFor += QStringLiteral("<li>%1</li>").arg(c.toHtmlEscaped());
            tip = QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p><ul>%4</ul>")
                      .arg(spec->name.toHtmlEscaped(), spec->unitOfScale.toHtmlEscaped(), tr("Chosen for:"), chosenFor);
        }
        item->setToolTip(0, tip);
        item->setData(0, Qt::AccessibleTextRole,
                      f.excluded ? tr("%1, excluded").arg(f.name) : tr("%1, fit %2 of 100").arg(f.name).arg(f.score));
        if (rank == 0 && recommendation.answered > 0 && !f.excluded) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
        if (f.excluded) {
            item->setForeground(0, disabledText);
            item->setForeground(1, disabledText);
        }
        auto addReason = [&](const Reason &r) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("%1 (%2)").arg(r.text, r.source));
            child->setText(1, pointsText(r));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
            child->setToolTip(0, r.display());
            child->setData(0, Qt::AccessibleTextRole, r.display());
            if (r.excludes) {
                child->setForeground(0, pal.color(QPalette::Text));
            } else if (r.isNeutral()) {
                child->setForeground(0, disabledText);  // said, but it moves nothing
                child->setForeground(1, disabledText);
            }
        };
        for (const Reason &r : f.excludedBy)
            addReason(r);
        for (const Reason &r : f.reasons)
            addReason(r);
        if (f.reasons.isEmpty() && f.excludedBy.isEmpty()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, tr("No answer speaks for or against it yet."));
            child->setForeground(0, disabledText);
        }
        // The leader and excluded options (to show why) start open; the user's choice wins.
        const bool open = m_userExpanded.contains(f.option)
                          || (!m_userCollapsed.contains(f.option) && (rank == 0 || f.excluded));
        item->setExpanded(open);
    }
    m_filling = false;
}

} // namespace archscope
