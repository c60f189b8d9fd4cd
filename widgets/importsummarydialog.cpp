#include "importsummarydialog.h"

#include "io/import/importreport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archscope {

namespace {

constexpr int nodeRole = Qt::UserRole;
constexpr int groupRole = Qt::UserRole + 1;

QTreeWidgetItem *addGroup(QTreeWidget *tree, const QString &role, const QString &title, int count, bool expanded)
{
    auto *group = new QTreeWidgetItem(tree, {QStringLiteral("%1 (%2)").arg(title).arg(count)});
    group->setData(0, groupRole, role);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setExpanded(expanded);
    return group;
}

void addEntry(QTreeWidgetItem *group, const QString &what, const QString &detail, const QString &nodeId)
{
    auto *item = new QTreeWidgetItem(group, {what, detail});
    item->setData(0, nodeRole, nodeId);
    item->setToolTip(0, what);
    item->setToolTip(1, detail);
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_entries(new QTreeWidget(this))
{
    setWindowTitle(tr("Import summary"));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(tr("<b>%1</b> imported").arg(sourceName.toHtmlEscaped()), this);
    headline->setTextFormat(Qt::RichText);
    layout->addWidget(headline);
    auto *counts = new QLabel(report.summaryLines().value(0), this);
    counts->setWordWrap(true);
    layout->addWidget(counts);
    if (!report.sourcesWithoutTraffic.isEmpty()) {
        auto *traffic = new QLabel(
            tr("A template holds no traffic: %n source(s) have no rate yet, so nothing flows. "
               "Click one to select it and set its rate in the inspector, or give them all a rate to start from.",
               nullptr, int(report.sourcesWithoutTraffic.size())),
            this);
        traffic->setWordWrap(true);
        layout->addWidget(traffic);
        auto *giveRate = new QPushButton(tr("Give each of them %1 event/s").arg(startingRate), this);
        giveRate->setObjectName(QStringLiteral("giveRate"));
        const QStringList sources = report.sourcesWithoutTraffic;
        connect(giveRate, &QPushButton::clicked, this, [this, giveRate, sources] {
            giveRate->setEnabled(false);
            emit ratesRequested(sources, startingRate);
        });
        layout->addWidget(giveRate, 0, Qt::AlignLeft);
    }

    m_entries->setColumnCount(2);
    m_entries->setHeaderLabels({tr("Resource"), tr("Detail")});
    m_entries->setRootIsDecorated(true);
    m_entries->setUniformRowHeights(true);
    m_entries->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_entries->header()->setStretchLastSection(true);
    QTreeWidgetItem *sources = addGroup(m_entries, QStringLiteral("sources"), tr("Sources without traffic"),
                                        int(report.sourcesWithoutTraffic.size()), true);
    for (const QString &id : report.sourcesWithoutTraffic)
        addEntry(sources, id, tr("no rate set"), id);
    QTreeWidgetItem *external = addGroup(m_entries, QStringLiteral("external"), tr("External (no kind in Archscope)"),
                                         int(report.external.size()), true);
    for (const ImportReport::Item &i : report.external)
        addEntry(external, i.path, i.type, i.nodeId);
    QTreeWidgetItem *ignored =
        addGroup(m_entries, QStringLiteral("ignored"), tr("Ignored"), int(report.ignored.size()), true);
    for (const ImportReport::Item &i : report.ignored)
        addEntry(ignored, i.path, QStringLiteral("%1: %2").arg(i.type, i.note), {});
    QTreeWidgetItem *warnings =
        addGroup(m_entries, QStringLiteral("warnings"), tr("Warnings"), int(report.warnings.size()), true);
    for (const ImportReport::Warning &w : report.warnings)
        addEntry(warnings, w.path, w.message, w.nodeId);
    QTreeWidgetItem *mapped =
        addGroup(m_entries, QStringLiteral("mapped"), tr("Mapped"), int(report.mapped.size()), false);
    for (const ImportReport::Item &i : report.mapped)
        addEntry(mapped, i.path, i.note.isEmpty() ? i.type : QStringLiteral("%1: %2").arg(i.type, i.note), i.nodeId);
    m_entries->resizeColumnToContents(0);
    layout->addWidget(m_entries, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto activate = [this](QTreeWidgetItem *item) {
        const QString id = item ? item->data(0, nodeRole).toString() : QString();
        if (!id.isEmpty())
            emit nodeActivated(id);
    };
    connect(m_entries, &QTreeWidget::itemClicked, this, activate);
    connect(m_entries, &QTreeWidget::itemActivated, this, activate);
    resize(640, 480);
}

QTreeWidgetItem *ImportSummaryDialog::group(const QString &role) const
{
    for (int i = 0; i < m_entries->topLevelItemCount(); ++i)
        if (m_entries->topLevelItem(i)->data(0, groupRole).toString() == role)
            return m_entries->topLevelItem(i);
    return nullptr;
}

} // namespace archscope
