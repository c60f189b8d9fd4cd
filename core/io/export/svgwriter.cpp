#include "svgwriter.h"

#include "textescape.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <charconv>
#include <cmath>

namespace archscope {

namespace {

// The family every text falls back to unless it names another; set once on the root group.
constexpr char defaultFamilies[] = "'DejaVu Sans', Verdana, sans-serif";
constexpr double dpi = 96;

// A coordinate to a hundredth of a unit, without trailing zeros: short and fast to write.
void appendNumber(QByteArray &out, double v)
{
    if (!std::isfinite(v))
        v = 0;
    long long hundredths = std::llround(v * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char buffer[24];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, hundredths / 100).ptr;
    out.append(buffer, end - buffer);
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

void appendAttribute(QByteArray &out, const char *name, double v)
{
    out += ' ';
    out += name;
    out += "=\"";
    appendNumber(out, v);
    out += '"';
}

void appendPoint(QByteArray &out, QPointF p)
{
    appendNumber(out, p.x());
    out += ' ';
    appendNumber(out, p.y());
}

QByteArray escaped(const QString &text)
{
    return textescape::html(textescape::xmlSafe(text)).toUtf8();
}

void appendColor(QByteArray &out, const char *name, const char *opacityName, const QColor &color)
{
    out += ' ';
    out += name;
    out += "=\"";
    out += color.name(QColor::HexRgb).toLatin1();
    out += '"';
    if (color.alphaF() < 1)
        appendAttribute(out, opacityName, color.alphaF());
}

// An icon file as the content of one <g>: its elements copied without anything active
// (scripts, event handlers, external references), ids prefixed so icons cannot clash.
bool readIcon(const QByteArray &svg, const QByteArray &idPrefix, QByteArray *body, QRectF *viewBox)
{
    static const QRegularExpression urlReference(QStringLiteral("url\\(\\s*#"));
    const QString prefix = QString::fromLatin1(idPrefix);
    QXmlStreamReader in(svg);
    QBuffer buffer(body);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter out(&buffer);
    int depth = 0;
    int skipping = 0;  // depth of an element left out, with everything inside it
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            ++depth;
            if (depth == 1) {
                if (in.name() != QLatin1String("svg"))
                    return false;
                const QStringList box = in.attributes().value(QStringLiteral("viewBox")).toString().simplified()
                                            .replace(QLatin1Char(','), QLatin1Char(' ')).split(QLatin1Char(' '));
                if (box.size() == 4)
                    *viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
                else
                    *viewBox = QRectF(0, 0, in.attributes().value(QStringLiteral("width")).toDouble(),
                                      in.attributes().value(QStringLiteral("height")).toDouble());
                continue;
            }
            static const QStringList active{QStringLiteral("script"), QStringLiteral("foreignObject"),
                                            QStringLiteral("image"), QStringLiteral("a"), QStringLiteral("iframe")};
            if (skipping || in.namespaceUri() != QLatin1String("http://www.w3.org/2000/svg")
                || active.contains(in.name().toString())) {
                if (!skipping)
                    skipping = depth;
                continue;
            }
            out.writeStartElement(in.name().toString());
            for (const QXmlStreamAttribute &a : in.attributes()) {
                const QString name = a.qualifiedName().toString();
                QString value = a.value().toString();
                if (name.startsWith(QLatin1String("on")))
                    continue;
                if (name == QLatin1String("href") || name == QLatin1String("xlink:href")) {
                    if (!value.startsWith(QLatin1Char('#')))
                        continue;
                    out.writeAttribute(QStringLiteral("xlink:href"), QLatin1Char('#') + prefix + value.mid(1));
                    continue;
                }
                if (!a.namespaceUri().isEmpty() && name != QLatin1String("xml:space"))
                    continue;  // editors' private attributes
                if (name == QLatin1String("id"))
                    value = prefix + value;
                value.replace(urlReference, QStringLiteral("url(#") + prefix);
                out.writeAttribute(name, value);
            }
        } else if (in.isEndElement()) {
            if (depth > 1 && !skipping)
                out.writeEndElement();
            if (skipping == depth)
                skipping = 0;
            --depth;
        } else if (in.isCharacters() && !in.isWhitespace() && depth > 1 && !skipping) {
            out.writeCharacters(in.text().toString());
        }
    }
    return !in.hasError() && viewBox->width() > 0 && viewBox->height() > 0;
}

} // namespace

