#include "Organisation.h"

#include "CaseNumber.h"
#include "CliUtils.h"
#include "MemoTemplate.h"
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
    , m_memoTemplate(QStringLiteral("memo-template"),
                     CliText::tr("The memo layout: espoo, helsinki or lapua (docs/memo-templates.md)."),
                     CliText::tr("key"))
    , m_appealFi(QStringLiteral("appeal-notice-fi"),
                 CliText::tr("The appeal notice of a final decision in Finnish; empty for the standard text."),
                 CliText::tr("text"))
    , m_appealSv(QStringLiteral("appeal-notice-sv"),
                 CliText::tr("The appeal notice of a final decision in Swedish; empty for the standard text."),
                 CliText::tr("text"))
    , m_appealBanFi(QStringLiteral("appeal-ban-notice-fi"),
                    CliText::tr("The notice of a preparatory decision in Finnish; empty for the standard text."),
                    CliText::tr("text"))
    , m_appealBanSv(QStringLiteral("appeal-ban-notice-sv"),
                    CliText::tr("The notice of a preparatory decision in Swedish; empty for the standard text."),
                    CliText::tr("text"))
    , m_certifierName(QStringLiteral("certifier-name"), CliText::tr("Who certifies minutes extracts."),
                      CliText::tr("name"))
    , m_certifierTitle(QStringLiteral("certifier-title"), CliText::tr("The certifier's title."), CliText::tr("title"))
    , m_logo(QStringLiteral("logo"), CliText::tr("A PNG or SVG logo for the letterhead."), CliText::tr("file"))
    , m_noLogo(QStringLiteral("no-logo"), CliText::tr("Remove the logo."))
{
    m_options = {m_nameFi,         m_nameSv,   m_address,  m_email,       m_phone,       m_caseNumberPattern,
                 m_memoTemplate,   m_appealFi, m_appealSv, m_appealBanFi, m_appealBanSv, m_certifierName,
                 m_certifierTitle, m_logo,     m_noLogo};
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
        set(m_appealFi, settings->appealNotice.fi);
        set(m_appealSv, settings->appealNotice.sv);
        set(m_appealBanFi, settings->appealBanNotice.fi);
        set(m_appealBanSv, settings->appealBanNotice.sv);
        set(m_certifierName, settings->certifierName);
        set(m_certifierTitle, settings->certifierTitle);
        if (parser.isSet(m_memoTemplate)) {
            const QString key = parser.value(m_memoTemplate);
            QStringList keys;
            for (const MemoTemplate& t : MemoTemplate::shipped())
                keys << t.key;
            if (!keys.contains(key))
                return fail(
                    context,
                    CliText::tr("Unknown memo template \"%1\": use %2.").arg(key, keys.join(QStringLiteral(", "))));
            settings->memoTemplate = key;
        }
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
                << CliText::tr("Memo template") << ": " << MemoTemplate::byKey(settings->memoTemplate).key << '\n'
                << CliText::tr("Logo") << ": "
                << (settings->logo.isEmpty() ? CliText::tr("none")
                                             : CliText::tr("%n byte(s)", nullptr, int(settings->logo.size())))
                << '\n';
    return Success;
}

} // namespace Aloite::Cli
