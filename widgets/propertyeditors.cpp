#include "propertyeditors.h"

#include "catalog/catalog.h"
#include "model/document.h"
#include "numberspinbox.h"
#include "io/seriescsv.h"
#include "wheelguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <climits>
#include <cmath>

namespace archscope {

namespace {

using Type = PropertySpec::Type;

// A series file larger than this cannot hold 100,000 sensible rows; refuse before reading it.
constexpr qint64 maxSeriesFileBytes = 16 * 1024 * 1024;

QString keyOf(const QStringList &path)
{
    return path.join(QLatin1Char('.'));
}

QString objectNameFor(const char *prefix, const QStringList &path)
{
    return QString::fromLatin1(prefix) + keyOf(path);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

int toInt(double v)
{
    return int(std::clamp(v, double(INT_MIN + 1), double(INT_MAX)));
}

// One step of an arrow key: fine enough for fractions, coarse enough for big ranges.
double stepFor(const PropertySpec &spec)
{
    const double span = spec.maximum - spec.minimum;
    if (span <= 1)
        return 0.05;
    if (span <= 10)
        return 0.1;
    return 1;
}

QString formatNumber(double value)
{
    QString text = QLocale().toString(value, 'f', 6);
    const QString point = QLocale().decimalPoint();
    if (text.contains(point)) {
        const QString zero = QLocale().zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString withUnit(const QString &value, const QString &unit)
{
    return unit.isEmpty() ? value : value + QLatin1Char(' ') + unit;
}

QString pointCount(int n)
{
    // Singular and plural are separate source strings so English reads right untranslated.
    return n == 1 ? PropertyEditors::tr("%n point", nullptr, n)
                  : PropertyEditors::tr("%n points", nullptr, n);
}

} // namespace

PropertyEditors::PropertyEditors(const Catalog &catalog, Document *doc, Target target,
                                 const QString &id, const QList<PropertySpec> &specs,
                                 QFormLayout *form, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_doc(doc)
    , m_target(target)
    , m_id(id)
{
    addRows(specs, {}, form);
    sync();
}

void PropertyEditors::addRows(const QList<PropertySpec> &specs, const QStringList &parentPath,
                              QFormLayout *form)
{
    QWidget *owner = form->parentWidget();
    for (const PropertySpec &spec : specs) {
        Field field;
        field.path = parentPath + QStringList{spec.key};
        field.spec = spec;

        if (spec.type == Type::Object) {
            auto *group = new QGroupBox(spec.label, owner);
            group->setObjectName(objectNameFor("group_", field.path));
            group->setToolTip(toolTip(spec));
            group->setAccessibleName(spec.label);
            group->setAccessibleDescription(spec.help);
            auto *inner = new QFormLayout(group);
            inner->setRowWrapPolicy(QFormLayout::WrapLongRows);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            inner->setContentsMargins(6, 6, 6, 6);
            field.editor = group;
            m_fieldIndex.insert(keyOf(field.path), int(m_fields.size()));
            m_fields.append(field);
            form->addRow(group);
            addRows(spec.fields, field.path, inner);
            continue;
        }

        auto *row = new QWidget(owner);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(4);
        field.editor = createEditor(field, row);
        field.reset = createResetButton(field, row);
        rowLayout->addWidget(field.editor, spec.type == Type::Boolean ? 0 : 1);
        if (spec.type == Type::Series) {
            auto *import = new QPushButton(tr("Import CSV…"), row);
            import->setObjectName(objectNameFor("import_", field.path));
            import->setAccessibleName(tr("Import %1 from CSV").arg(spec.label));
            import->setToolTip(tr("Reads lines of “time in seconds,events per second”; a header "
                                  "line is allowed."));
            const QString key = keyOf(field.path);
            connect(import, &QPushButton::clicked, this, [this, key] { chooseSeriesFile(key); });
            rowLayout->addWidget(import);
        }
        if (spec.type == Type::Boolean)
            rowLayout->addStretch(1);
        rowLayout->addWidget(field.reset);

        auto *label = new QLabel(spec.label, owner);
        label->setObjectName(objectNameFor("label_", field.path));
        label->setToolTip(toolTip(spec));
        label->setBuddy(field.editor);
        m_fieldIndex.insert(keyOf(field.path), int(m_fields.size()));
        m_fields.append(field);
        form->addRow(label, row);
    }
}

QWidget *PropertyEditors::createEditor(const Field &field, QWidget *parent)
{
    const PropertySpec &spec = field.spec;
    const QStringList path = field.path;
    QWidget *editor = nullptr;

    switch (spec.type) {
    case Type::Integer: {
        auto *box = new QSpinBox(parent);
        // An optional value gets one more step below its minimum that reads "none" (JSON null).
        const int minimum = toInt(spec.minimum) - (spec.optional ? 1 : 0);
        box->setRange(minimum, std::max(minimum, toInt(spec.maximum)));
        if (spec.optional)
            box->setSpecialValueText(tr("none"));
        if (!spec.unit.isEmpty())
            box->setSuffix(QLatin1Char(' ') + spec.unit);
        box->setKeyboardTracking(false); // commit typed numbers on Enter or leaving the field
        box->setAccelerated(true);
        const bool optional = spec.optional;
        connect(box, &QSpinBox::valueChanged, this, [this, path, box, optional](int value) {
            if (optional && value == box->minimum())
                commit(path, QJsonValue(QJsonValue::Null));
            else
                commit(path, value);
        });
        WheelGuard::install(box);
        editor = box;
        break;
    }
    case Type::Number: {
        auto *box = new NumberSpinBox(parent);
        const bool ranged = spec.maximum > spec.minimum;
        box->setRange(ranged ? spec.minimum : -1e12, ranged ? spec.maximum : 1e12);
        box->setSingleStep(stepFor(spec));
        if (!spec.unit.isEmpty())
            box->setSuffix(QLatin1Char(' ') + spec.unit);
        box->setKeyboardTracking(false);
        box->setAccelerated(true);
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, path](double value) { commit(path, value); });
        WheelGuard::install(box);
        editor = box;
        break;
    }
    case Type::Boolean: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::toggled, this, [this, path](bool on) { commit(path, on); });
        editor = box;
        break;
    }
    case Type::Choice: {
        auto *box = new QComboBox(parent);
        for (const QString &choice : spec.choices)
            box->addItem(choice, choice);
        // Long choices ("go-provided.al2023") must not force the form wider than a narrow dock.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        connect(box, &QComboBox::currentIndexChanged, this, [this, path, box](int index) {
            if (index >= 0)
                commit(path, box->itemData(index).toString());
        });
        WheelGuard::install(box);
        editor = box;
        break;
    }
    case Type::String: {
        auto *edit = new QLineEdit(parent);
        connect(edit, &QLineEdit::editingFinished, this, [this, path, edit] {
            edit->setModified(false);
            commit(path, edit->text());
        });
        editor = edit;
        break;
    }
    case Type::Series: {
        auto *count = new QLabel(parent);
        count->setTextInteractionFlags(Qt::TextSelectableByMouse);
        editor = count;
        break;
    }
    case Type::Object: break; // handled by addRows: a group of editors, not one
    }
    if (editor) {
        editor->setObjectName(objectNameFor("property_", path));
        editor->setAccessibleName(spec.label);
        editor->setAccessibleDescription(spec.help);
        editor->setToolTip(toolTip(spec));
    }
    return editor;
}

