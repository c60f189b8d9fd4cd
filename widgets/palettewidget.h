#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMimeData;
class QTreeWidget;
class QTreeWidgetItem;

namespace archscope {

class Catalog;
class PaletteTree;

// The service palette: every catalog kind by category, searchable, dragged onto the canvas.
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    // The drag-and-drop type of a kind; the payload is the kind id in UTF-8.
    static constexpr const char *kindMimeType = "application/x-archscope-kind";

    explicit PaletteWidget(const Catalog &catalog, QWidget *parent = nullptr);

    QTreeWidget *tree() const;
    QLineEdit *searchField() const { return m_search; }
    // Shows only the kinds a search for `text` finds (KindSpec::searchRank), best first in each
    // category; the best of all becomes the current item.
    void setFilterText(const QString &text);
    // What dragging a kind carries; the caller owns the result.
    static QMimeData *mimeDataForKind(const QString &kindId);

signals:
    void kindActivated(const QString &kindId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void applyFilter(const QString &text);
    // The best match of the search, or the first kind shown.
    QTreeWidgetItem *bestMatch() const;
    static constexpr int CatalogOrderRole = Qt::UserRole + 2;

    const Catalog &m_catalog;
    QLineEdit *m_search;
    PaletteTree *m_tree;
    QLabel *m_noMatch;
    QTreeWidgetItem *m_best = nullptr;
};

} // namespace archscope
