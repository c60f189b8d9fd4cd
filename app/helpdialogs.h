#pragma once

#include <QList>

class QAction;
class QWidget;

namespace archscope {

class Catalog;

// The Help menu's windows: a short guide, the keyboard shortcuts, and About.
void showGettingStarted(QWidget *parent);
void showKeyboardShortcuts(QWidget *parent, const QList<QAction *> &actions);
void showAbout(QWidget *parent, const Catalog &catalog);

} // namespace archscope
