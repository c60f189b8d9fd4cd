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

// The `simulation` block: parsed and checked against the kind's own properties, limits and
// prices, so a typo is an error naming the file and the JSON path, not a silent $0 line.
class SimulationParser
{
public:
    SimulationParser(KindSpec &kind, const QString &file, const QByteArray &context)
        : m_kind(kind), m_file(file), m_context(context)
    {
    }

    void parse(const json &j)
    {
        const QString at = QStringLiteral("/simulation");
        if (!j.is_object())
            fail(at, QStringLiteral("every kind needs a simulation block (model relay, function, fleet or none)"));
        SimulationSpec &s = m_kind.simulation;
        s.model = model(str(j, "model"), at + QStringLiteral("/model"));
        const bool compute = s.model == SimulationSpec::Model::Function || s.model == SimulationSpec::Model::Fleet;
        if (compute != m_kind.is(KindSpec::Compute))
            fail(at + QStringLiteral("/model"), QStringLiteral("model '%1' does not fit the kind's roles (function and "
                                                               "fleet are for compute kinds, and only they)")
                                                    .arg(str(j, "model")));
        s.unitName = translated(m_context, str(j, "unitName"));
        if (compute && s.unitName.isEmpty())
            fail(at + QStringLiteral("/unitName"), QStringLiteral("a compute model needs a unit name"));
        if (auto it = j.find("instanceTypes"); it != j.end())
            instanceTypes(*it, at + QStringLiteral("/instanceTypes"));
        const QStringList roles = SimulationSpec::roles(s.model);
        const json &reads = j.value("reads", json::object());
        if (!reads.is_object())
            fail(at + QStringLiteral("/reads"), QStringLiteral("expected an object of role: source"));
        for (auto it = reads.begin(); it != reads.end(); ++it) {
            const QString role = QString::fromStdString(it.key());
            if (!roles.contains(role))
                fail(at + QStringLiteral("/reads/") + role,
                     QStringLiteral("unknown role for this model (expected one of: %1)").arg(roles.join(QStringLiteral(", "))));
            s.reads.append({role, source(it.value(), at + QStringLiteral("/reads/") + role)});
        }
        if (s.model != SimulationSpec::Model::Relay)
            for (const QString &role : roles)
                if (!s.read(role))
                    fail(at + QStringLiteral("/reads"), QStringLiteral("missing the role '%1'").arg(role));
        int i = 0;
        for (const json &c : j.value("costItems", json::array()))
            s.costItems.append(costItem(c, at + QStringLiteral("/costItems/%1").arg(i++)));
        i = 0;
        for (const json &f : j.value("freeTier", json::array()))
            s.freeTier.append(freeTier(f, at + QStringLiteral("/freeTier/%1").arg(i++)));
    }

private:
    [[noreturn]] void fail(const QString &path, const QString &message) const
    {
        throw CatalogError{QStringLiteral("%1:%2: %3").arg(m_file, path, message)};
    }

    SimulationSpec::Model model(const QString &id, const QString &at) const
    {
        using M = SimulationSpec::Model;
        static const QList<std::pair<QString, M>> models = {{QStringLiteral("relay"), M::Relay},
                                                             {QStringLiteral("function"), M::Function},
                                                             {QStringLiteral("fleet"), M::Fleet},
                                                             {QStringLiteral("none"), M::None}};
        for (const auto &[name, m] : models)
            if (name == id)
                return m;
        fail(at, QStringLiteral("unknown model '%1' (relay, function, fleet or none)").arg(id));
    }

    const PropertySpec &property(const QString &key, const QString &at) const
    {
        const PropertySpec *p = m_kind.property(key);
        if (!p)
            fail(at, QStringLiteral("the kind has no property '%1'").arg(key));
        return *p;
    }

    SimulationSource source(const json &j, const QString &at) const
    {
        using F = SimulationSource::From;
        SimulationSource s;
        if (j.is_number()) {
            s.constant = j.get<double>();
            return s;
        }
        if (!j.is_string())
            fail(at, QStringLiteral("expected a number, a property key or an @-source"));
        const QString text = qs(j);
        if (text.startsWith(QLatin1String("@limit."))) {
            s.from = F::Limit;
            s.key = text.mid(7);
            if (!m_kind.findLimit(s.key))
                fail(at, QStringLiteral("the kind has no limit '%1'").arg(s.key));
        } else if (text == QLatin1String("@instance.vcpu") || text == QLatin1String("@instance.memoryGib")) {
            s.from = text.endsWith(QLatin1String("vcpu")) ? F::InstanceVcpu : F::InstanceMemoryGib;
            if (m_kind.simulation.instanceTypes.isEmpty())
                fail(at, QStringLiteral("%1 needs instanceTypes").arg(text));
        } else if (text == QLatin1String("@outWires")) {
            s.from = F::OutWires;
        } else if (text == QLatin1String("@requestsPerMessage")) {
            s.from = F::RequestsPerMessage;
        } else if (text.startsWith(QLatin1Char('@'))) {
            fail(at, QStringLiteral("unknown source '%1' (@limit.KEY, @instance.vcpu, @instance.memoryGib, "
                                    "@outWires, @requestsPerMessage)").arg(text));
        } else {
            s.from = F::Property;
            s.key = text;
            property(text, at);
        }
        return s;
    }