namespace {

// A reset button that keeps its room while hidden, so editors stay aligned whether a value is
// set or not.
QToolButton *newResetButton(QWidget *parent)
{
    auto *reset = new QToolButton(parent);
    reset->setText(QStringLiteral("↺"));
    reset->setAutoRaise(true);
    QSizePolicy policy = reset->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    reset->setSizePolicy(policy);
    return reset;
}

} // namespace

QWidget *PropertyEditors::alignedRow(QWidget *editor)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(editor, 1);
    QToolButton *placeholder = newResetButton(row);
    placeholder->setFocusPolicy(Qt::NoFocus);
    placeholder->hide();
    layout->addWidget(placeholder);
    return row;
}

QToolButton *PropertyEditors::createResetButton(const Field &field, QWidget *parent)
{
    QToolButton *reset = newResetButton(parent);
    reset->setObjectName(objectNameFor("reset_", field.path));
    reset->setToolTip(tr("Reset to default"));
    reset->setAccessibleName(tr("Reset %1 to default").arg(field.spec.label));
    const QStringList path = field.path;
    const QString label = field.spec.label;
    connect(reset, &QToolButton::clicked, this, [this, path, label] {
        if (!m_doc)
            return;
        auto *command = new ChangePropertyCommand(m_doc, m_target, m_id, path, QJsonValue(QJsonValue::Undefined));
        command->describe(label);
        m_doc->undoStack()->push(command);
    });
    return reset;
}

