#include "cli.h"

#include "clicommands.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QGuiApplication>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace archscope {

namespace cli {

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

namespace {

QString cannotWriteStandardOutput(const QString &reason)
{
    return reason.isEmpty() ? QCoreApplication::translate("Cli", "cannot write to standard output")
                            : QCoreApplication::translate("Cli", "cannot write to standard output: %1").arg(reason);
}

} // namespace

bool writeStandardOutput(const QByteArray &bytes)
{
    out().flush();  // what was printed before comes first
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) && std::fflush(stdout) == 0)
        return true;
    err() << "archscope: " << cannotWriteStandardOutput(QString::fromLocal8Bit(std::strerror(errno))) << Qt::endl;
    std::clearerr(stdout);  // reported: the check after the command need not say it again
    return false;
}

bool takeValue(const QStringList &args, int *i, QString *target)
{
    if (*i + 1 >= args.size())
        return false;
    *target = args.at(++*i);
    return true;
}

} // namespace cli

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &args);
    const char *usage;  // one line for --help
    bool paints = false;  // draws text or pictures, so it needs fonts (a QGuiApplication)
};

// The command table; each command lives in its own app/cli_<name>.cpp.
const Command commands[] = {
    {"simulate", &cli::simulate, QT_TRANSLATE_NOOP("Cli", "  archscope simulate FILE [--horizon 30d] [--step 60s] [--seed N] [--free-tier] [--exact [--window FROM..TO]] [--json] [--csv OUT]\n"
                                                             "                                   simulate load and cost; print the summary (JSON with --json);\n"
                                                             "                                   --exact also runs every request of the busiest hour (or FROM..TO, e.g. 2h..3h)\n"
                                                             "                                   and shows both engines side by side")},
    {"validate", &cli::validate,
     QT_TRANSLATE_NOOP("Cli", "  archscope validate FILE          print the diagram's problems; exit 1 if any is an error")},
    {"export", &cli::exportFile, QT_TRANSLATE_NOOP("Cli", "  archscope export FILE --format FMT -o OUT [--scale 1|2|4] [--transparent] [--page-size A4|Letter|A3] [--author NAME] [--no-simulation]\n                                   png|svg|pdf|drawio|mermaid|dot|sam|csv|md|html; OUT - is stdout"), true},
    {"import", &cli::importFile, QT_TRANSLATE_NOOP("Cli", "  archscope import FILE -o OUT.archscope [--json]\n"
                                                          "                                   a SAM / CloudFormation template (YAML or JSON) or a Terraform\n"
                                                          "                                   plan or state (terraform show -json) as a diagram, laid out;\n"
                                                          "                                   prints what was mapped, external and ignored (JSON with --json);\n"
                                                          "                                   exit 1 when nothing maps onto a simulated service"),
     true},  // the layout measures each node's label
    {"recommend", &cli::recommend, QT_TRANSLATE_NOOP("Cli", "  archscope recommend [--answer QUESTION=ANSWER ...] [--answers FILE.json] [--json]\n                                   rank EC2, ECS on EC2, Fargate, EKS and Lambda for the answers")},
    {"questions", &cli::questions, QT_TRANSLATE_NOOP("Cli", "  archscope questions [--json]     the questionnaire's questions and answer ids")},
};

const Command *find(const QString &name)
{
    for (const Command &c : commands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

} // namespace

QString Cli::usage()
{
    QString text = QCoreApplication::translate("Cli", "Usage:\n"
                                                      "  archscope [FILE]                 open the editor (on FILE if given)\n");
    for (const Command &c : commands)
        text += QCoreApplication::translate("Cli", c.usage) + QLatin1Char('\n');
    text += QCoreApplication::translate("Cli", "  archscope --help                 show this help\n"
                                               "  archscope --version              show the version\n"
                                               "\n"
                                               "Editor options:\n"
                                               "  --screenshot PNG                 save a picture of the window and quit\n"
                                               "  --theme light|dark               colour scheme for this run\n"
                                               "  --select ID                      select a node (for screenshots)\n");
    return text;
}

bool Cli::handles(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    return find(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
           || first == QLatin1String("--version") || first == QLatin1String("-v");
}

std::unique_ptr<QCoreApplication> Cli::createApplication(int &argc, char **argv, const QStringList &args)
{
    const Command *c = find(args.value(0));
    if (c && c->paints) {
        // Fonts need a QGuiApplication; the offscreen platform gives one without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

namespace {

// Standard output goes through buffers, so a full disk or a closed pipe shows only when they are
// flushed: flush them after the command and make a failed write an error (exit 2) like any other.
int checkStandardOutput(int exitCode)
{
    cli::out().flush();
    bool failed = false;
    QString reason;
    if (cli::out().status() != QTextStream::Ok) {
        failed = true;
        // The stream's file keeps the system's reason from the write that failed first.
        const auto *file = qobject_cast<const QFileDevice *>(cli::out().device());
        if (file && file->error() != QFileDevice::NoError)
            reason = file->errorString();
    }
    if (std::fflush(stdout) != 0) {
        failed = true;
        if (reason.isEmpty())
            reason = QString::fromLocal8Bit(std::strerror(errno));
    }
    if (!failed && !std::ferror(stdout))
        return exitCode;
    cli::err() << "archscope: " << cli::cannotWriteStandardOutput(reason) << Qt::endl;
    return 2;
}

} // namespace

int Cli::run(const QStringList &args)
{
    return checkStandardOutput(runCommand(args));
}

int Cli::runCommand(const QStringList &args)
{
    const QString command = args.value(0);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        cli::out() << usage();
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        cli::out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (const Command *c = find(command)) {
        // Every command takes "--option=value" as well as "--option value".
        QStringList split;
        for (const QString &arg : args.mid(1)) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (arg.startsWith(QLatin1String("--")) && eq > 2) {
                split << arg.left(eq) << arg.mid(eq + 1);
            } else {
                split << arg;
            }
        }
        return c->run(split);
    }
    cli::err() << QCoreApplication::translate("Cli", "unknown command '%1'").arg(command) << Qt::endl << usage();
    return 2;
}

} // namespace archscope
