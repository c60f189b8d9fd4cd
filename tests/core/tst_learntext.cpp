#include "catalog/catalog.h"
#include "text/learntext.h"

#include <QTest>

using namespace archscope;

class TestLearnText : public QObject
{
    Q_OBJECT

private slots:
    // The instance types the simulator sizes by are the ones the Learn page lists, from one
    // place in the catalog (each kind's simulation block), not from limits kept beside it.
    void instanceTypesComeFromTheSimulationBlock()
    {
        const Catalog &c = Catalog::builtin();
        for (const QString id : {"ec2", "ecs_ec2", "eks"}) {
            const KindSpec *kind = c.kind(id);
            const QString html = LearnText::forKind(c, *kind);
            QVERIFY2(html.contains("Instance types"), qPrintable(id));
            for (const InstanceTypeSpec &type : kind->simulation.instanceTypes)
                QVERIFY2(html.contains(QString("%1: %2 vCPU, %3 GiB").arg(type.id).arg(type.vcpu).arg(type.memoryGib)),
                         qPrintable(id + ": " + type.id));
            QVERIFY2(html.contains("c5.large: 2 vCPU, 4 GiB"), qPrintable(id));
            QVERIFY2(!html.contains("c5.large memory"), qPrintable(id));
        }
        QVERIFY(!LearnText::forKind(c, *c.kind("lambda")).contains("Instance types"));
    }
};

QTEST_GUILESS_MAIN(TestLearnText)
#include "tst_learntext.moc"
