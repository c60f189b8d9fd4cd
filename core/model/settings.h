#pragma once

#include <QJsonObject>
#include <QString>

namespace archscope {

// Document-wide simulation settings (DESIGN.md, file format).
struct Settings
{
    QString region = QStringLiteral("us-east-1");
    double horizonS = 2592000;  // 30 days
    double stepS = 60;
    qint64 seed = 1;
    bool freeTier = false;
    int accountConcurrency = 1000;
    QString scaling = QStringLiteral("2023");  // "2023" or "legacy"
    QJsonObject extra;

    bool operator==(const Settings &) const = default;
};

} // namespace archscope
