#include "autosaver.h"

#include "io/archscopeformat.h"
#include "model/document.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

namespace archscope {

namespace {
QString sidecarOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".path");
}
} // namespace

Autosaver::Autosaver(Document *doc, QObject *parent)
    : QObject(parent)
    , m_doc(doc)
    , m_timer(new QTimer(this))
    , m_path(QDir(recoveryDirectory()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".archscope")))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    // Each edit (re)arms the timer; a saved document needs no copy.
    connect(doc, &Document::contentChanged, m_timer, qOverload<>(&QTimer::start));
    connect(doc, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

Autosaver::~Autosaver()
{
    // Destroyed with its window: a normal close (the window already asked about changes).
    discard();
}

QString Autosaver::recoveryDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("recovery"));
}

void Autosaver::saveNow()
{
    m_timer->stop();
    if (!m_doc->isModified()) {
        discard();
        return;
    }
    QDir().mkpath(recoveryDirectory());
    // A failed write keeps the previous copy; there is nothing better to do in the background.
    if (!ArchscopeFormat::writeFile(m_path, m_doc->data(), nullptr))
        return;
    QSaveFile sidecar(sidecarOf(m_path));
    if (sidecar.open(QIODevice::WriteOnly)) {
        sidecar.write(m_doc->filePath().toUtf8());
        sidecar.commit();
    }
}

void Autosaver::discard()
{
    m_timer->stop();
    removeRecovery(m_path);
}

QStringList Autosaver::pendingRecoveries()
{
    QDir dir(recoveryDirectory());
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.archscope")}, QDir::Files, QDir::Time))
        paths.append(dir.filePath(name));
    return paths;
}

QString Autosaver::originalPathOf(const QString &recoveryPath)
{
    QFile f(sidecarOf(recoveryPath));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

void Autosaver::removeRecovery(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    QFile::remove(sidecarOf(recoveryPath));
}

} // namespace archscope
