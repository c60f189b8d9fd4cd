#include "textescape.h"

namespace archscope::textescape {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

} // namespace

QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(text.at(++i));
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode()))
            continue;
        out.append(c);
    }
    return out;
}

QString html(const QString &text)
{
    const QString safe = xmlSafe(text);
    QString out;
    out.reserve(safe.size() + safe.size() / 8);
    for (const QChar c : safe) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString singleLine(const QString &text)
{
    QString out = xmlSafe(text);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c.unicode() == 0x85)
            c = QLatin1Char(' ');
    }
    return out;
}

QString mermaid(const QString &text)
{
    const QString line = singleLine(text);
    QString out;
    out.reserve(line.size());
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == ' '
                           || u == '.' || u == ',' || u == '_' || u == '-' || u == '/' || u == '+' || u == '?'
                           || u == '!' || u == '@' || u == '=' || u == '*' || u == '%' || u >= 0x80;
        if (plain)
            out += c;
        else
            out += QStringLiteral("#%1;").arg(int(u));
    }
    return out;
}

QString dot(const QString &text)
{
    const QString safe = xmlSafe(text);
    QString out;
    out.reserve(safe.size());
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const QChar c = safe.at(i);
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '"': out += QLatin1String("\\\""); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': break;
        case '\t': out += QLatin1Char(' '); break;
        default: out += c;
        }
    }
    return out;
}

QString markdown(const QString &text)
{
    const QString line = singleLine(text).trimmed();
    QString out;
    out.reserve(line.size() + line.size() / 4);
    bool onlyDigitsSoFar = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']': case '(':
        case ')': case '#': case '!': case '|': case '~':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '-': case '+': case '.': case '=':
            // Only at the start can these begin a list, a heading underline or a numbered item.
            if (i == 0 || (c == QLatin1Char('.') && onlyDigitsSoFar))
                out += QLatin1Char('\\');
            out += c;
            break;
        default: out += c;
        }
        onlyDigitsSoFar = onlyDigitsSoFar && c.isDigit();
    }
    return out;
}

} // namespace archscope::textescape
