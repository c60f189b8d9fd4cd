#include "reportlayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace archscope {

namespace {

const QColor ink(0x16, 0x19, 0x1f);
const QColor muted(0x5f, 0x67, 0x73);
const QColor rule(0xdd, 0xe1, 0xe6);
const QColor soft(0xf5, 0xf6, 0xf8);
const QColor figureBackground(0xfb, 0xfb, 0xfc);
const QColor accent(0xed, 0x71, 0x00);

// Body, table and small type, in points.
constexpr double bodySize = 9.5;
constexpr double tableSize = 8.5;
constexpr double smallSize = 8;

double lineHeight(const QFontMetricsF &fm)
{
    return fm.height() * 1.25;
}

// The units text may break between: runs of non-space characters, with a per cent or per
// mille sign kept on the number before it ("12 %").
QStringList words(const QString &paragraph)
{
    QStringList out;
    for (const QString &w : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.isEmpty() && (w == QLatin1String("%") || w == QStringLiteral("‰")))
            out.last() += QLatin1Char(' ') + w;
        else
            out.append(w);
    }
    return out;
}

// Draws one line of text with its top at `y`.
void drawLine(QPainter *p, const QFontMetricsF &fm, double x, double y, double width, const QString &text,
              bool alignRight = false)
{
    const double baseline = y + (lineHeight(fm) - fm.height()) / 2 + fm.ascent();
    const double left = alignRight ? x + width - fm.horizontalAdvance(text) : x;
    p->drawText(QPointF(left, baseline), text);
}

// Draws `lines` one under another from `y` in `font` and `color`; returns the y below them.
double drawLines(QPainter *p, const QFont &font, const QColor &color, double x, double y, double width,
                 const QStringList &lines, bool alignRight = false)
{
    const QFontMetricsF fm(font);
    p->setFont(font);
    p->setPen(color);
    for (const QString &line : lines) {
        drawLine(p, fm, x, y, width, line, alignRight);
        y += lineHeight(fm);
    }
    return y;
}

} // namespace

struct ReportLayout::Slice
{
    ReportPiece::Kind kind = ReportPiece::Kind::Line;
    QString text;
    double height = 0;
    double spaceBefore = 0;   // dropped at the top of a page
    bool keepWithNext = false;
    int tableHeader = -1;     // a table row: its header's slice, repeated on a page it continues on
    std::function<void(QPainter *, double top)> paint;
};

ReportLayout::ReportLayout(const QSizeF &pagePoints, const QMarginsF &marginPoints)
    : m_page(pagePoints * unitsPerPoint)
    , m_margins(marginPoints * unitsPerPoint)
{
}

ReportLayout::~ReportLayout() = default;

QFont ReportLayout::font(double points, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, qRound(pt(points))));
    f.setBold(bold);
    // Unhinted, so measured widths are the widths drawn at any size.
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: the PDF's text reads back and searches letter by letter.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double ReportLayout::textWidth() const
{
    return (m_page.width() - m_margins.left() - m_margins.right()) / unitsPerPoint;
}

void ReportLayout::add(Slice slice)
{
    m_slices.push_back(std::move(slice));
    m_paginated = false;
}

QStringList ReportLayout::wrap(const QString &text, const QFontMetricsF &fm, double width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (QString word : words(paragraph)) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            // Only a word wider than the whole width is cut: nothing else could hold it.
            while (word.size() > 1 && fm.horizontalAdvance(word) > width) {
                qsizetype n = word.size() - 1;
                while (n > 1 && fm.horizontalAdvance(word.left(n)) > width)
                    --n;
                lines.append(word.left(n));
                word = word.mid(n);
            }
            line = word;
        }
        lines.append(line);
    }
    return lines;
}

