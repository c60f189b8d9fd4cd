#pragma once

// The export tests' one way to render a format in memory (their library sits above core, so
// this is apart from testsupport.h, which core tests include).

#include "testsupport.h"

#include "io/export/exportregistry.h"

#include <QDebug>

namespace testsupport {

// The bytes of an export; empty, with the error as a warning, when it fails.
inline QByteArray render(const QString &format, const DocumentData &d, const ExportOptions &options = {})
{
    QByteArray out;
    QString error;
    if (!renderExport(format, d, options, &out, &error))
        qWarning() << format << error;
    return out;
}

} // namespace testsupport
