// The CSV of the simulated series (SimulationExport::csv): one row per bucket, one column per
// node, series and statistic, and labels only in the header, so that a long label cannot make
// the file grow with every row.

#include "catalog/catalog.h"
#include "io/export/simulationexport.h"
#include "model/documentdata.h"
#include "sim/simulator.h"

#include <QJsonObject>
#include <QTest>

using namespace archscope;

namespace {

DocumentData uploads(const QString &label, const QString &id = QStringLiteral("up"))
{
    Node source;
    source.id = id;
    source.kind = QStringLiteral("s3");
    source.label = label;
    source.props.insert(QStringLiteral("traffic"), QJsonObject{{"shape", "constant"}, {"rate", 5}});
    Node fn;
    fn.id = QStringLiteral("thumbs");
    fn.kind = QStringLiteral("lambda");
    fn.label = QStringLiteral("Thumbnailer");
    Edge e;
    e.id = QStringLiteral("e1");
    e.from = source.id;
    e.to = fn.id;
    DocumentData d;
    d.nodes = {source, fn};
    d.edges = {e};
    d.settings.horizonS = 6 * 3600;
    return d;
}

QByteArray csvOf(const DocumentData &d)
{
    const SimulationResults r = Simulator::run(d, Catalog::builtin(), SimulationOptions::fromSettings(d.settings));
    return r.ok() ? SimulationExport::csv(r) : QByteArray();
}

QByteArray header(const QByteArray &csv)
{
    return csv.left(csv.indexOf('\n') + 1);
}

} // namespace

class TestSimulationCsv : public QObject
{
    Q_OBJECT

private slots:
    void oneRowPerBucketOneColumnPerSeries()
    {
        const DocumentData d = uploads(QStringLiteral("Uploads"));
        const SimulationResults r = Simulator::run(d, Catalog::builtin(), SimulationOptions::fromSettings(d.settings));
        QVERIFY(r.ok());
        const QList<QByteArray> lines = SimulationExport::csv(r).split('\n');
        QCOMPARE(lines.size(), 1 + r.bucketCount + 1);  // and the empty string after the last newline
        QVERIFY(lines.last().isEmpty());
        const QList<QByteArray> names = lines.first().split(',');
        QCOMPARE(names.size(), 1 + 3 * SimulationResults::seriesCount * 3);  // the diagram and two nodes, every series, 3 statistics
        QCOMPARE(names.at(0), QByteArray("tStartS"));
        QCOMPARE(names.at(1), QByteArray("\"Whole diagram (*total*) arrivals min\""));
        QCOMPARE(names.at(2), QByteArray("\"Whole diagram (*total*) arrivals mean\""));
        QCOMPARE(names.at(3), QByteArray("\"Whole diagram (*total*) arrivals max\""));
        QCOMPARE(names.at(1 + SimulationResults::seriesCount * 3), QByteArray("\"Uploads (up) arrivals min\""));
        QVERIFY(names.contains("\"Thumbnailer (thumbs) concurrency max\""));
        // Row b: its bucket's start, then min, mean, max of each series.
        const int b = 7;
        const QList<QByteArray> row = lines.at(1 + b).split(',');
        QCOMPARE(row.size(), names.size());
        QCOMPARE(row.at(0).toDouble(), r.bucketStart(b));
        const int concurrencyMax = int(names.indexOf("\"Thumbnailer (thumbs) concurrency max\""));
        QCOMPARE(row.at(concurrencyMax).toFloat(), r.series(1, SimulationResults::Series::Concurrency).max[b]);
        QCOMPARE(row.at(1 + SimulationResults::seriesCount * 3 + 1).toFloat(), r.series(0, SimulationResults::Series::Arrivals).mean[b]);
    }

    void columnNames()
    {
        using S = SimulationResults::Series;
        using T = SimulationResults::Statistic;
        QCOMPARE(SimulationExport::csvColumn("Thumbnailer", "thumbs", S::Concurrency, T::Max),
                 QString("Thumbnailer (thumbs) concurrency max"));
        QCOMPARE(SimulationExport::csvColumn(QString(), "thumbs", S::CostRate, T::Min), QString("thumbs costRate min"));
        // Label and id are each cut to 80 characters, the last an ellipsis.
        const QString elided = QString(79, 'x') + QChar(0x2026);
        QCOMPARE(SimulationExport::csvColumn(QString(100, 'x'), QString(100, 'x'), S::Backlog, T::Mean),
                 elided + " (" + elided + ") backlog mean");
        QCOMPARE(SimulationExport::csvColumn(QString(80, 'x'), "id", S::Backlog, T::Mean), QString(80, 'x') + " (id) backlog mean");
        // A character outside the BMP is kept whole or dropped whole, never halved.
        QString emoji;
        for (int i = 0; i < 50; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x93\xA6");  // 📦, two UTF-16 code units
        const QString name = SimulationExport::csvColumn(emoji, "id", S::Backlog, T::Mean);
        const QString label = name.left(name.indexOf(QChar(0x2026)));
        QCOMPARE(label.size(), 78);
        QVERIFY(!label.back().isHighSurrogate());
        QCOMPARE(QString::fromUtf8(name.toUtf8()), name);
    }

    // The loader takes labels up to 65,536 characters: such a label costs 80 characters in
    // each of its node's 27 column names, and nothing in the rows.
    void aLongLabelOnlyLengthensTheHeader()
    {
        const QByteArray shortLabel = csvOf(uploads(QStringLiteral("Uploads")));
        const QByteArray longLabel = csvOf(uploads(QString(65536, QLatin1Char('u'))));
        const QByteArray longBoth = csvOf(uploads(QString(65536, QLatin1Char('u')), QString(65536, QLatin1Char('i'))));
        QVERIFY(!shortLabel.isEmpty() && !longLabel.isEmpty() && !longBoth.isEmpty());
        QCOMPARE(longLabel.mid(header(longLabel).size()), shortLabel.mid(header(shortLabel).size()));
        QCOMPARE(longBoth.mid(header(longBoth).size()), shortLabel.mid(header(shortLabel).size()));
        // 79 characters and an ellipsis (3 bytes in UTF-8) instead of "Uploads", in every name of the node (3 per series).
        QCOMPARE(header(longLabel).size() - header(shortLabel).size(), 3 * SimulationResults::seriesCount * (79 + 3 - 7));
        QCOMPARE(header(longBoth).size() - header(longLabel).size(), 3 * SimulationResults::seriesCount * (79 + 3 - 2));
        QVERIFY(header(longBoth).size() < 64 * 1024);
        QVERIFY(longLabel.size() < 2 * shortLabel.size());
    }
};

QTEST_GUILESS_MAIN(TestSimulationCsv)
#include "tst_simulationcsv.moc"
