#include "palettetree.h"

#include "palettewidget.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace archscope {

namespace {

// Category headings wrap onto more lines instead of being cut ("Networking & content
// delivery" in a narrow dock), with a little air above each to separate the groups. The
// tree asks for row heights without a width, so the delegate reads the view's.
class PaletteDelegate : public QStyledItemDelegate
{
public:
    explicit PaletteDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    static constexpr int headingAir = 10;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!isHeading(index))
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int width = m_view->viewport()->width();
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth(width), 1 << 20),
                                                        Qt::TextWordWrap, opt.text);
        return {width, text.height() + headingAir};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (isHeading(index))
            opt.features |= QStyleOptionViewItem::WrapText;
        const QWidget *widget = opt.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    }

    // What the style leaves for text in a row `width` wide (its margins on both sides).
    int textWidth(int width) const
    {
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        return std::max(1, width - 2 * margin);
    }

private:
    static bool isHeading(const QModelIndex &index) { return index.isValid() && !index.parent().isValid(); }

    QTreeView *m_view;
};

} // namespace

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(8);
    setIconSize(QSize(24, 24));
    setUniformRowHeights(false);
    setItemDelegate(new PaletteDelegate(this));
    // Headings wrap to the width instead of scrolling sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    // Activation is ours (Enter, double-click) rather than itemActivated: on styles that
    // activate on a single click, a click meant to start a drag would otherwise add a node.
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, KindIdRole).toString() : QString();
        if (!id.isEmpty())
            emit kindActivated(id);
    });
}

QStringList PaletteTree::mimeTypes() const
{
    return {QString::fromLatin1(PaletteWidget::kindMimeType)};
}

Qt::DropActions PaletteTree::supportedDropActions() const
{
    return Qt::CopyAction;
}

QMimeData *PaletteTree::mimeData(const QList<QTreeWidgetItem *> &items) const
{
    for (const QTreeWidgetItem *item : items) {
        const QString id = item->data(0, KindIdRole).toString();
        if (!id.isEmpty())
            return PaletteWidget::mimeDataForKind(id);
    }
    return nullptr;
}

void PaletteTree::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // A heading's height follows the width it wraps to.
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout();
}

void PaletteTree::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString id =
            currentItem() ? currentItem()->data(0, KindIdRole).toString() : QString();
        if (!id.isEmpty()) {
            emit kindActivated(id);
            event->accept();
            return;
        }
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace archscope
