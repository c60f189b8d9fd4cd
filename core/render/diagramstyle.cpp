#include "diagramstyle.h"

namespace archscope {

namespace {
void setFonts(DiagramStyle *s)
{
    s->labelFont = QFont(QStringLiteral("DejaVu Sans"), 10);
    s->labelFont.setBold(true);
    s->smallFont = QFont(QStringLiteral("DejaVu Sans"), 8);
}
} // namespace

DiagramStyle DiagramStyle::light()
{
    DiagramStyle s;
    s.background = QColor(0xfb, 0xfb, 0xfc);
    s.nodeFill = Qt::white;
    s.nodeBorder = QColor(0xb8, 0xbe, 0xc6);
    s.text = QColor(0x16, 0x19, 0x1f);
    s.mutedText = QColor(0x5f, 0x67, 0x73);
    s.wire = QColor(0x3d, 0x45, 0x52);
    s.failureWire = QColor(0xc6, 0x28, 0x28);
    s.selection = QColor(0x1a, 0x73, 0xe8);
    s.legalTarget = QColor(0x1e, 0x8e, 0x3e);
    s.refusedTarget = QColor(0xc6, 0x28, 0x28);
    s.error = QColor(0xc6, 0x28, 0x28);
    s.warning = QColor(0xd9, 0x82, 0x00);
    setFonts(&s);
    return s;
}

DiagramStyle DiagramStyle::dark()
{
    DiagramStyle s;
    s.background = QColor(0x1e, 0x21, 0x26);
    s.nodeFill = QColor(0x2b, 0x2f, 0x36);
    s.nodeBorder = QColor(0x55, 0x5d, 0x69);
    s.text = QColor(0xec, 0xee, 0xf1);
    s.mutedText = QColor(0xa4, 0xab, 0xb6);
    s.wire = QColor(0xc4, 0xc9, 0xd1);
    s.failureWire = QColor(0xff, 0x6b, 0x6b);
    s.selection = QColor(0x5c, 0x9d, 0xff);
    s.legalTarget = QColor(0x4c, 0xc3, 0x6a);
    s.refusedTarget = QColor(0xff, 0x6b, 0x6b);
    s.error = QColor(0xff, 0x6b, 0x6b);
    s.warning = QColor(0xff, 0xb3, 0x40);
    setFonts(&s);
    return s;
}

DiagramStyle DiagramStyle::withPixelFonts() const
{
    DiagramStyle s = *this;
    for (QFont *f : {&s.labelFont, &s.smallFont}) {
        if (f->pointSizeF() > 0)
            f->setPixelSize(qRound(f->pointSizeF() * 96.0 / 72.0));
    }
    return s;
}

DiagramStyle DiagramStyle::withPlainLetters() const
{
    DiagramStyle s = *this;
    for (QFont *f : {&s.labelFont, &s.smallFont})
        f->setStyleStrategy(QFont::PreferNoShaping);
    return s;
}

DiagramStyle DiagramStyle::workshop()
{
    DiagramStyle s = light();
    s.background = Qt::white;
    s.nodeBorder = QColor(0x30, 0x36, 0x3f);
    s.text = Qt::black;
    s.mutedText = QColor(0x30, 0x36, 0x3f);
    s.wire = Qt::black;
    s.wireWidth = 3.2;
    s.labelFont.setPointSizeF(12);
    s.smallFont.setPointSizeF(9.5);
    s.smallFont.setBold(true);
    return s;
}

} // namespace archscope