// Writes each primitive as one element with the attributes its pen, brush and font need beyond
// the root group's defaults (Qt's own: square caps, bevel joins, even-odd fill, no fill, no stroke).
class SvgWriterEngine : public QPaintEngine
{
public:
    SvgWriterEngine()
        : QPaintEngine(AllFeatures & ~(PatternTransform | PerspectiveTransform | ConicalGradientFill | PorterDuff))
    {
    }

    QByteArray body;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags dirty = state.state();
        if (dirty & DirtyPen)
            m_pen = state.pen();
        if (dirty & DirtyBrush)
            m_brush = state.brush();
        if (dirty & DirtyTransform) {
            m_transform = state.transform();
            m_scale = std::sqrt(std::abs(m_transform.determinant()));
        }
        if (dirty & DirtyOpacity)
            m_opacity = state.opacity();
    }

    void drawPath(const QPainterPath &path) override
    {
        if (path.isEmpty())
            return;
        body += "<path d=\"";
        appendPath(path);
        body += '"';
        if (path.fillRule() == Qt::WindingFill && m_brush.style() != Qt::NoBrush)
            body += " fill-rule=\"nonzero\"";
        appendStyle(true);
        body += "/>\n";
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count <= 0)
            return;
        body += mode == PolylineMode ? "<polyline points=\"" : "<polygon points=\"";
        for (int i = 0; i < count; ++i) {
            if (i)
                body += ' ';
            appendPoint(body, m_transform.map(points[i]));
        }
        body += '"';
        if (mode == WindingMode)
            body += " fill-rule=\"nonzero\"";
        appendStyle(mode != PolylineMode);
        body += "/>\n";
    }

    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i) {
            if (!axisAligned()) {
                QPainterPath path;
                path.addRect(rects[i]);
                drawPath(path);
                continue;
            }
            const QRectF r = m_transform.mapRect(rects[i].normalized());
            body += "<rect";
            appendAttribute(body, "x", r.x());
            appendAttribute(body, "y", r.y());
            appendAttribute(body, "width", r.width());
            appendAttribute(body, "height", r.height());
            appendStyle(true);
            body += "/>\n";
        }
    }

    void drawEllipse(const QRectF &rect) override
    {
        if (!axisAligned()) {
            QPainterPath path;
            path.addEllipse(rect);
            drawPath(path);
            return;
        }
        const QRectF r = m_transform.mapRect(rect.normalized());
        const bool circle = std::abs(r.width() - r.height()) < 0.01;
        body += circle ? "<circle" : "<ellipse";
        appendAttribute(body, "cx", r.center().x());
        appendAttribute(body, "cy", r.center().y());
        if (circle) {
            appendAttribute(body, "r", r.width() / 2);
        } else {
            appendAttribute(body, "rx", r.width() / 2);
            appendAttribute(body, "ry", r.height() / 2);
        }
        appendStyle(true);
        body += "/>\n";
    }

    void drawLines(const QLineF *lines, int count) override
    {
        QPainterPath path;
        for (int i = 0; i < count; ++i) {
            path.moveTo(lines[i].p1());
            path.lineTo(lines[i].p2());
        }
        const QBrush brush = m_brush;
        m_brush = Qt::NoBrush;
        drawPath(path);
        m_brush = brush;
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.isEmpty() || m_pen.style() == Qt::NoPen)
            return;
        const QFont font = item.font();
        double size = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * dpi / 72;
        body += "<text";
        if (axisAligned()) {
            const QPointF at = m_transform.map(p);
            appendAttribute(body, "x", at.x());
            appendAttribute(body, "y", at.y());
            size *= std::abs(m_transform.m22());
        } else {
            appendAttribute(body, "x", p.x());
            appendAttribute(body, "y", p.y());
            body += " transform=\"matrix(";
            for (double v : {m_transform.m11(), m_transform.m12(), m_transform.m21(), m_transform.m22(),
                             m_transform.dx(), m_transform.dy()}) {
                appendNumber(body, v);
                body += ' ';
            }
            body.chop(1);
            body += ")\"";
        }
        appendAttribute(body, "font-size", size);
        if (font.weight() != QFont::Normal)
            body += font.weight() == QFont::Bold ? QByteArray(" font-weight=\"bold\"")
                                                 : " font-weight=\"" + QByteArray::number(int(font.weight())) + '"';
        if (font.italic())
            body += " font-style=\"italic\"";
        const QString family = font.family();
        if (family == QLatin1String("Sans Serif") || family == QLatin1String("sans-serif"))
            body += " font-family=\"sans-serif\"";
        else if (family != QLatin1String("DejaVu Sans") && !family.isEmpty())
            body += " font-family=\"'" + escaped(family) + "', sans-serif\"";
        appendColor(body, "fill", "fill-opacity", m_pen.color());
        appendOpacity();
        if (text.contains(QLatin1String("  ")) || text.front().isSpace() || text.back().isSpace())
            body += " xml:space=\"preserve\"";
        body += '>';
        body += escaped(text);
        body += "</text>\n";
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source, Qt::ImageConversionFlags) override
    {
        const QImage part = source == QRectF(image.rect()) ? image : image.copy(source.toAlignedRect());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!part.save(&buffer, "PNG"))
            return;
        const QRectF at = m_transform.mapRect(r);
        body += "<image";
        appendAttribute(body, "x", at.x());
        appendAttribute(body, "y", at.y());
        appendAttribute(body, "width", at.width());
        appendAttribute(body, "height", at.height());
        body += " preserveAspectRatio=\"none\" xlink:href=\"data:image/png;base64," + png.toBase64() + "\"";
        appendOpacity();
        body += "/>\n";
    }

    bool axisAligned() const { return m_transform.type() <= QTransform::TxScale; }
    const QTransform &transform() const { return m_transform; }

