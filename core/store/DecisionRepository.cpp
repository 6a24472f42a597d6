#include "DecisionRepository.h"

#include "AuditLog.h"
#include "BodyRepository.h"
#include "Database.h"
#include "SqlValues.h"
#include "Validation.h"

#include <QSqlQuery>

namespace Aloite {

using SqlValues::fromDate;
using SqlValues::fromId;
using SqlValues::toDate;

namespace {

const QString s_entity = QStringLiteral("decision");

const QString s_select = QStringLiteral(
    "SELECT e.id, e.initiative_id, b.id, b.kind, b.name_fi, b.name_sv, e.meeting_id, e.meeting_date, "
    "e.meeting_number, e.section, e.presenter, e.proposal, e.handling, e.votes_yes, e.votes_no, e.votes_blank, "
    "e.votes_absent, e.decision, e.outcome, e.confirmed, e.corrects_entry_id, e.correction_reason, e.version, "
    // A roll call names every member, so its blank and absent counts are recorded, 0 included.
    "(coalesce(x.votes_blank_recorded, 0) <> 0 OR EXISTS (SELECT 1 FROM person_vote v WHERE v.entry_id = e.id)), "
    "(coalesce(x.votes_absent_recorded, 0) <> 0 OR EXISTS (SELECT 1 FROM person_vote v WHERE v.entry_id = e.id)), "
    "coalesce(x.counter_mover, ''), coalesce(x.counter_seconder, ''), coalesce(x.counter_text, ''), "
    "coalesce(x.proposition_yes, ''), coalesce(x.proposition_no, ''), coalesce(x.dissent, ''), "
    "coalesce(x.agenda_title_fi, ''), coalesce(x.agenda_title_sv, ''), coalesce(x.proposal_sv, ''), "
    "coalesce(x.handling_sv, ''), coalesce(x.decision_sv, '') "
    "FROM decision_entry e JOIN body b ON b.id = e.body_id LEFT JOIN decision_detail x ON x.entry_id = e.id ");

DecisionEntry readEntry(const QSqlQuery& q)
{
    DecisionEntry e;
    int c = 0;
    e.id = q.value(c++).toLongLong();
    e.initiativeId = q.value(c++).toLongLong();
    e.body.id = q.value(c++).toLongLong();
    bodyKindFromKey(q.value(c++).toString(), &e.body.kind);
    e.body.name.fi = q.value(c++).toString();
    e.body.name.sv = q.value(c++).toString();
    e.meetingId = q.value(c++).toLongLong();
    e.meetingDate = toDate(q.value(c++));
    e.meetingNumber = q.value(c++).toInt();
    e.section = q.value(c++).toInt();
    e.presenter = q.value(c++).toString();
    e.proposal = q.value(c++).toString();
    e.handling = q.value(c++).toString();
    e.votes.yes = q.value(c++).toInt();
    e.votes.no = q.value(c++).toInt();
    const int blank = q.value(c++).toInt();
    const int absent = q.value(c++).toInt();
    e.decision = q.value(c++).toString();
    outcomeFromKey(q.value(c++).toString(), &e.outcome);
    e.confirmed = q.value(c++).toBool();
    e.correctsEntryId = q.value(c++).toLongLong();
    e.correctionReason = q.value(c++).toString();
    e.version = q.value(c++).toInt();
    // A count above 0 was always recorded; a 0 only when the flag says so (schema version 6).
    if (q.value(c++).toBool() || blank > 0)
        e.votes.blank = blank;
    if (q.value(c++).toBool() || absent > 0)
        e.votes.absent = absent;
    e.counterProposal.mover = q.value(c++).toString();
    e.counterProposal.seconder = q.value(c++).toString();
    e.counterProposal.text = q.value(c++).toString();
    e.proposition.yes = q.value(c++).toString();
    e.proposition.no = q.value(c++).toString();
    const QString dissent = q.value(c++).toString();
    if (!dissent.isEmpty())
        e.dissent = dissent.split(QLatin1Char('\n'));
    e.agendaTitle.fi = q.value(c++).toString();
    e.agendaTitle.sv = q.value(c++).toString();
    e.proposalSv = q.value(c++).toString();
    e.handlingSv = q.value(c++).toString();
    e.decisionSv = q.value(c++).toString();
    return e;
}

/// The values of decision_detail (schema version 6), in the order of s_detailColumns.
QVariantList detailValues(const DecisionEntry& e)
{
    return {e.votes.blank.has_value() ? 1 : 0,
            e.votes.absent.has_value() ? 1 : 0,
            e.counterProposal.mover,
            e.counterProposal.seconder,
            e.counterProposal.text,
            e.proposition.yes,
            e.proposition.no,
            e.dissent.join(QLatin1Char('\n')),
            e.agendaTitle.fi,
            e.agendaTitle.sv,
            e.proposalSv,
            e.handlingSv,
            e.decisionSv};
}

const QStringList s_detailColumns {
    QStringLiteral("votes_blank_recorded"), QStringLiteral("votes_absent_recorded"),
    QStringLiteral("counter_mover"),        QStringLiteral("counter_seconder"),
    QStringLiteral("counter_text"),         QStringLiteral("proposition_yes"),
    QStringLiteral("proposition_no"),       QStringLiteral("dissent"),
    QStringLiteral("agenda_title_fi"),      QStringLiteral("agenda_title_sv"),
    QStringLiteral("proposal_sv"),          QStringLiteral("handling_sv"),
    QStringLiteral("decision_sv"),
};

QString describe(const DecisionEntry& e)
{
    return QStringLiteral("%1 %2 § %3 %4")
        .arg(e.body.name.fi, e.meetingDate.toString(Qt::ISODate))
        .arg(e.section)
        .arg(outcomeKey(e.outcome));
}

/// Writes the entry's row of decision_detail (an upsert).
Status writeDetail(const Database& db, qint64 entryId, const DecisionEntry& e)
{
    QVariantList values {entryId};
    values << detailValues(e);
    QStringList updates;
    for (const QString& column : s_detailColumns)
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    auto r = db.exec(QStringLiteral("INSERT INTO decision_detail (entry_id, %1) VALUES (?%2) ON CONFLICT (entry_id) DO "
                                    "UPDATE SET %3")
                         .arg(s_detailColumns.join(QStringLiteral(", ")),
                              QStringLiteral(", ?").repeated(int(s_detailColumns.size())),
                              updates.join(QStringLiteral(", "))),
                     values);
    if (!r)
        return r.error();
    return success();
}

} // namespace

DecisionRepository::DecisionRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<DecisionEntry>> DecisionRepository::history(qint64 initiativeId) const
{
    auto query =
        m_db.exec(s_select + QStringLiteral("WHERE e.initiative_id = ? ORDER BY e.meeting_date, e.section, e.id"),
                  {initiativeId});
    if (!query)
        return query.error();
    QList<DecisionEntry> result;
    while (query->next())
        result.append(readEntry(*query));
    return result;
}

Result<DecisionEntry> DecisionRepository::load(qint64 entryId) const
{
    auto query = m_db.exec(s_select + QStringLiteral("WHERE e.id = ?"), {entryId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The decision entry no longer exists.")};
    return readEntry(*query);
}

Status DecisionRepository::checkCorrection(const DecisionEntry& entry) const
{
    if (entry.correctsEntryId == 0)
        return success();
    auto original = load(entry.correctsEntryId);
    if (!original)
        return Error {Error::Code::Invalid, tr("The entry to be corrected does not exist.")};
    if (original->initiativeId != entry.initiativeId)
        return Error {Error::Code::Invalid, tr("A correction must belong to the same case as the entry it corrects.")};
    auto corrected = m_db.exec(QStringLiteral("SELECT count(*) FROM decision_entry WHERE corrects_entry_id = ?"),
                               {entry.correctsEntryId});
    if (!corrected)
        return corrected.error();
    corrected->next();
    if (corrected->value(0).toInt() > 0)
        return Error {Error::Code::Invalid,
                      tr("That entry has been corrected already; correct the correction instead.")};
    return success();
}

Status DecisionRepository::checkInCase(const DecisionEntry& entry) const
{
    auto submitted =
        m_db.scalar(QStringLiteral("SELECT submitted_date FROM initiative WHERE id = ?"), {entry.initiativeId});
    if (!submitted)
        return submitted.error();
    auto others = history(entry.initiativeId);
    if (!others)
        return others.error();
    others->removeIf([&entry](const DecisionEntry& e) { return entry.id > 0 && e.id == entry.id; });
    return Validation::toStatus(Validation::check(entry, toDate(*submitted), *others));
}

Status DecisionRepository::add(DecisionEntry& entry) const
{
    if (Status valid = Validation::toStatus(Validation::check(entry)); !valid)
        return valid;
    const Result<qint64> id = m_db.transaction([&]() -> Result<qint64> {
        if (Status correction = checkCorrection(entry); !correction)
            return correction.error();
        if (Status inCase = checkInCase(entry); !inCase)
            return inCase.error();
        QVariantList values {entry.initiativeId,
                             entry.body.id,
                             fromId(entry.meetingId),
                             fromDate(entry.meetingDate),
                             entry.meetingNumber,
                             entry.section,
                             entry.presenter,
                             entry.proposal,
                             entry.handling,
                             entry.votes.yes,
                             entry.votes.no,
                             entry.votes.blank.value_or(0),
                             entry.votes.absent.value_or(0),
                             entry.decision,
                             outcomeKey(entry.outcome),
                             entry.confirmed ? 1 : 0,
                             fromId(entry.correctsEntryId),
                             entry.correctionReason};
        auto insert =
            m_db.exec(QStringLiteral("INSERT INTO decision_entry (initiative_id, body_id, meeting_id, meeting_date, "
                                     "meeting_number, section, presenter, proposal, handling, votes_yes, votes_no, "
                                     "votes_blank, votes_absent, decision, outcome, confirmed, corrects_entry_id, "
                                     "correction_reason, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?, 1)"),
                      values);
        if (!insert)
            return insert.error();
        const qint64 id = insert->lastInsertId().toLongLong();
        if (Status detail = writeDetail(m_db, id, entry); !detail)
            return detail.error();
        const QString action = entry.correctsEntryId ? QStringLiteral("correct") : QStringLiteral("create");
        if (Status logged = AuditLog(m_db).record(action, s_entity, id, describe(entry)); !logged)
            return logged.error();
        return id;
    });
    if (!id)
        return id.error();
    entry.id = *id;
    entry.version = 1;
    if (auto stored = load(*id))
        entry.body = stored->body;
    return success();
}

Status DecisionRepository::update(DecisionEntry& entry) const
{
    if (Status valid = Validation::toStatus(Validation::check(entry)); !valid)
        return valid;
    const Status written = m_db.transaction([&]() -> Status {
        auto stored = load(entry.id);
        if (!stored)
            return stored.error();
        if (stored->confirmed)
            return Error {Error::Code::Locked,
                          tr("The decision entry belongs to confirmed minutes and cannot be changed. "
                             "Add a correction instead.")};
        if (stored->version != entry.version)
            return Error {Error::Code::Conflict,
                          tr("The decision entry was changed by someone else. Reload it first.")};
        if (stored->initiativeId != entry.initiativeId || stored->correctsEntryId != entry.correctsEntryId)
            return Error {Error::Code::Invalid, tr("An entry cannot be moved to another case or made a correction.")};
        if (Status inCase = checkInCase(entry); !inCase)
            return inCase;
        QVariantList values {entry.body.id,
                             fromId(entry.meetingId),
                             fromDate(entry.meetingDate),
                             entry.meetingNumber,
                             entry.section,
                             entry.presenter,
                             entry.proposal,
                             entry.handling,
                             entry.votes.yes,
                             entry.votes.no,
                             entry.votes.blank.value_or(0),
                             entry.votes.absent.value_or(0),
                             entry.decision,
                             outcomeKey(entry.outcome),
                             entry.confirmed ? 1 : 0,
                             entry.correctionReason};
        values << entry.id << entry.version;
        // The detail first: once the entry row says confirmed, its detail is frozen.
        if (Status detail = writeDetail(m_db, entry.id, entry); !detail)
            return detail;
        auto r = m_db.exec(QStringLiteral("UPDATE decision_entry SET body_id = ?, meeting_id = ?, meeting_date = ?, "
                                          "meeting_number = ?, section = ?, presenter = ?, proposal = ?, handling = ?, "
                                          "votes_yes = ?, votes_no = ?, votes_blank = ?, votes_absent = ?, "
                                          "decision = ?, outcome = ?, confirmed = ?, correction_reason = ?, "
                                          "version = version + 1 WHERE id = ? AND version = ?"),
                           values);
        if (!r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("update"), s_entity, entry.id, describe(entry));
            !logged)
            return logged;
        return success();
    });
    if (!written)
        return written;
    ++entry.version;
    return success();
}

Status DecisionRepository::remove(qint64 entryId) const
{
    return m_db.transaction([&]() -> Status {
        auto stored = load(entryId);
        if (!stored)
            return stored.error();
        if (stored->confirmed)
            return Error {Error::Code::Locked,
                          tr("The decision entry belongs to confirmed minutes and cannot be removed.")};
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM decision_entry WHERE id = ?"), {entryId}); !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("delete"), s_entity, entryId, describe(*stored));
            !logged)
            return logged;
        // The entry's own rows can no longer be found from its case: the case's trail says it too.
        if (Status logged = AuditLog(m_db).record(QStringLiteral("handling-removed"), QStringLiteral("initiative"),
                                                  stored->initiativeId, describe(*stored));
            !logged)
            return logged;
        return success();
    });
}

Status DecisionRepository::confirm(qint64 entryId) const
{
    return m_db.transaction([&]() -> Status {
        auto stored = load(entryId);
        if (!stored)
            return stored.error();
        if (stored->confirmed)
            return success();
        if (stored->outcome == Outcome::Pending)
            return Error {Error::Code::Invalid, tr("An entry without a decision cannot be confirmed.")};
        if (auto r =
                m_db.exec(QStringLiteral("UPDATE decision_entry SET confirmed = 1, version = version + 1 WHERE id = ?"),
                          {entryId});
            !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("confirm"), s_entity, entryId, describe(*stored));
            !logged)
            return logged;
        return success();
    });
}

Result<QList<Body>> DecisionRepository::bodies() const
{
    return BodyRepository(m_db).all();
}

Result<Body> DecisionRepository::body(qint64 bodyId) const
{
    auto all = bodies();
    if (!all)
        return all.error();
    for (const Body& b : *all) {
        if (b.id == bodyId)
            return b;
    }
    return Error {Error::Code::NotFound, tr("The body no longer exists.")};
}

Result<Body> DecisionRepository::bodyOfKind(Body::Kind kind) const
{
    auto all = bodies();
    if (!all)
        return all.error();
    for (const Body& b : *all) {
        if (b.kind == kind)
            return b;
    }
    return Error {Error::Code::NotFound, tr("No body of that kind is defined.")};
}

Status DecisionRepository::addBody(Body& body) const
{
    return BodyRepository(m_db).create(body);
}

} // namespace Aloite
