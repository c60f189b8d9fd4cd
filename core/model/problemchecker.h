#pragma once

#include "problem.h"

#include <QList>
#include <QString>

namespace archscope {

class Catalog;
struct DocumentData;

// Computes the live diagnostics of a diagram: refused wires, values out of range, untriggered
// compute, concurrency reservations, missing failure destinations.
class ProblemChecker
{
public:
    explicit ProblemChecker(const Catalog &catalog);

    QList<Problem> check(const DocumentData &data) const;
    // How a problem names a node: "label (id)", or the id alone.
    static QString nodeName(const QString &label, const QString &id);

private:
    void checkNodes(const DocumentData &data, QList<Problem> *out) const;
    void checkEdges(const DocumentData &data, QList<Problem> *out) const;
    void checkConcurrency(const DocumentData &data, QList<Problem> *out) const;
    void checkSettings(const DocumentData &data, QList<Problem> *out) const;

    const Catalog &m_catalog;
};

} // namespace archscope
