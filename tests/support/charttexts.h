#pragma once

// What a chart shows as text: QtCharts writes a label it has no room for as "...".

#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QStringList>

// Every visible text of the chart view's scene (title, axis labels and titles, legend) that
// QtCharts cut to "..." for want of room.
inline QStringList cutTexts(QChartView *view)
{
    QStringList cut;
    for (QGraphicsItem *item : view->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible()) {
            const QString plain = text->toPlainText();
            if (plain.contains(QLatin1String("...")) || plain.contains(QChar(0x2026)))
                cut.append(plain);
        }
    return cut;
}
