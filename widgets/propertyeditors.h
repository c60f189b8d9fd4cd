#pragma once

#include "catalog/propertyspec.h"
#include "commands/changeproperty.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace archscope {

class Catalog;
class Document;

// The editors of one node's or wire's catalog properties, laid out in a form: each edit pushes
// a ChangePropertyCommand, and sync() shows the model's values without rebuilding anything.
class PropertyEditors : public QObject
{
    Q_OBJECT

public:
    using Target = ChangePropertyCommand::Target;

    // Adds one row per property of `specs` to `form` (whose parent widget owns the editors).
    PropertyEditors(const Catalog &catalog, Document *doc, Target target, const QString &id,
                    const QList<PropertySpec> &specs, QFormLayout *form, QObject *parent);

    // Shows the current values and which are explicitly set; never moves the user's cursor.
    void sync();

    // The editor of the property at `key` (a path joined with '.', like "traffic.rate").
    QWidget *editorFor(const QString &key) const;
    QToolButton *resetButtonFor(const QString &key) const;

    // `editor` in a row with room for a reset button after it, so it lines up with the
    // property editors above and below it.
    static QWidget *alignedRow(QWidget *editor);

    // Reads a "t,rate" CSV file into the series property at `key` (one undo step). On failure
    // changes nothing and sets `error` to a message naming the file and the bad line.
    bool importSeriesFile(const QString &key, const QString &fileName, QString *error);

private:
    struct Field
    {
        QStringList path;
        PropertySpec spec;
        QWidget *editor = nullptr;
        QToolButton *reset = nullptr;
    };

    void addRows(const QList<PropertySpec> &specs, const QStringList &parentPath,
                 QFormLayout *form);
    QWidget *createEditor(const Field &field, QWidget *parent);
    QToolButton *createResetButton(const Field &field, QWidget *parent);
    QString toolTip(const PropertySpec &spec) const;

    QJsonObject props() const;
    QJsonValue effectiveValue(const Field &field) const;
    bool isExplicit(const Field &field) const;
    void showValue(const Field &field, const QJsonValue &value);
    void commit(const QStringList &path, const QJsonValue &value);
    void chooseSeriesFile(const QString &key);

    const Catalog &m_catalog;
    QPointer<Document> m_doc; // commands need it; a closed document must not crash an edit
    Target m_target;
    QString m_id;
    QList<Field> m_fields;
    QHash<QString, int> m_fieldIndex;
};

} // namespace archscope
