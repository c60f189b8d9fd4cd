#pragma once

// Runs the archscope binary as the CLI tests need it: a separate process, without a display.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

struct CliRun
{
    int exitCode = -1;  // -1 when the process crashed or did not finish
    QByteArray out;
    QString err;
};

// `configure` may redirect the process's output or set up the child (resource limits).
inline CliRun runCli(const QStringList &args, int timeoutMs = 120000,
                     const std::function<void(QProcess &)> &configure = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The CLI must not need a display.
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM");
    p.setProcessEnvironment(env);
    if (configure)
        configure(p);
    p.start(QStringLiteral(ARCHSCOPE_BINARY), args);
    p.waitForFinished(timeoutMs);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QString writeTestFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

// Rows of a data function: a file's `settings` object whose horizon or step is out of range,
// and the setting its error names. Without the checks these run for minutes or overflow.
inline void outOfRangeSettingsRows()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("named");
    QTest::newRow("step 1e-6") << QByteArray("{\"stepS\":1e-6}") << "/settings/stepS";
    QTest::newRow("step 1 ms over 7 days") << QByteArray("{\"horizonS\":604800,\"stepS\":0.001}") << "/settings/stepS";
    QTest::newRow("step 5e-324") << QByteArray("{\"stepS\":5e-324}") << "/settings/stepS";
    QTest::newRow("horizon 1e12") << QByteArray("{\"horizonS\":1e12}") << "/settings/horizonS";
    QTest::newRow("horizon 1e308") << QByteArray("{\"horizonS\":1e308}") << "/settings/horizonS";
}

// An empty diagram with those settings.
inline QString writeSettingsFile(const QTemporaryDir &dir, const QByteArray &settings)
{
    return writeTestFile(dir, "settings.archscope",
                         "{\"format\":\"archscope\",\"version\":1,\"settings\":" + settings + ",\"nodes\":[]}");
}
