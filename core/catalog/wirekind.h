#pragma once

#include <QString>

namespace archscope {

// What a wire is for: a source delivering events, compute writing data, or a failure route.
enum class EdgeKind { Trigger, Write, Failure };

// How the target is invoked over a wire (DESIGN.md, wiring rules).
enum class InvocationModel { SyncPush, AsyncPush, StreamPoll, QueuePoll, Write, OnFailure };

QString edgeKindId(EdgeKind kind);
bool edgeKindFromId(const QString &id, EdgeKind *kind);
QString invocationModelId(InvocationModel model);
// Translated short label for a model, as shown on a wire ("sync", "queue", ...).
QString invocationModelLabel(InvocationModel model);
// Translated sentence explaining the model to someone new to AWS.
QString invocationModelHelp(InvocationModel model);

} // namespace archscope