void ReportLayout::title(const QString &text, const QStringList &facts)
{
    const QFont big = font(20, true), small = font(bodySize);
    const QFontMetricsF bigMetrics(big), smallMetrics(small);
    const double bar = pt(4), gap = pt(12);
    const double width = pt(textWidth()) - bar - gap;
    const QStringList titleLines = wrap(text, bigMetrics, width);
    const QStringList factLines = wrap(facts.join(QStringLiteral(" · ")), smallMetrics, width);
    Slice s;
    s.kind = ReportPiece::Kind::Title;
    s.text = text;
    s.height = titleLines.size() * lineHeight(bigMetrics) + pt(3) + factLines.size() * lineHeight(smallMetrics) + pt(4);
    const double left = m_margins.left();
    const double height = s.height - pt(4);
    s.paint = [=, this](QPainter *p, double top) {
        p->fillRect(QRectF(left, top, bar, height), accent);
        const double y = drawLines(p, big, ink, left + bar + gap, top, width, titleLines);
        drawLines(p, small, muted, left + bar + gap, y + pt(3), width, factLines);
    };
    add(std::move(s));
}

void ReportLayout::heading(const QString &text, int level)
{
    const bool major = level <= 2;
    const QFont f = font(major ? 14 : 11, true);
    const QFontMetricsF fm(f);
    const double width = pt(textWidth());
    const QStringList lines = wrap(text, fm, width);
    Slice s;
    s.kind = ReportPiece::Kind::Heading;
    s.text = text;
    s.spaceBefore = pt(major ? 20 : 12);
    s.keepWithNext = true;
    const double textHeight = lines.size() * lineHeight(fm);
    s.height = textHeight + (major ? pt(6) : pt(1));
    const double left = m_margins.left();
    s.paint = [=, this](QPainter *p, double top) {
        drawLines(p, f, ink, left, top, width, lines);
        if (major)
            p->fillRect(QRectF(left, top + textHeight + pt(2), width, pt(0.8)), rule);
    };
    add(std::move(s));
}

void ReportLayout::textLines(const QString &text, const QFont &f, const QColor &color, double indent,
                             double spaceBefore, bool shaded)
{
    const QFontMetricsF fm(f);
    const double pad = shaded ? pt(6) : 0, bar = shaded ? pt(3) : 0;
    const double left = m_margins.left() + indent;
    const double boxWidth = pt(textWidth()) - indent;
    const double width = boxWidth - 2 * pad - bar;
    const QStringList lines = wrap(text, fm, width);
    const qsizetype n = lines.size();
    for (qsizetype i = 0; i < n; ++i) {
        Slice s;
        s.kind = ReportPiece::Kind::Line;
        s.text = lines[i];
        const double padTop = i == 0 ? pad : 0, padBottom = i == n - 1 ? pad : 0;
        s.height = padTop + lineHeight(fm) + padBottom;
        s.spaceBefore = i == 0 ? spaceBefore : 0;
        // Two lines together at either end of a paragraph: no orphans, no widows.
        s.keepWithNext = (i == 0 && n > 1) || (i == n - 2 && n > 2);
        const QString line = lines[i];
        const double height = s.height;
        s.paint = [=, this](QPainter *p, double top) {
            if (shaded) {
                p->fillRect(QRectF(left, top, boxWidth, height), soft);
                p->fillRect(QRectF(left, top, bar, height), rule);
            }
            p->setFont(f);
            p->setPen(color.isValid() ? color : ink);
            drawLine(p, fm, left + bar + pad, top + padTop, width, line);
        };
        add(std::move(s));
    }
}

void ReportLayout::paragraph(const QString &text, const QColor &color)
{
    textLines(text, font(bodySize), color, 0, pt(6), false);
}

void ReportLayout::note(const QString &text)
{
    textLines(text, font(bodySize), muted, 0, pt(8), true);
}

void ReportLayout::bullets(const QStringList &items)
{
    const QFont f = font(bodySize);
    const QFontMetricsF fm(f);
    const double indent = pt(12);
    const double left = m_margins.left();
    const double width = pt(textWidth()) - indent;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringList lines = wrap(items[i], fm, width);
        Slice s;
        s.kind = ReportPiece::Kind::Bullet;
        s.text = items[i];
        s.height = lines.size() * lineHeight(fm);
        s.spaceBefore = i == 0 ? pt(6) : pt(2);
        s.paint = [=, this](QPainter *p, double top) {
            drawLines(p, f, ink, left + pt(3), top, indent, {QStringLiteral("•")});
            drawLines(p, f, ink, left + indent, top, width, lines);
        };
        add(std::move(s));
    }
}

