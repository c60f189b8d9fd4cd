#pragma once

#include <QCoreApplication>
#include <QString>

namespace archscope {

class Catalog;
struct KindSpec;
struct WireCheck;

// Builds the inspector's "Learn" pages as HTML, with every piece of catalog text escaped.
class LearnText
{
    Q_DECLARE_TR_FUNCTIONS(LearnText)

public:
    // The kind's summary, teaching text, limits, instance types, prices and what it can be
    // wired to and from.
    static QString forKind(const Catalog &catalog, const KindSpec &kind);
    // What a wire does: its invocation model explained, and the verdict of the wiring rules.
    static QString forWire(const WireCheck &check, const QString &fromName, const QString &toName);
    // What the inspector is for, shown when nothing is selected.
    static QString forDocument();
    // Shown when several items are selected.
    static QString forSeveral();
};

} // namespace archscope
