#pragma once

#include "model/problem.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTimer;

namespace archscope {

class Catalog;
class DiagramScene;
class DiagramView;
class Document;
class FileController;
class ImportController;
class InspectorWidget;
class PaletteWidget;
class ProblemsWidget;
class QuestionnairePanel;
class Autosaver;
class ChartsPanel;
class SimulationController;
class WelcomeView;

// One window, one document: the canvas in the middle, palette, inspector, problems and undo
// history as docks. Wires actions to the scene, the file controller and core edits.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog &catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    FileController *files() const { return m_files; }
    ImportController *importer() const { return m_import; }
    InspectorWidget *inspector() const { return m_inspector; }
    PaletteWidget *palette() const { return m_palette; }
    QuestionnairePanel *questionnaire() const { return m_questionnaire; }
    ChartsPanel *charts() const { return m_charts; }
    WelcomeView *welcome() const { return m_welcome; }
    SimulationController *simulation() const { return m_simulation; }

    bool openFile(const QString &path);
    bool openExample(const QString &resourcePath);
    void setDarkCanvas(bool dark);
    bool isWorkshopMode() const { return m_workshop; }
    Autosaver *autosaver() const { return m_autosaver; }
    // Opens a copy the autosaver left behind after a crash, as unsaved changes to its file.
    bool restoreRecovery(const QString &recoveryPath);
    void setWorkshopMode(bool on);
    // Sizes the window and its docks for a screen whose free area is `available`: a laptop
    // screen is filled and the docks kept narrow; a large screen gives the docks more room.
    void applyDefaultLayout(const QSize &available);
    // Selects a node, scrolls it into view and shows the inspector on it.
    void showNode(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createWelcome();
    // Shows and raises the dock that holds `panel`.
    void showDockOf(QWidget *panel);
    void updateTitle();
    void updateActions();
    void updateRecentMenu();
    void refreshProblems();
    void onSelectionChanged();
    void showProblem(Problem::Subject subject, const QString &id);
    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    void autoLayout();
    void addKindAtCenter(const QString &kind);
    void newDocument();
    void showPreferences();
    void inspectSelection();
    void wireFromSelection();
    void restoreLayout();
    void applyDockShares();

    const Catalog &m_catalog;
    Document *m_doc;
    DiagramScene *m_scene;
    DiagramView *m_view;
    FileController *m_files;
    ImportController *m_import = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    ProblemsWidget *m_problems = nullptr;
    QuestionnairePanel *m_questionnaire = nullptr;
    ChartsPanel *m_charts = nullptr;
    SimulationController *m_simulation = nullptr;
    WelcomeView *m_welcome = nullptr;
    Autosaver *m_autosaver = nullptr;
    QTimer *m_problemTimer;
    // Saturation, backlogs and throttles of the latest simulation run (warnings).
    QList<Problem> m_simulationProblems;
    QLabel *m_zoomLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    int m_pasteCount = 0;
    bool m_workshop = false;
    bool m_darkCanvas = false;
    bool m_dockSharesPending = false;
    QByteArray m_stateBeforeWorkshop;
    QAction *m_workshopAction = nullptr;

    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_cut = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_snap = nullptr;
};

} // namespace archscope