void ReportLayout::table(const QStringList &headers, const QList<QList<Cell>> &rows, const QList<int> &numeric)
{
    const int columns = int(headers.size());
    if (columns == 0)
        return;
    const double available = pt(textWidth());
    const double padX = pt(4), padY = pt(2.5);

    // Each column needs its widest word and would like its longest line; type shrinks (to 70 %)
    // before a column would have to cut a word.
    double size = tableSize;
    std::vector<double> minWidth(static_cast<size_t>(columns)), maxWidth(static_cast<size_t>(columns));
    auto measure = [&](double points) {
        const QFontMetricsF regular(font(points)), bold(font(points, true));
        for (int c = 0; c < columns; ++c) {
            double least = 0, most = 0;
            auto take = [&](const QString &text, const QFontMetricsF &fm) {
                for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
                    for (const QString &w : words(paragraph))
                        least = std::max(least, fm.horizontalAdvance(w));
                    most = std::max(most, fm.horizontalAdvance(words(paragraph).join(QLatin1Char(' '))));
                }
            };
            take(headers[c], bold);
            for (const QList<Cell> &row : rows)
                if (c < row.size())
                    take(row[c].text, row[c].bold ? bold : regular);
            minWidth[size_t(c)] = least + 2 * padX;
            maxWidth[size_t(c)] = std::max(most, least) + 2 * padX;
        }
    };
    measure(size);
    const double needed = std::accumulate(minWidth.cbegin(), minWidth.cend(), 0.0);
    if (needed > available) {
        size = std::max(tableSize * 0.7, tableSize * available / needed);
        measure(size);
    }
    const double least = std::accumulate(minWidth.cbegin(), minWidth.cend(), 0.0);
    const double most = std::accumulate(maxWidth.cbegin(), maxWidth.cend(), 0.0);
    std::vector<double> widths(static_cast<size_t>(columns));
    if (most <= available) {
        // Everything on one line; the spare width shared by length.
        for (size_t k = 0; k < widths.size(); ++k)
            widths[k] = maxWidth[k] + (available - most) * maxWidth[k] / most;
    } else if (least <= available) {
        // Every word fits. The rest is poured in like water: columns that need little get all
        // they need (a name on one line), the long texts share what remains.
        widths = minWidth;
        double spare = available - least;
        std::vector<size_t> wanting;
        for (size_t k = 0; k < widths.size(); ++k)
            if (maxWidth[k] > minWidth[k])
                wanting.push_back(k);
        std::sort(wanting.begin(), wanting.end(),
                  [&](size_t a, size_t b) { return maxWidth[a] - minWidth[a] < maxWidth[b] - minWidth[b]; });
        for (size_t i = 0; i < wanting.size(); ++i) {
            const size_t k = wanting[i];
            const double share = spare / double(wanting.size() - i);
            const double give = std::min(share, maxWidth[k] - minWidth[k]);
            widths[k] += give;
            spare -= give;
        }
    } else {
        // Even the smallest type cannot hold every word: only then is one cut.
        for (size_t k = 0; k < widths.size(); ++k)
            widths[k] = minWidth[k] * available / least;
    }

    const QFont regular = font(size), bold = font(size, true);
    const QFontMetricsF regularMetrics(regular), boldMetrics(bold);
    const double left = m_margins.left();
    QList<double> x;
    double at = left;
    for (double w : widths) {
        x.append(at);
        at += w;
    }
    auto rowSlice = [&](const QList<Cell> &cells, bool header) {
        QList<QStringList> lines;
        double height = 0;
        for (int c = 0; c < columns; ++c) {
            const Cell cell = cells.value(c);
            const QFontMetricsF &fm = header || cell.bold ? boldMetrics : regularMetrics;
            lines.append(wrap(cell.text, fm, widths[size_t(c)] - 2 * padX));
            height = std::max(height, lines.last().size() * lineHeight(fm));
        }
        Slice s;
        s.kind = header ? ReportPiece::Kind::TableHeader : ReportPiece::Kind::TableRow;
        QStringList texts;
        for (const Cell &c : cells)
            texts << c.text;
        s.text = texts.join(QStringLiteral(" | "));
        s.height = height + 2 * padY;
        const double rowHeight = s.height;
        s.paint = [=, this](QPainter *p, double top) {
            if (header)
                p->fillRect(QRectF(left, top, available, rowHeight), soft);
            for (int c = 0; c < columns; ++c) {
                const Cell cell = cells.value(c);
                drawLines(p, header || cell.bold ? bold : regular, cell.color.isValid() ? cell.color : ink, x[c] + padX,
                          top + padY, widths[size_t(c)] - 2 * padX, lines[c], numeric.contains(c));
            }
            p->fillRect(QRectF(left, top + rowHeight - pt(0.6), available, pt(0.6)), header ? QColor(0xc4, 0xc9, 0xd1) : rule);
        };
        return s;
    };
    QList<Cell> headerCells;
    for (const QString &h : headers)
        headerCells.append(Cell{h, {}, true});
    Slice head = rowSlice(headerCells, true);
    head.spaceBefore = pt(6);
    head.keepWithNext = true;  // never a header without a row under it
    const int headIndex = int(m_slices.size());
    add(std::move(head));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Slice s = rowSlice(rows[i], false);
        s.tableHeader = headIndex;
        // A short table stays whole; a longer one that breaks leaves two rows on either side.
        s.keepWithNext = rows.size() < 4 ? i + 1 < rows.size() : (i == 0 || i == rows.size() - 2);
        add(std::move(s));
    }
}

