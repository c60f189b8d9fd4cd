#pragma once

#include <QList>
#include <QString>

namespace archscope {

class Catalog;

// What the About box lists: a library that ships with Archscope, its version and licence.
struct LibraryInfo
{
    QString name;
    QString version;
    QString licence;
};

// The libraries core links (Qt, nlohmann/json); the widgets layer adds its own.
QList<LibraryInfo> coreLibraries();

// The newest `asOf` date among the catalog's prices: how current the price data is.
QString pricesAsOf(const Catalog &catalog);

} // namespace archscope
