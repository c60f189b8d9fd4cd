#include "sourcetree.h"

#include "importlimits.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using json = nlohmann::ordered_json;

namespace archscope {

namespace {

// Thrown while building the tree; says what is wrong and where.
struct TreeError
{
    QString message;
};

// The CloudFormation short forms: `!Name` is {"Fn::Name": …}, except these two.
const char *const intrinsicTags[] = {
    "Ref",    "Condition", "GetAtt", "Sub",    "Join", "If", "Select", "Split",  "ImportValue",  "FindInMap",
    "GetAZs", "Base64",    "Cidr",   "Equals", "And",  "Or", "Not",    "Length", "ToJsonString", "Transform"};

bool isIntrinsic(const std::string &name)
{
    for (const char *t : intrinsicTags)
        if (name == t)
            return true;
    return false;
}

// A YAML plain scalar as CloudFormation reads it: whole numbers (no leading zero, so account
// ids stay text), decimals, true and false; everything else stays text.
json plainScalar(const std::string &text)
{
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    if (text.empty() || text.size() > 30)
        return text;
    size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    if (i >= text.size())
        return text;
    const size_t digitsStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    const size_t intDigits = i - digitsStart;
    if (intDigits > 1 && text[digitsStart] == '0')
        return text;
    if (i == text.size() && intDigits > 0 && intDigits <= 18)
        return std::stoll(text);
    bool fraction = false, exponent = false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const size_t f = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        fraction = i > f;
    }
    if ((intDigits > 0 || fraction) && i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        size_t j = i + 1;
        if (j < text.size() && (text[j] == '-' || text[j] == '+'))
            ++j;
        const size_t e = j;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9')
            ++j;
        exponent = j > e;
        i = exponent ? j : i;
    }
    if (i == text.size() && (intDigits > 0 || fraction)
        && (fraction || exponent || text.find('.') != std::string::npos)) {
        const double v = std::strtod(text.c_str(), nullptr);
        if (std::isfinite(v))
            return v;
    }
    return text;
}

// Builds the tree from parse events, the same for YAML and JSON, and enforces the limits.
class TreeBuilder
{
public:
    void beginCollection(bool map, YAML::anchor_t anchor, const std::string &tag)
    {
        if (int(m_stack.size()) >= importlimits::maxDepth)
            fail(QCoreApplication::translate("TemplateImport", "nested more than %1 levels deep")
                     .arg(importlimits::maxDepth));
        Frame f;
        f.value = map ? json::object() : json::array();
        f.isMap = map;
        f.anchor = anchor;
        f.tag = tag;
        f.valuesAtStart = m_values;
        m_stack.push_back(std::move(f));
    }

    void endCollection()
    {
        Frame f = std::move(m_stack.back());
        m_stack.pop_back();
        if (f.isMap && f.hasKey)
            fail(QCoreApplication::translate("TemplateImport", "a key has no value"));
        json value = tagged(std::move(f.value), f.tag);
        count(1);
        complete(std::move(value), f.anchor, m_values - f.valuesAtStart);
    }

    void key(std::string k)
    {
        Frame &f = m_stack.back();
        if (!f.keys.insert(k).second)
            fail(QCoreApplication::translate("TemplateImport", "the key '%1' appears twice")
                     .arg(QString::fromStdString(k)));
        f.key = std::move(k);
        f.hasKey = true;
    }

    void scalar(json value, YAML::anchor_t anchor, const std::string &tag)
    {
        value = tagged(std::move(value), tag);
        count(1);
        complete(std::move(value), anchor, 1);
    }

    void alias(YAML::anchor_t anchor)
    {
        auto it = m_anchors.find(anchor);
        if (it == m_anchors.end())
            fail(QCoreApplication::translate("TemplateImport", "an alias names no anchor defined before it"));
        // Every expansion counts in full: ten aliases of ten aliases of … are refused here, as
        // their expansion would be, before any of it is built.
        count(it->second.second);
        complete(json(it->second.first), 0, it->second.second);
    }

    bool done() const { return m_root.has_value() && m_stack.empty(); }
    json take() { return std::move(*m_root); }

    // Where the builder is: "Resources.Fn.Properties" (keys and list positions).
    QString path() const
    {
        QStringList parts;
        for (const Frame &f : m_stack) {
            if (f.isMap) {
                if (f.hasKey)
                    parts << QString::fromStdString(f.key);
                else if (!f.value.empty())
                    parts << QString::fromStdString(std::prev(f.value.end()).key());
            } else {
                parts << QString::number(f.value.size());
            }
        }
        return parts.join(QLatin1Char('.'));
    }

    [[noreturn]] void fail(const QString &message) const
    {
        const QString where = path();
        throw TreeError{where.isEmpty() ? message : where + QStringLiteral(": ") + message};
    }

private:
    struct Frame
    {
        json value;
        bool isMap = false;
        std::string key;
        bool hasKey = false;
        std::unordered_set<std::string> keys;
        std::string tag;
        YAML::anchor_t anchor = 0;
        qint64 valuesAtStart = 0;
    };

