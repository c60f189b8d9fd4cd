#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace archscope {

// One documented property of a service kind or a wire: type, default, valid range, help.
struct PropertySpec
{
    enum class Type { Number, Integer, Boolean, Choice, String, Object, Series };

    QString key;
    Type type = Type::Number;
    QString label;
    QString unit;
    QString help;
    QJsonValue defaultValue;
    double minimum = 0;
    double maximum = 0;
    QStringList choices;
    bool optional = false;  // null (or absent) means "not set", e.g. no reserved concurrency
    QList<PropertySpec> fields;  // sub-properties of an Object property

    // Empty when the value is acceptable; otherwise why not (untranslated range text included).
    QString checkType(const QJsonValue &value) const;
    QString checkRange(const QJsonValue &value) const;
    const PropertySpec *field(const QString &fieldKey) const;
    // "a number 128..10240" and the like, for error messages.
    QString expectation() const;
};

} // namespace archscope
