#pragma once

// Conversions between nlohmann::json and Qt's JSON values; nlohmann stays inside core/io and
// the catalog loader (DESIGN.md).

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <nlohmann/json.hpp>

#include <cmath>

namespace archscope::jsonconvert {

inline QString toQString(const nlohmann::json &j)
{
    return QString::fromStdString(j.get<std::string>());
}

inline QJsonValue toQt(const nlohmann::json &j)
{
    switch (j.type()) {
    case nlohmann::json::value_t::boolean: return j.get<bool>();
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return j.get<double>();
    case nlohmann::json::value_t::string: return toQString(j);
    case nlohmann::json::value_t::array: {
        QJsonArray a;
        for (const auto &e : j)
            a.append(toQt(e));
        return a;
    }
    case nlohmann::json::value_t::object: {
        QJsonObject o;
        for (auto it = j.begin(); it != j.end(); ++it)
            o.insert(QString::fromStdString(it.key()), toQt(it.value()));
        return o;
    }
    default: return QJsonValue();
    }
}

// Whole numbers are written as integers so a file reads back byte-identical.
inline nlohmann::ordered_json fromQt(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return static_cast<std::int64_t>(d);
        return d;
    }
    case QJsonValue::String: return v.toString().toStdString();
    case QJsonValue::Array: {
        auto a = nlohmann::ordered_json::array();
        for (const QJsonValue &e : v.toArray())
            a.push_back(fromQt(e));
        return a;
    }
    case QJsonValue::Object: {
        auto o = nlohmann::ordered_json::object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o[it.key().toStdString()] = fromQt(it.value());
        return o;
    }
    default: return nullptr;
    }
}

} // namespace archscope::jsonconvert
