#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace archscope {

class Catalog;
class Document;

// File handling for one window's document: new, open, save, save as, revert, recent files and
// the "save changes?" prompt. Errors go to a dialog naming the file and the problem.
class FileController : public QObject
{
    Q_OBJECT

public:
    FileController(Document *doc, const Catalog &catalog, QWidget *window);

    static QString fileFilter();
    // True for a file in the examples folder Archscope installs (read-only).
    static bool isBundledExample(const QString &path);

    // Asks to save unsaved changes; false when the user cancels (or the save fails).
    bool maybeSave();
    bool open(const QString &path);
    // Opens a bundled example as a new, untitled document.
    bool openExample(const QString &resourcePath);
    bool save();
    bool saveAs();
    bool revert();
    void newDocument();
    // Shows the file dialog, then opens (after maybeSave).
    void openWithDialog();

    QStringList recentFiles() const;
    void clearRecentFiles();

signals:
    void recentFilesChanged();
    void message(const QString &text);

private:
    bool load(const QString &path, bool asUntitled, const QString &displayName);
    bool saveTo(const QString &path);
    void addRecent(const QString &path);

    Document *m_doc;
    const Catalog &m_catalog;
    QWidget *m_window;
};

} // namespace archscope
