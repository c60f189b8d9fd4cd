#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QWidget;

namespace archscope {

class MainWindow;

// After a crash: offers the copies the autosaver left behind, with Restore (into the front
// window when it is still an empty Untitled, else into windows of their own), Later (kept for
// the next start) or Discard (deleted).
class RecoveryPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)

public:
    enum class Choice { Restore, Later, Discard };

    // Asks about `count` copies; closing the question is Later, so nothing is lost by accident.
    static Choice ask(QWidget *parent, int count);
    // Asks about the pending copies, if any, and does what the user chose. Returns the windows
    // that hold restored diagrams (`front` among them when it took one).
    static QList<MainWindow *> offer(MainWindow *front, bool darkCanvas);
    // Opens each copy: the first into `front` when it is an empty Untitled, the rest (or all)
    // into new windows, shown, that delete themselves on close.
    static QList<MainWindow *> restore(MainWindow *front, const QStringList &paths, bool darkCanvas);
};

} // namespace archscope
