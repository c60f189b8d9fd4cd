#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QFontMetricsF;
class QPagedPaintDevice;
class QPainter;

namespace archscope {

// One piece of a typeset page, as tests and readers of the page breaks see it.
struct ReportPiece
{
    enum class Kind { Title, Heading, Line, Bullet, TableHeader, TableRow, Figure, Cards, Footer };
    Kind kind = Kind::Line;
    QString text;  // what it says (a table row's cells joined by " | ")
    QRectF rect;   // on its page, in points from the page's top left
};
using ReportPages = QList<QList<ReportPiece>>;

// Typesets the review report onto pages, as a design review expects to read it:
// - text wraps only at spaces, so a word, a number or an amount is never split;
// - a table's columns are at least as wide as their widest word (headers included, so they
//   never run into each other), the rest shared by need; a table too wide for the page is
//   set in a smaller type before anything would break; its header repeats on each page;
// - a heading keeps with what follows it (never the last line of a page), a paragraph keeps
//   two lines together at either end, figures and cards are never split;
// - figures are painted by their own painters, as vector graphics.
// Sizes are typographic points; it paints on a device of `unitsPerPoint` units per point.
class ReportLayout
{
public:
    struct Cell
    {
        QString text;
        QColor color;  // invalid: the text colour
        bool bold = false;
    };
    struct CardRow
    {
        QString label;
        QString value;
        bool muted = false;  // a default: set in grey
    };
    struct Card
    {
        QString title;
        QString subtitle;
        QColor accent;
        QList<CardRow> rows;
    };
    // Paints a figure into `rect` (device units).
    using FigurePainter = std::function<void(QPainter *painter, const QRectF &rect)>;

    static constexpr double unitsPerPoint = 10;  // the device: 720 dpi

    ReportLayout(const QSizeF &pagePoints, const QMarginsF &marginPoints);
    ~ReportLayout();

    void title(const QString &title, const QStringList &facts);
    void heading(const QString &text, int level);  // 2 or 3
    void paragraph(const QString &text, const QColor &color = QColor());
    void note(const QString &text);
    void bullets(const QStringList &items);
    void table(const QStringList &headers, const QList<QList<Cell>> &rows, const QList<int> &numericColumns = {});
    // `natural` in points: drawn at that size, or smaller to fit the text width and the page.
    void figure(const QSizeF &natural, const FigurePainter &paint, const QString &caption);
    // Two cards a row; `legend` above the first row, on its page.
    void cards(const QList<Card> &cards, const QString &legend = {});
    void footer(const QString &text);

    // The width text is set in, in points.
    double textWidth() const;
    // Where the pieces fall, page by page (computed once, on first use).
    const ReportPages &pages();
    // Paints every page on `device` (its resolution 72 × unitsPerPoint dpi, no margins), with
    // `runningTitle` and the page number at the foot of each.
    bool paint(QPagedPaintDevice *device, const QString &runningTitle);

    // `text` in lines no wider than `width`, broken only at spaces; a single word wider than
    // the width (nothing else fits it) is the only thing ever cut.
    static QStringList wrap(const QString &text, const QFontMetricsF &metrics, double width);

private:
    struct Slice;
    struct Placed
    {
        int slice;
        double top;
    };

    QFont font(double points, bool bold = false) const;
    double pt(double points) const { return points * unitsPerPoint; }
    void add(Slice slice);
    // A paragraph as one slice per line; `shaded` sets it off as a note.
    void textLines(const QString &text, const QFont &font, const QColor &color, double indent, double spaceBefore,
                   bool shaded);
    void paginate();

    QSizeF m_page;      // device units
    QMarginsF m_margins;
    std::vector<Slice> m_slices;
    std::vector<std::vector<Placed>> m_placed;
    ReportPages m_pages;
    bool m_paginated = false;
};

} // namespace archscope
