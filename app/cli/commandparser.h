#pragma once
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace initbench::cli {

// QCommandLineParser with Initbench's conventions: --help prints the command's own usage line,
// and errors are reported (exit 2) instead of exiting the process.
class CommandParser
{
public:
    CommandParser(QString usage, QString description);
    QCommandLineParser &parser() { return m_parser; }

    // Returns -1 to go on, or the exit status to return (0 after --help, 2 after an error).
    int parse(const QStringList &arguments, int minPositional, int maxPositional);
    QString helpText() const;

private:
    QString m_usage;
    QCommandLineParser m_parser;
};

} // namespace initbench::cli
