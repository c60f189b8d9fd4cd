#pragma once

#include "model/problem.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace archscope {

// The problems dock: the diagram's errors and warnings, errors first; activating one locates it.
class ProblemsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsWidget(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    // In display order (errors first).
    const QList<Problem> &problems() const { return m_problems; }

    QListWidget *list() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    // "No problems", "2 errors, 1 warning", ...
    static QString summaryText(int errors, int warnings);

signals:
    void problemActivated(archscope::Problem::Subject subject, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QListWidgetItem *item);

    QLabel *m_summary;
    QListWidget *m_list;
    QList<Problem> m_problems;
};

} // namespace archscope
