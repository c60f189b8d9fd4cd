#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscope {

// What an import made of every resource of its source, and what it could not resolve: the
// summary the CLI prints and the import dialog shows. Nothing of the source goes unlisted.
struct ImportReport
{
    // One resource of the source and what became of it.
    struct Item
    {
        QString path;   // where it is in the source: "Resources.OrdersFn",
                        // "module.app.aws_sqs_queue.jobs"
        QString type;   // its resource type: "AWS::Serverless::Function", "aws_sqs_queue"
        QString nodeId; // the node it became, or the node it was folded into (a wire, a setting)
        QString kind;   // that node's kind
        QString note;   // translated: how it was folded in, or why it was ignored
    };

    // A value that could not be resolved or a construct that was approximated, at its path
    // ("Resources.OrdersFn.Properties.MemorySize").
    struct Warning
    {
        QString path;
        QString message; // translated
        QString nodeId;  // the node it concerns, when there is one
    };

    QString format;       // "cloudformation", "sam", "terraform-plan", "terraform-state"
    QList<Item> mapped;   // became a node of a known kind, or a wire or setting of one
    QList<Item> external; // became an `external` node
    QList<Item> ignored;  // IAM, permissions, networking, monitoring and the like
    QList<Warning> warnings;
    // Nodes where events enter the diagram, none of which has traffic yet (a template holds no
    // traffic; schedules are the exception, their rate is in the template).
    QStringList sourcesWithoutTraffic;
    int nodes = 0;
    int wires = 0;

    // Whether anything maps onto a kind Archscope simulates (`archscope import` exits 1 if not).
    bool anythingMapped() const { return !mapped.isEmpty(); }
    // {"format", "nodes", "wires", "mapped": [...], "external": [...], "ignored": [...],
    //  "warnings": [...], "sourcesWithoutTraffic": [...]}: the CLI's --json summary.
    QJsonObject toJson() const;
    // The summary as lines of text, translated (the CLI's default output).
    QStringList summaryLines() const;
};

} // namespace archscope
