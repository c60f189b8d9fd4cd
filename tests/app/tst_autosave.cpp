#include "autosaver.h"
#include "catalog/catalog.h"
#include "commands/editing.h"
#include "io/archscopeformat.h"
#include "mainwindow.h"
#include "model/document.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace archscope;

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
