#include "learntext.h"

#include "catalog/catalog.h"
#include "model/wiringrules.h"
#include "text/money.h"

#include <QLocale>
#include <QStringList>
#include <QUrl>

namespace archscope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Shows as many decimals as a value has, up to ten: "$0.0000166667", "1,000,000".
QString number(double value)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', 10);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        const QString zero = locale.zeroDigit();
        while (text.endsWith(zero))
            text.chop(zero.size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(esc(para.trimmed()));
    return html;
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4>%1</h4>").arg(esc(text));
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item); // items are already HTML
    return html + QStringLiteral("</ul>");
}

// Wiring lines hold "✓" or "✗" after the arrow: the possible wires first, the refused ones
// after them and muted, so what a kind can do reads at a glance.
QStringList wiringItems(const QStringList &lines)
{
    QStringList allowed;
    QStringList refused;
    for (const QString &line : lines) {
        if (line.contains(QStringLiteral("✗")))
            refused.append(
                QStringLiteral("<span style=\"color:#8a8a8a\">%1</span>").arg(esc(line)));
        else
            allowed.append(esc(line));
    }
    return allowed + refused;
}

} // namespace

QString LearnText::forKind(const Catalog &catalog, const KindSpec &kind)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(kind.name));
    if (!kind.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(kind.summary));
    html += paragraphs(kind.learn);

    if (!kind.limits.isEmpty()) {
        html += heading(tr("Limits"));
        QStringList items;
        for (const LimitSpec &limit : kind.limits) {
            const QString value =
                limit.unit.isEmpty()
                    ? number(limit.value)
                    : tr("%1 %2", "value unit").arg(number(limit.value), limit.unit);
            items.append(tr("%1: %2").arg(esc(limit.label), esc(value)));
        }
        html += list(items);
    }

    if (!kind.simulation.instanceTypes.isEmpty()) {
        html += heading(tr("Instance types"));
        QStringList items;
        for (const InstanceTypeSpec &type : kind.simulation.instanceTypes)
            items.append(esc(tr("%1: %2 vCPU, %3 GiB", "instance type, vCPUs, memory")
                                 .arg(type.id, number(type.vcpu), number(type.memoryGib))));
        html += list(items);
    }

    if (!kind.prices.isEmpty()) {
        html += heading(tr("Prices (us-east-1)"));
        QStringList items;
        for (const PriceSpec &price : kind.prices) {
            const QString amount = tr("%1 %2", "price unit").arg(money::usd(price.usd), price.unit);
            QString source;
            const QUrl url(price.source);
            if (url.isValid() &&
                (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
                source = QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(esc(url.toString(QUrl::FullyEncoded)), esc(tr("source")));
            else if (!price.source.isEmpty())
                source = esc(price.source);
            const QString asOf = tr("as of %1").arg(price.asOf);
            items.append(QStringLiteral("%1: %2 <small>(%3%4)</small>")
                             .arg(esc(price.label), esc(amount), esc(asOf),
                                  source.isEmpty() ? QString() : QStringLiteral(", ") + source));
        }
        html += list(items);
    }

    const WiringRules rules(catalog);
    html += heading(tr("Wiring in"));
    html += list(wiringItems(rules.incomingSummary(kind.id)));
    html += heading(tr("Wiring out"));
    html += list(wiringItems(rules.outgoingSummary(kind.id)));
    return html;
}

QString LearnText::forWire(const WireCheck &check, const QString &fromName, const QString &toName)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 → %2").arg(fromName, toName)));
    if (check.allowed) {
        html += heading(invocationModelLabel(check.model));
        html += QStringLiteral("<p>%1</p>").arg(esc(invocationModelHelp(check.model)));
        html += QStringLiteral("<p>%1</p>").arg(esc(check.explanation));
    } else {
        html += heading(tr("Not possible"));
        html += QStringLiteral("<p style=\"color:#c62828\">%1</p>").arg(esc(check.explanation));
    }
    return html;
}

QString LearnText::forDocument()
{
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
        .arg(esc(tr("Inspector")),
             esc(tr("Select a service or a wire on the canvas to edit it and to learn what it "
                    "does, what it costs and what it can be wired to.")),
             esc(tr("With nothing selected, the inspector edits the diagram's title and the "
                    "simulation settings.")));
}

QString LearnText::forSeveral()
{
    return QStringLiteral("<p>%1</p>")
        .arg(esc(tr("Select a single service or wire to edit its properties.")));
}

} // namespace archscope
