#include "SettingsRepository.h"

#include "AuditLog.h"
#include "Database.h"

#include <QSqlQuery>

namespace Aloite {

namespace {

// The setting keys are stored in every file: never change one. The view initiative_deadline in
// Schema.cpp reads the deadline keys.
const QString s_nameFi = QStringLiteral("organisation.name.fi");
const QString s_nameSv = QStringLiteral("organisation.name.sv");
const QString s_logo = QStringLiteral("organisation.logo");
const QString s_address = QStringLiteral("organisation.address");
const QString s_emailPattern = QStringLiteral("organisation.email-pattern");
const QString s_switchboard = QStringLiteral("organisation.switchboard");
const QString s_caseNumberPattern = QStringLiteral("organisation.case-number-pattern");
const QString s_memoTemplate = QStringLiteral("organisation.memo-template");
const QString s_appealFi = QStringLiteral("organisation.appeal-notice.fi");
const QString s_appealSv = QStringLiteral("organisation.appeal-notice.sv");
const QString s_appealBanFi = QStringLiteral("organisation.appeal-ban-notice.fi");
const QString s_appealBanSv = QStringLiteral("organisation.appeal-ban-notice.sv");
const QString s_certifierName = QStringLiteral("organisation.certifier.name");
const QString s_certifierTitle = QStringLiteral("organisation.certifier.title");

const QString s_months = QStringLiteral("deadline.months");
const QString s_signerThreshold = QStringLiteral("deadline.signer-threshold");
const QString s_monthsFewSigners = QStringLiteral("deadline.months-few-signers");
const QString s_monthsResidents = QStringLiteral("deadline.months-residents");
const QString s_monthsReferendum = QStringLiteral("deadline.months-referendum");
const QString s_monthsBudget = QStringLiteral("deadline.months-budget");
const QString s_monthsAfterReturn = QStringLiteral("deadline.months-after-return");
const QString s_dueSoonDays = QStringLiteral("deadline.due-soon-days");

/// The deadline rules' fields by key, for reading and writing alike.
template<typename Rules> auto deadlineFields(Rules& rules)
{
    return std::array {
        std::pair {&s_months, &rules.months},
        std::pair {&s_signerThreshold, &rules.signerThreshold},
        std::pair {&s_monthsFewSigners, &rules.monthsFewSigners},
        std::pair {&s_monthsResidents, &rules.monthsResidents},
        std::pair {&s_monthsReferendum, &rules.monthsReferendum},
        std::pair {&s_monthsBudget, &rules.monthsBudget},
        std::pair {&s_monthsAfterReturn, &rules.monthsAfterReturn},
        std::pair {&s_dueSoonDays, &rules.dueSoonDays},
    };
}

} // namespace

SettingsRepository::SettingsRepository(const Database& db)
    : m_db(db)
{
}

Result<OrganisationSettings> SettingsRepository::organisation() const
{
    auto query = m_db.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'organisation.%'"));
    if (!query)
        return query.error();
    OrganisationSettings settings = OrganisationSettings::defaults();
    while (query->next()) {
        const QString key = query->value(0).toString();
        const QString value = query->value(1).toString();
        if (key == s_nameFi)
            settings.name.fi = value;
        else if (key == s_nameSv)
            settings.name.sv = value;
        else if (key == s_logo)
            settings.logo = QByteArray::fromBase64(value.toLatin1());
        else if (key == s_address)
            settings.addressLine = value;
        else if (key == s_emailPattern)
            settings.emailPattern = value;
        else if (key == s_switchboard)
            settings.switchboard = value;
        else if (key == s_caseNumberPattern)
            settings.caseNumberPattern = value;
        else if (key == s_memoTemplate)
            settings.memoTemplate = value;
        else if (key == s_appealFi)
            settings.appealNotice.fi = value;
        else if (key == s_appealSv)
            settings.appealNotice.sv = value;
        else if (key == s_appealBanFi)
            settings.appealBanNotice.fi = value;
        else if (key == s_appealBanSv)
            settings.appealBanNotice.sv = value;
        else if (key == s_certifierName)
            settings.certifierName = value;
        else if (key == s_certifierTitle)
            settings.certifierTitle = value;
    }
    return settings;
}

Result<bool> SettingsRepository::isOrganisationSet() const
{
    auto query = m_db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {s_nameFi});
    if (!query)
        return query.error();
    return query->next() && !query->value(0).toString().trimmed().isEmpty();
}

