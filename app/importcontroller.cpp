#include "importcontroller.h"

#include "mainwindow.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "commands/editing.h"
#include "filecontroller.h"
#include "importsummarydialog.h"
#include "io/import/templateimport.h"
#include "layout/graphvizlayout.h"
#include "model/document.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace archscope {

namespace {

const char *lastDirectoryKey = "import/lastDirectory";

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

bool isDiagram(const QString &path)
{
    return path.endsWith(QLatin1String(".archscope"), Qt::CaseInsensitive);
}

bool isImportable(const QString &path)
{
    for (QString pattern : TemplateImport::filePatterns())
        if (path.endsWith(pattern.remove(QLatin1Char('*')), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

ImportController::ImportController(MainWindow *window, const Catalog &catalog)
    : QObject(window)
    , m_window(window)
    , m_catalog(catalog)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    // The canvas takes palette drops itself; files dropped on it come here.
    window->view()->viewport()->installEventFilter(this);
}

QString ImportController::fileFilter()
{
    return tr("Templates and plans (%1);;All files (*)").arg(TemplateImport::filePatterns().join(QLatin1Char(' ')));
}

bool ImportController::acceptsDrop(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    return files.size() == 1 && (isDiagram(files.first()) || isImportable(files.first()));
}

void ImportController::importWithDialog()
{
    QSettings settings;
    const QString dir = settings
                            .value(QString::fromLatin1(lastDirectoryKey),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import infrastructure"), dir, fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QString::fromLatin1(lastDirectoryKey), QFileInfo(path).absolutePath());
    importFile(path);
}

bool ImportController::importFile(const QString &path)
{
    ImportResult result;
    QString error;
    if (!TemplateImport::readFile(path, m_catalog, &result, &error)) {
        QMessageBox::critical(m_window, tr("Cannot import"),
                              tr("“%1” could not be imported.").arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n")
                                  + error);
        return false;
    }
    if (result.data.nodes.isEmpty()) {
        QMessageBox::information(m_window, tr("Nothing to import"),
                                 tr("“%1” holds no resource Archscope can draw; %n resource(s) were ignored.", nullptr,
                                    int(result.report.ignored.size()))
                                     .arg(QFileInfo(path).fileName()));
        return false;
    }
    // This window when its diagram is empty; otherwise a window of its own.
    MainWindow *target = m_window;
    if (!m_window->document()->data().nodes.isEmpty()) {
        target = new MainWindow(m_catalog);
        target->setAttribute(Qt::WA_DeleteOnClose);
        target->show();
    }
    target->importer()->present(target, result, path);
    return true;
}

void ImportController::present(MainWindow *window, const ImportResult &result, const QString &path)
{
    DocumentData data = result.data;
    const QHash<QString, QPointF> positions = layeredLayout(data, m_catalog, window->scene()->painter());
    for (Node &n : data.nodes)
        n.pos = positions.value(n.id, n.pos);
    if (data.title.isEmpty())
        data.title = QFileInfo(path).completeBaseName();
    editing::importInto(window->document(), data, QFileInfo(path).fileName());
    window->view()->fitAll();
    window->statusBar()->showMessage(tr("Imported %1").arg(QFileInfo(path).fileName()), 4000);

    if (m_summary)
        m_summary->close();
    m_summary = new ImportSummaryDialog(result.report, QFileInfo(path).fileName(), window);
    m_summary->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_summary, &ImportSummaryDialog::nodeActivated, window, &MainWindow::showNode);
    connect(m_summary, &ImportSummaryDialog::ratesRequested, window,
            [this, window](const QStringList &ids, double rate) {
                editing::setTrafficRates(window->document(), m_catalog, ids, rate);
            });
    m_summary->show();
}

ImportSummaryDialog *ImportController::summary() const
{
    return m_summary;
}

bool ImportController::drop(const QMimeData *mime)
{
    if (!acceptsDrop(mime))
        return false;
    const QString path = localFiles(mime).first();
    if (isDiagram(path)) {
        if (m_window->files()->maybeSave())
            m_window->openFile(path);
        return true;
    }
    return importFile(path);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!acceptsDrop(drag->mimeData()))
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *dropEvent = static_cast<QDropEvent *>(event);
        if (!acceptsDrop(dropEvent->mimeData()))
            break;
        dropEvent->acceptProposedAction();
        drop(dropEvent->mimeData());
        return true;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace archscope