    void instanceTypes(const json &j, const QString &at) const
    {
        SimulationSpec &s = m_kind.simulation;
        s.instanceTypeProperty = str(j, "property");
        const PropertySpec &p = property(s.instanceTypeProperty, at + QStringLiteral("/property"));
        int i = 0;
        for (const json &t : j.value("types", json::array())) {
            const QString where = at + QStringLiteral("/types/%1").arg(i++);
            InstanceTypeSpec type{str(t, "id"), t.value("vcpu", 0.0), t.value("memoryGib", 0.0)};
            if (type.id.isEmpty() || !(type.vcpu > 0) || !(type.memoryGib > 0))
                fail(where, QStringLiteral("an instance type needs an id, vcpu > 0 and memoryGib > 0"));
            s.instanceTypes.append(type);
        }
        for (const QString &choice : p.choices)
            if (!s.instanceType(choice))
                fail(at + QStringLiteral("/types"), QStringLiteral("no entry for the choice '%1'").arg(choice));
    }

    void priceItem(const QString &item, const QString &at) const
    {
        if (!m_kind.price(item))
            fail(at, QStringLiteral("the kind has no price '%1'").arg(item));
    }

    PriceChoice priceChoice(const json &j, const QString &at) const
    {
        PriceChoice c;
        if (j.is_string()) {
            c.item = qs(j);
            priceItem(c.item, at);
            return c;
        }
        if (!j.is_object())
            fail(at, QStringLiteral("expected a price item or {item, byProperty, variants} or {fromProperty}"));
        c.fromProperty = str(j, "fromProperty");
        if (!c.fromProperty.isEmpty()) {
            const PropertySpec &p = property(c.fromProperty, at + QStringLiteral("/fromProperty"));
            if (p.choices.isEmpty())
                fail(at + QStringLiteral("/fromProperty"), QStringLiteral("'%1' is not a choice").arg(c.fromProperty));
            for (const QString &choice : p.choices)
                priceItem(choice, at + QStringLiteral("/fromProperty"));
            return c;
        }
        c.item = str(j, "item");
        priceItem(c.item, at + QStringLiteral("/item"));
        c.byProperty = str(j, "byProperty");
        const json &variants = j.value("variants", json::object());
        if (!c.byProperty.isEmpty())
            property(c.byProperty, at + QStringLiteral("/byProperty"));
        else if (!variants.empty())
            fail(at + QStringLiteral("/variants"), QStringLiteral("variants need byProperty"));
        for (auto it = variants.begin(); it != variants.end(); ++it) {
            const QString value = QString::fromStdString(it.key());
            c.variants.append({value, qs(it.value())});
            priceItem(qs(it.value()), at + QStringLiteral("/variants/") + value);
        }
        return c;
    }

    SimulationCondition condition(const json &j, const QString &at) const
    {
        using T = SimulationCondition::Test;
        SimulationCondition c;
        c.property = str(j, "property");
        property(c.property, at + QStringLiteral("/property"));
        if (j.contains("equals")) {
            c.test = T::Equals;
            c.text = qs(j.at("equals"));
        } else if (j.contains("notEquals")) {
            c.test = T::NotEquals;
            c.text = qs(j.at("notEquals"));
        } else if (j.contains("above") && j.at("above").is_number()) {
            c.test = T::Above;
            c.number = j.at("above").get<double>();
        } else {
            fail(at, QStringLiteral("expected equals, notEquals or above"));
        }
        return c;
    }

