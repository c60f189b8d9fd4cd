#pragma once

// What the window tests do the same way (they link the app; core tests include testsupport.h).

#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

namespace testsupport {

// Accepts the next modal message box and keeps its text, so tests can go through error paths.
inline void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text() + "\n" + box->informativeText();
            box->accept();
        } else {
            closeNextMessageBox(text);
        }
    });
}

} // namespace testsupport