private:
    void appendPath(const QPainterPath &path)
    {
        QPointF start;
        const int count = path.elementCount();
        for (int i = 0; i < count; ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            const QPointF at = m_transform.map(QPointF(e.x, e.y));
            switch (e.type) {
            case QPainterPath::MoveToElement:
                body += 'M';
                start = QPointF(e.x, e.y);
                appendPoint(body, at);
                break;
            case QPainterPath::LineToElement:
                // A line back to the start that ends the subpath closes it, joins and all.
                if (QPointF(e.x, e.y) == start && (i + 1 == count || path.elementAt(i + 1).isMoveTo())) {
                    body += 'Z';
                } else {
                    body += 'L';
                    appendPoint(body, at);
                }
                break;
            case QPainterPath::CurveToElement:
                body += 'C';
                appendPoint(body, at);
                for (int k = 1; k <= 2 && i + 1 < count; ++k) {
                    const QPainterPath::Element d = path.elementAt(++i);
                    body += ' ';
                    appendPoint(body, m_transform.map(QPointF(d.x, d.y)));
                }
                break;
            case QPainterPath::CurveToDataElement:
                break;  // consumed with its curve
            }
        }
    }

    void appendStyle(bool fill)
    {
        if (fill && m_brush.style() != Qt::NoBrush) {
            QColor color = m_brush.color();
            if (const QGradient *g = m_brush.gradient(); g && !g->stops().isEmpty())
                color = g->stops().constFirst().second;
            appendColor(body, "fill", "fill-opacity", color);
        }
        if (m_pen.style() != Qt::NoPen && m_pen.brush().style() != Qt::NoBrush) {
            appendColor(body, "stroke", "stroke-opacity", m_pen.color());
            const double width = m_pen.isCosmetic() ? std::max(m_pen.widthF(), 1.0) : m_pen.widthF() * m_scale;
            if (width != 1)
                appendAttribute(body, "stroke-width", width);
            switch (m_pen.capStyle()) {
            case Qt::FlatCap: body += " stroke-linecap=\"butt\""; break;
            case Qt::RoundCap: body += " stroke-linecap=\"round\""; break;
            default: break;
            }
            switch (m_pen.joinStyle()) {
            case Qt::MiterJoin:
            case Qt::SvgMiterJoin:
                body += " stroke-linejoin=\"miter\"";
                if (m_pen.miterLimit() != 2)
                    appendAttribute(body, "stroke-miterlimit", m_pen.miterLimit());
                break;
            case Qt::RoundJoin: body += " stroke-linejoin=\"round\""; break;
            default: break;
            }
            if (m_pen.style() != Qt::SolidLine) {
                // Qt measures dashes in pen widths, never less than one unit.
                const double unit = std::max(width, m_pen.isCosmetic() ? 1.0 : m_scale);
                body += " stroke-dasharray=\"";
                const QList<qreal> pattern = m_pen.dashPattern();
                for (qsizetype i = 0; i < pattern.size(); ++i) {
                    if (i)
                        body += ' ';
                    appendNumber(body, pattern[i] * unit);
                }
                body += '"';
                if (m_pen.dashOffset() != 0)
                    appendAttribute(body, "stroke-dashoffset", m_pen.dashOffset() * unit);
            }
        }
        appendOpacity();
    }

    void appendOpacity()
    {
        if (m_opacity < 1)
            appendAttribute(body, "opacity", m_opacity);
    }

    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    double m_scale = 1;
    double m_opacity = 1;
};

