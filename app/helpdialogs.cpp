#include "helpdialogs.h"

#include "catalog/catalog.h"
#include "io/libraryinfo.h"
#include "layout/graphvizlayout.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace archscope {

namespace {

QDialog *makeDialog(QWidget *parent, const QString &title, QWidget *content, QSize size)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    content->setParent(dialog);
    layout->addWidget(content);
    layout->addWidget(buttons);
    dialog->resize(size);
    return dialog;
}

} // namespace

void showGettingStarted(QWidget *parent)
{
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(false);
    browser->setAccessibleName(QApplication::translate("Help", "Getting started guide"));
    browser->setHtml(QApplication::translate("Help",
        "<h2>Getting started with Archscope</h2>"
        "<p>Archscope helps you decide where code should run on AWS and sketch how events reach it.</p>"
        "<h3>1. Sketch the architecture</h3>"
        "<ol><li>Open <b>File → Examples</b> to see five real designs, or start from an empty canvas.</li>"
        "<li>Drag services from the <b>Services</b> dock (or double-click them). Type in its search field to filter.</li>"
        "<li>Wire two services by dragging from the right-hand port of one to the other. Services that would "
        "accept the wire light up green; one that would not tells you why, and what to do instead.</li>"
        "<li>Each wire shows how its target is invoked: <i>sync</i> (the caller waits), <i>async</i> (queued, "
        "retried), <i>stream</i> (polled per shard), <i>queue</i> (polled in batches), <i>write</i> and "
        "<i>on failure</i>.</li></ol>"
        "<h3>2. Let every service explain itself</h3>"
        "<p>Select a service: the <b>Inspector</b> edits its settings, with units and valid ranges, and its "
        "<b>Learn</b> text teaches what it is, its limits, its prices and what it can be wired to. "
        "Hover a port for the whole wiring table.</p>"
        "<h3>3. Fix what the Problems dock finds</h3>"
        "<p>Refused wires, values out of range, compute that nothing triggers, reserved concurrency that "
        "starves other functions, asynchronous functions without a failure destination. Click a problem "
        "to select its culprit.</p>"
        "<h3>Keyboard</h3>"
        "<p>Tab walks through the services, Enter opens the inspector, Ctrl+E wires the selected service "
        "to the next one you pick, F2 renames, arrows nudge, F11 presents the diagram full screen for a "
        "workshop. <b>Help → Keyboard Shortcuts</b> lists them all.</p>"));
    makeDialog(parent, QApplication::translate("Help", "Getting Started"), browser, QSize(640, 620))->show();
}

void showKeyboardShortcuts(QWidget *parent, const QList<QAction *> &actions)
{
    auto *tree = new QTreeWidget;
    tree->setColumnCount(2);
    tree->setHeaderLabels({QApplication::translate("Help", "Action"), QApplication::translate("Help", "Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(QApplication::translate("Help", "Keyboard shortcuts"));
    for (QAction *a : actions) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        tree->addTopLevelItem(new QTreeWidgetItem({a->text().remove(QLatin1Char('&')), keys.join(QStringLiteral(", "))}));
    }
    const QList<std::pair<QString, QString>> canvas = {
        {QApplication::translate("Help", "Walk through services"), QApplication::translate("Help", "Tab, Shift+Tab")},
        {QApplication::translate("Help", "Open the inspector for the selection"), QApplication::translate("Help", "Enter")},
        {QApplication::translate("Help", "Finish a keyboard wire / cancel it"), QApplication::translate("Help", "Enter / Escape")},
        {QApplication::translate("Help", "Nudge the selection (a grid step with Shift)"), QApplication::translate("Help", "Arrow keys")},
        {QApplication::translate("Help", "Zoom"), QApplication::translate("Help", "Ctrl+wheel, +, −")},
        {QApplication::translate("Help", "Pan"), QApplication::translate("Help", "Space+drag, middle-drag")},
        {QApplication::translate("Help", "Wire two services"), QApplication::translate("Help", "Drag from the right-hand port")},
    };
    for (const auto &[what, keys] : canvas)
        tree->addTopLevelItem(new QTreeWidgetItem({what, keys}));
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    makeDialog(parent, QApplication::translate("Help", "Keyboard Shortcuts"), tree, QSize(560, 560))->show();
}

void showAbout(QWidget *parent, const Catalog &catalog)
{
    QList<LibraryInfo> libraries = coreLibraries();
    libraries.append({QStringLiteral("Graphviz (libgvc)"), graphvizVersion(), QStringLiteral("EPL-1.0")});
    QString rows;
    for (const LibraryInfo &l : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(l.name.toHtmlEscaped(), l.version.toHtmlEscaped(), l.licence.toHtmlEscaped());
    auto *browser = new QTextBrowser;
    browser->setAccessibleName(QApplication::translate("Help", "About Archscope"));
    browser->setHtml(QApplication::translate("Help", "<h2>Archscope %1</h2>"
                        "<p>Choose AWS compute and sketch event-driven architectures.</p>"
                        "<p>Prices are AWS list prices for us-east-1, as of %2. Each service's Learn "
                        "text names its price sources. Check current prices before you commit to a design.</p>"
                        "<p>Archscope is free software under the MIT licence. It ships with:</p>"
                        "<table cellpadding='3'><tr><th align='left'>Library</th><th align='left'>Version</th>"
                        "<th align='left'>Licence</th></tr>%3</table>")
                         .arg(QApplication::applicationVersion().toHtmlEscaped(), pricesAsOf(catalog).toHtmlEscaped(), rows));
    makeDialog(parent, QApplication::translate("Help", "About Archscope"), browser, QSize(520, 460))->show();
}

} // namespace archscope
