#include "palettetree.h"

#include "palettewidget.h"

#include <QKeyEvent>
#include <QMimeData>

namespace archscope {

PaletteTree::PaletteTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setIndentation(8);
    setIconSize(QSize(24, 24));
    setUniformRowHeights(false);
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
