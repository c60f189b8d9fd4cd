#include "archscopeformat.h"

#include "catalog/catalog.h"
#include "filewriter.h"
#include "jsonconvert.h"
#include "model/wiringrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>
#include <functional>

using nlohmann::json;
using nlohmann::ordered_json;

namespace archscope {

namespace {


// Thrown inside the reader; carries the JSON path and a message naming the problem.
struct FormatError
{
    QString path;
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw FormatError{path, message};
}

QString child(const QString &path, const QString &key)
{
    return path + QLatin1Char('/') + key;
}

QString child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

const json &member(const json &obj, const char *key, const QString &path)
{
    auto it = obj.find(key);
    if (it == obj.end())
        fail(child(path, QString::fromLatin1(key)), QCoreApplication::translate("ArchscopeFormat", "required but missing"));
    return *it;
}

QString readString(const json &j, const QString &path, bool allowEmpty = true)
{
    if (!j.is_string())
        fail(path, QCoreApplication::translate("ArchscopeFormat", "expected a string"));
    const QString s = jsonconvert::toQString(j);
    if (s.size() > ArchscopeFormat::maxStringLength)
        fail(path, QCoreApplication::translate("ArchscopeFormat", "text longer than %1 characters").arg(ArchscopeFormat::maxStringLength));
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(path, QCoreApplication::translate("ArchscopeFormat", "must not be empty"));
    return s;
}

double readNumber(const json &j, const QString &path)
{
    if (!j.is_number())
        fail(path, QCoreApplication::translate("ArchscopeFormat", "expected a number"));
    const double v = j.get<double>();
    if (!std::isfinite(v))
        fail(path, QCoreApplication::translate("ArchscopeFormat", "the number is not finite"));
    return v;
}

qint64 readInteger(const json &j, const QString &path, double lo, double hi)
{
    const double v = readNumber(j, path);
    if (std::floor(v) != v || v < lo || v > hi)
        fail(path, QCoreApplication::translate("ArchscopeFormat", "expected a whole number %1..%2").arg(lo, 0, 'g', 16).arg(hi, 0, 'g', 16));
    return static_cast<qint64>(v);
}

const json &readObject(const json &j, const QString &path)
{
    if (!j.is_object())
        fail(path, QCoreApplication::translate("ArchscopeFormat", "expected an object"));
    return j;
}

QJsonObject extraKeys(const json &obj, std::initializer_list<const char *> known)
{
    QJsonObject extra;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool isKnown = false;
        for (const char *k : known)
            isKnown = isKnown || it.key() == k;
        if (!isKnown)
            extra.insert(QString::fromStdString(it.key()), jsonconvert::toQt(it.value()));
    }
    return extra;
}

// Types of known properties are checked here; ranges are problems (see ProblemChecker), so a
// file with a value out of range still opens and can be fixed.
void checkValue(const PropertySpec &spec, const json &value, const QString &path)
{
    const QJsonValue v = jsonconvert::toQt(value);
    const QString error = spec.checkType(v);
    if (!error.isEmpty())
        fail(path, error);
    if (spec.type == PropertySpec::Type::Object) {
        for (auto it = value.begin(); it != value.end(); ++it)
            if (const PropertySpec *f = spec.field(QString::fromStdString(it.key())))
                checkValue(*f, it.value(), child(path, QString::fromStdString(it.key())));
    }
}

QJsonObject readProps(const json &j, const QString &path,
                      const std::function<const PropertySpec *(const QString &)> &specFor)
{
    readObject(j, path);
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (const PropertySpec *spec = specFor(key))
            checkValue(*spec, it.value(), child(path, key));
    }
    return jsonconvert::toQt(j).toObject();
}

Node readNode(const json &j, const QString &path, const Catalog &catalog)
{
    readObject(j, path);
    Node n;
    n.id = readString(member(j, "id", path), child(path, QStringLiteral("id")), false);
    n.kind = readString(member(j, "kind", path), child(path, QStringLiteral("kind")), false);
    const KindSpec *kind = catalog.kind(n.kind);
    if (!kind)
        fail(child(path, QStringLiteral("kind")), QCoreApplication::translate("ArchscopeFormat", "unknown kind '%1'").arg(n.kind));
    if (j.contains("label"))
        n.label = readString(j.at("label"), child(path, QStringLiteral("label")));
    double xy[2] = {0, 0};
    const char *axes[2] = {"x", "y"};
    for (int i = 0; i < 2; ++i) {
        if (!j.contains(axes[i]))
            continue;
        const QString at = child(path, QString::fromLatin1(axes[i]));
        xy[i] = readNumber(j.at(axes[i]), at);
        if (std::fabs(xy[i]) > ArchscopeFormat::maxCoordinate)
            fail(at, QCoreApplication::translate("ArchscopeFormat", "a coordinate must lie within ±%1").arg(ArchscopeFormat::maxCoordinate, 0, 'g'));
    }
    n.pos = QPointF(xy[0], xy[1]);
    if (j.contains("props"))
        n.props = readProps(j.at("props"), child(path, QStringLiteral("props")),
                            [kind](const QString &key) { return kind->property(key); });
    n.extra = extraKeys(j, {"id", "kind", "label", "x", "y", "props"});
    return n;
}

