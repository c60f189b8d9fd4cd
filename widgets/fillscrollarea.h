#pragma once

#include <QScrollArea>

namespace archscope {

// A scroll area whose widget fills the viewport and scrolls only when the viewport is smaller
// than the widget's minimum size. QScrollArea's resizable mode would make a widget that holds
// wrapped text as tall as its preferred height, so charts that could fit would scroll.
class FillScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FillScrollArea(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
};

} // namespace archscope
