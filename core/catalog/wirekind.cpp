#include "wirekind.h"

#include <QCoreApplication>

namespace archscope {

QString edgeKindId(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Trigger: return QStringLiteral("trigger");
    case EdgeKind::Write: return QStringLiteral("write");
    case EdgeKind::Failure: return QStringLiteral("failure");
    }
    return {};
}

bool edgeKindFromId(const QString &id, EdgeKind *kind)
{
    for (EdgeKind k : {EdgeKind::Trigger, EdgeKind::Write, EdgeKind::Failure}) {
        if (edgeKindId(k) == id) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString invocationModelId(InvocationModel model)
{
    switch (model) {
    case InvocationModel::SyncPush: return QStringLiteral("sync");
    case InvocationModel::AsyncPush: return QStringLiteral("async");
    case InvocationModel::StreamPoll: return QStringLiteral("stream");
    case InvocationModel::QueuePoll: return QStringLiteral("queue");
    case InvocationModel::Write: return QStringLiteral("write");
    case InvocationModel::OnFailure: return QStringLiteral("on-failure");
    }
    return {};
}

QString invocationModelLabel(InvocationModel model)
{
    switch (model) {
    case InvocationModel::SyncPush: return QCoreApplication::translate("Wiring", "sync");
    case InvocationModel::AsyncPush: return QCoreApplication::translate("Wiring", "async");
    case InvocationModel::StreamPoll: return QCoreApplication::translate("Wiring", "stream");
    case InvocationModel::QueuePoll: return QCoreApplication::translate("Wiring", "queue");
    case InvocationModel::Write: return QCoreApplication::translate("Wiring", "write");
    case InvocationModel::OnFailure: return QCoreApplication::translate("Wiring", "on failure");
    }
    return {};
}

QString invocationModelHelp(InvocationModel model)
{
    switch (model) {
    case InvocationModel::SyncPush:
        return QCoreApplication::translate(
            "Wiring", "Synchronous push: the caller waits for the response. When the target is "
                      "out of capacity the caller gets an error at once (HTTP 429 for Lambda).");
    case InvocationModel::AsyncPush:
        return QCoreApplication::translate(
            "Wiring", "Asynchronous push: the event is handed over and queued; the source does "
                      "not wait. Lambda retries failed events twice and keeps them up to 6 hours, "
                      "then drops them or sends them to a failure destination.");
    case InvocationModel::StreamPoll:
        return QCoreApplication::translate(
            "Wiring", "Stream poll: the consumer polls each shard in order. Concurrency is at "
                      "most shards × parallelization factor; a slow consumer builds a backlog "
                      "and the iterator age grows.");
    case InvocationModel::QueuePoll:
        return QCoreApplication::translate(
            "Wiring", "Queue poll: consumers poll the queue in batches and scale on its depth. "
                      "Messages wait in the queue instead of being refused.");
    case InvocationModel::Write:
        return QCoreApplication::translate(
            "Wiring", "Write: the compute puts data into this service, which may in turn "
                      "trigger more compute.");
    case InvocationModel::OnFailure:
        return QCoreApplication::translate(
            "Wiring", "On failure: asynchronous events that still fail after their retries are "
                      "sent here (a dead-letter queue or on-failure destination) instead of "
                      "being lost.");
    }
    return {};
}

} // namespace archscope
