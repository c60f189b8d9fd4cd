#include "appsettings.h"
#include "catalog/catalog.h"
#include "cli.h"
#include "mainwindow.h"
#include "recoveryprompt.h"
#include "simulationcontroller.h"
#include "theme.h"

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "sim/chartspanel.h"
#include "sim/exactcheckview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

using namespace archscope;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Archscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("archscope.org"));
    QCoreApplication::setApplicationName(QStringLiteral("archscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHSCOPE_VERSION));
}

void loadTranslations(QCoreApplication &app)
{
    // The language chosen in Preferences, else the system's.
    const QString language = AppSettings::load().language;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("archscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (Cli::handles(args)) {
        const std::unique_ptr<QCoreApplication> app = Cli::createApplication(argc, argv, args);
        setIdentity();
        loadTranslations(*app);
        return Cli::run(args);
    }

    if (!hasDisplay()) {
        QTextStream(stderr) << QCoreApplication::translate(
            "main", "archscope: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                    "Run it on a desktop, or under a virtual display: xvfb-run -a archscope [FILE]\n"
                    "Headless commands work anywhere: archscope --help\n");
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Archscope"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.archscope.Archscope"));
    loadTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Choose AWS compute and sketch event-driven architectures."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "Diagram to open."), QStringLiteral("[FILE]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("main", "Save a picture of the window to PNG and quit."), QStringLiteral("PNG"));
    QCommandLineOption theme(QStringLiteral("theme"), QCoreApplication::translate("main", "Colour scheme for this run: system, light or dark."), QStringLiteral("THEME"));
    QCommandLineOption workshop(QStringLiteral("workshop"), QCoreApplication::translate("main", "Start in workshop (presentation) mode."));
    QCommandLineOption select(QStringLiteral("select"), QCoreApplication::translate("main", "Select the node with this id (for screenshots)."), QStringLiteral("ID"));
    parser.addOption(screenshot);
    parser.addOption(theme);
    parser.addOption(select);
    QCommandLineOption exactCheck(QStringLiteral("exact-check"), QCoreApplication::translate("main", "Run the Simulation dock's request-by-request check first (for screenshots)."));
    parser.addOption(exactCheck);
    parser.addOption(workshop);
    parser.process(app);

    const AppSettings::Theme chosen = parser.isSet(theme) ? AppSettings::themeFromId(parser.value(theme))
                                                          : AppSettings::load().theme;
    const bool dark = applyTheme(app, chosen);

    auto *window = new MainWindow(Catalog::builtin());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDarkCanvas(dark);
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString path = files.first();
        // A bundled example opens as an untitled copy, so Save never overwrites the original.
        if (path.startsWith(QStringLiteral(":/")))
            window->openExample(path);
        else
            window->openFile(path);
    }
    window->show();
    if (parser.isSet(workshop))
        window->setWorkshopMode(true);
    // Copies of unsaved diagrams left behind by a crash are offered back, into this window
    // while it is still empty.
    if (!parser.isSet(screenshot))
        RecoveryPrompt::offer(window, dark);

    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        const QString selectId = parser.value(select);
        const bool check = parser.isSet(exactCheck);
        QTimer::singleShot(400, window, [window, out, selectId, check] {
            window->view()->fitAll();
            if (!selectId.isEmpty())
                window->scene()->selectItems({selectId}, {});
            auto save = [window, out] {
                QTimer::singleShot(300, window, [window, out] {
                    const bool ok = window->grab().save(out);
                    QTextStream(ok ? stdout : stderr) << (ok ? "saved " : "could not save ") << out << Qt::endl;
                    QCoreApplication::exit(ok ? 0 : 1);
                });
            };
            if (!check)
                return save();
            // The check reads the fast run's busiest hour: that run first, then the check.
            ExactCheckView *view = window->charts()->exactCheckView();
            window->charts()->tabs()->setCurrentWidget(view);
            QObject::connect(view, &ExactCheckView::finished, window, save);
            window->simulation()->runNow();
            window->simulation()->waitForIdle(60000);
            QCoreApplication::processEvents();  // delivers the results to the dock
            if (!view->start())
                save();
        });
    }
    return app.exec();
}
