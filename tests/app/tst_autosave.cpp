#include "autosaver.h"
#include "catalog/catalog.h"
#include "commands/editing.h"
#include "io/archscopeformat.h"
#include "mainwindow.h"
#include "recoveryprompt.h"
#include "model/document.h"

#include <QDir>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

namespace {

// Clicks the button named `name` of the next modal message box, and keeps its text.
void clickInNextMessageBox(const QString &name, QString *text)
{
    QTimer::singleShot(50, [name, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QPushButton *button = box ? box->findChild<QPushButton *>(name) : nullptr;
        if (!button)
            return clickInNextMessageBox(name, text);
        *text = box->text() + "\n" + box->informativeText();
        button->click();
    });
}

// A start with copies pending: the question is answered with the button named `button`; false
// when no question was asked. The windows that hold restored diagrams go to `restored`.
bool answerRecovery(MainWindow *front, const QString &button, QList<MainWindow *> *restored = nullptr)
{
    QString text;
    clickInNextMessageBox(button, &text);
    const QList<MainWindow *> windows = RecoveryPrompt::offer(front, false);
    if (restored)
        *restored = windows;
    return !text.isEmpty();
}

// What a window that crashed with unsaved edits leaves behind: a copy in the recovery folder,
// named `name`, of the example with one service renamed. Returns the edited diagram.
DocumentData leaveCrashCopy(const QString &name, const QString &example, const QString &node, const QString &label)
{
    auto *crashed = new MainWindow(Catalog::builtin());
    crashed->openExample(example);
    editing::renameNode(crashed->document(), node, label);
    crashed->autosaver()->saveNow();
    const DocumentData edited = crashed->document()->data();
    const QString written = crashed->autosaver()->recoveryPath();
    const QString copy = QDir(Autosaver::recoveryDirectory()).filePath(name);
    QFile::copy(written, copy);
    QFile::copy(written + ".path", copy + ".path");
    delete crashed;
    return edited;
}

} // namespace

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
    }

    void unsavedChangesAreCopiedAndSavingRemovesTheCopy()
    {
        QTemporaryDir dir;
        MainWindow w(Catalog::builtin());
        QVERIFY(w.openExample(":/examples/rest-api.archscope"));
        w.autosaver()->saveNow();
        QVERIFY(!QFile::exists(w.autosaver()->recoveryPath()));  // nothing unsaved yet: no copy
        editing::addNode(w.document(), Catalog::builtin(), "sqs", {0, 300});
        w.autosaver()->saveNow();
        const QString copy = w.autosaver()->recoveryPath();
        QVERIFY(QFile::exists(copy));
        QVERIFY(Autosaver::pendingRecoveries().contains(copy));
        DocumentData saved;
        QVERIFY(ArchscopeFormat::readFile(copy, Catalog::builtin(), &saved, nullptr));
        QCOMPARE(saved, w.document()->data());
        // Saving for real makes the copy unnecessary.
        QVERIFY(ArchscopeFormat::writeFile(dir.filePath("api.archscope"), w.document()->data(), nullptr));
        w.document()->markSaved(dir.filePath("api.archscope"));
        QVERIFY(!QFile::exists(copy));
    }

    void aCopyLeftByACrashIsRestoredAsUnsavedChanges()
    {
        QString copy;
        DocumentData edited;
        {
            auto *crashed = new MainWindow(Catalog::builtin());
            QVERIFY(crashed->openExample(":/examples/clickstream.archscope"));
            editing::renameNode(crashed->document(), "enrich", "Enrich, then index");
            crashed->autosaver()->saveNow();
            edited = crashed->document()->data();
            // Simulate the crash: keep what a window that never closed would leave behind.
            const QString written = crashed->autosaver()->recoveryPath();
            copy = QDir(Autosaver::recoveryDirectory()).filePath("crashed.archscope");
            QVERIFY(QFile::copy(written, copy));
            QVERIFY(QFile::copy(written + ".path", copy + ".path"));
            delete crashed;
        }
        QVERIFY(QFile::exists(copy));
        MainWindow restored(Catalog::builtin());
        QVERIFY(restored.restoreRecovery(copy));
        QCOMPARE(restored.document()->data(), edited);
        QVERIFY(restored.document()->isModified());
        QVERIFY(!QFile::exists(copy));                                   // the old copy is gone...
        QVERIFY(QFile::exists(restored.autosaver()->recoveryPath()));   // ...replaced by this window's
    }

    // Restore puts the first copy in the empty Untitled window the start opened, not in a
    // second window stacked under it; a further copy gets a window of its own.
    void restoreFillsTheEmptyFrontWindow()
    {
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        const DocumentData first = leaveCrashCopy("a.archscope", ":/examples/fan-out.archscope", "email", "Send the email");
        const DocumentData second = leaveCrashCopy("b.archscope", ":/examples/rest-api.archscope", "handler", "API handler");
        QCOMPARE(Autosaver::pendingRecoveries().size(), 2);
        MainWindow front(Catalog::builtin());
        front.show();
        QVERIFY(QTest::qWaitForWindowExposed(&front));
        const auto mainWindows = [] {
            int n = 0;
            for (QWidget *w : QApplication::topLevelWidgets())
                n += qobject_cast<MainWindow *>(w) != nullptr;
            return n;
        };
        QCOMPARE(mainWindows(), 1);

        QString text;
        clickInNextMessageBox("recoveryRestore", &text);
        const QList<MainWindow *> restored = RecoveryPrompt::offer(&front, false);
        QVERIFY2(text.contains("2 diagrams"), qPrintable(text));
        QCOMPARE(restored.size(), 2);
        QVERIFY(restored.contains(&front));
        QList<DocumentData> shown;
        for (MainWindow *w : restored) {
            QVERIFY(w->document()->isModified());
            shown.append(w->document()->data());
        }
        QVERIFY(shown.contains(first) && shown.contains(second));
        // One new window for the second copy, none for the first.
        QCOMPARE(mainWindows(), 2);
        // The old copies are gone, each replaced by its window's own.
        QVERIFY(!QFile::exists(QDir(Autosaver::recoveryDirectory()).filePath("a.archscope")));
        QVERIFY(!QFile::exists(QDir(Autosaver::recoveryDirectory()).filePath("b.archscope")));
        for (MainWindow *w : restored)
            if (w != &front)
                delete w;
    }

    // A window that already holds a diagram keeps it; the copy opens beside it.
    void restoreLeavesAnOpenDiagramAlone()
    {
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        const DocumentData edited = leaveCrashCopy("a.archscope", ":/examples/fan-out.archscope", "email", "Send the email");
        MainWindow front(Catalog::builtin());
        QVERIFY(front.openExample(":/examples/clickstream.archscope"));
        const DocumentData open = front.document()->data();
        const QList<MainWindow *> restored = RecoveryPrompt::restore(&front, Autosaver::pendingRecoveries(), false);
        QCOMPARE(restored.size(), 1);
        QVERIFY(restored.first() != &front);
        QCOMPARE(restored.first()->document()->data(), edited);
        QCOMPARE(front.document()->data(), open);
        delete restored.first();
    }

    // Later keeps every copy for the next start and opens nothing.
    void laterKeepsTheCopies()
    {
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        leaveCrashCopy("a.archscope", ":/examples/fan-out.archscope", "email", "Send the email");
        MainWindow front(Catalog::builtin());
        QList<MainWindow *> restored;
        QVERIFY(answerRecovery(&front, "recoveryLater", &restored));
        QVERIFY(restored.isEmpty());
        QVERIFY(front.document()->data().nodes.isEmpty());
        QCOMPARE(Autosaver::pendingRecoveries(), QStringList{QDir(Autosaver::recoveryDirectory()).filePath("a.archscope")});
        // The next start asks again.
        QVERIFY(answerRecovery(&front, "recoveryLater"));
        QCOMPARE(Autosaver::pendingRecoveries().size(), 1);
    }

    // Discard deletes the copies, and the next start asks nothing.
    void discardDeletesTheCopies()
    {
        QDir(Autosaver::recoveryDirectory()).removeRecursively();
        leaveCrashCopy("a.archscope", ":/examples/fan-out.archscope", "email", "Send the email");
        MainWindow front(Catalog::builtin());
        QList<MainWindow *> restored;
        QVERIFY(answerRecovery(&front, "recoveryDiscard", &restored));
        QVERIFY(restored.isEmpty());
        QVERIFY(front.document()->data().nodes.isEmpty());
        QVERIFY(Autosaver::pendingRecoveries().isEmpty());
        QVERIFY(!QFile::exists(QDir(Autosaver::recoveryDirectory()).filePath("a.archscope.path")));
    }

    void aNormalCloseLeavesNothingBehind()
    {
        QString copy;
        {
            MainWindow w(Catalog::builtin());
            QVERIFY(w.openExample(":/examples/fan-out.archscope"));
            editing::renameNode(w.document(), "email", "Email");
            w.autosaver()->saveNow();
            copy = w.autosaver()->recoveryPath();
            QVERIFY(QFile::exists(copy));
        }
        QVERIFY(!QFile::exists(copy));
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
