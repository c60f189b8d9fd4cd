#pragma once

#include <QObject>
#include <QStringList>

class QTimer;

namespace archscope {

class Catalog;
class Document;

// Crash insurance: while a document has unsaved changes, a copy is written (atomically)
// to the recovery folder every few seconds; saving, reverting or closing removes it. After a
// crash, the next start offers the copies back.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    explicit Autosaver(Document *doc, QObject *parent = nullptr);
    ~Autosaver() override;

    static constexpr int intervalMs = 15000;

    // Writes the recovery copy now if there are unsaved changes; removes it if there are none.
    void saveNow();
    // The document is closed on purpose: its recovery copy is no longer needed.
    void discard();
    QString recoveryPath() const { return m_path; }

    static QString recoveryDirectory();
    // Recovery copies left behind by a session that did not close normally.
    static QStringList pendingRecoveries();
    // The file the recovered document was saved as, if it had one.
    static QString originalPathOf(const QString &recoveryPath);
    static void removeRecovery(const QString &recoveryPath);

private:
    Document *m_doc;
    QTimer *m_timer;
    QString m_path;
};

} // namespace archscope