namespace {

/// The organisation's settings as stored, key by key.
QList<std::pair<QString, QString>> organisationValues(const OrganisationSettings& settings)
{
    return {
        {s_nameFi, settings.name.fi.trimmed()},
        {s_nameSv, settings.name.sv.trimmed()},
        {s_logo, QString::fromLatin1(settings.logo.toBase64())},
        {s_address, settings.addressLine.trimmed()},
        {s_emailPattern, settings.emailPattern.trimmed()},
        {s_switchboard, settings.switchboard.trimmed()},
        {s_caseNumberPattern, settings.caseNumberPattern.trimmed()},
        {s_memoTemplate, settings.memoTemplate.trimmed()},
        {s_appealFi, settings.appealNotice.fi.trimmed()},
        {s_appealSv, settings.appealNotice.sv.trimmed()},
        {s_appealBanFi, settings.appealBanNotice.fi.trimmed()},
        {s_appealBanSv, settings.appealBanNotice.sv.trimmed()},
        {s_certifierName, settings.certifierName.trimmed()},
        {s_certifierTitle, settings.certifierTitle.trimmed()},
    };
}

} // namespace

Status SettingsRepository::saveOrganisation(const OrganisationSettings& settings) const
{
    auto stored = organisation();
    if (!stored)
        return stored.error();
    return saveOrganisation(settings, *stored);
}

Status SettingsRepository::saveOrganisation(const OrganisationSettings& settings,
                                            const OrganisationSettings& base) const
{
    if (const QString problem = settings.validate(); !problem.isEmpty())
        return Error {Error::Code::Invalid, problem};
    const auto wanted = organisationValues(settings);
    const auto before = organisationValues(base);
    return m_db.transaction([&]() -> Status {
        // Read inside the write transaction: nobody can change a key between this check and the write.
        auto stored = organisation();
        if (!stored)
            return stored.error();
        const auto now = organisationValues(*stored);
        QList<std::pair<QString, QString>> changed;
        QStringList conflicts;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (wanted.at(i).second == before.at(i).second || wanted.at(i).second == now.at(i).second)
                continue; // not changed here, or already so
            if (now.at(i).second != before.at(i).second)
                conflicts << wanted.at(i).first;
            else
                changed << wanted.at(i);
        }
        if (!conflicts.isEmpty())
            return Error {Error::Code::Conflict,
                          tr("Someone else changed the same organisation settings meanwhile (%1). Reopen the "
                             "settings and make your change again.")
                              .arg(conflicts.join(QStringLiteral(", ")))};
        if (changed.isEmpty())
            return success();
        QStringList keys;
        for (const auto& [key, value] : std::as_const(changed))
            keys << key;
        return write(changed, QStringLiteral("organisation: ") + keys.join(QStringLiteral(", ")));
    });
}

Result<DeadlineRules> SettingsRepository::deadlineRules() const
{
    auto query = m_db.exec(QStringLiteral("SELECT key, value FROM setting WHERE key LIKE 'deadline.%'"));
    if (!query)
        return query.error();
    DeadlineRules rules;
    while (query->next()) {
        const QString key = query->value(0).toString();
        bool ok = false;
        const int value = query->value(1).toString().toInt(&ok);
        for (const auto& [name, field] : deadlineFields(rules)) {
            if (ok && key == *name)
                *field = value;
        }
    }
    return rules;
}

Status SettingsRepository::saveDeadlineRules(const DeadlineRules& rules) const
{
    if (const QString problem = rules.validate(); !problem.isEmpty())
        return Error {Error::Code::Invalid, problem};
    QList<std::pair<QString, QString>> values;
    for (const auto& [key, field] : deadlineFields(rules))
        values.append({*key, QString::number(*field)});
    return m_db.transaction([&]() -> Status {
        if (Status written = write(values, QStringLiteral("deadline rules")); !written)
            return written;
        // One pass over the view for all cases rather than one lookup per row.
        auto recomputed = m_db.exec(QStringLiteral(
            "UPDATE initiative SET due_date = d.due_date FROM initiative_deadline d "
            "WHERE d.initiative_id = initiative.id AND initiative.due_date IS DISTINCT FROM d.due_date"));
        if (!recomputed)
            return recomputed.error();
        return success();
    });
}

Status SettingsRepository::write(const QList<std::pair<QString, QString>>& values, const QString& what) const
{
    return m_db.transaction([&]() -> Status {
        for (const auto& [key, value] : values) {
            auto written = m_db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                     {key, value});
            if (!written)
                return written.error();
        }
        return AuditLog(m_db).record(QStringLiteral("update"), QStringLiteral("setting"), 0, what);
    });
}

} // namespace Aloite
