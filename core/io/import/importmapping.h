#pragma once

#include <QString>

#include <optional>

namespace archscope::importmapping {

// Readings of AWS values that CloudFormation and Terraform share.

// The catalog's runtime choice for a Lambda runtime ("python3.9" → "python3.12": the same
// language, whose cold-start default the catalog keeps); `exact` says whether it is the same
// runtime. Empty when the language is not in the catalog.
QString runtimeChoice(const QString &runtime, bool image, bool *exact);

// Mean events per second of an EventBridge or Scheduler expression: rate(5 minutes),
// cron(0 12 * * ? *) (its mean over a year), at(…) (a single event: 0). Empty when it cannot
// be read.
std::optional<double> scheduleRate(const QString &expression);

// A task's vCPU from ECS's cpu ("256" units, "0.25 vCPU", "1 vcpu"), and its memory in GB from
// ECS's memory ("512" MiB, "1 GB", "2GB").
std::optional<double> ecsVcpu(const QString &cpu);
std::optional<double> ecsMemoryGb(const QString &memory);

// A resource named outside the source: what kind of node stands for it.
struct OutsideResource
{
    QString kind;         // a catalog kind, or "external"
    QString name;         // a readable name: the ARN's resource name, the queue of a URL, …
    QString resourceType; // for an external node: "AWS::MSK::Cluster", "AWS ARN (glue)", …
    QString invokes;      // for an external node: how it delivers (stream for Kafka, …)
    bool stream = false;  // a DynamoDB table named by its stream's ARN
};
// `reference` is an ARN, an SQS queue URL, or a name; `expectedKind` is what the place it was
// found in expects (a queue for an SQS event), used when the reference does not say.
OutsideResource outsideResource(const QString &reference, const QString &expectedKind);

} // namespace archscope::importmapping
