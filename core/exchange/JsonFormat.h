#pragma once

#include "Initiative.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Aloite {

class Database;

/// The explicit choices of an import (issue 14, item 9: bodies are the organisation's own).
struct JsonImportOptions
{
    /// A body of the file, by its Finnish name, that is this database's body of another name:
    /// "Kaupunginvaltuusto" → "Valtuusto". Without a choice a body is matched only by its own name,
    /// so a council of another name is refused rather than merged silently.
    QMap<QString, QString> bodyNames;
};

/// The exchange format "aloite-cases" (docs/json-format.md): whole cases with their decision
/// history and attachment bytes, so that an export imported into an empty database gives the
/// same cases back.
class JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    /// 2: the first signer, the co-signer count and the dates may be null ("not recorded"), and
    /// firstSignerRole. 3: statements, the kinds referendum and budget, structured votes (blank and
    /// absent null when not recorded), agenda titles and Swedish texts of the handlings. Files of
    /// versions 1 and 2 are read as before.
    static constexpr int Version = 3;

    /// The cases with these ids as one JSON document.
    static Result<QByteArray> exportCases(const Database& db, const QList<qint64>& ids);
    /// Every case in the database.
    static Result<QByteArray> exportAll(const Database& db);

    /// Imports every case of \a json in one transaction: either all are imported or none.
    /// People and bodies are matched by name and created where missing; a council or board of
    /// another name than this database's is refused unless \a options maps it. Returns the new ids.
    static Result<QList<qint64>> importCases(const Database& db, const QByteArray& json,
                                             const JsonImportOptions& options = {});

    static Result<QJsonObject> caseToJson(const Database& db, const Initiative& initiative);
};

} // namespace Aloite
