#include "ExportJson.h"

#include "CliUtils.h"
#include "JsonFormat.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace Aloite::Cli {

ExportJson::ExportJson()
    : DatabaseCommand("export-json", QT_TRANSLATE_NOOP("CliText", "Export cases as JSON."),
                      CliText::tr("aloite-cli export-json CASE...|--all: export cases as JSON."))
    , m_all(QStringLiteral("all"), CliText::tr("Export every case."))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               CliText::tr("Write to this file instead of the standard output."), CliText::tr("file"))
{
    m_options = {m_all, m_output};
    m_positionals = {{QStringLiteral("case"), CliText::tr("Case numbers or ids."), QStringLiteral("[CASE...]")}};
}

int ExportJson::prepare(Context& context, const QCommandLineParser& parser)
{
    if (parser.isSet(m_all) == !parser.positionalArguments().isEmpty())
        return usageError(context, CliText::tr("Name the cases to export, or give --all."));
    return Success;
}

int ExportJson::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    Result<QByteArray> json = QByteArray();
    if (parser.isSet(m_all)) {
        json = JsonFormat::exportAll(db);
    } else {
        QList<qint64> ids;
        for (const QString& text : parser.positionalArguments()) {
            auto id = findCase(db, text);
            if (!id)
                return fail(context, id.error().message);
            ids << *id;
        }
        json = JsonFormat::exportCases(db, ids);
    }
    if (!json)
        return fail(context, json.error().message);
    if (!parser.isSet(m_output)) {
        context.out << QString::fromUtf8(*json);
        return Success;
    }
    QSaveFile file(parser.value(m_output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return fail(context, CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

} // namespace Aloite::Cli
