#pragma once

#include <QDialog>

class QTreeWidget;
class QTreeWidgetItem;

namespace archscope {

struct ImportReport;

// The summary of an import: counts, the sources still without traffic, what became an external
// node, what was ignored and why, the warnings with their template paths, and what was mapped.
// An entry that concerns a node asks for it when clicked (nodeActivated); the window selects it.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    ImportSummaryDialog(const ImportReport &report, const QString &sourceName, QWidget *parent = nullptr);

    QTreeWidget *entries() const { return m_entries; }
    // The group of entries with this role, for tests: "sources", "external", "ignored",
    // "warnings", "mapped".
    QTreeWidgetItem *group(const QString &role) const;

    // Gives every source without traffic this rate with one click (then the button is spent).
    static constexpr double startingRate = 1;

signals:
    void nodeActivated(const QString &nodeId);
    void ratesRequested(const QStringList &nodeIds, double eventsPerSecond);

private:
    QTreeWidget *m_entries;
};

} // namespace archscope
