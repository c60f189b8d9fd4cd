#include "filecontroller.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace archscope {

namespace {
constexpr int maxRecentFiles = 10;
const char *recentKey = "recentFiles";
} // namespace

FileController::FileController(Document *doc, const Catalog &catalog, QWidget *window)
    : QObject(window)
    , m_doc(doc)
    , m_catalog(catalog)
    , m_window(window)
{
}

QString FileController::fileFilter()
{
    return tr("Archscope diagrams (*.archscope);;All files (*)");
}

bool FileController::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(m_doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileController::load(const QString &path, bool asUntitled, const QString &displayName)
{
    DocumentData data;
    QString error;
    // Read into a separate DocumentData first: a failed load leaves the open document untouched.
    if (!ArchscopeFormat::readFile(path, m_catalog, &data, &error)) {
        QMessageBox::critical(m_window, tr("Cannot open diagram"),
                              tr("“%1” could not be opened.").arg(displayName) + QStringLiteral("\n\n") + error);
        return false;
    }
    m_doc->reset(data, asUntitled ? QString() : QFileInfo(path).absoluteFilePath());
    return true;
}

bool FileController::open(const QString &path)
{
    if (!load(path, false, QFileInfo(path).fileName()))
        return false;
    addRecent(m_doc->filePath());
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(m_doc->filePath())));
    return true;
}

bool FileController::openExample(const QString &resourcePath)
{
    if (!maybeSave())
        return false;
    return load(resourcePath, true, QFileInfo(resourcePath).completeBaseName());
}

void FileController::openWithDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_doc->filePath().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                    : QFileInfo(m_doc->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open diagram"), dir, fileFilter());
    if (!path.isEmpty())
        open(path);
}

bool FileController::saveTo(const QString &path)
{
    QString error;
    if (!ArchscopeFormat::writeFile(path, m_doc->data(), &error)) {
        QMessageBox::critical(m_window, tr("Cannot save diagram"),
                              tr("The diagram was not saved; the file on disk is unchanged.") + QStringLiteral("\n\n") + error);
        return false;
    }
    m_doc->markSaved(QFileInfo(path).absoluteFilePath());
    addRecent(m_doc->filePath());
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(m_doc->filePath())));
    return true;
}

bool FileController::isBundledExample(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString dir = QFileInfo(path).canonicalPath();
    // Installed under share/archscope/examples, found as the data folders are.
    QStringList examples = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, QStringLiteral("archscope/examples"),
                                                     QStandardPaths::LocateDirectory);
    examples.append(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/archscope/examples"));
    return std::any_of(examples.begin(), examples.end(), [&dir](const QString &e) {
        const QString canonical = QFileInfo(e).canonicalFilePath();
        return !canonical.isEmpty() && canonical == dir;
    });
}

bool FileController::save()
{
    // A bundled example is read-only: its changes go to a file of the user's own.
    return m_doc->filePath().isEmpty() || isBundledExample(m_doc->filePath()) ? saveAs() : saveTo(m_doc->filePath());
}

bool FileController::saveAs()
{
    QString suggestion = m_doc->filePath();
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    // It may not exist yet; the dialog would then fall back to the working directory.
    documents.mkpath(QStringLiteral("."));
    if (suggestion.isEmpty()) {
        const QString name = m_doc->data().title.isEmpty() ? tr("Untitled") : m_doc->data().title;
        suggestion = documents.filePath(name + QStringLiteral(".archscope"));
    } else if (isBundledExample(suggestion) || !QFileInfo(QFileInfo(suggestion).absolutePath()).isWritable()) {
        // Not in the examples' read-only folder: the same name among the user's documents.
        suggestion = documents.filePath(QFileInfo(suggestion).fileName());
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save diagram as"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".archscope");
    return saveTo(path);
}

bool FileController::revert()
{
    if (m_doc->filePath().isEmpty() || !m_doc->isModified())
        return false;
    const auto answer = QMessageBox::question(m_window, tr("Revert"),
                                              tr("Discard every change since “%1” was last saved?").arg(m_doc->displayName()),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    return load(m_doc->filePath(), false, m_doc->displayName());
}

void FileController::newDocument()
{
    if (!maybeSave())
        return;
    m_doc->reset(DocumentData(), QString());
}

QStringList FileController::recentFiles() const
{
    QStringList files = QSettings().value(QString::fromLatin1(recentKey)).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(), [](const QString &f) { return !QFileInfo::exists(f); }),
                files.end());
    return files;
}

void FileController::addRecent(const QString &path)
{
    QStringList files = QSettings().value(QString::fromLatin1(recentKey)).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    QSettings().setValue(QString::fromLatin1(recentKey), files);
    emit recentFilesChanged();
}

void FileController::clearRecentFiles()
{
    QSettings().remove(QString::fromLatin1(recentKey));
    emit recentFilesChanged();
}

} // namespace archscope
