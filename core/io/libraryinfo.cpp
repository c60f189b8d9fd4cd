#include "libraryinfo.h"

#include "catalog/catalog.h"

#include <nlohmann/json.hpp>

namespace archscope {

QList<LibraryInfo> coreLibraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("nlohmann/json"),
         QStringLiteral("%1.%2.%3").arg(NLOHMANN_JSON_VERSION_MAJOR).arg(NLOHMANN_JSON_VERSION_MINOR).arg(NLOHMANN_JSON_VERSION_PATCH),
         QStringLiteral("MIT")},
    };
}

QString pricesAsOf(const Catalog &catalog)
{
    QString newest;
    for (const KindSpec &k : catalog.kinds())
        for (const PriceSpec &p : k.prices)
            newest = std::max(newest, p.asOf);
    return newest;
}

} // namespace archscope
