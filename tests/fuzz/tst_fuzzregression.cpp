#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace archscope;

// Every file under tests/data/fuzz/<target>/ goes through its fuzz target's entry logic: the
// inputs that once crashed, leaked or broke a check (and hand-made edge cases) stay fixed in
// every preset, with or without sanitizers. A broken check aborts the test.
class TestFuzzRegression : public QObject
{
    Q_OBJECT

private slots:
    void everyInputPasses_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int i = 0; i < int(std::size(fuzz::targets)); ++i) {
            const QString name = QString::fromLatin1(fuzz::targets[i].name);
            const QDir dir(QStringLiteral(ARCHSCOPE_TEST_DATA "/fuzz/") + name);
            const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
            for (const QFileInfo &file : files)
                QTest::newRow(qPrintable(name + QLatin1Char('/') + file.fileName())) << i << file.filePath();
        }
    }

    void everyInputPasses()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QCOMPARE(fuzz::targets[target].run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
    }

    void everyTargetHasInputs()
    {
        // A target whose directory is missing or misnamed would silently check nothing.
        for (const fuzz::Target &target : fuzz::targets) {
            const QDir dir(QStringLiteral(ARCHSCOPE_TEST_DATA "/fuzz/") + QLatin1String(target.name));
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), target.name);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegression)
#include "tst_fuzzregression.moc"
