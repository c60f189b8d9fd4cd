#pragma once

// Runs the archscope binary as the CLI tests need it: a separate process, without a display.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

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
