#include "welcomeview.h"

#include "diagramview.h"
#include "model/document.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>

namespace archscope {

namespace {
constexpr int margin = 12;  // between the card and the viewport's edges
} // namespace

WelcomeView::WelcomeView(DiagramView *view, Document *doc, const QList<Example> &examples)
    : QFrame(view->viewport())
    , m_view(view)
    , m_doc(doc)
    , m_heading(new QLabel(tr("Start a diagram"), this))
    , m_hint(new QLabel(tr("Drag a service from the Services list onto the canvas, or:"), this))
    , m_examples(new QPushButton(tr("Open an example"), this))
    , m_addService(new QPushButton(tr("Add a service…"), this))
    , m_advisor(new QPushButton(tr("Start from the Compute Advisor"), this))
    , m_baseFont(font().pointSizeF())
{
    setObjectName(QStringLiteral("welcomeView"));
    setAccessibleName(tr("Start a diagram"));
    // A card in the window's own colours, so it reads on the light, dark and workshop canvases.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_heading->setObjectName(QStringLiteral("welcomeHeading"));
    m_heading->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setWordWrap(true);

    auto *menu = new QMenu(m_examples);
    for (const Example &e : examples) {
        const QString path = e.path;
        menu->addAction(e.title, this, [this, path] { emit exampleChosen(path); });
    }
    m_examples->setObjectName(QStringLiteral("welcomeExamples"));
    m_examples->setMenu(menu);
    m_examples->setToolTip(tr("A small diagram to explore, opened as an untitled copy"));
    m_addService->setObjectName(QStringLiteral("welcomeAddService"));
    m_addService->setToolTip(tr("Search the Services list; Enter adds the service to the canvas"));
    m_advisor->setObjectName(QStringLiteral("welcomeAdvisor"));
    m_advisor->setToolTip(tr("Answer a few questions about the workload; the advisor ranks the compute "
                             "services and puts its choice on the canvas"));
    connect(m_addService, &QPushButton::clicked, this, &WelcomeView::addServiceRequested);
    connect(m_advisor, &QPushButton::clicked, this, &WelcomeView::advisorRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 14);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addSpacing(4);
    for (QPushButton *b : {m_examples, m_addService, m_advisor})
        layout->addWidget(b);
    setLarge(false);

    view->viewport()->installEventFilter(this);
    connect(doc, &Document::nodeAdded, this, &WelcomeView::sync);
    connect(doc, &Document::nodeRemoved, this, &WelcomeView::sync);
    connect(doc, &Document::documentReset, this, &WelcomeView::sync);
    sync();
}

void WelcomeView::setLarge(bool large)
{
    QFont f = font();
    f.setPointSizeF(m_baseFont * (large ? 1.6 : 1));
    setFont(f);
    QFont heading = f;
    heading.setBold(true);
    heading.setPointSizeF(f.pointSizeF() * 1.3);
    m_heading->setFont(heading);
    place();
}

bool WelcomeView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void WelcomeView::moveEvent(QMoveEvent *event)
{
    QFrame::moveEvent(event);
    // Scrolling the canvas moves the viewport's children with it: the card goes back to the
    // centre. (A child of the viewport, not of the view, so a service dropped on it lands on
    // the canvas.)
    if (!m_placing)
        place();
}

void WelcomeView::sync()
{
    const bool empty = m_doc->data().nodes.isEmpty();
    // Keyboard focus on the card goes back to the canvas, where the new service is.
    if (!empty && isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus();
    setVisible(empty);
    place();
}

void WelcomeView::place()
{
    const QScopedValueRollback<bool> placing(m_placing, true);
    // As wide as its text wants, narrower than the viewport; centred on it.
    const QRect room = m_view->viewport()->rect().adjusted(margin, margin, -margin, -margin);
    const int width = std::max(0, std::min(sizeHint().width(), room.width()));
    const auto heightFor = [this](int w) { return layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height(); };
    // A short canvas (a laptop with the charts open) keeps the choices and drops the hint.
    m_hint->setVisible(true);
    layout()->invalidate();
    if (heightFor(width) > room.height()) {
        m_hint->setVisible(false);
        layout()->invalidate();
    }
    QRect card(0, 0, width, std::min(heightFor(width), std::max(room.height(), 0)));
    card.moveCenter(room.center());
    setGeometry(card);
}

} // namespace archscope
