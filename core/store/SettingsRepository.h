#pragma once

#include "DeadlineRules.h"
#include "OrganisationSettings.h"
#include "Result.h"

#include <QCoreApplication>

namespace Aloite {

class Database;

/// The settings every user of a database shares (table `setting`): the organisation that issues
/// the memos and the deadline rules. Each value is a row of its own, written in one transaction
/// with its audit entry.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    explicit SettingsRepository(const Database& db);

    /// The stored organisation; OrganisationSettings::defaults() for what is not stored.
    Result<OrganisationSettings> organisation() const;
    /// Whether someone has saved the organisation's Finnish name: false for a fresh database, whose
    /// memos would print the placeholders of OrganisationSettings::defaults().
    Result<bool> isOrganisationSet() const;
    /// Writes the settings that differ from \a base (what the caller loaded and showed), key by
    /// key, so that two people changing different settings at once both keep their change. A key
    /// that someone else changed since \a base was loaded is a Conflict and nothing is written.
    /// Refuses what OrganisationSettings::validate() refuses.
    Status saveOrganisation(const OrganisationSettings& settings, const OrganisationSettings& base) const;
    /// The same with what is stored now as the base: for callers that showed nothing to anyone.
    Status saveOrganisation(const OrganisationSettings& settings) const;

    /// The stored rules; the defaults of DeadlineRules for what is not stored.
    Result<DeadlineRules> deadlineRules() const;
    /// Stores the rules and recomputes the due date of every case, in one transaction; refuses
    /// what DeadlineRules::validate() refuses.
    Status saveDeadlineRules(const DeadlineRules& rules) const;

private:
    Status write(const QList<std::pair<QString, QString>>& values, const QString& what) const;

    const Database& m_db;
};

} // namespace Aloite