void ReportLayout::figure(const QSizeF &natural, const FigurePainter &paint, const QString &caption)
{
    if (natural.isEmpty() || !paint)
        return;
    const QFont f = font(smallSize);
    const QFontMetricsF fm(f);
    const double pad = pt(8), full = pt(textWidth());
    const QStringList captionLines = caption.isEmpty() ? QStringList() : wrap(caption, fm, full - 2 * pad);
    const double captionHeight = captionLines.size() * lineHeight(fm) + (captionLines.isEmpty() ? 0 : pt(4));
    // Its natural size at most, within the text width and a page's body.
    const double body = m_page.height() - m_margins.top() - m_margins.bottom();
    double width = std::min(pt(natural.width()), full - 2 * pad);
    double height = natural.height() * width / natural.width();
    const double tallest = body - 2 * pad - captionHeight - pt(4);
    if (height > tallest) {
        width *= tallest / height;
        height = tallest;
    }
    Slice s;
    s.kind = ReportPiece::Kind::Figure;
    s.text = caption;
    s.spaceBefore = pt(8);
    s.height = 2 * pad + height + captionHeight;
    const double left = m_margins.left();
    const double boxHeight = s.height;
    s.paint = [=, this](QPainter *p, double top) {
        p->save();
        p->setPen(QPen(rule, pt(0.75)));
        p->setBrush(figureBackground);
        p->drawRoundedRect(QRectF(left, top, full, boxHeight), pt(4), pt(4));
        p->restore();
        p->save();
        paint(p, QRectF(left + (full - width) / 2, top + pad, width, height));
        p->restore();
        p->setFont(f);
        p->setPen(muted);
        double y = top + pad + height + pt(4);
        for (const QString &line : captionLines) {
            drawLine(p, fm, left + (full - fm.horizontalAdvance(line)) / 2, y, full, line);
            y += lineHeight(fm);
        }
    };
    add(std::move(s));
}

