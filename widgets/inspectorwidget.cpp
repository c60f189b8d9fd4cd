#include "inspectorwidget.h"

#include "catalog/catalog.h"
#include "commands/editing.h"
#include "commands/simplecommands.h"
#include "text/learntext.h"
#include "model/document.h"
#include "model/trafficsources.h"
#include "propertyeditors.h"
#include "settingsform.h"
#include "wheelguard.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace archscope {

namespace {

QString edgeKindLabel(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Trigger: return InspectorWidget::tr("Trigger");
    case EdgeKind::Write: return InspectorWidget::tr("Write (put data)");
    case EdgeKind::Failure: return InspectorWidget::tr("On failure (dead-letter)");
    }
    return {};
}

bool sameCheck(const WireCheck &a, const WireCheck &b)
{
    return a.allowed == b.allowed && a.kind == b.kind && a.model == b.model && a.kinds == b.kinds;
}

// Singular and plural are separate source strings so English reads right untranslated; each
// keeps %n so a translation still gets every plural form of its language.
QString services(int n)
{
    return n == 1 ? InspectorWidget::tr("%n service", nullptr, n)
                  : InspectorWidget::tr("%n services", nullptr, n);
}

QString wires(int n)
{
    return n == 1 ? InspectorWidget::tr("%n wire", nullptr, n)
                  : InspectorWidget::tr("%n wires", nullptr, n);
}

// A store that is only written to takes no traffic of its own; a rate already set stays
// editable, so it can be seen and reset.
bool hidesTraffic(const DocumentData &data, const Catalog &catalog, const Node &node)
{
    return isWriteOnlyStore(data, catalog, node.id) && !node.props.contains(QStringLiteral("traffic"));
}

void setMuted(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

} // namespace

