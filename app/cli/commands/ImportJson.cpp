#include "ImportJson.h"

#include "CliUtils.h"
#include "InitiativeRepository.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

ImportJson::ImportJson()
    : DatabaseCommand("import-json", QT_TRANSLATE_NOOP("CliText", "Import cases from a JSON file."),
                      CliText::tr("aloite-cli import-json FILE: import cases; all or nothing."))
    , m_body(QStringLiteral("body"),
             CliText::tr("Import the file's body THEIRS as this database's body OURS, e.g. "
                         "--body \"Kaupunginvaltuusto=Valtuusto\"; may be repeated."),
             CliText::tr("THEIRS=OURS"))
{
    m_options = {m_body};
    m_positionals = {{QStringLiteral("file"), CliText::tr("The JSON file to import."), QString(),
                      CliText::tr("Name one file to import.")}};
}

int ImportJson::prepare(Context& context, const QCommandLineParser& parser)
{
    auto json = readFile(parser.positionalArguments().first());
    if (!json)
        return fail(context, json.error().message);
    m_json = *json;
    for (const QString& choice : parser.values(m_body)) {
        const qsizetype equals = choice.indexOf(QLatin1Char('='));
        if (equals <= 0 || choice.mid(equals + 1).trimmed().isEmpty())
            return usageError(context,
                              CliText::tr("--body takes THEIRS=OURS, e.g. --body "
                                          "\"Kaupunginvaltuusto=Valtuusto\"; \"%1\" is not.")
                                  .arg(choice));
        m_choices.bodyNames.insert(choice.left(equals).trimmed(), choice.mid(equals + 1).trimmed());
    }
    return Success;
}

Database::Mode ImportJson::mode(const QCommandLineParser&) const
{
    return Database::Mode::ReadWrite;
}

int ImportJson::runWithDatabase(Context& context, Database& db, const QCommandLineParser&)
{
    auto ids = JsonFormat::importCases(db, m_json, m_choices);
    if (!ids)
        return fail(context, ids.error().message);
    context.out << CliText::tr("Imported %n case(s).", nullptr, int(ids->size())) << '\n';
    // A number in another format than the organisation's is kept (archives hold old formats), but said.
    if (auto settings = SettingsRepository(db).organisation()) {
        const CaseNumberPattern pattern(settings->caseNumberPattern);
        const InitiativeRepository cases(db);
        for (qsizetype n = 0; n < ids->size(); ++n) {
            auto stored = cases.load(ids->at(n));
            if (!stored)
                continue;
            if (const QString warning = pattern.warning(stored->caseNumber); !warning.isEmpty())
                context.err << CliText::tr("Warning") << ": cases[" << n << "].caseNumber: " << warning << '\n';
        }
    }
    return Success;
}

} // namespace Aloite::Cli