void ReportLayout::cards(const QList<Card> &cards, const QString &legend)
{
    const QFont legendFont = font(smallSize);
    const QFontMetricsF legendMetrics(legendFont);
    const QStringList legendLines = legend.isEmpty() ? QStringList() : wrap(legend, legendMetrics, pt(textWidth()));
    const double legendHeight = legendLines.isEmpty() ? 0 : legendLines.size() * lineHeight(legendMetrics) + pt(6);
    const double gap = pt(10), pad = pt(8), bar = pt(3);
    const double left = m_margins.left();
    const double cardWidth = (pt(textWidth()) - gap) / 2, inner = cardWidth - 2 * pad;
    const QFont titleFont = font(10, true), subtitleFont = font(7.5), rowFont = font(smallSize);
    const QFontMetricsF titleMetrics(titleFont), subtitleMetrics(subtitleFont), rowMetrics(rowFont);

    // One card laid out: its height, and a painter for it at a given top left.
    struct Laid
    {
        double height = 0;
        std::function<void(QPainter *, QPointF)> paint;
    };
    auto lay = [&](const Card &card) {
        const QStringList title = wrap(card.title, titleMetrics, inner);
        const QStringList subtitle = wrap(card.subtitle, subtitleMetrics, inner);
        // Labels take what they need up to 45 % of the card, never less than their longest word.
        double labelWidth = 0, labelWord = 0;
        for (const CardRow &r : card.rows) {
            labelWidth = std::max(labelWidth, rowMetrics.horizontalAdvance(r.label));
            for (const QString &w : words(r.label))
                labelWord = std::max(labelWord, rowMetrics.horizontalAdvance(w));
        }
        labelWidth = std::max(labelWord, std::min(labelWidth, inner * 0.45));
        const double valueWidth = inner - labelWidth - pt(6);
        QList<std::pair<QStringList, QStringList>> rows;
        double height = pad + bar + title.size() * lineHeight(titleMetrics) + pt(1)
                        + subtitle.size() * lineHeight(subtitleMetrics) + pt(4);
        for (const CardRow &r : card.rows) {
            rows.append({wrap(r.label, rowMetrics, labelWidth), wrap(r.value, rowMetrics, valueWidth)});
            height += std::max(rows.last().first.size(), rows.last().second.size()) * lineHeight(rowMetrics) + pt(1.5);
        }
        height += pad;
        Laid laid;
        laid.height = height;
        laid.paint = [=, this](QPainter *p, QPointF at) {
            const double x = at.x() + pad;
            double y = drawLines(p, titleFont, ink, x, at.y() + bar + pad, inner, title) + pt(1);
            y = drawLines(p, subtitleFont, muted, x, y, inner, subtitle) + pt(4);
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const double labelBottom = drawLines(p, rowFont, muted, x, y, labelWidth, rows[i].first);
                const double valueBottom = drawLines(p, rowFont, card.rows[i].muted ? muted : ink, x + labelWidth + pt(6), y,
                                                     valueWidth, rows[i].second);
                y = std::max(labelBottom, valueBottom) + pt(1.5);
            }
        };
        return laid;
    };

    for (qsizetype i = 0; i < cards.size(); i += 2) {
        QList<Laid> pair{lay(cards[i])};
        QList<QColor> accents{cards[i].accent};
        QStringList titles{cards[i].title};
        if (i + 1 < cards.size()) {
            pair.append(lay(cards[i + 1]));
            accents.append(cards[i + 1].accent);
            titles.append(cards[i + 1].title);
        }
        Slice s;
        s.kind = ReportPiece::Kind::Cards;
        s.text = titles.join(QStringLiteral(" | "));
        s.spaceBefore = i == 0 ? pt(6) : gap;
        for (const Laid &l : pair)
            s.height = std::max(s.height, l.height);
        const double height = s.height;
        const double above = i == 0 ? legendHeight : 0;
        s.height += above;
        s.paint = [=, this](QPainter *p, double rowTop) {
            drawLines(p, legendFont, muted, left, rowTop, pt(textWidth()), legendLines);
            const double top = rowTop + above;
            for (qsizetype k = 0; k < pair.size(); ++k) {
                const QRectF box(left + k * (cardWidth + gap), top, cardWidth, height);
                p->save();
                p->setPen(QPen(rule, pt(0.75)));
                p->setBrush(Qt::white);
                p->drawRoundedRect(box, pt(4), pt(4));
                p->setPen(Qt::NoPen);
                p->setBrush(accents[k].isValid() ? accents[k] : accent);
                p->drawRect(QRectF(box.left(), box.top(), box.width(), bar));
                p->restore();
                pair[k].paint(p, box.topLeft());
            }
        };
        add(std::move(s));
    }
}