InspectorWidget::InspectorWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_scroll(new QScrollArea(m_splitter))
    , m_learn(new QTextBrowser(m_splitter))
{
    m_scroll->setObjectName(QStringLiteral("inspectorScroll"));
    m_scroll->setAccessibleName(tr("Properties"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_learn->setObjectName(QStringLiteral("inspectorLearn"));
    m_learn->setAccessibleName(tr("Learn"));
    m_learn->setAccessibleDescription(tr("Explains the selected service or wire."));
    m_learn->setOpenExternalLinks(true);
    m_learn->document()->setDocumentMargin(8);
    m_learn->document()->setIndentWidth(16); // the default 40 px wastes a narrow dock

    m_splitter->setObjectName(QStringLiteral("inspectorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    rebuild();
}

InspectorWidget::~InspectorWidget()
{
    // Tear the form down while this object is still whole: an editor that loses focus as its
    // window closes still signals its edit to us.
    m_rebuilding = true;
    delete m_scroll->takeWidget();
}

void InspectorWidget::setDocument(Document *doc)
{
    if (m_doc == doc)
        return;
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    m_nodeIds.clear();
    m_edgeIds.clear();
    if (doc) {
        connect(doc, &Document::nodeChanged, this, &InspectorWidget::onNodeChanged);
        connect(doc, &Document::edgeChanged, this, &InspectorWidget::onEdgeChanged);
        connect(doc, &Document::nodeRemoved, this, &InspectorWidget::onItemRemoved);
        connect(doc, &Document::edgeRemoved, this, &InspectorWidget::onItemRemoved);
        // A wire can make a store write-only, or a source again.
        connect(doc, &Document::edgeAdded, this, &InspectorWidget::onWiringChanged);
        connect(doc, &Document::edgeRemoved, this, &InspectorWidget::onWiringChanged);
        connect(doc, &Document::edgeChanged, this, &InspectorWidget::onWiringChanged);
        connect(doc, &Document::settingsChanged, this, &InspectorWidget::onSettingsChanged);
        connect(doc, &Document::titleChanged, this, &InspectorWidget::onSettingsChanged);
        connect(doc, &Document::documentReset, this, [this] {
            pruneSelection();
            rebuild(); // same ids may now name different content: rebuild either way
        });
        // By the time destroyed() is emitted m_doc already reads null: just drop the view.
        connect(doc, &QObject::destroyed, this, [this] {
            m_nodeIds.clear();
            m_edgeIds.clear();
            rebuild();
        });
    }
    rebuild();
}

Document *InspectorWidget::document() const
{
    return m_doc;
}

void InspectorWidget::setSelection(const QStringList &nodeIds, const QStringList &edgeIds)
{
    if (nodeIds == m_nodeIds && edgeIds == m_edgeIds)
        return; // the canvas re-announces the same selection often; keep the user's place
    m_nodeIds = nodeIds;
    m_edgeIds = edgeIds;
    pruneSelection();
    rebuild();
}

bool InspectorWidget::pruneSelection()
{
    if (!m_doc) {
        const bool had = !m_nodeIds.isEmpty() || !m_edgeIds.isEmpty();
        m_nodeIds.clear();
        m_edgeIds.clear();
        return had;
    }
    const qsizetype before = m_nodeIds.size() + m_edgeIds.size();
    m_nodeIds.removeIf([this](const QString &id) { return !m_doc->node(id); });
    m_edgeIds.removeIf([this](const QString &id) { return !m_doc->edge(id); });
    return m_nodeIds.size() + m_edgeIds.size() != before;
}

QFormLayout *InspectorWidget::newForm(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    // Labels beside editors while they fit, above them in a narrow dock.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addLayout(form);
    return form;
}

QLabel *InspectorWidget::newHeadline(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(QStringLiteral("inspectorHeadline"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

void InspectorWidget::rebuild()
{
    // Let a half-typed label or value commit first, while the old view is still consistent.
    QString focusName;
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_scroll->widget() && m_scroll->widget()->isAncestorOf(focus)) {
        focusName = focus->objectName();
        focus->clearFocus();
    }

    m_rebuilding = true;
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater(); // may be inside one of its own editors' signals right now
    }
    m_headline = nullptr;
    m_labelEdit = nullptr;
    m_explanation = nullptr;
    m_edgeKind = nullptr;
    m_editors = nullptr;
    m_settings = nullptr;
    m_check = WireCheck();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("inspectorContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    const Node *node = m_doc && m_nodeIds.size() == 1 && m_edgeIds.isEmpty()
                           ? m_doc->node(m_nodeIds.first())
                           : nullptr;
    const Edge *edge = m_doc && m_edgeIds.size() == 1 && m_nodeIds.isEmpty()
                           ? m_doc->edge(m_edgeIds.first())
                           : nullptr;
    if (!m_doc) {
        m_view = View::NoDocument;
        auto *none = new QLabel(tr("No diagram is open."));
        none->setObjectName(QStringLiteral("inspectorNoDocument"));
        none->setAlignment(Qt::AlignCenter);
        setMuted(none);
        layout->addWidget(none);
        setLearnHtml(QString());
    } else if (node) {
        m_view = View::Node;
        buildNodeView(layout, *node);
    } else if (edge) {
        m_view = View::Wire;
        buildWireView(layout, *edge);
    } else if (!m_nodeIds.isEmpty() || !m_edgeIds.isEmpty()) {
        m_view = View::Several;
        buildSeveralView(layout);
    } else {
        m_view = View::Document;
        buildDocumentView(layout);
    }
    layout->addStretch(1);
    m_scroll->setWidget(content);
    m_rebuilding = false;

    if (!focusName.isEmpty())
        if (auto *again = content->findChild<QWidget *>(focusName))
            again->setFocus(Qt::OtherFocusReason);
}

void InspectorWidget::buildDocumentView(QVBoxLayout *layout)
{
    layout->addWidget(m_headline = newHeadline(tr("Diagram")));
    m_settings = new SettingsForm(m_doc);
    layout->addWidget(m_settings);
    setLearnHtml(LearnText::forDocument());
}

void InspectorWidget::buildNodeView(QVBoxLayout *layout, const Node &node)
{
    const KindSpec *kind = m_catalog.kind(node.kind);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("inspectorIcon"));
    icon->setFixedSize(32, 32);
    if (kind)
        icon->setPixmap(QIcon(kind->iconPath()).pixmap(QSize(32, 32), devicePixelRatioF()));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_headline = newHeadline(kind ? kind->name : node.kind);
    titles->addWidget(m_headline);
    if (kind) {
        const CategorySpec *category = m_catalog.category(kind->category);
        auto *sub = new QLabel(category ? category->name : kind->category);
        sub->setObjectName(QStringLiteral("inspectorCategory"));
        sub->setTextFormat(Qt::PlainText);
        setMuted(sub);
        titles->addWidget(sub);
    }
    header->addLayout(titles, 1);
    layout->addLayout(header);

    QFormLayout *form = newForm(layout);
    m_labelEdit = new QLineEdit(node.label);
    m_labelEdit->setObjectName(QStringLiteral("inspectorLabel"));
    m_labelEdit->setAccessibleName(tr("Label"));
    m_labelEdit->setToolTip(tr("The name shown on the canvas and in exports."));
    const QString id = node.id;
    // The lambda holds its own editor: after a rebuild m_labelEdit is another one.
    QLineEdit *labelEdit = m_labelEdit;
    connect(labelEdit, &QLineEdit::editingFinished, this, [this, id, labelEdit] {
        labelEdit->setModified(false);
        if (m_doc)
            editing::renameNode(m_doc, id, labelEdit->text());
    });
    form->addRow(tr("&Label"), PropertyEditors::alignedRow(m_labelEdit));

    auto *idLabel = new QLabel(node.id);
    idLabel->setObjectName(QStringLiteral("inspectorId"));
    idLabel->setAccessibleName(tr("Id"));
    idLabel->setToolTip(tr("The stable id used in the file and by exports; it never changes."));
    idLabel->setTextFormat(Qt::PlainText);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    form->addRow(tr("Id"), idLabel);

    if (!kind) {
        auto *unknown = new QLabel(tr("This service kind is unknown to this version of "
                                      "Archscope; its settings are kept as they are."));
        unknown->setWordWrap(true);
        layout->addWidget(unknown);
        setLearnHtml(QString());
        return;
    }
    QList<PropertySpec> properties = kind->properties;
    m_trafficHidden = hidesTraffic(m_doc->data(), m_catalog, node);
    if (m_trafficHidden) {
        properties.removeIf([](const PropertySpec &p) { return p.key == QLatin1String("traffic"); });
        auto *none = new QLabel(tr("None of its own: services write to it, and it triggers nothing. "
                                   "Wire it as a trigger to give it traffic."));
        none->setObjectName(QStringLiteral("inspectorNoTraffic"));
        none->setWordWrap(true);
        setMuted(none);
        form->addRow(tr("Traffic"), none);
    }
    m_editors = new PropertyEditors(m_catalog, m_doc, PropertyEditors::Target::Node, node.id,
                                    properties, form, form->parentWidget());
    setLearnHtml(LearnText::forKind(m_catalog, *kind));
}

WireCheck InspectorWidget::checkWire(const Edge &edge) const
{
    const Node *from = m_doc->node(edge.from);
    const Node *to = m_doc->node(edge.to);
    if (!from || !to)
        return WireCheck();
    return WiringRules(m_catalog).check(*from, *to, edge.kind);
}

QString InspectorWidget::wireTitle(const Edge &edge) const
{
    const Node *from = m_doc->node(edge.from);
    const Node *to = m_doc->node(edge.to);
    return tr("%1 → %2").arg(from ? from->label : edge.from, to ? to->label : edge.to);
}

void InspectorWidget::buildWireView(QVBoxLayout *layout, const Edge &edge)
{
    m_check = checkWire(edge);
    layout->addWidget(m_headline = newHeadline(wireTitle(edge)));

    QFormLayout *form = newForm(layout);
    if (m_check.allowed) {
        // The model's full explanation is in the Learn pane just below, and in the tooltip.
        auto *model = new QLabel(invocationModelLabel(m_check.model));
        model->setObjectName(QStringLiteral("inspectorInvocation"));
        model->setAccessibleName(tr("Invocation model"));
        model->setAccessibleDescription(invocationModelHelp(m_check.model));
        model->setToolTip(
            QStringLiteral("<p>%1</p>").arg(invocationModelHelp(m_check.model).toHtmlEscaped()));
        QFont bold = model->font();
        bold.setBold(true);
        model->setFont(bold);
        form->addRow(tr("Invocation"), model);
    }

    m_explanation = new QLabel(m_check.explanation);
    m_explanation->setObjectName(QStringLiteral("inspectorExplanation"));
    m_explanation->setAccessibleName(m_check.allowed ? tr("What the wire does")
                                                     : tr("Why the wire is refused"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!m_check.allowed) {
        QPalette palette = m_explanation->palette();
        palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
        m_explanation->setPalette(palette);
    }
    form->addRow(m_explanation);

    if (m_check.allowed && m_check.kinds.size() > 1) {
        m_edgeKind = new QComboBox;
        m_edgeKind->setObjectName(QStringLiteral("inspectorEdgeKind"));
        m_edgeKind->setAccessibleName(tr("Wire kind"));
        m_edgeKind->setToolTip(
            tr("This pair allows more than one kind of wire: a write puts "
               "data, an on-failure route receives failed asynchronous events."));
        for (EdgeKind kind : std::as_const(m_check.kinds))
            m_edgeKind->addItem(edgeKindLabel(kind), edgeKindId(kind));
        m_edgeKind->setCurrentIndex(m_check.kinds.indexOf(edge.kind));
        WheelGuard::install(m_edgeKind);
        const QString id = edge.id;
        QComboBox *combo = m_edgeKind;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, id, combo](int index) {
            EdgeKind kind;
            if (!m_doc || !edgeKindFromId(combo->itemData(index).toString(), &kind))
                return;
            const Edge *e = m_doc->edge(id);
            if (e && e->kind != kind)
                m_doc->undoStack()->push(new ChangeEdgeKindCommand(m_doc, id, kind));
        });
        form->addRow(tr("&Kind"), PropertyEditors::alignedRow(m_edgeKind));
    }

    const Node *from = m_doc->node(edge.from);
    if (m_check.allowed && from) {
        const QList<PropertySpec> specs = m_catalog.wireProperties(m_check.model, from->kind);
        m_editors = new PropertyEditors(m_catalog, m_doc, PropertyEditors::Target::Edge, edge.id,
                                        specs, form, form->parentWidget());
    }
    const Node *to = m_doc->node(edge.to);
    setLearnHtml(
        LearnText::forWire(m_check, from ? from->label : edge.from, to ? to->label : edge.to));
}

void InspectorWidget::buildSeveralView(QVBoxLayout *layout)
{
    const int n = int(m_nodeIds.size());
    const int m = int(m_edgeIds.size());
    QString text;
    if (n > 0 && m > 0)
        text = tr("%1 and %2 selected", "services and wires").arg(services(n), wires(m));
    else
        text = tr("%1 selected").arg(n > 0 ? services(n) : wires(m));
    layout->addWidget(m_headline = newHeadline(text));
    setLearnHtml(LearnText::forSeveral());
}

void InspectorWidget::setLearnHtml(const QString &html)
{
    // Re-setting identical text would scroll the reader back to the top.
    if (m_learnHtml == html && !m_learn->document()->isEmpty())
        return;
    m_learnHtml = html;
    m_learn->setHtml(html);
}

void InspectorWidget::refreshNode()
{
    const Node *node = m_doc ? m_doc->node(m_nodeIds.value(0)) : nullptr;
    if (!node)
        return;
    if (m_labelEdit && !(m_labelEdit->hasFocus() && m_labelEdit->isModified()) &&
        m_labelEdit->text() != node->label) {
        const QSignalBlocker blocker(m_labelEdit);
        m_labelEdit->setText(node->label);
    }
    if (m_editors)
        m_editors->sync();
}

void InspectorWidget::refreshWire()
{
    const Edge *edge = m_doc ? m_doc->edge(m_edgeIds.value(0)) : nullptr;
    if (!edge)
        return;
    const WireCheck check = checkWire(*edge);
    if (!sameCheck(check, m_check)) {
        rebuild(); // another model means other properties: the form changes shape
        return;
    }
    m_check = check;
    if (m_headline)
        m_headline->setText(wireTitle(*edge));
    if (m_explanation)
        m_explanation->setText(check.explanation);
    if (m_edgeKind) {
        const QSignalBlocker blocker(m_edgeKind);
        m_edgeKind->setCurrentIndex(check.kinds.indexOf(edge->kind));
    }
    if (m_editors)
        m_editors->sync();
    const Node *from = m_doc->node(edge->from);
    const Node *to = m_doc->node(edge->to);
    setLearnHtml(
        LearnText::forWire(check, from ? from->label : edge->from, to ? to->label : edge->to));
}

void InspectorWidget::onNodeChanged(const QString &id)
{
    if (m_rebuilding)
        return;
    if (m_view == View::Node && m_nodeIds.value(0) == id) {
        const Node *node = m_doc->node(id);
        if (node && m_trafficHidden != hidesTraffic(m_doc->data(), m_catalog, *node))
            rebuild();
        else
            refreshNode();
    } else if (m_view == View::Wire) {
        const Edge *edge = m_doc->edge(m_edgeIds.value(0));
        if (edge && (edge->from == id || edge->to == id))
            refreshWire(); // a renamed end, or a table whose stream was switched off
    }
}

void InspectorWidget::onEdgeChanged(const QString &id)
{
    if (!m_rebuilding && m_view == View::Wire && m_edgeIds.value(0) == id)
        refreshWire();
}

void InspectorWidget::onWiringChanged()
{
    if (m_rebuilding || m_view != View::Node || !m_doc || m_nodeIds.size() != 1)
        return;
    const Node *node = m_doc->node(m_nodeIds.first());
    if (node && m_trafficHidden != hidesTraffic(m_doc->data(), m_catalog, *node))
        rebuild();
}

void InspectorWidget::onItemRemoved()
{
    if (!m_rebuilding && pruneSelection())
        rebuild();
}

void InspectorWidget::onSettingsChanged()
{
    if (!m_rebuilding && m_settings)
        m_settings->sync();
}

QWidget *InspectorWidget::editorFor(const QString &key) const
{
    if (m_view == View::Node && key == QLatin1String("label"))
        return m_labelEdit;
    if (m_view == View::Wire && key == QLatin1String("edgeKind"))
        return m_edgeKind;
    if (m_settings)
        return m_settings->editorFor(key);
    return m_editors ? m_editors->editorFor(key) : nullptr;
}

QToolButton *InspectorWidget::resetButtonFor(const QString &key) const
{
    return m_editors ? m_editors->resetButtonFor(key) : nullptr;
}

QString InspectorWidget::headline() const
{
    return m_headline ? m_headline->text() : QString();
}

} // namespace archscope