Edge readEdge(const json &j, const QString &path, const Catalog &catalog)
{
    readObject(j, path);
    Edge e;
    e.id = readString(member(j, "id", path), child(path, QStringLiteral("id")), false);
    e.from = readString(member(j, "from", path), child(path, QStringLiteral("from")), false);
    e.to = readString(member(j, "to", path), child(path, QStringLiteral("to")), false);
    if (j.contains("kind")) {
        const QString kind = readString(j.at("kind"), child(path, QStringLiteral("kind")));
        if (!edgeKindFromId(kind, &e.kind))
            fail(child(path, QStringLiteral("kind")),
                 QCoreApplication::translate("ArchscopeFormat", "expected one of trigger, write, failure, not '%1'").arg(kind));
    }
    // Wire properties are typed alike whichever model the wire ends up with.
    QList<PropertySpec> wireSpecs;
    for (InvocationModel m : {InvocationModel::StreamPoll, InvocationModel::QueuePoll,
                              InvocationModel::SyncPush, InvocationModel::AsyncPush,
                              InvocationModel::Write, InvocationModel::OnFailure})
        for (const PropertySpec &p : catalog.wireProperties(m, QString()))
            wireSpecs.append(p);
    if (j.contains("props"))
        e.props = readProps(j.at("props"), child(path, QStringLiteral("props")),
                            [&wireSpecs](const QString &key) -> const PropertySpec * {
                                for (const PropertySpec &p : wireSpecs)
                                    if (p.key == key)
                                        return &p;
                                return nullptr;
                            });
    e.extra = extraKeys(j, {"id", "from", "to", "kind", "props"});
    return e;
}

Settings readSettings(const json &j, const QString &path)
{
    readObject(j, path);
    Settings s;
    auto at = [&path](const char *key) { return child(path, QString::fromLatin1(key)); };
    if (j.contains("region"))
        s.region = readString(j.at("region"), at("region"), false);
    if (j.contains("horizonS"))
        s.horizonS = readNumber(j.at("horizonS"), at("horizonS"));
    if (j.contains("stepS"))
        s.stepS = readNumber(j.at("stepS"), at("stepS"));
    if (j.contains("seed"))
        s.seed = readInteger(j.at("seed"), at("seed"), 0, 9007199254740991.0);
    if (j.contains("freeTier")) {
        if (!j.at("freeTier").is_boolean())
            fail(at("freeTier"), QCoreApplication::translate("ArchscopeFormat", "expected true or false"));
        s.freeTier = j.at("freeTier").get<bool>();
    }
    if (j.contains("accountConcurrency"))
        s.accountConcurrency = int(readInteger(j.at("accountConcurrency"), at("accountConcurrency"), 0, 1e7));
    if (j.contains("scaling")) {
        s.scaling = readString(j.at("scaling"), at("scaling"));
        if (s.scaling != QLatin1String("2023") && s.scaling != QLatin1String("legacy"))
            fail(at("scaling"), QCoreApplication::translate("ArchscopeFormat", "expected \"2023\" or \"legacy\""));
    }
    s.extra = extraKeys(j, {"region", "horizonS", "stepS", "seed", "freeTier", "accountConcurrency", "scaling"});
    return s;
}

// The questionnaire section. Ids are not checked against the question bank: a newer version may
// ask more questions, and their answers must survive a round trip; only the types are strict.
Decision readDecision(const json &j, const QString &path)
{
    readObject(j, path);
    Decision d;
    if (j.contains("answers")) {
        const QString at = child(path, QStringLiteral("answers"));
        const json &answers = readObject(j.at("answers"), at);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            const QString question = QString::fromStdString(it.key());
            d.answers.set(question, readString(it.value(), child(at, question), false));
        }
    }
    if (j.contains("chosen"))
        d.chosen = readString(j.at("chosen"), child(path, QStringLiteral("chosen")));
    d.extra = extraKeys(j, {"answers", "chosen"});
    return d;
}

