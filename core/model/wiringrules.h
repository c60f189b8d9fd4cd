#pragma once

#include "catalog/wirekind.h"

#include <QList>
#include <QString>

#include <optional>

namespace archscope {

class Catalog;
struct Node;

// The verdict on one wire: legal with its kind and invocation model, or refused with a hint.
struct WireCheck
{
    bool allowed = false;
    EdgeKind kind = EdgeKind::Trigger;
    InvocationModel model = InvocationModel::SyncPush;
    QList<EdgeKind> kinds;  // every kind the pair allows (more than one: the user picks)
    QString explanation;    // allowed: what the wire does; refused: why, and what to do instead
};

// Which wires AWS allows between two services, and how each invokes its target (DESIGN.md).
class WiringRules
{
public:
    explicit WiringRules(const Catalog &catalog);

    // Checks a wire from `from` to `to`. `requested` picks among the kinds a pair allows;
    // a kind the pair does not allow is refused.
    WireCheck check(const Node &from, const Node &to,
                    std::optional<EdgeKind> requested = std::nullopt) const;

    // One line per other kind: what a wire from a node of `kindId` to it would be.
    QStringList outgoingSummary(const QString &kindId) const;
    // One line per other kind: what a wire from it to a node of `kindId` would be.
    QStringList incomingSummary(const QString &kindId) const;

private:
    bool isCompute(const QString &kindId) const;
    bool streamEnabled(const Node &node) const;
    WireCheck checkTrigger(const Node &from, const Node &to) const;
    WireCheck checkRoute(const Node &from, const Node &to) const;
    WireCheck checkFromCompute(const Node &from, const Node &to, std::optional<EdgeKind> requested) const;
    WireCheck checkAnyWire(const Node &from, const Node &to, std::optional<EdgeKind> requested) const;
    InvocationModel deliveryModel(const Node &from) const;
    QString name(const QString &kindId) const;
    QString describe(const WireCheck &check, const QString &otherName, bool outgoing) const;

    const Catalog &m_catalog;
};

} // namespace archscope
