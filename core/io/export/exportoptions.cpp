#include "exportoptions.h"

#include "catalog/catalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace archscope {

const Catalog &ExportOptions::resolvedCatalog() const
{
    return catalog ? *catalog : Catalog::builtin();
}

QDateTime ExportOptions::resolvedDate() const
{
    return date.isValid() ? date : QDateTime::currentDateTime();
}

ProgressTicker::ProgressTicker(const ExportProgress &progress, int total)
    : m_progress(progress)
    , m_total(std::max(1, total))
{
    if (m_progress && !m_progress(0, m_total))
        m_cancelled = true;
}

bool ProgressTicker::step(int steps)
{
    if (m_cancelled)
        return false;
    m_done = std::min(m_total, m_done + steps);
    if (m_progress && (m_done >= m_nextReport || m_done == m_total)) {
        m_nextReport = m_done + std::max(1, m_total / 100);
        if (!m_progress(m_done, m_total))
            m_cancelled = true;
    }
    return !m_cancelled;
}

QString exportCancelledMessage()
{
    return QCoreApplication::translate("Export", "the export was cancelled; nothing was written");
}

QString pageSizeId(ExportPageSize size)
{
    switch (size) {
    case ExportPageSize::A4: return QStringLiteral("A4");
    case ExportPageSize::Letter: return QStringLiteral("Letter");
    case ExportPageSize::A3: return QStringLiteral("A3");
    }
    return {};
}

bool pageSizeFromId(const QString &id, ExportPageSize *size)
{
    for (ExportPageSize s : {ExportPageSize::A4, ExportPageSize::Letter, ExportPageSize::A3}) {
        if (id.compare(pageSizeId(s), Qt::CaseInsensitive) == 0) {
            *size = s;
            return true;
        }
    }
    return false;
}

QPageSize::PageSizeId qtPageSizeId(ExportPageSize size)
{
    switch (size) {
    case ExportPageSize::A4: return QPageSize::A4;
    case ExportPageSize::Letter: return QPageSize::Letter;
    case ExportPageSize::A3: return QPageSize::A3;
    }
    return QPageSize::A4;
}

} // namespace archscope
