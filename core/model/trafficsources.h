#pragma once

#include <QStringList>

namespace archscope {

class Catalog;
struct DocumentData;

// The nodes where events enter the diagram but none do yet: nodes with a traffic setting that
// nothing feeds (no wire into them) and whose rate is 0. A node of a kind that takes any wire
// (an imported external resource) counts only when it triggers something. After an import these
// are the sources a user still has to give a rate (a template holds no traffic).
QStringList sourcesWithoutTraffic(const DocumentData &data, const Catalog &catalog);

// True for a store that other services write to and that triggers nothing (a bucket or table
// used for data only): events that entered there would go nowhere, so its traffic setting is
// not offered.
bool isWriteOnlyStore(const DocumentData &data, const Catalog &catalog, const QString &nodeId);

} // namespace archscope
