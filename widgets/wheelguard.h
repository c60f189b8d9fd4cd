#pragma once

#include <QObject>

class QWidget;

namespace archscope {

// Keeps unfocused spin boxes and combo boxes from eating the wheel while a form is scrolled.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards `editor`; the guard is owned by it.
    static void install(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace archscope
