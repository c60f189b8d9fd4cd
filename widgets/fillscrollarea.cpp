#include "fillscrollarea.h"

#include <QEvent>
#include <QLayout>
#include <QStyle>

namespace archscope {

FillScrollArea::FillScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(false);
    setFrameShape(QFrame::NoFrame);
}

void FillScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool FillScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // The widget's minimum changes with its contents (a new total, another language).
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit();
    return QScrollArea::eventFilter(watched, event);
}

void FillScrollArea::fit()
{
    QWidget *w = widget();
    if (!w)
        return;
    w->removeEventFilter(this);
    w->installEventFilter(this);
    QSize room = maximumViewportSize();
    QSize minimum = w->minimumSizeHint().expandedTo(w->minimumSize());
    // Wrapped text needs more height when narrow than the plain minimum says.
    const auto minimumFor = [&](int width) {
        QLayout *l = w->layout();
        const int h = l && l->hasHeightForWidth() ? l->totalMinimumHeightForWidth(std::max(width, minimum.width())) : 0;
        return QSize(minimum.width(), std::max(minimum.height(), h));
    };
    // Each scroll bar takes room from the other direction, so decide them together.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    minimum = minimumFor(room.width());
    bool wide = minimum.width() > room.width();
    const bool tall = minimum.height() > room.height() - (wide ? bar : 0);
    if (tall)
        minimum = minimumFor(room.width() - bar);
    wide = wide || (tall && minimum.width() > room.width() - bar);
    room -= QSize(tall ? bar : 0, wide ? bar : 0);
    w->resize(room.expandedTo(minimum));
}

} // namespace archscope
