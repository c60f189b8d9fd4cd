#pragma once

#include "diagramfacts.h"
#include "model/problem.h"
#include "reportsection.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace archscope {

class Catalog;
struct DocumentData;

// A service as the report lists it.
struct ServiceCard
{
    QString title;
    QString kind;
    QString id;
    QString color;
    QList<SettingRow> rows;
};

// One target format of the review report (Markdown, HTML, PDF): the builder's blocks plus the
// report's own parts, written in order by ReportWriter.
class ReportSink : public ReportBuilder
{
public:
    virtual void header(const QString &title, const QStringList &facts) = 0;
    virtual void diagram() = 0;
    virtual void problems(const QList<Problem> &problems, const DocumentData &data, const Catalog &catalog) = 0;
    virtual void service(const ServiceCard &card) = 0;
    virtual void footer(const QString &text) = 0;
    virtual void endServices() {}
};

namespace report {

// What a problem concerns, as a reader names it: a service, a wire "A → B", or the diagram.
QString problemSubject(const Problem &problem, const DocumentData &data, const Catalog &catalog);
QString severityText(const Problem &problem);
QString noProblemsText();
// The translated column headings of the problems and settings tables.
QStringList problemHeaders();

} // namespace report

} // namespace archscope
