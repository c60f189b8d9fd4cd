#pragma once

#include <QTreeWidget>

namespace archscope {

// The palette's list of kinds: drags a kind as its id and activates one on Enter or double-click.
class PaletteTree : public QTreeWidget
{
    Q_OBJECT

public:
    // The item role holding a kind item's id (category items hold none).
    static constexpr int KindIdRole = Qt::UserRole + 1;

    explicit PaletteTree(QWidget *parent = nullptr);

    // Public so tests and the palette can ask what a drag of `items` would carry.
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    // Copy only: a drop target that accepts a move must never take a kind out of the palette.
    Qt::DropActions supportedDropActions() const override;

signals:
    void kindActivated(const QString &kindId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace archscope
