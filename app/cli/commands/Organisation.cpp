#include "Organisation.h"

#include "CaseNumber.h"
#include "CliUtils.h"
#include "OrganisationSettings.h"
#include "SettingsRepository.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Aloite::Cli {

Organisation::Organisation()
    : DatabaseCommand("organisation",
                      QT_TRANSLATE_NOOP("CliText", "Show or change the organisation printed on the memos."),
                      CliText::tr("aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos."))
    , m_nameFi(QStringLiteral("name-fi"), CliText::tr("The organisation's Finnish name."), CliText::tr("name"))
    , m_nameSv(QStringLiteral("name-sv"), CliText::tr("The organisation's Swedish name."), CliText::tr("name"))
    , m_address(QStringLiteral("address"), CliText::tr("The address line of the footer."), CliText::tr("text"))
    , m_email(QStringLiteral("email-pattern"), CliText::tr("E-mail pattern, e.g. firstname.lastname@city.fi."),
              CliText::tr("pattern"))
    , m_phone(QStringLiteral("switchboard"), CliText::tr("The switchboard number."), CliText::tr("number"))
    , m_caseNumberPattern(QStringLiteral("case-number-pattern"),
                          CliText::tr("The format of case numbers, e.g. #/#.#.#/YYYY or LAPDno-YYYY-# "
                                      "(# digits, YYYY a year, * any text)."),
                          CliText::tr("pattern"))
    , m_logo(QStringLiteral("logo"), CliText::tr("A PNG or SVG logo for the letterhead."), CliText::tr("file"))
    , m_noLogo(QStringLiteral("no-logo"), CliText::tr("Remove the logo."))
{
    m_options = {m_nameFi, m_nameSv, m_address, m_email, m_phone, m_caseNumberPattern, m_logo, m_noLogo};
}

bool Organisation::changes(const QCommandLineParser& parser)
{
    const QStringList names = parser.optionNames();
    return std::any_of(names.cbegin(), names.cend(), [](const QString& name) { return name != QLatin1String("help"); });
}

Database::Mode Organisation::mode(const QCommandLineParser& parser) const
{
    return changes(parser) ? Database::Mode::ReadWrite : Database::Mode::ReadOnly;
}

int Organisation::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto settings = SettingsRepository(db).organisation();
    if (!settings)
        return fail(context, settings.error().message);
    if (changes(parser)) {
        const OrganisationSettings loaded = *settings;
        const auto set = [&parser](const QCommandLineOption& option, QString& field) {
            if (parser.isSet(option))
                field = parser.value(option);
        };
        set(m_nameFi, settings->name.fi);
        set(m_nameSv, settings->name.sv);
        set(m_address, settings->addressLine);
        set(m_email, settings->emailPattern);
        set(m_phone, settings->switchboard);
        set(m_caseNumberPattern, settings->caseNumberPattern);
        if (parser.isSet(m_noLogo))
            settings->logo.clear();
        if (parser.isSet(m_logo)) {
            auto logo = readFile(parser.value(m_logo));
            if (!logo)
                return fail(context, logo.error().message);
            settings->logo = *logo;
        }
        if (Status saved = SettingsRepository(db).saveOrganisation(*settings, loaded); !saved)
            return fail(context, saved.error().message);
    }
    context.out << CliText::tr("Name") << ": " << settings->name.fi << " / " << settings->name.sv << '\n'
                << CliText::tr("Address") << ": " << settings->addressLine << '\n'
                << CliText::tr("E-mail pattern") << ": " << settings->emailPattern << '\n'
                << CliText::tr("Switchboard") << ": " << settings->switchboard << '\n'
                << CliText::tr("Case number format") << ": " << settings->caseNumberPattern << " ("
                << CliText::tr("e.g. %1").arg(CaseNumberPattern(settings->caseNumberPattern).example(2025)) << ")\n"
                << CliText::tr("Logo") << ": "
                << (settings->logo.isEmpty() ? CliText::tr("none")
                                             : CliText::tr("%n byte(s)", nullptr, int(settings->logo.size())))
                << '\n';
    return Success;
}

} // namespace Aloite::Cli
