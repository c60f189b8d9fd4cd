#pragma once

#include "catalog/wirekind.h"
#include "model/settings.h"

#include <QUndoCommand>

namespace archscope {

class Document;

// Renames a node (its label; the id never changes).
class RenameNodeCommand : public QUndoCommand
{
public:
    RenameNodeCommand(Document *doc, const QString &id, const QString &label, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QString m_id;
    QString m_old;
    QString m_new;
};

// Switches a wire between the kinds its pair allows (a write or a failure route to SQS).
class ChangeEdgeKindCommand : public QUndoCommand
{
public:
    ChangeEdgeKindCommand(Document *doc, const QString &id, EdgeKind kind, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_doc;
    QString m_id;
    EdgeKind m_old;
    EdgeKind m_new;
};

// Replaces the document settings; successive edits merge.
class ChangeSettingsCommand : public QUndoCommand
{
public:
    ChangeSettingsCommand(Document *doc, const Settings &settings, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    Settings m_old;
    Settings m_new;
};

// Changes the diagram's title; successive edits merge.
class ChangeTitleCommand : public QUndoCommand
{
public:
    ChangeTitleCommand(Document *doc, const QString &title, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_doc;
    QString m_old;
    QString m_new;
};

} // namespace archscope
