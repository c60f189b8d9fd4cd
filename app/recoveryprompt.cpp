#include "recoveryprompt.h"

#include "autosaver.h"
#include "catalog/catalog.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace archscope {

namespace {

// Nothing in it yet and nothing to lose: a restored diagram may take its place.
bool isEmptyUntitled(const MainWindow *w)
{
    const Document *doc = w->document();
    return doc->filePath().isEmpty() && !doc->isModified() && doc->data().nodes.isEmpty() && doc->data().edges.isEmpty();
}

} // namespace

RecoveryPrompt::Choice RecoveryPrompt::ask(QWidget *parent, int count)
{
    // Singular and plural are separate source strings, so English reads right untranslated.
    const QString text = count == 1 ? tr("Archscope did not close normally last time. A diagram with unsaved changes can be restored.")
                                    : tr("Archscope did not close normally last time. %n diagrams with unsaved changes can be restored.", nullptr, count);
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved diagrams?"), text, QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Later keeps the copies and asks again at the next start; Discard deletes them."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    restore->setObjectName(QStringLiteral("recoveryRestore"));
    later->setObjectName(QStringLiteral("recoveryLater"));
    discard->setObjectName(QStringLiteral("recoveryDiscard"));
    box.setDefaultButton(restore);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == restore)
        return Choice::Restore;
    return box.clickedButton() == discard ? Choice::Discard : Choice::Later;
}

QList<MainWindow *> RecoveryPrompt::offer(MainWindow *front, bool darkCanvas)
{
    const QStringList paths = Autosaver::pendingRecoveries();
    if (paths.isEmpty())
        return {};
    switch (ask(front, int(paths.size()))) {
    case Choice::Restore:
        return restore(front, paths, darkCanvas);
    case Choice::Discard:
        for (const QString &path : paths)
            Autosaver::removeRecovery(path);
        break;
    case Choice::Later:
        break;
    }
    return {};
}

QList<MainWindow *> RecoveryPrompt::restore(MainWindow *front, const QStringList &paths, bool darkCanvas)
{
    QList<MainWindow *> windows;
    for (const QString &path : paths) {
        MainWindow *target = front && isEmptyUntitled(front) ? front : nullptr;
        if (!target) {
            target = new MainWindow(Catalog::builtin());
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->setDarkCanvas(darkCanvas);
        }
        if (target->restoreRecovery(path)) {
            target->show();
            windows.append(target);
        } else if (target != front) {
            delete target;
        }
    }
    return windows;
}

} // namespace archscope