    void count(qint64 n)
    {
        m_values += n;
        if (m_values > importlimits::maxValues)
            fail(QCoreApplication::translate("TemplateImport",
                                             "more than %1 values (counting every expansion of a YAML alias)")
                     .arg(importlimits::maxValues));
    }

    // A YAML tag applied: a CloudFormation short form becomes its long form; a standard tag
    // types a scalar; any other tag is refused, as CloudFormation refuses it.
    json tagged(json value, const std::string &tag)
    {
        if (tag.empty() || tag == "?" || tag == "!")
            return value;
        static const std::string standard = "tag:yaml.org,2002:";
        if (tag.compare(0, standard.size(), standard) == 0) {
            const std::string type = tag.substr(standard.size());
            if (type == "map" || type == "seq")
                return value;
            const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
            if (type == "str")
                return text;
            if (type == "null")
                return nullptr;
            if (type == "bool" || type == "int" || type == "float") {
                json typed = plainScalar(text);
                if ((type == "bool" && typed.is_boolean()) || (type != "bool" && typed.is_number()))
                    return typed;
                fail(QCoreApplication::translate("TemplateImport", "'%1' is not a valid !!%2")
                         .arg(QString::fromStdString(text), QString::fromStdString(type)));
            }
            fail(QCoreApplication::translate("TemplateImport", "the YAML type !!%1 is not supported in templates")
                     .arg(QString::fromStdString(type)));
        }
        if (tag[0] != '!' || tag.size() < 2)
            fail(QCoreApplication::translate("TemplateImport", "unknown tag %1").arg(QString::fromStdString(tag)));
        const std::string name = tag.substr(1);
        if (!isIntrinsic(name))
            fail(QCoreApplication::translate("TemplateImport", "unknown tag %1 (CloudFormation knows !Ref, !GetAtt, "
                                                               "!Sub, !Join, !If, !Select, !Split, "
                                                               "!ImportValue, !FindInMap, !GetAZs, !Base64, !Cidr, "
                                                               "!Equals, !And, !Or, !Not, !Condition and a few more)")
                     .arg(QString::fromStdString(tag)));
        json wrapped = json::object();
        if (name == "Ref" || name == "Condition") {
            wrapped[name] = std::move(value);
        } else if (name == "GetAtt" && value.is_string()) {
            // !GetAtt Resource.Attribute: the attribute may itself hold dots (Endpoint.Address).
            const std::string s = value.get<std::string>();
            const size_t dot = s.find('.');
            wrapped["Fn::GetAtt"] =
                dot == std::string::npos ? json::array({s}) : json::array({s.substr(0, dot), s.substr(dot + 1)});
        } else {
            wrapped["Fn::" + name] = std::move(value);
        }
        return wrapped;
    }

    void complete(json value, YAML::anchor_t anchor, qint64 values)
    {
        if (anchor != 0)
            m_anchors[anchor] = {value, values};
        if (m_stack.empty()) {
            m_root = std::move(value);
            return;
        }
        Frame &f = m_stack.back();
        if (!f.isMap) {
            f.value.push_back(std::move(value));
            return;
        }
        if (!f.hasKey) {
            // YAML: the key arrives as a node of its own, and must be a plain value.
            if (value.is_object() || value.is_array())
                fail(QCoreApplication::translate("TemplateImport", "a key must be a plain value, not a map or a list"));
            key(value.is_string() ? value.get<std::string>() : value.is_null() ? std::string() : value.dump());
            return;
        }
        // Appended in order; the key set above already refused duplicates (no linear lookup).
        f.value.get_ref<json::object_t &>().emplace_back(std::move(f.key), std::move(value));
        f.key.clear();
        f.hasKey = false;
    }

    std::vector<Frame> m_stack;
    std::optional<json> m_root;
    qint64 m_values = 0;
    std::unordered_map<YAML::anchor_t, std::pair<json, qint64>> m_anchors;
};

class YamlEvents : public YAML::EventHandler
{
public:
    explicit YamlEvents(TreeBuilder &b)
        : m_b(b)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { m_b.scalar(nullptr, anchor, std::string()); }
    void OnAlias(const YAML::Mark &, YAML::anchor_t anchor) override { m_b.alias(anchor); }
    void OnScalar(const YAML::Mark &, const std::string &tag, YAML::anchor_t anchor, const std::string &value) override
    {
        m_b.scalar(tag == "?" ? plainScalar(value) : json(value), anchor, tag);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        m_b.beginCollection(false, anchor, tag);
    }
    void OnSequenceEnd() override { m_b.endCollection(); }
    void OnMapStart(const YAML::Mark &, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        m_b.beginCollection(true, anchor, tag);
    }
    void OnMapEnd() override { m_b.endCollection(); }

private:
    TreeBuilder &m_b;
};

// nlohmann's SAX interface onto the same builder.
class JsonEvents
{
public:
    explicit JsonEvents(TreeBuilder &b)
        : m_b(b)
    {
    }

