#include "palettewidget.h"

#include "catalog/catalog.h"
#include "palettetree.h"

#include <QKeyEvent>
#include <QLabel>
#include <QHash>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace archscope {

PaletteWidget::PaletteWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
    , m_noMatch(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search services…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search services"));
    m_search->setAccessibleDescription(
        tr("Filters the services by name or description. Press Down to move into the list."));
    m_search->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setAccessibleName(tr("Services"));
    m_tree->setAccessibleDescription(
        tr("Drag a service onto the canvas, or press Enter to add it."));

    m_noMatch->setObjectName(QStringLiteral("paletteNoMatch"));
    m_noMatch->setText(tr("No service matches the search."));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setEnabled(false); // drawn greyed out: it is a hint, not content
    m_noMatch->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);
    setFocusProxy(m_search);

    populate();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    connect(m_tree, &PaletteTree::kindActivated, this, &PaletteWidget::kindActivated);
}

QTreeWidget *PaletteWidget::tree() const
{
    return m_tree;
}

void PaletteWidget::setFilterText(const QString &text)
{
    m_search->setText(text);
}

QMimeData *PaletteWidget::mimeDataForKind(const QString &kindId)
{
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kindMimeType), kindId.toUtf8());
    return mime;
}

void PaletteWidget::populate()
{
    for (const CategorySpec &category : m_catalog.categories()) {
        QList<const KindSpec *> kinds;
        for (const KindSpec &kind : m_catalog.kinds())
            if (kind.category == category.id)
                kinds.append(&kind);
        if (kinds.isEmpty())
            continue;

        auto *group = new QTreeWidgetItem(m_tree, {category.name});
        // A heading, not a choice: it can be neither selected nor dragged.
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        // At the bottom of its row, under the air the tree's delegate keeps above it; wrapped
        // when the dock is narrow, and whole in the tooltip.
        group->setTextAlignment(0, Qt::AlignLeft | Qt::AlignBottom);
        group->setToolTip(0, category.name);
        group->setData(0, Qt::AccessibleTextRole, tr("%1 services").arg(category.name));

        for (const KindSpec *kind : kinds) {
            auto *item = new QTreeWidgetItem(group, {kind->shortName});
            item->setIcon(0, QIcon(kind->iconPath()));
            item->setData(0, PaletteTree::KindIdRole, kind->id);
            item->setData(0, CatalogOrderRole, group->childCount() - 1);
            item->setToolTip(0,
                             QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                 .arg(kind->name.toHtmlEscaped(), kind->summary.toHtmlEscaped()));
            item->setData(0, Qt::AccessibleTextRole, kind->name);
            item->setData(0, Qt::AccessibleDescriptionRole, kind->summary);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        group->setExpanded(true);
    }
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    m_best = nullptr;
    int bestRank = 0;
    bool anyVisible = false;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        // Best matches first within their category; the catalog's order when not searching.
        QList<QTreeWidgetItem *> items = group->takeChildren();
        QHash<QTreeWidgetItem *, int> rank;
        for (QTreeWidgetItem *item : std::as_const(items)) {
            const KindSpec *kind = m_catalog.kind(item->data(0, PaletteTree::KindIdRole).toString());
            rank.insert(item, needle.isEmpty() ? 1 : kind ? kind->searchRank(needle) : 0);
        }
        std::stable_sort(items.begin(), items.end(), [&](QTreeWidgetItem *a, QTreeWidgetItem *b) {
            if (needle.isEmpty())
                return a->data(0, CatalogOrderRole).toInt() < b->data(0, CatalogOrderRole).toInt();
            return rank.value(a) > rank.value(b);
        });
        group->addChildren(items);
        bool groupVisible = false;
        for (QTreeWidgetItem *item : std::as_const(items)) {
            const bool match = rank.value(item) > 0;
            item->setHidden(!match);
            groupVisible = groupVisible || match;
            if (!needle.isEmpty() && rank.value(item) > bestRank) {
                bestRank = rank.value(item);
                m_best = item;
            }
        }
        group->setHidden(!groupVisible);
        anyVisible = anyVisible || groupVisible;
    }
    m_noMatch->setVisible(!anyVisible);
    // The best match is current: Enter in the search field or Down goes to it.
    if (m_best)
        m_tree->setCurrentItem(m_best);
    else if (QTreeWidgetItem *current = m_tree->currentItem(); current && current->isHidden())
        m_tree->setCurrentItem(nullptr);  // Enter never adds a kind the user cannot see
}

QTreeWidgetItem *PaletteWidget::bestMatch() const
{
    if (m_best)
        return m_best;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            if (!group->child(i)->isHidden())
                return group->child(i);
    }
    return nullptr;
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            if (QTreeWidgetItem *item = bestMatch()) {
                m_tree->setCurrentItem(item);
                m_tree->setFocus(Qt::TabFocusReason);
            }
            return true;
        }
        // Enter in the search field adds the best match: type "sqs", press Enter, done.
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            QTreeWidgetItem *item = bestMatch();
            if (item && !m_search->text().trimmed().isEmpty())
                emit kindActivated(item->data(0, PaletteTree::KindIdRole).toString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace archscope
