#include "cli.h"

#include "catalog/catalog.h"
#include "io/archscopeformat.h"
#include "model/problemchecker.h"

#include <QCoreApplication>
#include <QTextStream>

namespace archscope {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

int validate(const QStringList &args)
{
    if (args.size() != 1) {
        err() << tr("usage: archscope validate FILE") << Qt::endl;
        return 2;
    }
    DocumentData data;
    QString error;
    if (!ArchscopeFormat::readFile(args.first(), Catalog::builtin(), &data, &error)) {
        err() << tr("%1: cannot be loaded: %2").arg(args.first(), error) << Qt::endl;
        return 2;
    }
    const QList<Problem> problems = ProblemChecker(Catalog::builtin()).check(data);
    bool anyError = false;
    for (const Problem &p : problems) {
        anyError = anyError || p.isError();
        out() << (p.isError() ? tr("error") : tr("warning")) << ": " << p.message << Qt::endl;
    }
    if (problems.isEmpty())
        out() << tr("%1: no problems").arg(args.first()) << Qt::endl;
    return anyError ? 1 : 0;
}

} // namespace

QString Cli::usage()
{
    return tr("Usage:\n"
              "  archscope [FILE]                 open the editor (on FILE if given)\n"
              "  archscope validate FILE          print the diagram's problems; exit 1 if any is an error\n"
              "  archscope --help                 show this help\n"
              "  archscope --version              show the version\n"
              "\n"
              "Editor options:\n"
              "  --screenshot PNG                 save a picture of the window and quit\n"
              "  --theme light|dark               colour scheme for this run\n");
}

bool Cli::handles(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return first == QLatin1String("validate") || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version")
           || first == QLatin1String("-v");
}

int Cli::run(const QStringList &args)
{
    const QString command = args.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("validate"))
        return validate(args.mid(1));
    err() << tr("unknown command '%1'").arg(command) << Qt::endl << usage();
    return 2;
}

} // namespace archscope
