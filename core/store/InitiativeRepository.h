#pragma once

#include "CaseStatus.h"
#include "Initiative.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Aloite {

class Database;

/// One row of the case list: what the list shows, without the texts.
struct InitiativeSummary
{
    qint64 id = 0;
    int version = 0;
    CaseNumber caseNumber;
    QString title; ///< in InitiativeFilter::titleLanguage (the Finnish one where there is no Swedish one)
    QString firstSigner;
    int coSignerCount = 0;
    QDate submittedDate;
    CaseStatus status = CaseStatus::Registered;
    QString responsibleUnit;
    QDate dueDate; ///< invalid when the case has no deadline (see DeadlineRules)
};

/// What the case list asks for. Empty members do not filter.
struct InitiativeFilter
{
    enum class Sort {
        CaseNumber,
        Title,
        FirstSigner,
        Submitted,
        Status,
        Unit,
        Deadline, ///< cases without a deadline last in either direction
    };

    QList<CaseStatus> statuses;
    int year = 0; ///< year of the case number
    QString unit;
    QString text; ///< full-text search, prefix matching per word
    qint64 preparerId = 0; ///< "mine": cases this person is assigned to
    /// When valid, only cases due before this day: pass Clock::instance().today() for "overdue".
    QDate dueBefore;
    Sort sort = Sort::CaseNumber;
    Qt::SortOrder order = Qt::DescendingOrder;
    /// The language of InitiativeSummary::title and of Sort::Title. Swedish gives the Swedish title
    /// and falls back to the Finnish one for cases without one, so that a Swedish interface can list
    /// a bilingual town's cases as its clerks know them. Does not filter: search finds both titles.
    Language titleLanguage = Language::Finnish;
};

/// Bytes of attachments that are not stored yet, by their SHA-256 (lower-case hex).
using AttachmentFiles = QHash<QString, QByteArray>;

/// Loads and saves cases. Every save is one transaction with its audit entry, checks the row
/// version against the one the caller loaded and refuses to overwrite a newer one.
class InitiativeRepository
{
    Q_DECLARE_TR_FUNCTIONS(InitiativeRepository)

public:
    explicit InitiativeRepository(const Database& db);

    Result<Initiative> load(qint64 id) const;
    /// The id of the case with this case number, or NotFound.
    Result<qint64> idOf(const CaseNumber& caseNumber) const;
    /// The stored row version, for noticing that someone else saved the case.
    Result<int> currentVersion(qint64 id) const;

    /// Inserts a new case; sets id, version, created and modified on success.
    Status create(Initiative& initiative) const;
    /// Writes a loaded case back; refuses with Conflict when it changed since it was loaded.
    /// Leaves the stored attachments alone.
    Status save(Initiative& initiative) const;
    /// Writes the case (new or loaded, as save()) and makes its stored attachments what
    /// initiative.attachments lists, all in one transaction: stored attachments missing from the
    /// list are deleted, entries with id 0 are stored with their bytes from \a newFiles (keyed
    /// by SHA-256, as Attachment::sha256), and kept ones take the list's titles. On success the
    /// entries carry their ids.
    Status save(Initiative& initiative, const AttachmentFiles& newFiles) const;
    /// Deletes a case that has no decision history.
    Status remove(qint64 id, int version) const;

    Result<QList<InitiativeSummary>> list(const InitiativeFilter& filter, int offset = 0, int limit = -1) const;
    Result<int> count(const InitiativeFilter& filter) const;
    /// Years that occur in case numbers, newest first.
    Result<QList<int>> years() const;
    /// Responsible units in use, sorted.
    Result<QStringList> units() const;

    /// Stores a file with the case. The initiative's version is not changed, so an editor that
    /// has the case open can still save it.
    Result<Attachment> addAttachment(qint64 initiativeId, Attachment attachment, const QByteArray& data) const;
    Result<QByteArray> attachmentData(qint64 attachmentId) const;
    /// The SHA-256 of \a data in the form of Attachment::sha256.
    static QString sha256Of(const QByteArray& data);
    Status removeAttachment(qint64 attachmentId) const;

    /// Turns what a user typed into an FTS5 query: every word must occur, as a prefix of a word or
    /// as a word with the same Finnish or Swedish stem ("aloite" finds "aloitteen"); text in double
    /// quotes must occur as it is, as a phrase. Returns an empty string when there is nothing to
    /// search for.
    static QString ftsQuery(const QString& userText);

private:
    Status writeChildren(const Initiative& initiative) const;
    Status writeAttachments(Initiative& initiative, const AttachmentFiles& newFiles) const;
    Status writeSearchIndex(const Initiative& initiative) const;
    Result<QList<Attachment>> attachments(qint64 initiativeId) const;

    const Database& m_db;
};

} // namespace Aloite
