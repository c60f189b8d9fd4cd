#pragma once

#include <QByteArray>
#include <QHash>
#include <QPaintDevice>
#include <QSize>
#include <QString>

#include <memory>

class QPainter;
class QRectF;

namespace archscope {

class SvgWriterEngine;

// A paint device that writes what is painted on it as compact plain SVG 1.1: shapes as paths,
// rectangles and circles with presentation attributes, text as <text>, and icons (SVG files)
// defined once each and drawn with <use>, so a large diagram makes a small file quickly.
// Images, should anything paint one, are embedded as PNG.
class SvgWriter : public QPaintDevice
{
public:
    explicit SvgWriter(QSize size);
    ~SvgWriter() override;

    void setTitle(const QString &title) { m_title = title; }
    void setDescription(const QString &description) { m_description = description; }

    // Draws the SVG file at `iconPath` into `rect` (in the painter's coordinates) as a <use> of
    // its definition, written once per file and size. False when the file is not a usable SVG.
    bool useIcon(QPainter *painter, const QRectF &rect, const QString &iconPath);

    // The whole document; call once painting has ended.
    QByteArray document() const;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QSize m_size;
    QString m_title;
    QString m_description;
    std::unique_ptr<SvgWriterEngine> m_engine;
    QHash<QString, QByteArray> m_icons;  // "path@size" -> the id of its definition; empty: unusable
};

} // namespace archscope
