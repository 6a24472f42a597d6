#include "CliUtils.h"

#include "CaseNumber.h"
#include "Command.h"
#include "DateFormat.h"
#include "InitiativeRepository.h"

#include <QFile>

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

} // namespace Aloite::Cli