ordered_json decisionJson(const Decision &d)
{
    ordered_json j = ordered_json::object();
    ordered_json answers = ordered_json::object();
    for (auto it = d.answers.map().cbegin(); it != d.answers.map().cend(); ++it)
        answers[it.key().toStdString()] = it.value().toStdString();
    j["answers"] = answers;
    if (!d.chosen.isEmpty())
        j["chosen"] = d.chosen.toStdString();
    for (auto it = d.extra.begin(); it != d.extra.end(); ++it)
        j[it.key().toStdString()] = jsonconvert::fromQt(it.value());
    return j;
}

template<typename T, typename ReadOne>
QList<T> readList(const json &j, const QString &path, int limit, ReadOne readOne)
{
    if (!j.is_array())
        fail(path, QCoreApplication::translate("ArchscopeFormat", "expected a list"));
    if (j.size() > size_t(limit))
        fail(path, QCoreApplication::translate("ArchscopeFormat", "more than %1 entries").arg(limit));
    QList<T> items;
    items.reserve(qsizetype(j.size()));
    QSet<QString> ids;
    for (size_t i = 0; i < j.size(); ++i) {
        T item = readOne(j.at(i), child(path, qsizetype(i)));
        if (ids.contains(item.id))
            fail(child(child(path, qsizetype(i)), QStringLiteral("id")),
                 QCoreApplication::translate("ArchscopeFormat", "duplicate id '%1'").arg(item.id));
        ids.insert(item.id);
        items.append(item);
    }
    return items;
}

void checkEdgeEnds(const QList<Edge> &edges, const QSet<QString> &nodeIds, const QString &path)
{
    for (qsizetype i = 0; i < edges.size(); ++i) {
        if (!nodeIds.contains(edges[i].from))
            fail(child(child(path, i), QStringLiteral("from")), QCoreApplication::translate("ArchscopeFormat", "no node has the id '%1'").arg(edges[i].from));
        if (!nodeIds.contains(edges[i].to))
            fail(child(child(path, i), QStringLiteral("to")), QCoreApplication::translate("ArchscopeFormat", "no node has the id '%1'").arg(edges[i].to));
    }
}

// A wire whose kind the file leaves out takes the one kind its pair allows (DESIGN.md: kinds are
// derived from the pair). A pair that allows two (a function to a queue: a write or its failure
// route) must say which; a refused pair keeps the default, and the problem checker names it as it
// would a wire drawn on the canvas. `list` is the JSON the edges were read from.
void deriveEdgeKinds(const json &list, QList<Edge> *edges, const QList<Node> &nodes, const Catalog &catalog,
                     const QString &path)
{
    QHash<QString, const Node *> byId;
    for (const Node &n : nodes)
        byId.insert(n.id, &n);
    const WiringRules rules(catalog);
    for (qsizetype i = 0; i < edges->size(); ++i) {
        if (list.at(size_t(i)).contains("kind"))
            continue;
        Edge &e = (*edges)[i];
        const WireCheck c = rules.check(*byId.value(e.from), *byId.value(e.to));
        if (!c.allowed)
            continue;
        if (c.kinds.size() > 1) {  // DESIGN.md: a pair allows at most two
            fail(child(child(path, i), QStringLiteral("kind")),
                 QCoreApplication::translate("ArchscopeFormat", "a wire from %1 to %2 can be “%3” or “%4”: give its kind")
                     .arg(catalog.kind(byId.value(e.from)->kind)->shortName, catalog.kind(byId.value(e.to)->kind)->shortName,
                          edgeKindId(c.kinds.at(0)), edgeKindId(c.kinds.at(1))));
        }
        e.kind = c.kind;
    }
}

