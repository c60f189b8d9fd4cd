#include "titleblock.h"

#include "diagrampainter.h"
#include "model/documentdata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

namespace archscope {

namespace {


QFont font(double points, double pointUnit, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, qRound(points * pointUnit)));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);  // no ligatures: the PDF's text searches as typed
    return f;
}

} // namespace

double TitleBlock::height(double pointUnit)
{
    return 58 * pointUnit;
}

TitleBlockInfo TitleBlock::infoFor(const DocumentData &data, const QString &author, const QDateTime &date)
{
    TitleBlockInfo info;
    info.title = data.title.trimmed().isEmpty() ? QCoreApplication::translate("TitleBlock", "Untitled diagram") : data.title;
    info.author = author;
    info.date = date.isValid() ? date : QDateTime::currentDateTime();
    info.subtitle = QCoreApplication::translate("TitleBlock", "%1 services, %2 wires · %3")
                        .arg(QString::number(data.nodes.size()), QString::number(data.edges.size()), data.settings.region);
    return info;
}

void TitleBlock::paint(QPainter *p, const QRectF &rect, const TitleBlockInfo &info, double u)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x16, 0x19, 0x1f), muted(0x5f, 0x67, 0x73), rule(0xb8, 0xbe, 0xc6), accent(0xED, 0x71, 0x00);
    p->setPen(QPen(rule, 0.75 * u));
    p->setBrush(Qt::NoBrush);
    p->drawRect(rect);
    // Accent bar, then title and subtitle on the left, date and author in a column on the right.
    p->fillRect(QRectF(rect.left(), rect.top(), 4 * u, rect.height()), accent);
    const double pad = 10 * u;
    const double rightWidth = std::min(rect.width() * 0.38, 190 * u);
    const QRectF left(rect.left() + 4 * u + pad, rect.top() + pad * 0.8, rect.width() - rightWidth - 3 * pad, rect.height() - 1.6 * pad);
    const QRectF right(rect.right() - rightWidth - pad, rect.top() + pad * 0.8, rightWidth, rect.height() - 1.6 * pad);
    p->drawLine(QPointF(right.left() - pad / 2, rect.top() + 6 * u), QPointF(right.left() - pad / 2, rect.bottom() - 6 * u));

    const QFont titleFont = font(14, u, true);
    p->setFont(titleFont);
    p->setPen(ink);
    const QString title = QFontMetricsF(titleFont).elidedText(QString(info.title).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                                              Qt::ElideRight, left.width());
    p->drawText(QRectF(left.left(), left.top(), left.width(), left.height() * 0.55), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QFont small = font(8.5, u);
    p->setFont(small);
    p->setPen(muted);
    const QString subtitle = QFontMetricsF(small).elidedText(info.subtitle, Qt::ElideRight, left.width());
    p->drawText(QRectF(left.left(), left.top() + left.height() * 0.55, left.width(), left.height() * 0.45),
                Qt::AlignLeft | Qt::AlignVCenter, subtitle);

    const QString date = QLocale().toString(info.date.date(), QLocale::LongFormat);
    const QString author = info.author.trimmed().isEmpty() ? QStringLiteral("—") : info.author;
    const QFont label = font(7, u, true), value = font(9, u);
    const double rowHeight = right.height() / 2;
    const QList<std::pair<QString, QString>> rows{{QCoreApplication::translate("TitleBlock", "DATE"), date}, {QCoreApplication::translate("TitleBlock", "AUTHOR"), QString(author).replace(QLatin1Char('\n'), QLatin1Char(' '))}};
    for (int i = 0; i < rows.size(); ++i) {
        const QRectF row(right.left(), right.top() + i * rowHeight, right.width(), rowHeight);
        p->setFont(label);
        p->setPen(muted);
        const double labelWidth = 48 * u;
        p->drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter, rows[i].first);
        p->setFont(value);
        p->setPen(ink);
        p->drawText(QRectF(row.left() + labelWidth, row.top(), row.width() - labelWidth, row.height()),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(value).elidedText(rows[i].second, Qt::ElideRight, row.width() - labelWidth));
    }
    p->restore();
}

bool TitleBlock::paintPage(QPainter *p, const QRectF &page, const DocumentData &data, const Catalog &catalog,
                           const TitleBlockInfo &info, double u, const std::function<bool(int, int)> &progress,
                           const DiagramStyle &style, const IconPainter &icons)
{
    const double blockHeight = height(u);
    const QRectF block(page.left(), page.bottom() - blockHeight, page.width(), blockHeight);
    const QRectF area(page.left(), page.top(), page.width(), page.height() - blockHeight - 12 * u);
    paint(p, block, info, u);

    DiagramPainter painter(style);
    painter.setIconPainter(icons);
    const QRectF bounds = painter.diagramBounds(data);
    if (data.nodes.isEmpty() || bounds.isEmpty())
        return !progress || progress(1, 1);
    // Diagram units are 96 dpi pixels: natural size is 0.75 pt per unit, shrunk to fit.
    const double natural = 0.75 * u;
    const double scale = std::min({natural * 1.5, area.width() / bounds.width(), area.height() / bounds.height()});
    const QSizeF drawn = bounds.size() * scale;
    p->save();
    p->translate(area.left() + (area.width() - drawn.width()) / 2, area.top() + (area.height() - drawn.height()) / 2);
    p->scale(scale, scale);
    p->translate(-bounds.topLeft());
    const bool done = painter.paintDiagram(p, data, catalog, progress);
    p->restore();
    return done;
}

} // namespace archscope