void ReportLayout::footer(const QString &text)
{
    const QFont f = font(7.5);
    const QFontMetricsF fm(f);
    const double width = pt(textWidth());
    const QStringList lines = wrap(text, fm, width);
    Slice s;
    s.kind = ReportPiece::Kind::Footer;
    s.text = text;
    s.spaceBefore = pt(20);
    s.height = pt(6) + lines.size() * lineHeight(fm);
    const double left = m_margins.left();
    s.paint = [=, this](QPainter *p, double top) {
        p->fillRect(QRectF(left, top, width, pt(0.6)), rule);
        drawLines(p, f, muted, left, top + pt(6), width, lines);
    };
    add(std::move(s));
}

void ReportLayout::paginate()
{
    if (m_paginated)
        return;
    m_placed.assign(1, {});
    const double top = m_margins.top(), bottom = m_page.height() - m_margins.bottom();
    double y = top;
    bool atTop = true;
    int lastPlaced = -1;
    auto place = [&](int index, double spaceBefore) {
        y += atTop ? 0 : spaceBefore;
        m_placed.back().push_back(Placed{index, y});
        y += m_slices[size_t(index)].height;
        atTop = false;
        lastPlaced = index;
    };
    const int count = int(m_slices.size());
    for (int i = 0; i < count; ++i) {
        const Slice &s = m_slices[size_t(i)];
        // What must go on this page with it: the chain of keep-with-next slices and the first
        // slice after them (a heading, its table's header and the first row).
        double need = s.spaceBefore + s.height;
        for (int j = i; m_slices[size_t(j)].keepWithNext && j + 1 < count; ++j)
            need += m_slices[size_t(j + 1)].spaceBefore + m_slices[size_t(j + 1)].height;
        const bool continuesTable = s.tableHeader >= 0 && lastPlaced != s.tableHeader;
        if (!atTop && y + need > bottom) {
            m_placed.emplace_back();
            y = top;
            atTop = true;
        }
        // A table continued on a new page starts with its header again.
        if (atTop && continuesTable)
            place(s.tableHeader, 0);
        place(i, s.spaceBefore);
    }
    m_pages.clear();
    for (const auto &page : m_placed) {
        QList<ReportPiece> pieces;
        for (const Placed &p : page) {
            const Slice &s = m_slices[size_t(p.slice)];
            const QRectF r(m_margins.left(), p.top, pt(textWidth()), s.height);
            pieces.append(ReportPiece{s.kind, s.text, QRectF(r.topLeft() / unitsPerPoint, r.size() / unitsPerPoint)});
        }
        m_pages.append(pieces);
    }
    m_paginated = true;
}

const ReportPages &ReportLayout::pages()
{
    paginate();
    return m_pages;
}

bool ReportLayout::paint(QPagedPaintDevice *device, const QString &runningTitle)
{
    paginate();
    QPainter p;
    if (!p.begin(device))
        return false;
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont folio = font(7.5);
    const QFontMetricsF fm(folio);
    const double width = pt(textWidth());
    const double footY = m_page.height() - m_margins.bottom() + pt(14);
    for (size_t page = 0; page < m_placed.size(); ++page) {
        if (page > 0)
            device->newPage();
        for (const Placed &placed : m_placed[page])
            m_slices[size_t(placed.slice)].paint(&p, placed.top);
        p.setFont(folio);
        p.setPen(muted);
        const QString number = QCoreApplication::translate("Report", "Page %1 of %2")
                                   .arg(QString::number(page + 1), QString::number(m_placed.size()));
        drawLine(&p, fm, m_margins.left(), footY, width, number, true);
        drawLine(&p, fm, m_margins.left(), footY, width - fm.horizontalAdvance(number) - pt(12),
                 fm.elidedText(runningTitle, Qt::ElideRight, width - fm.horizontalAdvance(number) - pt(12)));
    }
    return p.end();
}

} // namespace archscope
