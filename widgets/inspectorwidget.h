#pragma once

#include "model/wiringrules.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace archscope {

class Catalog;
class Document;
class PropertyEditors;
class SettingsForm;
struct Edge;
struct Node;

// The inspector dock: edits the selected service, wire or (with nothing selected) the
// document through commands, and explains the selection in its "Learn" pane.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    enum class View { NoDocument, Document, Node, Wire, Several };

    explicit InspectorWidget(const Catalog &catalog, QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void setDocument(Document *doc);
    Document *document() const;
    void setSelection(const QStringList &nodeIds, const QStringList &edgeIds);

    View view() const { return m_view; }

    // The editor for `key`: a property path joined with '.' ("memoryMb", "traffic.rate"),
    // "label" (node), "edgeKind" (wire), or a setting ("title", "horizonS", "stepS", "seed",
    // "freeTier", "accountConcurrency", "scaling") with nothing selected. Null if not shown.
    QWidget *editorFor(const QString &key) const;
    QToolButton *resetButtonFor(const QString &key) const;
    // The selection's title: kind name, "from → to", or "2 services and 1 wire selected".
    QString headline() const;
    QTextBrowser *learnBrowser() const { return m_learn; }

private:
    void rebuild();
    void buildDocumentView(QVBoxLayout *layout);
    void buildNodeView(QVBoxLayout *layout, const Node &node);
    void buildWireView(QVBoxLayout *layout, const Edge &edge);
    void buildSeveralView(QVBoxLayout *layout);
    QFormLayout *newForm(QVBoxLayout *layout);
    QLabel *newHeadline(const QString &text);

    // Brings the shown view up to date after a model change: in place, or rebuilt when what
    // it shows has changed shape (a wire's model) or the selection lost an item.
    void refreshNode();
    void refreshWire();
    WireCheck checkWire(const Edge &edge) const;
    QString wireTitle(const Edge &edge) const;
    // Drops ids the document no longer has; true if the selection changed.
    bool pruneSelection();
    void setLearnHtml(const QString &html);

    void onNodeChanged(const QString &id);
    void onEdgeChanged(const QString &id);
    void onItemRemoved();
    void onWiringChanged();
    void onSettingsChanged();

    const Catalog &m_catalog;
    QPointer<Document> m_doc;
    QStringList m_nodeIds;
    QStringList m_edgeIds;
    View m_view = View::NoDocument;
    bool m_rebuilding = false;
    bool m_trafficHidden = false;  // the node shown is a write-only store

    QSplitter *m_splitter;
    QScrollArea *m_scroll;
    QTextBrowser *m_learn;

    // Parts of the shown view (owned by the scroll area's widget; null when not shown).
    QLabel *m_headline = nullptr;
    QLineEdit *m_labelEdit = nullptr;
    QLabel *m_explanation = nullptr;
    QComboBox *m_edgeKind = nullptr;
    PropertyEditors *m_editors = nullptr;
    SettingsForm *m_settings = nullptr;
    WireCheck m_check; // the verdict the wire view was built for
    QString m_learnHtml; // what the Learn pane shows, to skip identical refreshes
};

} // namespace archscope
