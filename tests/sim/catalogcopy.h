#pragma once

// A catalog as a catalog author writes one: a directory for Catalog::load.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace simtest {

// The bundled catalog copied into `dir`, plus `extraKinds` from tests/data/catalog-extra
// listed in its index.json: what adding a kind is. Load it with Catalog::load(dir).
inline bool copyCatalog(const QString &dir, const QStringList &extraKinds = {})
{
    for (const QString &name : QDir(":/catalog").entryList(QDir::Files)) {
        if (!QFile::copy(":/catalog/" + name, dir + '/' + name))
            return false;
        QFile::setPermissions(dir + '/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    QFile index(dir + "/index.json");
    if (!index.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(index.readAll()).object();
    index.close();
    QJsonArray kinds = o.value("kinds").toArray();
    for (const QString &id : extraKinds) {
        if (!QFile::copy(ARCHSCOPE_TEST_DATA "/catalog-extra/" + id + ".json", dir + '/' + id + ".json"))
            return false;
        kinds.append(id);
    }
    o.insert("kinds", kinds);
    return index.open(QIODevice::WriteOnly | QIODevice::Truncate) && index.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace simtest
