#include "mainwindow.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/welcomeview.h"
#include "decision/questionnairepanel.h"
#include "canvas/nodeitem.h"
#include "catalog/catalog.h"
#include "commands/editing.h"
#include "commands/movenodes.h"
#include "appsettings.h"
#include "autosaver.h"
#include "filecontroller.h"
#include "importcontroller.h"
#include "helpdialogs.h"
#include "preferencesdialog.h"
#include "export/exportdialog.h"
#include "export/printing.h"
#include "fillscrollarea.h"
#include "sim/chartspanel.h"
#include "simulationcontroller.h"
#include "theme.h"
#include "layout/graphvizlayout.h"
#include "inspectorwidget.h"
#include "io/archscopeformat.h"
#include "model/document.h"
#include "model/problemchecker.h"
#include "sim/simulationproblems.h"
#include "palettewidget.h"
#include "problemswidget.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace archscope {

namespace {

struct Example
{
    const char *file;
    const char *title;
};

// Titles say what each example teaches, so the menu reads as a table of contents.
const Example examples[] = {
    {"image-thumbnails", QT_TRANSLATE_NOOP("MainWindow", "Image thumbnails (S3 → Lambda → S3)")},
    {"rest-api", QT_TRANSLATE_NOOP("MainWindow", "REST API (API Gateway → Lambda → DynamoDB)")},
    {"clickstream", QT_TRANSLATE_NOOP("MainWindow", "Clickstream (Kinesis → Lambda → OpenSearch)")},
    {"fan-out", QT_TRANSLATE_NOOP("MainWindow", "Fan-out (SNS → Lambdas, SQS → ECS workers, DLQ)")},
    {"lift-and-shift", QT_TRANSLATE_NOOP("MainWindow", "Lift-and-shift web app (ALB → EC2 Auto Scaling)")},
};

QString exampleResource(const Example &e)
{
    return QStringLiteral(":/examples/%1.archscope").arg(QString::fromLatin1(e.file));
}

} // namespace

MainWindow::MainWindow(const Catalog &catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_doc(new Document(this))
    , m_scene(new DiagramScene(m_doc, catalog, this))
    , m_view(new DiagramView(m_scene, this))
    , m_files(new FileController(m_doc, catalog, this))
    , m_problemTimer(new QTimer(this))
    , m_zoomLabel(new QLabel(this))
{
    m_autosaver = new Autosaver(m_doc, this);
    m_import = new ImportController(this, catalog);
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_view);
    setWindowIcon(QIcon(QStringLiteral(":/icons/archscope.svg")));
    createDocks();
    createActions();
    createMenus();
    createWelcome();

    // Problems are recomputed once per burst of edits, not once per signal.
    m_problemTimer->setSingleShot(true);
    m_problemTimer->setInterval(0);
    connect(m_problemTimer, &QTimer::timeout, this, &MainWindow::refreshProblems);
    connect(m_doc, &Document::contentChanged, m_problemTimer, qOverload<>(&QTimer::start));
    connect(m_doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::titleChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::documentReset, this, [this] {
        m_pasteCount = 0;
        QTimer::singleShot(0, m_view, &DiagramView::fitAll);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_scene, &DiagramScene::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_files, &FileController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_view, &DiagramView::zoomChanged, this, [this](double z) { m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(z * 100))); });

    statusBar()->addPermanentWidget(m_zoomLabel);
    m_zoomLabel->setText(tr("Zoom %1 %").arg(100));
    if (const QScreen *screen = this->screen())
        applyDefaultLayout(screen->availableGeometry().size());
    restoreLayout();
    connect(m_view, &DiagramView::inspectRequested, this, &MainWindow::inspectSelection);
    updateTitle();
    updateActions();
    refreshProblems();
}