    CostItemSpec costItem(const json &j, const QString &at) const
    {
        static const QList<std::pair<QString, CostBasis::Basis>> bases = {
            {QStringLiteral("events"), CostBasis::Events},
            {QStringLiteral("seconds"), CostBasis::Seconds},
            {QStringLiteral("requests"), CostBasis::Requests},
            {QStringLiteral("gbSeconds"), CostBasis::GbSeconds},
            {QStringLiteral("provisionedDurationGbSeconds"), CostBasis::ProvisionedDurationGbS},
            {QStringLiteral("initGbSeconds"), CostBasis::InitGbSeconds},
            {QStringLiteral("unitSeconds"), CostBasis::UnitSeconds}};
        CostItemSpec c;
        c.name = str(j, "name");
        c.label = translated(m_context, str(j, "label"));
        c.unit = translated(m_context, str(j, "unit"));
        if (!j.contains("price"))
            fail(at, QStringLiteral("a cost item needs a price"));
        c.price = priceChoice(j.at("price"), at + QStringLiteral("/price"));
        c.pricePer = j.value("pricePer", 1.0);
        if (!(c.pricePer > 0))
            fail(at + QStringLiteral("/pricePer"), QStringLiteral("must be above 0"));
        if (auto it = j.find("priceRatio"); it != j.end()) {
            if (!it->contains("of") || !it->contains("to"))
                fail(at + QStringLiteral("/priceRatio"), QStringLiteral("expected {of, to}"));
            c.priceRatio = std::make_pair(priceChoice(it->at("of"), at + QStringLiteral("/priceRatio/of")),
                                          priceChoice(it->at("to"), at + QStringLiteral("/priceRatio/to")));
        }
        const QString basis = str(j, "basis");
        bool known = false;
        for (const auto &[name, b] : bases)
            if (name == basis) {
                c.basis = b;
                known = true;
            }
        if (!known) {
            QStringList names;
            for (const auto &b : bases)
                names.append(b.first);
            fail(at + QStringLiteral("/basis"),
                 QStringLiteral("unknown basis '%1' (%2)").arg(basis, names.join(QStringLiteral(", "))));
        }
        int i = 0;
        for (const json &f : j.value("factors", json::array()))
            c.factors.append(source(f, at + QStringLiteral("/factors/%1").arg(i++)));
        i = 0;
        for (const json &d : j.value("divisors", json::array())) {
            const QString where = at + QStringLiteral("/divisors/%1").arg(i++);
            c.divisors.append(source(d, where));
            if (c.divisors.last().from == SimulationSource::From::Constant && c.divisors.last().constant == 0)
                fail(where, QStringLiteral("a divisor cannot be 0"));
        }
        if (auto it = j.find("when"); it != j.end())
            c.when = condition(*it, at + QStringLiteral("/when"));
        return c;
    }

    FreeTierSpec freeTier(const json &j, const QString &at) const
    {
        FreeTierSpec f{str(j, "limit"), {}};
        if (!m_kind.findLimit(f.limit))
            fail(at + QStringLiteral("/limit"), QStringLiteral("the kind has no limit '%1'").arg(f.limit));
        QStringList names;
        for (const CostItemSpec &c : m_kind.simulation.costItems)
            names += c.possibleNames(m_kind);
        for (const json &item : j.value("items", json::array())) {
            f.items.append(qs(item));
            if (!names.contains(f.items.last()))
                fail(at + QStringLiteral("/items"), QStringLiteral("no cost item '%1'").arg(f.items.last()));
        }
        return f;
    }

    KindSpec &m_kind;
    QString m_file;
    QByteArray m_context;
};

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
    k.newLabel = translated(context, str(j, "newLabel"));
    if (k.newLabel.isEmpty())
        k.newLabel = k.shortName;
    for (const json &word : j.value("keywords", json::array())) {
        const QString english = qs(word), local = translated(context, english);
        k.keywords.append(english);
        if (local != english)
            k.keywords.append(local);
    }
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
    const QString wiring = j.contains("wiring") ? str(j, "wiring") : QStringLiteral("rules");
    if (wiring != QLatin1String("rules") && wiring != QLatin1String("any"))
        throw CatalogError{file + QStringLiteral(":/wiring: expected \"rules\" or \"any\", not '%1'").arg(wiring)};
    k.anyWire = wiring == QLatin1String("any");
    k.subtitleProperty = str(j, "subtitle");
    if (!k.subtitleProperty.isEmpty()) {
        const PropertySpec *p = k.property(k.subtitleProperty);
        if (!p || p->type != PropertySpec::Type::String)
            throw CatalogError{file + QStringLiteral(":/subtitle: '%1' is not a text property of the kind").arg(k.subtitleProperty)};
    }
    const QString shape = j.contains("shape") ? str(j, "shape") : QStringLiteral("icon");
    if (shape != QLatin1String("icon") && shape != QLatin1String("box"))
        throw CatalogError{file + QStringLiteral(":/shape: expected \"icon\" or \"box\", not '%1'").arg(shape)};
    k.plainBox = shape == QLatin1String("box");
    SimulationParser(k, file, context).parse(j.value("simulation", json()));
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
    if (const KindSpec *k = kind(kindId))
        return k->value(props, key);
    return props.contains(key) ? props.value(key) : QJsonValue();
}

double Catalog::nodeNumber(const QString &kindId, const QJsonObject &props, const QString &key, double fallback) const
{
    if (const KindSpec *k = kind(kindId))
        return k->number(props, key).value_or(fallback);
    const QJsonValue v = props.value(key);
    return v.isDouble() && std::isfinite(v.toDouble()) ? v.toDouble() : fallback;
}

} // namespace archscope