SvgWriter::SvgWriter(QSize size)
    : m_size(size)
    , m_engine(std::make_unique<SvgWriterEngine>())
{
}

SvgWriter::~SvgWriter() = default;

QPaintEngine *SvgWriter::paintEngine() const
{
    return m_engine.get();
}

int SvgWriter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth: return m_size.width();
    case PdmHeight: return m_size.height();
    case PdmWidthMM: return qRound(m_size.width() * 25.4 / dpi);
    case PdmHeightMM: return qRound(m_size.height() * 25.4 / dpi);
    case PdmNumColors: return 0x7fffffff;
    case PdmDepth: return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY: return int(dpi);
    case PdmDevicePixelRatio: return 1;
    case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
    default: return 0;
    }
}

bool SvgWriter::useIcon(QPainter *painter, const QRectF &rect, const QString &iconPath)
{
    const QRectF at = painter->transform().mapRect(rect);
    const QString key = QStringLiteral("%1@%2x%3").arg(iconPath).arg(qRound(at.width() * 100)).arg(qRound(at.height() * 100));
    auto found = m_icons.constFind(key);
    if (found == m_icons.constEnd()) {
        QByteArray id;
        QFile file(iconPath);
        QByteArray content;
        QRectF viewBox;
        const QByteArray prefix = "icon" + QByteArray::number(m_icons.size());
        if (file.open(QIODevice::ReadOnly) && file.size() < (1 << 20)
            && readIcon(file.readAll(), prefix + '-', &content, &viewBox)) {
            id = prefix;
            // Fitted into the rectangle as an <img> would fit it: whole, centred.
            const double s = std::min(at.width() / viewBox.width(), at.height() / viewBox.height());
            const double dx = (at.width() - viewBox.width() * s) / 2 - viewBox.x() * s;
            const double dy = (at.height() - viewBox.height() * s) / 2 - viewBox.y() * s;
            QByteArray &out = m_engine->body;
            out += "<defs><g id=\"" + id + "\" transform=\"matrix(";
            for (double v : {s, 0.0, 0.0, s, dx, dy}) {
                appendNumber(out, v);
                out += ' ';
            }
            out.chop(1);
            out += ")\">" + content + "</g></defs>\n";
        }
        found = m_icons.insert(key, id);
    }
    if (found->isEmpty())
        return false;
    QByteArray &out = m_engine->body;
    out += "<use xlink:href=\"#" + *found + '"';
    appendAttribute(out, "x", at.x());
    appendAttribute(out, "y", at.y());
    out += "/>\n";
    return true;
}

QByteArray SvgWriter::document() const
{
    QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg";
    appendAttribute(head, "width", m_size.width());
    appendAttribute(head, "height", m_size.height());
    head += " viewBox=\"0 0 " + QByteArray::number(m_size.width()) + ' ' + QByteArray::number(m_size.height())
            + "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\">\n";
    if (!m_title.isEmpty())
        head += "<title>" + escaped(textescape::singleLine(m_title)) + "</title>\n";
    if (!m_description.isEmpty())
        head += "<desc>" + escaped(m_description) + "</desc>\n";
    head += QByteArray("<g fill=\"none\" fill-rule=\"evenodd\" stroke=\"none\" stroke-linecap=\"square\" "
                       "stroke-linejoin=\"bevel\" stroke-miterlimit=\"2\" font-family=\"")
            + defaultFamilies + "\">\n";
    return head + m_engine->body + "</g>\n</svg>\n";
}

} // namespace archscope