// Parses with a depth bound so a hostile file cannot exhaust the stack or memory.
json parseBounded(const QByteArray &bytes)
{
    if (bytes.size() > ArchscopeFormat::maxFileBytes)
        fail(QString(), QCoreApplication::translate("ArchscopeFormat", "the file is larger than %1 MB").arg(ArchscopeFormat::maxFileBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        fail(QString(), QCoreApplication::translate("ArchscopeFormat", "the file is empty"));
    auto depthGuard = [](int depth, json::parse_event_t, json &) {
        if (depth > ArchscopeFormat::maxDepth)
            fail(QString(), QCoreApplication::translate("ArchscopeFormat", "nested more than %1 levels deep").arg(ArchscopeFormat::maxDepth));
        return true;
    };
    try {
        return json::parse(bytes.constData(), bytes.constData() + bytes.size(), depthGuard);
    } catch (const json::parse_error &e) {
        const QByteArray before = bytes.left(qsizetype(std::min<size_t>(e.byte, size_t(bytes.size()))));
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1));
        QString what = QString::fromUtf8(e.what());
        what = what.mid(what.lastIndexOf(QStringLiteral(": ")) + 2);
        fail(QString(), QCoreApplication::translate("ArchscopeFormat", "not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(what));
    } catch (const json::exception &e) {
        QString what = QString::fromUtf8(e.what());
        fail(QString(), QCoreApplication::translate("ArchscopeFormat", "not valid JSON: %1").arg(what.mid(what.indexOf(QLatin1Char(']')) + 2)));
    }
}

void checkHeader(const json &root, const char *expectedFormat)
{
    readObject(root, QString());
    const json &format = member(root, "format", QString());
    if (!format.is_string() || format.get<std::string>() != expectedFormat)
        fail(QStringLiteral("/format"), QCoreApplication::translate("ArchscopeFormat", "expected \"%1\": this is not an Archscope file").arg(QString::fromLatin1(expectedFormat)));
    const qint64 version = readInteger(member(root, "version", QString()), QStringLiteral("/version"), 0, 1e9);
    if (version > ArchscopeFormat::currentVersion)
        fail(QStringLiteral("/version"),
             QCoreApplication::translate("ArchscopeFormat", "the file has format version %1, written by a newer Archscope; this version reads "
                "up to version %2. Update Archscope to open it.").arg(version).arg(ArchscopeFormat::currentVersion));
    if (version < 1)
        fail(QStringLiteral("/version"), QCoreApplication::translate("ArchscopeFormat", "unsupported format version %1").arg(version));
}

QString formatError(const FormatError &e)
{
    return e.path.isEmpty() ? e.message : e.path + QStringLiteral(": ") + e.message;
}

ordered_json nodeJson(const Node &n)
{
    ordered_json j = ordered_json::object();
    j["id"] = n.id.toStdString();
    j["kind"] = n.kind.toStdString();
    j["label"] = n.label.toStdString();
    j["x"] = jsonconvert::fromQt(n.pos.x());
    j["y"] = jsonconvert::fromQt(n.pos.y());
    j["props"] = jsonconvert::fromQt(n.props);
    for (auto it = n.extra.begin(); it != n.extra.end(); ++it)
        j[it.key().toStdString()] = jsonconvert::fromQt(it.value());
    return j;
}

ordered_json edgeJson(const Edge &e)
{
    ordered_json j = ordered_json::object();
    j["id"] = e.id.toStdString();
    j["from"] = e.from.toStdString();
    j["to"] = e.to.toStdString();
    j["kind"] = edgeKindId(e.kind).toStdString();
    j["props"] = jsonconvert::fromQt(e.props);
    for (auto it = e.extra.begin(); it != e.extra.end(); ++it)
        j[it.key().toStdString()] = jsonconvert::fromQt(it.value());
    return j;
}

QByteArray dump(const ordered_json &j)
{
    // Replace, not throw, on invalid UTF-8: a save must never fail on text the user typed.
    return QByteArray::fromStdString(j.dump(2, ' ', false, json::error_handler_t::replace)) + '\n';
}

} // namespace

bool ArchscopeFormat::read(const QByteArray &bytes, const Catalog &catalog, DocumentData *out, QString *error)
{
    try {
        const json root = parseBounded(bytes);
        checkHeader(root, "archscope");
        DocumentData data;
        if (root.contains("title"))
            data.title = readString(root.at("title"), QStringLiteral("/title"));
        if (root.contains("settings"))
            data.settings = readSettings(root.at("settings"), QStringLiteral("/settings"));
        if (root.contains("nodes"))
            data.nodes = readList<Node>(root.at("nodes"), QStringLiteral("/nodes"), maxNodes,
                                        [&](const json &j, const QString &p) { return readNode(j, p, catalog); });
        if (root.contains("edges"))
            data.edges = readList<Edge>(root.at("edges"), QStringLiteral("/edges"), maxEdges,
                                        [&](const json &j, const QString &p) { return readEdge(j, p, catalog); });
        QSet<QString> nodeIds;
        for (const Node &n : data.nodes)
            nodeIds.insert(n.id);
        checkEdgeEnds(data.edges, nodeIds, QStringLiteral("/edges"));
        if (root.contains("edges"))
            deriveEdgeKinds(root.at("edges"), &data.edges, data.nodes, catalog, QStringLiteral("/edges"));
        if (root.contains("decision"))
            data.decision = readDecision(root.at("decision"), QStringLiteral("/decision"));
        data.extra = extraKeys(root, {"format", "version", "title", "settings", "nodes", "edges", "decision"});
        *out = std::move(data);
        return true;
    } catch (const FormatError &e) {
        if (error)
            *error = formatError(e);
    } catch (const std::exception &e) {
        if (error)
            *error = QCoreApplication::translate("ArchscopeFormat", "unreadable file: %1").arg(QString::fromUtf8(e.what()));
    }
    return false;
}

QByteArray ArchscopeFormat::write(const DocumentData &data)
{
    ordered_json root = ordered_json::object();
    root["format"] = "archscope";
    root["version"] = currentVersion;
    root["title"] = data.title.toStdString();
    const Settings &s = data.settings;
    ordered_json settings = ordered_json::object();
    settings["region"] = s.region.toStdString();
    settings["horizonS"] = jsonconvert::fromQt(s.horizonS);
    settings["stepS"] = jsonconvert::fromQt(s.stepS);
    settings["seed"] = s.seed;
    settings["freeTier"] = s.freeTier;
    settings["accountConcurrency"] = s.accountConcurrency;
    settings["scaling"] = s.scaling.toStdString();
    for (auto it = s.extra.begin(); it != s.extra.end(); ++it)
        settings[it.key().toStdString()] = jsonconvert::fromQt(it.value());
    root["settings"] = settings;
    ordered_json nodes = ordered_json::array();
    for (const Node &n : data.nodes)
        nodes.push_back(nodeJson(n));
    root["nodes"] = nodes;
    ordered_json edges = ordered_json::array();
    for (const Edge &e : data.edges)
        edges.push_back(edgeJson(e));
    root["edges"] = edges;
    // Written only when there is something to say, so files without one stay byte-identical.
    if (!data.decision.isEmpty())
        root["decision"] = decisionJson(data.decision);
    for (auto it = data.extra.begin(); it != data.extra.end(); ++it)
        root[it.key().toStdString()] = jsonconvert::fromQt(it.value());
    return dump(root);
}

bool ArchscopeFormat::readFile(const QString &path, const Catalog &catalog, DocumentData *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ArchscopeFormat", "cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxFileBytes) {
        if (error)
            *error = QCoreApplication::translate("ArchscopeFormat", "the file is larger than %1 MB").arg(maxFileBytes / (1024 * 1024));
        return false;
    }
    return read(file.read(maxFileBytes + 1), catalog, out, error);
}