MainWindow::~MainWindow()
{
    // The scene clears its items while being destroyed, which emits selectionChanged; the
    // docks that would react are already gone by then.
    disconnect(m_scene, nullptr, this, nullptr);
    // Panels let go of the document while the window is still whole; the document is
    // destroyed first among the window's children.
    m_inspector->setDocument(nullptr);
    m_questionnaire->setDocument(nullptr);
    m_charts->setDocument(nullptr);
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString &title, const QString &name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new PaletteWidget(m_catalog, this);
    connect(m_palette, &PaletteWidget::kindActivated, this, &MainWindow::addKindAtCenter);
    dock(tr("Services"), QStringLiteral("PaletteDock"), m_palette, Qt::LeftDockWidgetArea);

    m_inspector = new InspectorWidget(m_catalog, this);
    m_inspector->setDocument(m_doc);
    QDockWidget *inspectorDock = dock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);

    auto *undoView = new QUndoView(m_doc->undoStack(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    QDockWidget *historyDock = dock(tr("History"), QStringLiteral("HistoryDock"), undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, historyDock);

    // The compute advisor sits beside the canvas, so answers and the diagram stay in view.
    m_questionnaire = new QuestionnairePanel(m_catalog, this);
    m_questionnaire->setDocument(m_doc);
    connect(m_questionnaire, &QuestionnairePanel::recommendationPlaced, this, [this](const QString &id) {
        m_scene->selectItems({id}, {});
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->ensureVisible(item, 80, 80);
    });
    QDockWidget *advisorDock = dock(tr("Compute Advisor"), QStringLiteral("AdvisorDock"), m_questionnaire, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, advisorDock);
    connect(advisorDock, &QDockWidget::visibilityChanged, m_questionnaire, &QuestionnairePanel::setAnswerKeysEnabled);
    inspectorDock->raise();

    m_problems = new ProblemsWidget(this);
    connect(m_problems, &ProblemsWidget::problemActivated, this, &MainWindow::showProblem);
    QDockWidget *problemsDock = dock(tr("Problems"), QStringLiteral("ProblemsDock"), m_problems, Qt::BottomDockWidgetArea);

    // Live charts follow every edit: the controller reruns the simulation off the GUI thread.
    m_charts = new ChartsPanel(m_catalog, this);
    m_charts->setDocument(m_doc);
    m_simulation = new SimulationController(m_doc, m_catalog, this);
    connect(m_simulation, &SimulationController::resultsReady, this,
            [this](std::shared_ptr<const SimulationResults> results) {
                m_charts->setResults(results);
                m_scene->setSimulationResults(results);
                m_simulationProblems = results ? SimulationProblems::check(*results, m_doc->data(), m_catalog) : QList<Problem>();
                refreshProblems();
            });
    connect(m_simulation, &SimulationController::progress, m_charts, &ChartsPanel::setProgress);
    // Play mode: the canvas overlays follow the charts' time cursor.
    connect(m_charts, &ChartsPanel::timeCursorChanged, m_scene, &DiagramScene::setTimeCursor);
    // The charts' controls and tabs need more than a laptop's bottom dock: below that they
    // scroll, rather than raising the window's minimum size off the screen.
    auto *chartsScroll = new FillScrollArea(this);
    chartsScroll->setObjectName(QStringLiteral("SimulationScroll"));
    chartsScroll->setWidget(m_charts);
    QDockWidget *chartsDock = dock(tr("Simulation"), QStringLiteral("SimulationDock"), chartsScroll, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, chartsDock);
    chartsDock->raise();
    // The right-hand docks (Inspector, Advisor) run the full height beside the canvas and the
    // Simulation dock, so a form or the advisor's questions need not share a corner with charts.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::createWelcome()
{
    QList<WelcomeView::Example> choices;
    for (const Example &e : examples)
        choices.append({tr(e.title), exampleResource(e)});
    m_welcome = new WelcomeView(m_view, m_doc, choices);
    connect(m_welcome, &WelcomeView::exampleChosen, this, &MainWindow::openExample);
    // Both need a dock, which workshop mode hides.
    connect(m_welcome, &WelcomeView::addServiceRequested, this, [this] {
        setWorkshopMode(false);
        showDockOf(m_palette);
        m_palette->searchField()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_welcome, &WelcomeView::advisorRequested, this, [this] {
        setWorkshopMode(false);
        showDockOf(m_questionnaire);
        m_questionnaire->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::showDockOf(QWidget *panel)
{
    if (auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::applyDefaultLayout(const QSize &available)
{
    const bool large = available.width() >= 1600 && available.height() >= 1000;
    // A laptop screen is used whole; a large one leaves room around the window.
    resize(large ? available * 0.85 : available);
    m_dockSharesPending = true;
    if (isVisible())
        applyDockShares();
}

void MainWindow::applyDockShares()
{
    // Dock sizes given before the window is first laid out are lost, so this waits for show.
    m_dockSharesPending = false;
    const auto find = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    const int width = this->width(), height = this->height();
    resizeDocks({find("PaletteDock"), find("InspectorDock")},
                {std::clamp(width / 6, 170, 300), std::clamp(width * 3 / 11, 300, 520)}, Qt::Horizontal);
    // The charts get the height their controls and two stacked charts need, up to half the window.
    const int charts = m_charts->minimumSizeHint().height() + 40;
    resizeDocks({find("SimulationDock")}, {std::min(std::max(charts, height * 2 / 5), height / 2)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_dockSharesPending)
        applyDockShares();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape leaves workshop mode once nothing nearer (a wire being drawn, a rename) took it.
    if (event->key() == Qt::Key_Escape && m_workshop) {
        setWorkshopMode(false);
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::createActions()
{
    QUndoStack *stack = m_doc->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateActions);
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, tr("&New"), QKeySequence::New, &MainWindow::newDocument);
    add(file, tr("New &Window"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        auto *w = new MainWindow(m_catalog);
        w->setAttribute(Qt::WA_DeleteOnClose);
        w->show();
    });
    add(file, tr("&Open…"), QKeySequence::Open, [this] { m_files->openWithDialog(); });
    add(file, tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { m_import->importWithDialog(); })
        ->setStatusTip(tr("A SAM or CloudFormation template or a Terraform plan as a diagram"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QMenu *examplesMenu = file->addMenu(tr("&Examples"));
    for (const Example &e : examples) {
        const QString path = exampleResource(e);
        examplesMenu->addAction(tr(e.title), this, [this, path] { openExample(path); });
    }
    file->addSeparator();
    m_save = add(file, tr("&Save"), QKeySequence::Save, [this] { m_files->save(); });
    add(file, tr("Save &As…"), QKeySequence::SaveAs, [this] { m_files->saveAs(); });
    m_revert = add(file, tr("Re&vert"), QKeySequence(), [this] { m_files->revert(); });
    file->addSeparator();
    add(file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] {
        ExportDialog dialog(m_doc->data(), m_catalog, this);
        if (!m_doc->filePath().isEmpty()) {
            dialog.setSuggestedPath(QFileInfo(m_doc->filePath()).absolutePath() + QLatin1Char('/')
                                    + QFileInfo(m_doc->filePath()).completeBaseName());
            dialog.setSourcePath(m_doc->filePath());
        }
        dialog.exec();
    });
    add(file, tr("&Print…"), QKeySequence::Print, [this] {
        DiagramPrinting::previewAndPrint(m_doc->data(), m_catalog, QSettings().value(QStringLiteral("export/author")).toString(), this);
    });
    file->addSeparator();
    add(file, tr("&Close Window"), QKeySequence::Close, [this] { close(); });
    QAction *quit = add(file, tr("&Quit"), QKeySequence::Quit, [] { QApplication::closeAllWindows(); });
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    m_cut = add(edit, tr("Cu&t"), QKeySequence::Cut, &MainWindow::cut);
    m_copy = add(edit, tr("&Copy"), QKeySequence::Copy, &MainWindow::copy);
    add(edit, tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    m_duplicate = add(edit, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicate);
    m_delete = add(edit, tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    edit->addSeparator();
    add(edit, tr("Select &All"), QKeySequence::SelectAll, [this] {
        QStringList nodes, edges;
        for (const Node &n : m_doc->data().nodes)
            nodes.append(n.id);
        for (const Edge &e : m_doc->data().edges)
            edges.append(e.id);
        m_scene->selectItems(nodes, edges);
    });
    m_rename = add(edit, tr("&Rename"), QKeySequence(Qt::Key_F2), [this] { m_view->renameSelected(); });
    add(edit, tr("&Wire To…"), QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::wireFromSelection);
    add(edit, tr("&Inspect"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::inspectSelection);
    edit->addSeparator();
    add(edit, tr("Auto-&layout"), QKeySequence(Qt::CTRL | Qt::Key_L), &MainWindow::autoLayout);
    edit->addSeparator();
    QAction *prefs = add(edit, tr("Pre&ferences…"), QKeySequence::Preferences, &MainWindow::showPreferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = add(m_viewMenu, tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    QAction *zoomOut = add(m_viewMenu, tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    add(m_viewMenu, tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->resetZoom(); });
    add(m_viewMenu, tr("&Fit Diagram"), QKeySequence(Qt::CTRL | Qt::Key_9), [this] { m_view->fitAll(); });
    m_viewMenu->addSeparator();
    m_snap = add(m_viewMenu, tr("&Snap to Grid"), QKeySequence(Qt::CTRL | Qt::Key_G), [this](bool on) { m_scene->setSnapToGrid(on); });
    m_snap->setCheckable(true);
    m_scene->setSnapToGrid(AppSettings::load().snapToGrid);
    m_snap->setChecked(m_scene->snapToGrid());
    connect(m_snap, &QAction::toggled, this, [](bool on) {
        AppSettings s = AppSettings::load();
        s.snapToGrid = on;
        s.save();
    });
    m_workshopAction = add(m_viewMenu, tr("&Workshop Mode"), QKeySequence(Qt::Key_F11), [this](bool on) { setWorkshopMode(on); });
    m_workshopAction->setCheckable(true);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Getting Started"), QKeySequence::HelpContents, [this] { showGettingStarted(this); });
    add(help, tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] {
        showKeyboardShortcuts(this, findChildren<QAction *>());
    });
    help->addSeparator();
    add(help, tr("&About Archscope"), QKeySequence(), [this] { showAbout(this, m_catalog); });
    add(help, tr("About &Qt"), QKeySequence(), [] { QApplication::aboutQt(); });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("MainToolBar"));
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    tools->addSeparator();
    tools->addAction(tr("Auto-layout"), this, &MainWindow::autoLayout);
    tools->addAction(tr("Fit"), m_view, &DiagramView::fitAll);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_files->recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (m_files->maybeSave())
                m_files->open(path);
        })->setToolTip(path);
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), m_files, &FileController::clearRecentFiles);
    }
}

void MainWindow::updateTitle()
{
    QString name = m_doc->displayName();
    if (!m_doc->data().title.isEmpty() && !m_doc->filePath().isEmpty())
        name = tr("%1 (%2)").arg(m_doc->data().title, name);
    setWindowTitle(tr("%1[*] — Archscope").arg(name));
    setWindowModified(m_doc->isModified());
    if (m_revert)
        m_revert->setEnabled(!m_doc->filePath().isEmpty() && m_doc->isModified());
}

void MainWindow::updateActions()
{
    const bool anyNode = !m_scene->selectedNodeIds().isEmpty();
    const bool anything = anyNode || !m_scene->selectedEdgeIds().isEmpty();
    m_copy->setEnabled(anyNode);
    m_cut->setEnabled(anyNode);
    m_duplicate->setEnabled(anyNode);
    m_delete->setEnabled(anything);
    m_rename->setEnabled(m_scene->selectedNodeIds().size() == 1);
    updateTitle();
}

void MainWindow::refreshProblems()
{
    QList<Problem> problems = ProblemChecker(m_catalog).check(m_doc->data());
    // The latest run's findings until the next run replaces them, for nodes still there.
    for (const Problem &p : std::as_const(m_simulationProblems))
        if (m_doc->data().node(p.id))
            problems.append(p);
    m_problems->setProblems(problems);
    m_scene->setProblems(problems);
}

void MainWindow::onSelectionChanged()
{
    m_inspector->setSelection(m_scene->selectedNodeIds(), m_scene->selectedEdgeIds());
    m_charts->setSelectedNodes(m_scene->selectedNodeIds());
    updateActions();
}

void MainWindow::showProblem(Problem::Subject subject, const QString &id)
{
    if (subject == Problem::Subject::Node)
        m_scene->selectItems({id}, {});
    else if (subject == Problem::Subject::Edge)
        m_scene->selectItems({}, {id});
    else
        m_scene->selectItems({}, {});
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    if (!selected.isEmpty())
        m_view->ensureVisible(selected.first(), 80, 80);
}

void MainWindow::showNode(const QString &id)
{
    if (!m_doc->node(id))
        return;
    showProblem(Problem::Subject::Node, id);
    inspectSelection();
}

void MainWindow::copy()
{
    const QStringList ids = m_scene->selectedNodeIds();
    if (ids.isEmpty())
        return;
    const QByteArray fragment = editing::copyFragment(*m_doc, ids);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(ArchscopeFormat::fragmentMimeType), fragment);
    // Plain text too, so the JSON can be pasted into another Archscope window or an editor.
    mime->setText(QString::fromUtf8(fragment));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
    statusBar()->showMessage(tr("Copied %n service(s)", nullptr, int(ids.size())), 3000);
}

void MainWindow::cut()
{
    copy();
    editing::removeItems(m_doc, m_scene->selectedNodeIds(), m_scene->selectedEdgeIds());
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QByteArray fragment = mime->hasFormat(QString::fromLatin1(ArchscopeFormat::fragmentMimeType))
                                    ? mime->data(QString::fromLatin1(ArchscopeFormat::fragmentMimeType))
                                    : mime->text().toUtf8();
    QString error;
    ++m_pasteCount;
    const double offset = DiagramScene::gridSize * m_pasteCount;
    const QStringList ids = editing::pasteFragment(m_doc, m_catalog, fragment, QPointF(offset, offset), &error);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(error), 6000);
        return;
    }
    m_scene->selectItems(ids, {});
}

void MainWindow::duplicate()
{
    const QStringList ids = editing::duplicate(m_doc, m_catalog, m_scene->selectedNodeIds());
    if (!ids.isEmpty())
        m_scene->selectItems(ids, {});
}

void MainWindow::deleteSelection()
{
    editing::removeItems(m_doc, m_scene->selectedNodeIds(), m_scene->selectedEdgeIds());
}

void MainWindow::autoLayout()
{
    const QHash<QString, QPointF> positions = layeredLayout(m_doc->data(), m_catalog, m_scene->painter());
    if (positions.isEmpty())
        return;
    m_doc->undoStack()->push(new MoveNodesCommand(m_doc, positions, tr("Auto-layout"), 0));
    m_view->fitAll();
}

void MainWindow::addKindAtCenter(const QString &kind)
{
    // Place new nodes at the view's centre, stepping down so repeated adds do not stack.
    QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    for (int i = 0; i < 50 && !m_scene->items(DiagramPainter::nodeRect(centre - QPointF(DiagramPainter::nodeSize().width() / 2, DiagramPainter::nodeSize().height() / 2))).isEmpty(); ++i)
        centre += QPointF(0, DiagramScene::gridSize * 3);
    m_scene->addNodeAt(kind, centre);
    m_view->setFocus();
}

bool MainWindow::restoreRecovery(const QString &recoveryPath)
{
    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(recoveryPath, m_catalog, &data, &error)) {
        QMessageBox::warning(this, tr("Cannot restore diagram"),
                             tr("A recovered copy could not be read, so it was left in %1.").arg(Autosaver::recoveryDirectory())
                                 + QStringLiteral("\n\n") + error);
        return false;
    }
    m_doc->reset(data, Autosaver::originalPathOf(recoveryPath));
    m_doc->markUnsaved();
    // Keep a copy under this window's name before letting go of the old one.
    m_autosaver->saveNow();
    Autosaver::removeRecovery(recoveryPath);
    statusBar()->showMessage(tr("Restored unsaved changes; save them to keep them."), 8000);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->open(path);
}

bool MainWindow::openExample(const QString &resourcePath)
{
    return m_files->openExample(resourcePath);
}

void MainWindow::setDarkCanvas(bool dark)
{
    m_darkCanvas = dark;
    if (!m_workshop)
        m_scene->setDiagramStyle(dark ? DiagramStyle::dark() : DiagramStyle::light());
}

void MainWindow::setWorkshopMode(bool on)
{
    if (on == m_workshop)
        return;
    m_workshop = on;
    m_workshopAction->setChecked(on);
    if (on) {
        // Everything but the diagram goes away; the room sees large type and heavy wires.
        m_stateBeforeWorkshop = saveState();
        for (QDockWidget *d : findChildren<QDockWidget *>())
            d->hide();
        for (QToolBar *t : findChildren<QToolBar *>())
            t->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_scene->setDiagramStyle(DiagramStyle::workshop());
        m_welcome->setLarge(true);
        m_view->setPointerHighlight(true);
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        showFullScreen();
        QTimer::singleShot(0, m_view, &DiagramView::fitAll);
        m_view->setFocus();
    } else {
        m_view->setPointerHighlight(false);
        m_welcome->setLarge(false);
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setDarkCanvas(m_darkCanvas);
        menuBar()->show();
        statusBar()->show();
        restoreState(m_stateBeforeWorkshop);
        showNormal();
        QTimer::singleShot(0, m_view, &DiagramView::fitAll);
    }
}

void MainWindow::newDocument()
{
    if (!m_files->maybeSave())
        return;
    const AppSettings prefs = AppSettings::load();
    DocumentData data;
    data.settings.horizonS = prefs.defaultHorizonS;
    data.settings.stepS = prefs.defaultStepS;
    m_doc->reset(data, QString());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(AppSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings prefs = dialog.settings();
    prefs.save();
    m_snap->setChecked(prefs.snapToGrid);
    const bool dark = applyTheme(*qApp, prefs.theme);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(w))
            window->setDarkCanvas(dark);
}

void MainWindow::inspectSelection()
{
    showDockOf(m_inspector);
    // Focus the first editor, so the keyboard goes straight to the selection's properties.
    for (QWidget *w : m_inspector->findChildren<QWidget *>()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_inspector->setFocus();
}

void MainWindow::wireFromSelection()
{
    if (!m_scene->beginKeyboardWire())
        statusBar()->showMessage(tr("Select one service to wire from, then choose Wire To (Ctrl+E)."), 6000);
    m_view->setFocus();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // The user's own dock sizes win over the default shares.
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_dockSharesPending = false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_workshop)
        setWorkshopMode(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace archscope