    bool null() { return scalar(nullptr); }
    bool boolean(bool v) { return scalar(v); }
    bool number_integer(json::number_integer_t v) { return scalar(v); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(v); }
    bool number_float(json::number_float_t v, const json::string_t &) { return scalar(v); }
    bool string(json::string_t &v) { return scalar(std::move(v)); }
    bool binary(json::binary_t &) { return scalar(nullptr); }
    bool start_object(std::size_t)
    {
        m_b.beginCollection(true, 0, std::string());
        return true;
    }
    bool key(json::string_t &k)
    {
        m_b.key(std::move(k));
        return true;
    }
    bool end_object()
    {
        m_b.endCollection();
        return true;
    }
    bool start_array(std::size_t)
    {
        m_b.beginCollection(false, 0, std::string());
        return true;
    }
    bool end_array()
    {
        m_b.endCollection();
        return true;
    }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        m_errorPosition = position;
        m_error = QString::fromUtf8(ex.what());
        return false;
    }

    size_t errorPosition() const { return m_errorPosition; }
    const QString &error() const { return m_error; }

private:
    bool scalar(json v)
    {
        m_b.scalar(std::move(v), 0, std::string());
        return true;
    }

    TreeBuilder &m_b;
    size_t m_errorPosition = 0;
    QString m_error;
};

// Line and column (1-based) of a byte offset.
std::pair<int, int> lineColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(std::clamp<qsizetype>(offset, 0, bytes.size()));
    return {int(before.count('\n')) + 1, int(before.size() - (before.lastIndexOf('\n') + 1)) + 1};
}

void checkText(const QByteArray &bytes)
{
    if (bytes.size() > importlimits::maxFileBytes)
        throw TreeError{QCoreApplication::translate("TemplateImport", "the file is larger than %1 MB")
                            .arg(importlimits::maxFileBytes / (1024 * 1024))};
    if (bytes.trimmed().isEmpty())
        throw TreeError{QCoreApplication::translate("TemplateImport", "the file is empty")};
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        throw TreeError{QCoreApplication::translate(
                            "TemplateImport", "this is binary data, not a text template (a zero byte at offset %1)")
                            .arg(nul)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        const auto [line, column] = lineColumn(bytes, bad < 0 ? 0 : QStringView(text).left(bad).toUtf8().size());
        throw TreeError{QCoreApplication::translate("TemplateImport", "the file is not UTF-8 text (line %1, column %2)")
                            .arg(line)
                            .arg(column)};
    }
}

json parseYaml(const QByteArray &bytes)
{
    TreeBuilder builder;
    YamlEvents events(builder);
    std::istringstream stream(bytes.toStdString());
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(events) || !builder.done())
            throw TreeError{QCoreApplication::translate("TemplateImport", "the file holds no YAML document")};
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line + 1, column = e.mark.column + 1;
        // A tab in the indentation is the commonest YAML mistake, and yaml-cpp's message for it
        // ("illegal map value") does not say so.
        const QList<QByteArray> lines = bytes.split('\n');
        for (int l : {line, line - 1}) {
            if (l < 1 || l > lines.size())
                continue;
            const QByteArray &text = lines.at(l - 1);
            const qsizetype firstNonSpace = [&] {
                qsizetype i = 0;
                while (i < text.size() && text.at(i) == ' ')
                    ++i;
                return i;
            }();
            if (firstNonSpace < text.size() && text.at(firstNonSpace) == '\t')
                throw TreeError{
                    QCoreApplication::translate("TemplateImport",
                                                "line %1: a tab in the indentation; YAML indents with spaces only")
                        .arg(l)};
        }
        throw TreeError{QCoreApplication::translate("TemplateImport", "not valid YAML at line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(QString::fromStdString(e.msg))};
    }
    return builder.take();
}

json parseJson(const QByteArray &bytes)
{
    TreeBuilder builder;
    JsonEvents events(builder);
    const bool ok = json::sax_parse(bytes.constData(), bytes.constData() + bytes.size(), &events,
                                    nlohmann::detail::input_format_t::json, true);
    if (!ok || !builder.done()) {
        const auto [line, column] = lineColumn(bytes, qsizetype(events.errorPosition()) - 1);
        QString what = events.error();
        what = what.mid(what.lastIndexOf(QStringLiteral(": ")) + 2);
        throw TreeError{QCoreApplication::translate("TemplateImport", "not valid JSON at line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(what)};
    }
    return builder.take();
}

} // namespace

bool SourceTree::parse(const QByteArray &input, SourceTree *out, QString *error)
{
    try {
        QByteArray bytes = input;
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        checkText(bytes);
        const QByteArray start = bytes.trimmed().left(1);
        SourceTree tree;
        // JSON is YAML too, but nlohmann reads it faster and with exact positions.
        tree.yaml = start != "{" && start != "[";
        tree.root = tree.yaml ? parseYaml(bytes) : parseJson(bytes);
        *out = std::move(tree);
        return true;
    } catch (const TreeError &e) {
        *error = e.message;
    } catch (const std::exception &e) {
        // yaml-cpp and nlohmann throw only what is caught above; anything else is still a clear
        // refusal, never a crash.
        *error = QCoreApplication::translate("TemplateImport", "unreadable file: %1").arg(QString::fromUtf8(e.what()));
    }
    return false;
}

} // namespace archscope