bool ArchscopeFormat::writeFile(const QString &path, const DocumentData &data, QString *error)
{
    return FileWriter::write(path, write(data), error);
}

QByteArray ArchscopeFormat::writeFragment(const QList<Node> &nodes, const QList<Edge> &edges)
{
    ordered_json root = ordered_json::object();
    root["format"] = "archscope-fragment";
    root["version"] = currentVersion;
    ordered_json n = ordered_json::array();
    for (const Node &node : nodes)
        n.push_back(nodeJson(node));
    ordered_json e = ordered_json::array();
    for (const Edge &edge : edges)
        e.push_back(edgeJson(edge));
    root["nodes"] = n;
    root["edges"] = e;
    return dump(root);
}

bool ArchscopeFormat::readFragment(const QByteArray &bytes, const Catalog &catalog, QList<Node> *nodes,
                                   QList<Edge> *edges, QString *error)
{
    try {
        const json root = parseBounded(bytes);
        checkHeader(root, "archscope-fragment");
        QList<Node> readNodes = readList<Node>(member(root, "nodes", QString()), QStringLiteral("/nodes"), maxNodes,
                                               [&](const json &j, const QString &p) { return readNode(j, p, catalog); });
        QList<Edge> readEdges = readList<Edge>(member(root, "edges", QString()), QStringLiteral("/edges"), maxEdges,
                                               [&](const json &j, const QString &p) { return readEdge(j, p, catalog); });
        QSet<QString> nodeIds;
        for (const Node &n : readNodes)
            nodeIds.insert(n.id);
        checkEdgeEnds(readEdges, nodeIds, QStringLiteral("/edges"));
        deriveEdgeKinds(root.at("edges"), &readEdges, readNodes, catalog, QStringLiteral("/edges"));
        *nodes = readNodes;
        *edges = readEdges;
        return true;
    } catch (const FormatError &e) {
        if (error)
            *error = formatError(e);
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
    }
    return false;
}

} // namespace archscope
