#pragma once

#include <QObject>
#include <QPointer>

class QMimeData;

namespace archscope {

class Catalog;
class ImportSummaryDialog;
class MainWindow;
struct ImportResult;

// File → Import… and files dropped on the window: a SAM / CloudFormation template or a
// Terraform plan becomes a laid-out diagram with its summary. An import goes into this window
// when its diagram is empty (one undo step), else into a new window: a user importing what
// exists expects a diagram of its own, not one merged into the sketch on screen. A dropped
// .archscope file is opened instead.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(MainWindow *window, const Catalog &catalog);

    static QString fileFilter();
    // Whether a drop carries a local file this window can take (a template, a plan, a diagram).
    static bool acceptsDrop(const QMimeData *mime);

    void importWithDialog();
    // Imports `path`; false (after saying why) when it cannot be read.
    bool importFile(const QString &path);
    // Handles a drop: imports templates and plans, opens diagrams. False when nothing was taken.
    bool drop(const QMimeData *mime);

    // The summary of the last import into this window (tests look at it).
    ImportSummaryDialog *summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Lays out, inserts as one undo step and shows the summary; `window` is this one or a new one.
    void present(MainWindow *window, const ImportResult &result, const QString &path);

    MainWindow *m_window;
    const Catalog &m_catalog;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace archscope
