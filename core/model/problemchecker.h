#pragma once

#include "problem.h"

#include <QList>

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

private:
    void checkNodes(const DocumentData &data, QList<Problem> *out) const;
    void checkEdges(const DocumentData &data, QList<Problem> *out) const;
    void checkConcurrency(const DocumentData &data, QList<Problem> *out) const;
    void checkSettings(const DocumentData &data, QList<Problem> *out) const;

    const Catalog &m_catalog;
};

} // namespace archscope
