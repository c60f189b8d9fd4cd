#include "catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QStringList>

#include "io/jsonconvert.h"

using nlohmann::json;

namespace archscope {

namespace {

// Catalog files are trusted (bundled), but a broken one must still fail loudly and clearly.
struct CatalogError
{
    QString message;
};

QString qs(const json &j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

QString str(const json &obj, const char *key)
{
    auto it = obj.find(key);
    return it == obj.end() ? QString() : qs(*it);
}

QJsonValue toQJson(const json &j)
{
    return jsonconvert::toQt(j);
}

// Data texts are translated as they load; scripts/extract-data-strings.py feeds the same
// contexts to lupdate.
QString translated(const QByteArray &context, const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate(context.constData(), text.toUtf8().constData());
}

PropertySpec::Type parseType(const QString &type, const QString &where)
{
    using T = PropertySpec::Type;
    static const QList<std::pair<QString, T>> types = {
        {QStringLiteral("number"), T::Number},   {QStringLiteral("integer"), T::Integer},
        {QStringLiteral("boolean"), T::Boolean}, {QStringLiteral("choice"), T::Choice},
        {QStringLiteral("string"), T::String},   {QStringLiteral("object"), T::Object},
        {QStringLiteral("series"), T::Series}};
    for (const auto &[name, t] : types)
        if (name == type)
            return t;
    throw CatalogError{QStringLiteral("%1: unknown property type '%2'").arg(where, type)};
}

PropertySpec parseProperty(const json &j, const QString &where, const QByteArray &context)
{
    PropertySpec p;
    p.key = str(j, "key");
    if (p.key.isEmpty())
        throw CatalogError{where + QStringLiteral(": property without a key")};
    const QString at = where + QLatin1Char('/') + p.key;
    p.type = parseType(str(j, "type"), at);
    p.label = translated(context, str(j, "label"));
    p.unit = translated(context, str(j, "unit"));
    p.help = translated(context, str(j, "help"));
    p.minimum = j.value("min", 0.0);
    p.maximum = j.value("max", 0.0);
    p.optional = j.value("optional", false);
    if (auto it = j.find("choices"); it != j.end())
        for (const json &c : *it)
            p.choices.append(qs(c));
    if (auto it = j.find("fields"); it != j.end())
        for (const json &f : *it)
            p.fields.append(parseProperty(f, at, context));
    if (p.type == PropertySpec::Type::Object) {
        QJsonObject defaults;
        for (const PropertySpec &f : p.fields)
            defaults.insert(f.key, f.defaultValue);
        p.defaultValue = defaults;
    } else {
        if (!j.contains("default"))
            throw CatalogError{at + QStringLiteral(": no default")};
        p.defaultValue = toQJson(j.at("default"));
        const QString typeError = p.checkType(p.defaultValue);
        const QString rangeError = typeError.isEmpty() ? p.checkRange(p.defaultValue) : QString();
        if (!typeError.isEmpty() || !rangeError.isEmpty())
            throw CatalogError{at + QStringLiteral(": invalid default: ") + typeError + rangeError};
    }
    return p;
}

KindSpec parseKind(const json &j, const QString &file)
{
    KindSpec k;
    k.id = str(j, "id");
    const QByteArray context = "catalog:" + k.id.toUtf8();
    k.name = translated(context, str(j, "name"));
    k.shortName = translated(context, str(j, "shortName"));
    if (k.shortName.isEmpty())
        k.shortName = k.name;
    k.category = str(j, "category");
    k.summary = translated(context, str(j, "summary"));
    const json &learn = j.value("learn", json::array());
    QStringList paragraphs;
    for (const json &para : learn)
        paragraphs.append(translated(context, qs(para)));
    k.learn = paragraphs.join(QStringLiteral("\n\n"));
    for (const json &role : j.value("roles", json::array())) {
        const QString r = qs(role);
        if (r == QLatin1String("source"))
            k.roles |= KindSpec::Source;
        else if (r == QLatin1String("storage"))
            k.roles |= KindSpec::Storage;
        else if (r == QLatin1String("compute"))
            k.roles |= KindSpec::Compute;
        else
            throw CatalogError{file + QStringLiteral(": unknown role '%1'").arg(r)};
    }
    for (const json &p : j.value("properties", json::array()))
        k.properties.append(parseProperty(p, file + QStringLiteral(":/properties"), context));
    for (const json &l : j.value("limits", json::array()))
        k.limits.append({str(l, "key"), translated(context, str(l, "label")), l.value("value", 0.0),
                         translated(context, str(l, "unit"))});
    for (const json &p : j.value("prices", json::array())) {
        PriceSpec price{str(p, "item"), translated(context, str(p, "label")), p.value("usd", 0.0),
                        translated(context, str(p, "unit")), str(p, "source"), str(p, "asOf")};
        if (price.source.isEmpty() || price.asOf.isEmpty())
            throw CatalogError{file + QStringLiteral(": price '%1' needs source and asOf").arg(price.item)};
        k.prices.append(price);
    }
    if (k.id.isEmpty() || k.name.isEmpty() || k.roles == 0)
        throw CatalogError{file + QStringLiteral(": a kind needs id, name and roles")};
    return k;
}

json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CatalogError{QStringLiteral("cannot read %1").arg(path)};
    const QByteArray data = f.readAll();
    try {
        return json::parse(data.constData(), data.constData() + data.size());
    } catch (const json::exception &e) {
        throw CatalogError{path + QStringLiteral(": ") + QString::fromUtf8(e.what())};
    }
}

InvocationModel parseModel(const QString &id, const QString &where)
{
    for (InvocationModel m : {InvocationModel::SyncPush, InvocationModel::AsyncPush,
                              InvocationModel::StreamPoll, InvocationModel::QueuePoll,
                              InvocationModel::Write, InvocationModel::OnFailure})
        if (invocationModelId(m) == id)
            return m;
    throw CatalogError{QStringLiteral("%1: unknown invocation model '%2'").arg(where, id)};
}

} // namespace

const Catalog &Catalog::builtin()
{
    static const Catalog catalog = [] {
        Catalog c;
        QString error;
        if (!c.load(QStringLiteral(":/catalog"), &error))
            qFatal("The bundled service catalog is broken: %s", qPrintable(error));
        return c;
    }();
    return catalog;
}

bool Catalog::load(const QString &directory, QString *error)
{
    try {
        const json index = readJson(directory + QStringLiteral("/index.json"));
        QList<CategorySpec> categories;
        for (const json &c : index.at("categories"))
            categories.append({str(c, "id"), translated("catalog", str(c, "name")), QColor(str(c, "color"))});
        QList<KindSpec> kinds;
        for (const json &id : index.at("kinds")) {
            const QString file = directory + QLatin1Char('/') + qs(id) + QStringLiteral(".json");
            KindSpec k = parseKind(readJson(file), file);
            if (k.id != qs(id))
                throw CatalogError{file + QStringLiteral(": id does not match the file name")};
            bool known = false;
            for (const CategorySpec &c : categories)
                known = known || c.id == k.category;
            if (!known)
                throw CatalogError{file + QStringLiteral(": unknown category '%1'").arg(k.category)};
            kinds.append(k);
        }
        QList<WirePropertySpec> wireProps;
        for (const json &w : index.value("wireProperties", json::array())) {
            WirePropertySpec spec;
            spec.spec = parseProperty(w, QStringLiteral("index.json:/wireProperties"), "catalog");
            for (const json &m : w.value("models", json::array()))
                spec.models.append(parseModel(qs(m), spec.spec.key));
            spec.defaultsBySource = toQJson(w.value("defaultsBySource", json::object())).toObject();
            wireProps.append(spec);
        }
        m_kinds = kinds;
        m_categories = categories;
        m_wireProperties = wireProps;
        return true;
    } catch (const CatalogError &e) {
        if (error)
            *error = e.message;
    } catch (const json::exception &e) {
        if (error)
            *error = directory + QStringLiteral(": ") + QString::fromUtf8(e.what());
    }
    return false;
}

const KindSpec *Catalog::kind(const QString &id) const
{
    for (const KindSpec &k : m_kinds)
        if (k.id == id)
            return &k;
    return nullptr;
}

const CategorySpec *Catalog::category(const QString &id) const
{
    for (const CategorySpec &c : m_categories)
        if (c.id == id)
            return &c;
    return nullptr;
}

QColor Catalog::categoryColor(const QString &kindId) const
{
    const KindSpec *k = kind(kindId);
    const CategorySpec *c = k ? category(k->category) : nullptr;
    return c ? c->color : QColor(Qt::gray);
}

QList<PropertySpec> Catalog::wireProperties(InvocationModel model, const QString &sourceKind) const
{
    QList<PropertySpec> result;
    for (const WirePropertySpec &w : m_wireProperties) {
        if (!w.models.contains(model))
            continue;
        PropertySpec p = w.spec;
        if (w.defaultsBySource.contains(sourceKind))
            p.defaultValue = w.defaultsBySource.value(sourceKind);
        result.append(p);
    }
    return result;
}

QJsonValue Catalog::nodeValue(const QString &kindId, const QJsonObject &props, const QString &key) const
{
    if (props.contains(key))
        return props.value(key);
    const KindSpec *k = kind(kindId);
    const PropertySpec *p = k ? k->property(key) : nullptr;
    return p ? p->defaultValue : QJsonValue();
}

double Catalog::nodeNumber(const QString &kindId, const QJsonObject &props, const QString &key, double fallback) const
{
    const QJsonValue v = nodeValue(kindId, props, key);
    return v.isDouble() && std::isfinite(v.toDouble()) ? v.toDouble() : fallback;
}

} // namespace archscope
