#include "CliUtils.h"

#include "CaseNumber.h"
#include "Command.h"
#include "DateFormat.h"
#include "InitiativeRepository.h"

#include <QFile>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace Aloite::Cli {

Result<qint64> findCase(const Database& db, const QString& text)
{
    const InitiativeRepository repository(db);
    const CaseNumber number = CaseNumber::parse(text);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    // Any line is a case number (issue 14); a bare integer that no case has as its number is an id.
    if (number.isValid()) {
        auto found = repository.idOf(number);
        if (found || !isNumber || id <= 0)
            return found;
    }
    if (isNumber && id > 0) {
        if (auto version = repository.currentVersion(id); !version)
            return version.error();
        return id;
    }
    return Error {Error::Code::Invalid, CaseNumber::validationMessage(text)};
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? DateFormat::text(date) : QStringLiteral("-");
}

void printText(QTextStream& out, const QString& heading, const QString& text)
{
    if (text.isEmpty())
        return;
    out << '\n' << heading << ":\n" << text << '\n';
}

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString())};
    return file.readAll();
}

QString readPassword(QTextStream& err, const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    err << prompt << Qt::flush;
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n' << Qt::flush;
    return QString::fromStdString(line);
}

bool needsPassword(const QString& message)
{
    return message.contains(QLatin1String("no password supplied"))
        || message.contains(QLatin1String("password authentication failed"));
}

} // namespace Aloite::Cli