QString PropertyEditors::toolTip(const PropertySpec &spec) const
{
    QStringList parts;
    if (!spec.help.isEmpty())
        parts.append(spec.help.toHtmlEscaped());
    if (spec.type == Type::Integer || spec.type == Type::Number) {
        if (spec.maximum > spec.minimum)
            parts.append(tr("Range: %1 to %2")
                             .arg(formatNumber(spec.minimum),
                                  withUnit(formatNumber(spec.maximum), spec.unit))
                             .toHtmlEscaped());
        const QJsonValue d = spec.defaultValue;
        const QString shown =
            d.isDouble() ? withUnit(formatNumber(d.toDouble()), spec.unit) : tr("none");
        parts.append(tr("Default: %1").arg(shown).toHtmlEscaped());
    } else if (spec.type == Type::Choice || spec.type == Type::String) {
        parts.append(tr("Default: %1").arg(spec.defaultValue.toString()).toHtmlEscaped());
    } else if (spec.type == Type::Boolean) {
        parts.append(tr("Default: %1")
                         .arg(spec.defaultValue.toBool() ? tr("on") : tr("off"))
                         .toHtmlEscaped());
    } else if (spec.type == Type::Series && !spec.unit.isEmpty()) {
        parts.append(tr("Rates in %1").arg(spec.unit).toHtmlEscaped());
    }
    // Rich text, so Qt wraps long help instead of drawing one screen-wide line.
    return QStringLiteral("<p>") + parts.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

QJsonObject PropertyEditors::props() const
{
    if (!m_doc)
        return {};
    if (m_target == Target::Node) {
        const Node *node = m_doc->node(m_id);
        return node ? node->props : QJsonObject();
    }
    const Edge *edge = m_doc->edge(m_id);
    return edge ? edge->props : QJsonObject();
}

QJsonValue PropertyEditors::effectiveValue(const Field &field) const
{
    const QJsonObject all = props();
    if (!m_doc)
        return {};
    const QString &top = field.path.first();
    QJsonValue value;
    if (m_target == Target::Node) {
        const Node *node = m_doc->node(m_id);
        value = node ? m_catalog.nodeValue(node->kind, all, top) : QJsonValue();
    } else {
        const auto it = m_fieldIndex.constFind(top);
        value = all.contains(top)           ? all.value(top)
                : it != m_fieldIndex.cend() ? m_fields.at(*it).spec.defaultValue
                                            : QJsonValue();
    }
    if (field.path.size() == 1)
        return value;
    // A sub-field: set in the object, or the field's own default.
    const QJsonObject object = value.toObject();
    const QString &sub = field.path.at(1);
    return object.contains(sub) ? object.value(sub) : field.spec.defaultValue;
}

bool PropertyEditors::isExplicit(const Field &field) const
{
    QJsonObject object = props();
    for (int i = 0; i < field.path.size(); ++i) {
        if (!object.contains(field.path.at(i)))
            return false;
        if (i + 1 < field.path.size())
            object = object.value(field.path.at(i)).toObject();
    }
    return true;
}

void PropertyEditors::showValue(const Field &field, const QJsonValue &value)
{
    const QSignalBlocker blocker(field.editor);
    switch (field.spec.type) {
    case Type::Integer: {
        auto *box = static_cast<QSpinBox *>(field.editor);
        const int shown = value.isDouble() ? toInt(std::round(value.toDouble())) : box->minimum();
        if (box->value() != shown)
            box->setValue(shown);
        break;
    }
    case Type::Number: {
        auto *box = static_cast<QDoubleSpinBox *>(field.editor);
        if (box->value() != value.toDouble())
            box->setValue(value.toDouble());
        break;
    }
    case Type::Boolean: static_cast<QCheckBox *>(field.editor)->setChecked(value.toBool()); break;
    case Type::Choice: {
        auto *box = static_cast<QComboBox *>(field.editor);
        const int index = box->findData(value.toString());
        if (box->currentIndex() != index)
            box->setCurrentIndex(index);
        break;
    }
    case Type::String: {
        auto *edit = static_cast<QLineEdit *>(field.editor);
        // Never overwrite what the user is typing and has not committed yet.
        if (!(edit->hasFocus() && edit->isModified()) && edit->text() != value.toString())
            edit->setText(value.toString());
        break;
    }
    case Type::Series: {
        const int n = int(value.toArray().size());
        auto *label = static_cast<QLabel *>(field.editor);
        label->setText(pointCount(n));
        break;
    }
    case Type::Object: break;
    }
}

void PropertyEditors::sync()
{
    if (!m_doc)
        return;
    for (const Field &field : std::as_const(m_fields)) {
        if (field.spec.type == Type::Object)
            continue;
        showValue(field, effectiveValue(field));
        if (field.reset)
            field.reset->setVisible(isExplicit(field));
    }
}

QWidget *PropertyEditors::editorFor(const QString &key) const
{
    const auto it = m_fieldIndex.constFind(key);
    return it == m_fieldIndex.cend() ? nullptr : m_fields.at(*it).editor;
}

QToolButton *PropertyEditors::resetButtonFor(const QString &key) const
{
    const auto it = m_fieldIndex.constFind(key);
    return it == m_fieldIndex.cend() ? nullptr : m_fields.at(*it).reset;
}

void PropertyEditors::commit(const QStringList &path, const QJsonValue &value)
{
    const auto it = m_fieldIndex.constFind(keyOf(path));
    if (!m_doc || it == m_fieldIndex.cend())
        return;
    const Field &field = m_fields.at(*it);
    // Re-choosing the value already in effect is not an edit: it must not add an undo step.
    if (sameValue(effectiveValue(field), value))
        return;
    auto *command = new ChangePropertyCommand(m_doc, m_target, m_id, path, value);
    command->describe(field.spec.label);
    m_doc->undoStack()->push(command);
}

bool PropertyEditors::importSeriesFile(const QString &key, const QString &fileName, QString *error)
{
    const auto it = m_fieldIndex.constFind(key);
    if (!m_doc || it == m_fieldIndex.cend() || m_fields.at(*it).spec.type != Type::Series)
        return false;
    const QString shownName = QFileInfo(fileName).fileName();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(shownName, file.errorString());
        return false;
    }
    if (file.size() > maxSeriesFileBytes) {
        if (error)
            *error = tr("%1 is too large for a traffic series (more than %2 MB).")
                         .arg(shownName)
                         .arg(maxSeriesFileBytes / (1024 * 1024));
        return false;
    }
    QJsonArray points;
    QString parseError;
    if (!parseSeriesCsv(file.readAll(), &points, &parseError)) {
        if (error)
            *error = tr("%1: %2").arg(shownName, parseError);
        return false;
    }
    auto *command = new ChangePropertyCommand(m_doc, m_target, m_id, m_fields.at(*it).path, points);
    command->describe(m_fields.at(*it).spec.label);
    m_doc->undoStack()->push(command);
    return true;
}

void PropertyEditors::chooseSeriesFile(const QString &key)
{
    auto *parentWidget = qobject_cast<QWidget *>(editorFor(key));
    const QString fileName =
        QFileDialog::getOpenFileName(parentWidget, tr("Import Traffic Series"), QString(),
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!importSeriesFile(key, fileName, &error))
        QMessageBox::warning(parentWidget, tr("Cannot Import Series"), error);
}

} // namespace archscope
