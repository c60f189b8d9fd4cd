#pragma once

#include <QString>

namespace archscope::textescape {

// User text made safe for each export target. Every exporter passes every user string
// (labels, title, notes, ids) through the function for its format.

// Removes characters XML 1.0 forbids (C0 controls other than tab, newline, return; lone
// surrogates; U+FFFE/U+FFFF). QXmlStreamWriter escapes markup but writes these unchanged.
QString xmlSafe(const QString &text);
// Text or attribute content for HTML and XML written by hand: & < > " ' as entities.
QString html(const QString &text);
// A Mermaid label inside "…": markup and Mermaid punctuation as #N; entity codes, line
// breaks as spaces.
QString mermaid(const QString &text);
// A Graphviz double-quoted string without the quotes: backslash, quote, line breaks.
QString dot(const QString &text);
// Markdown inline text (a paragraph or a table cell): markup characters backslash-escaped,
// HTML as entities, line breaks as spaces.
QString markdown(const QString &text);
// One line of text for a comment or a title (line breaks and controls become spaces).
QString singleLine(const QString &text);

} // namespace archscope::textescape
