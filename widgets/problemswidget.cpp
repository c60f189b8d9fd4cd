#include "problemswidget.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace archscope {

namespace {

bool sameProblem(const Problem &a, const Problem &b)
{
    return a.severity == b.severity && a.subject == b.subject && a.id == b.id && a.code == b.code &&
           a.message == b.message;
}

} // namespace

ProblemsWidget::ProblemsWidget(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setAccessibleName(tr("Problem summary"));
    m_summary->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setAccessibleName(tr("Problems"));
    m_list->setAccessibleDescription(
        tr("Errors and warnings in the diagram. Press Enter to select the item concerned."));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    // Re-lays out on resize so wrapped messages reflow to the dock's width.
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(16, 16));
    m_list->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemClicked, this, &ProblemsWidget::activate);
    m_summary->setText(summaryText(0, 0));
}

QString ProblemsWidget::summaryText(int errors, int warnings)
{
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    // English source text must read right without a translation loaded, so the singular and
    // plural are separate strings; each keeps %n so translators still get every plural form.
    const QString e =
        errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors);
    const QString w =
        warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings);
    if (warnings == 0)
        return e;
    if (errors == 0)
        return w;
    return tr("%1, %2", "errors, warnings").arg(e, w);
}

void ProblemsWidget::setProblems(const QList<Problem> &problems)
{
    QList<Problem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem &a, const Problem &b) {
        return a.isError() && !b.isError();
    });
    const bool same = sorted.size() == m_problems.size() &&
                      std::equal(sorted.cbegin(), sorted.cend(), m_problems.cbegin(), sameProblem);
    if (same && m_list->count() == m_problems.size())
        return; // nothing to redo, and the user's place in the list stays exactly as it is

    // Remember the current problem so a refresh that keeps it keeps the user's place.
    const int oldRow = m_list->currentRow();
    const std::optional<Problem> current = oldRow >= 0 && oldRow < m_problems.size()
                                               ? std::optional<Problem>(m_problems.at(oldRow))
                                               : std::nullopt;

    m_problems = sorted;
    m_list->clear();
    int errors = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    int newRow = -1;
    for (int i = 0; i < m_problems.size(); ++i) {
        const Problem &p = m_problems.at(i);
        errors += p.isError() ? 1 : 0;
        auto *item = new QListWidgetItem(p.isError() ? errorIcon : warningIcon, p.message, m_list);
        item->setToolTip(QStringLiteral("<p>%1</p>").arg(p.message.toHtmlEscaped()));
        item->setData(Qt::AccessibleTextRole,
                      (p.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(p.message));
        if (current && newRow < 0 && sameProblem(*current, p))
            newRow = i;
    }
    m_summary->setText(summaryText(errors, int(m_problems.size()) - errors));
    if (newRow >= 0)
        m_list->setCurrentRow(newRow);
}

void ProblemsWidget::activate(QListWidgetItem *item)
{
    const int row = item ? m_list->row(item) : -1;
    if (row < 0 || row >= m_problems.size())
        return;
    const Problem &p = m_problems.at(row);
    emit problemActivated(p.subject, p.id);
}

bool ProblemsWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentItem()) {
            activate(m_list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace archscope
