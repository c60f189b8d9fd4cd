#include "wheelguard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace archscope {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install(QWidget *editor)
{
    // Without focus the wheel scrolls the form; a click (or Tab) first makes the wheel edit.
    editor->setFocusPolicy(Qt::StrongFocus);
    editor->installEventFilter(new WheelGuard(editor));
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *editor = qobject_cast<QWidget *>(watched);
    if (!editor || editor->hasFocus() || !editor->parentWidget())
        return false;
    // Hand the wheel to the parent chain instead, so the scroll area under the form scrolls.
    QCoreApplication::sendEvent(editor->parentWidget(), event);
    return true;
}

} // namespace archscope
