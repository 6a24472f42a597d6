#include "MeetingRepository.h"

#include "AuditLog.h"
#include "CaseStatus.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "DecisionWording.h"
#include "InitiativeRepository.h"
#include "SqlValues.h"

#include <QSet>
#include <QSqlQuery>

namespace Aloite {

using SqlValues::fromDate;
using SqlValues::toDate;

namespace {

const QString s_entity = QStringLiteral("meeting");

const QString s_selectMeeting = QStringLiteral(
    "SELECT id, body_id, date, number, place, state, first_section, presenter, language, version FROM meeting ");

Meeting readMeeting(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.bodyId = q.value(1).toLongLong();
    m.date = toDate(q.value(2));
    m.number = q.value(3).toInt();
    m.place = q.value(4).toString();
    meetingStateFromKey(q.value(5).toString(), &m.state);
    m.firstSection = q.value(6).toInt();
    m.presenter = q.value(7).toString();
    languageFromCode(q.value(8).toString(), &m.language);
    m.version = q.value(9).toInt();
    return m;
}

QString describe(const Meeting& m)
{
    return QStringLiteral("%1 %2/%3 %4")
        .arg(m.date.toString(Qt::ISODate))
        .arg(m.number)
        .arg(m.date.year())
        .arg(meetingStateKey(m.state));
}

} // namespace

MeetingRepository::MeetingRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<Body>> MeetingRepository::bodies() const
{
    return DecisionRepository(m_db).bodies();
}

Result<QList<Meeting>> MeetingRepository::meetings(qint64 bodyId, int year) const
{
    QString sql = s_selectMeeting + QStringLiteral("WHERE body_id = ? ");
    QVariantList values {bodyId};
    if (year > 0) {
        sql += QStringLiteral("AND substr(date, 1, 4) = ? ");
        values << QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    }
    auto query = m_db.exec(sql + QStringLiteral("ORDER BY date DESC, number DESC, id DESC"), values);
    if (!query)
        return query.error();
    QList<Meeting> result;
    while (query->next())
        result.append(readMeeting(*query));
    return result;
}

Result<Meeting> MeetingRepository::load(qint64 meetingId) const
{
    auto query = m_db.exec(s_selectMeeting + QStringLiteral("WHERE id = ?"), {meetingId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The meeting no longer exists.")};
    return readMeeting(*query);
}

Result<int> MeetingRepository::nextNumber(qint64 bodyId, int year) const
{
    auto max = m_db.scalar(
        QStringLiteral("SELECT coalesce(max(number), 0) FROM meeting WHERE body_id = ? AND substr(date, 1, 4) = ?"),
        {bodyId, QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'))});
    if (!max)
        return max.error();
    return max->toInt() + 1;
}

Status MeetingRepository::create(Meeting& meeting) const
{
    if (!meeting.date.isValid())
        return Error {Error::Code::Invalid, tr("The meeting date is required.")};
    if (meeting.number < 0 || meeting.firstSection < 0)
        return Error {Error::Code::Invalid, tr("Meeting and section numbers cannot be negative.")};
    if (meeting.state == Meeting::State::MinutesConfirmed)
        return Error {Error::Code::Invalid, tr("A new meeting cannot have confirmed minutes.")};
    const Result<Meeting> written = m_db.transaction([&]() -> Result<Meeting> {
        if (auto body = DecisionRepository(m_db).body(meeting.bodyId); !body)
            return body.error();
        int number = meeting.number;
        if (number == 0) {
            auto next = nextNumber(meeting.bodyId, meeting.date.year());
            if (!next)
                return next.error();
            number = *next;
        }
        auto insert = m_db.exec(
            QStringLiteral("INSERT INTO meeting (body_id, date, number, place, state, first_section, "
                           "presenter, language, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {meeting.bodyId, fromDate(meeting.date), number, meeting.place.trimmed(), meetingStateKey(meeting.state),
             meeting.firstSection, meeting.presenter.trimmed(), languageCode(meeting.language)});
        if (!insert) {
            if (insert.error().code == Error::Code::Database)
                return Error {
                    Error::Code::Invalid,
                    tr("The body has a meeting %1/%2 on that day already.").arg(number).arg(meeting.date.year())};
            return insert.error();
        }
        Meeting stored = meeting;
        stored.id = insert->lastInsertId().toLongLong();
        stored.number = number;
        if (Status logged = AuditLog(m_db).record(QStringLiteral("create"), s_entity, stored.id, describe(stored));
            !logged)
            return logged.error();
        return stored;
    });
    if (!written)
        return written.error();
    meeting.id = written->id;
    meeting.number = written->number;
    meeting.place = meeting.place.trimmed();
    meeting.presenter = meeting.presenter.trimmed();
    meeting.version = 1;
    return success();
}

Status MeetingRepository::checkEditable(const Meeting& meeting) const
{
    if (meeting.state == Meeting::State::MinutesConfirmed)
        return Error {Error::Code::Locked,
                      tr("The minutes of the meeting are confirmed; its agenda and decisions cannot change. "
                         "Add a correction instead.")};
    return success();
}

Status MeetingRepository::update(Meeting& meeting) const
{
    if (!meeting.date.isValid())
        return Error {Error::Code::Invalid, tr("The meeting date is required.")};
    if (meeting.number <= 0 || meeting.firstSection < 0)
        return Error {Error::Code::Invalid, tr("Meeting and section numbers must be positive.")};
    const Result<Meeting> previous = m_db.transaction([&]() -> Result<Meeting> {
        auto stored = load(meeting.id);
        if (!stored)
            return stored.error();
        if (Status editable = checkEditable(*stored); !editable)
            return editable.error();
        if (meeting.state == Meeting::State::MinutesConfirmed)
            return Error {Error::Code::Invalid, tr("Confirm the minutes with the confirmation action.")};
        if (stored->version != meeting.version)
            return Error {Error::Code::Conflict, tr("The meeting was changed by someone else. Reload it first.")};
        if (stored->bodyId != meeting.bodyId)
            return Error {Error::Code::Invalid, tr("A meeting cannot move to another body.")};
        auto r =
            m_db.exec(QStringLiteral("UPDATE meeting SET date = ?, number = ?, place = ?, state = ?, presenter = ?, "
                                     "language = ?, version = version + 1 WHERE id = ?"),
                      {fromDate(meeting.date), meeting.number, meeting.place.trimmed(), meetingStateKey(meeting.state),
                       meeting.presenter.trimmed(), languageCode(meeting.language), meeting.id});
        if (!r) {
            if (r.error().code == Error::Code::Database)
                return Error {Error::Code::Invalid,
                              tr("The body has a meeting %1/%2 on that day already.")
                                  .arg(meeting.number)
                                  .arg(meeting.date.year())};
            return r.error();
        }
        // The items carry the meeting's date and number for the history.
        if (auto items =
                m_db.exec(QStringLiteral("UPDATE decision_entry SET meeting_date = ?, meeting_number = ?, "
                                         "version = version + 1 WHERE meeting_id = ? AND confirmed = 0 "
                                         "AND (meeting_date <> ? OR meeting_number <> ?)"),
                          {fromDate(meeting.date), meeting.number, meeting.id, fromDate(meeting.date), meeting.number});
            !items)
            return items.error();
        if (Status followed = followDefaults(*stored, meeting); !followed)
            return followed.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("update"), s_entity, meeting.id, describe(meeting));
            !logged)
            return logged.error();
        return *stored;
    });
    if (!previous)
        return previous.error();
    meeting.place = meeting.place.trimmed();
    meeting.presenter = meeting.presenter.trimmed();
    meeting.firstSection = previous->firstSection;
    ++meeting.version;
    return success();
}

Status MeetingRepository::followDefaults(const Meeting& before, const Meeting& after) const
{
    if (before.presenter == after.presenter.trimmed() && before.language == after.language)
        return success();
    DecisionRepository decisions(m_db);
    auto body = decisions.body(before.bodyId);
    if (!body)
        return body.error();
    auto council = decisions.bodyOfKind(Body::Kind::Council);
    auto board = decisions.bodyOfKind(Body::Kind::Board);
    const Body councilBody = council ? *council : Body {0, Body::Kind::Council, {}};
    const Body boardBody = board ? *board : Body {0, Body::Kind::Board, {}};
    const QString oldPresenter = DecisionWording::presenter(*body, boardBody, before.presenter, before.language);
    const QString newPresenter =
        DecisionWording::presenter(*body, boardBody, after.presenter.trimmed(), after.language);
    auto ids = order(before.id);
    if (!ids)
        return ids.error();
    for (qint64 id : *ids) {
        auto entry = decisions.load(id);
        if (!entry)
            return entry.error();
        if (entry->confirmed || entry->outcome != Outcome::Pending)
            continue;
        bool changed = false;
        if (entry->presenter == oldPresenter && oldPresenter != newPresenter) {
            entry->presenter = newPresenter;
            changed = true;
        }
        if (before.language != after.language) {
            auto initiative = InitiativeRepository(m_db).load(entry->initiativeId);
            if (!initiative)
                return initiative.error();
            if (entry->proposal == DecisionWording::proposal(*initiative, *body, councilBody, before.language)) {
                entry->proposal = DecisionWording::proposal(*initiative, *body, councilBody, after.language);
                changed = true;
            }
        }
        if (changed) {
            if (Status updated = decisions.update(*entry); !updated)
                return updated;
        }
    }
    return success();
}

Result<int> MeetingRepository::recordedItemCount(qint64 meetingId) const
{
    auto count =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM decision_entry e WHERE e.meeting_id = ? AND (e.confirmed = 1 "
                                   "OR e.outcome <> 'pending' OR e.handling <> '' OR e.decision <> '' "
                                   "OR e.votes_yes + e.votes_no + e.votes_blank + e.votes_absent > 0 "
                                   "OR EXISTS (SELECT 1 FROM person_vote v WHERE v.entry_id = e.id))"),
                    {meetingId});
    if (!count)
        return count.error();
    return count->toInt();
}

Status MeetingRepository::remove(qint64 meetingId) const
{
    return m_db.transaction([&]() -> Status {
        auto stored = load(meetingId);
        if (!stored)
            return stored.error();
        if (stored->state == Meeting::State::MinutesConfirmed)
            return Error {Error::Code::Locked,
                          tr("The minutes of the meeting are confirmed; the meeting is part of the legal record and "
                             "cannot be deleted.")};
        auto recorded = recordedItemCount(meetingId);
        if (!recorded)
            return recorded.error();
        if (*recorded > 0)
            return Error {Error::Code::Invalid,
                          tr("The meeting cannot be deleted: %n item(s) on its agenda have a recorded handling or "
                             "decision.",
                             nullptr, *recorded)};
        // The undecided items go with the meeting; their cases are waiting for a meeting again.
        auto ids = order(meetingId);
        if (!ids)
            return ids.error();
        DecisionRepository decisions(m_db);
        for (qint64 id : *ids) {
            if (Status removed = decisions.remove(id); !removed)
                return removed;
        }
        auto rest =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM decision_entry WHERE meeting_id = ?"), {meetingId});
        if (!rest)
            return rest.error();
        if (rest->toInt() > 0)
            return Error {Error::Code::Invalid,
                          tr("The meeting has entries that are not on its agenda; it cannot be deleted.")};
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM meeting WHERE id = ?"), {meetingId}); !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("delete"), s_entity, meetingId,
                                                  describe(*stored) + QStringLiteral(" items %1").arg(ids->size()));
            !logged)
            return logged;
        return success();
    });
}

Result<QList<AgendaItem>> MeetingRepository::agenda(qint64 meetingId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT e.id, e.agenda_position, i.case_number, i.title_fi, i.title_sv, i.kind, "
                       "(SELECT c.id FROM decision_entry c WHERE c.corrects_entry_id = e.id) "
                       "FROM decision_entry e JOIN initiative i ON i.id = e.initiative_id "
                       "WHERE e.meeting_id = ? AND e.corrects_entry_id IS NULL ORDER BY e.agenda_position, e.id"),
        {meetingId});
    if (!query)
        return query.error();
    struct Row
    {
        qint64 id;
        AgendaItem item;
    };
    QList<Row> rows;
    while (query->next()) {
        AgendaItem item;
        item.position = int(rows.size()) + 1;
        item.caseNumber = CaseNumber::parse(query->value(2).toString());
        item.title = {query->value(3).toString(), query->value(4).toString()};
        initiativeKindFromKey(query->value(5).toString(), &item.kind);
        item.correctedBy = query->value(6).toLongLong();
        rows.append({query->value(0).toLongLong(), item});
    }
    query->finish();
    DecisionRepository decisions(m_db);
    QList<AgendaItem> result;
    for (Row& row : rows) {
        auto entry = decisions.load(row.id);
        if (!entry)
            return entry.error();
        row.item.entry = *entry;
        row.item.standing = *entry;
        for (qint64 next = row.item.correctedBy; next != 0;) {
            auto correction = decisions.load(next);
            if (!correction)
                return correction.error();
            row.item.standing = *correction;
            auto after =
                m_db.scalar(QStringLiteral("SELECT id FROM decision_entry WHERE corrects_entry_id = ?"), {next});
            if (!after)
                return after.error();
            next = after->isValid() ? after->toLongLong() : 0;
        }
        auto votes = personVotes(row.id);
        if (!votes)
            return votes.error();
        row.item.personVotes = *votes;
        result.append(row.item);
    }
    return result;
}

Result<AgendaItem> MeetingRepository::item(qint64 entryId) const
{
    auto entry = DecisionRepository(m_db).load(entryId);
    if (!entry)
        return entry.error();
    auto items = agenda(entry->meetingId);
    if (!items)
        return items.error();
    for (const AgendaItem& item : *items) {
        if (item.entry.id == entryId)
            return item;
    }
    return Error {Error::Code::NotFound, tr("The item is not on a meeting's agenda.")};
}

Result<QList<qint64>> MeetingRepository::order(qint64 meetingId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM decision_entry WHERE meeting_id = ? AND corrects_entry_id "
                                          "IS NULL ORDER BY agenda_position, id"),
                           {meetingId});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Status MeetingRepository::renumber(const Meeting& meeting, const QList<qint64>& ids) const
{
    // Positions and sections are not unique in the table, so rows can be rewritten one by one inside
    // the transaction without a temporary offset. Only rows that change are touched (and versioned).
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const int position = int(i) + 1;
        const int section = meeting.firstSection > 0 ? meeting.firstSection + int(i) : 0;
        auto r = m_db.exec(QStringLiteral("UPDATE decision_entry SET agenda_position = ?, section = ?, "
                                          "version = version + 1 WHERE id = ? AND meeting_id = ? "
                                          "AND (agenda_position <> ? OR section <> ?)"),
                           {position, section, ids.at(i), meeting.id, position, section});
        if (!r)
            return r.error();
    }
    return success();
}

Status MeetingRepository::touch(const Meeting& meeting) const
{
    return AuditLog(m_db).record(QStringLiteral("agenda"), s_entity, meeting.id, describe(meeting));
}

Result<AgendaItem> MeetingRepository::addItem(qint64 meetingId, qint64 initiativeId) const
{
    const Result<qint64> entryId = m_db.transaction([&]() -> Result<qint64> {
        auto meeting = load(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status editable = checkEditable(*meeting); !editable)
            return editable.error();
        auto initiative = InitiativeRepository(m_db).load(initiativeId);
        if (!initiative)
            return initiative.error();
        const CaseStatus status = CaseStatusRules::derive(*initiative);
        if (status == CaseStatus::Closed || status == CaseStatus::Withdrawn)
            return Error {Error::Code::Invalid,
                          tr("The case %1 is %2 and cannot be put on an agenda.")
                              .arg(initiative->caseNumber.toString(), CaseStatusRules::displayName(status).toLower())};
        for (const DecisionEntry& e : CaseStatusRules::effectiveEntries(initiative->decisions)) {
            if (e.meetingId == meetingId)
                return Error {Error::Code::Invalid,
                              tr("The case %1 is on this agenda already.").arg(initiative->caseNumber.toString())};
            if (e.outcome == Outcome::Pending)
                return Error {Error::Code::Invalid,
                              tr("The case %1 is waiting on the agenda of %2 already.")
                                  .arg(initiative->caseNumber.toString(),
                                       DecisionWording::sectionReference(e, meeting->language))};
        }
        DecisionRepository decisions(m_db);
        auto body = decisions.body(meeting->bodyId);
        if (!body)
            return body.error();
        auto council = decisions.bodyOfKind(Body::Kind::Council);
        auto board = decisions.bodyOfKind(Body::Kind::Board);
        const Body councilBody = council ? *council : Body {0, Body::Kind::Council, {}};
        const Body boardBody = board ? *board : Body {0, Body::Kind::Board, {}};

        auto ids = order(meetingId);
        if (!ids)
            return ids.error();
        DecisionEntry entry;
        entry.initiativeId = initiativeId;
        entry.body = *body;
        entry.meetingId = meetingId;
        entry.meetingDate = meeting->date;
        entry.meetingNumber = meeting->number;
        entry.presenter = DecisionWording::presenter(*body, boardBody, meeting->presenter, meeting->language);
        entry.proposal = DecisionWording::proposal(*initiative, *body, councilBody, meeting->language);
        entry.outcome = Outcome::Pending;
        if (Status added = decisions.add(entry); !added)
            return added.error();
        ids->append(entry.id);
        if (Status numbered = renumber(*meeting, *ids); !numbered)
            return numbered.error();
        if (Status logged = touch(*meeting); !logged)
            return logged.error();
        return entry.id;
    });
    if (!entryId)
        return entryId.error();
    return item(*entryId);
}

Status MeetingRepository::removeItem(qint64 entryId) const
{
    return m_db.transaction([&]() -> Status {
        DecisionRepository decisions(m_db);
        auto entry = decisions.load(entryId);
        if (!entry)
            return entry.error();
        auto meeting = load(entry->meetingId);
        if (!meeting)
            return meeting.error();
        if (Status editable = checkEditable(*meeting); !editable)
            return editable;
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM person_vote WHERE entry_id = ?"), {entryId}); !r)
            return r.error();
        if (Status removed = decisions.remove(entryId); !removed)
            return removed;
        auto ids = order(meeting->id);
        if (!ids)
            return ids.error();
        if (Status numbered = renumber(*meeting, *ids); !numbered)
            return numbered;
        if (Status logged = touch(*meeting); !logged)
            return logged;
        return success();
    });
}

Status MeetingRepository::moveItem(qint64 entryId, int position) const
{
    auto entry = DecisionRepository(m_db).load(entryId);
    if (!entry)
        return entry.error();
    auto ids = order(entry->meetingId);
    if (!ids)
        return ids.error();
    if (position < 1 || position > ids->size())
        return Error {Error::Code::Invalid, tr("There is no place %1 on the agenda.").arg(position)};
    QList<qint64> reordered = *ids;
    reordered.removeOne(entryId);
    reordered.insert(position - 1, entryId);
    return reorder(entry->meetingId, reordered);
}

Status MeetingRepository::reorder(qint64 meetingId, const QList<qint64>& entryIds) const
{
    return m_db.transaction([&]() -> Status {
        auto meeting = load(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status editable = checkEditable(*meeting); !editable)
            return editable;
        auto ids = order(meetingId);
        if (!ids)
            return ids.error();
        const QSet<qint64> expected(ids->cbegin(), ids->cend());
        const QSet<qint64> given(entryIds.cbegin(), entryIds.cend());
        if (given != expected || given.size() != entryIds.size())
            return Error {Error::Code::Conflict, tr("The agenda was changed meanwhile. Reload it and try again.")};
        if (Status numbered = renumber(*meeting, entryIds); !numbered)
            return numbered;
        if (Status logged = touch(*meeting); !logged)
            return logged;
        return success();
    });
}

Status MeetingRepository::numberSections(qint64 meetingId, int firstSection) const
{
    if (firstSection < 0)
        return Error {Error::Code::Invalid, tr("The section number cannot be negative.")};
    return m_db.transaction([&]() -> Status {
        auto meeting = load(meetingId);
        if (!meeting)
            return meeting.error();
        if (Status editable = checkEditable(*meeting); !editable)
            return editable;
        if (auto r =
                m_db.exec(QStringLiteral("UPDATE meeting SET first_section = ?, version = version + 1 WHERE id = ?"),
                          {firstSection, meetingId});
            !r)
            return r.error();
        meeting->firstSection = firstSection;
        auto ids = order(meetingId);
        if (!ids)
            return ids.error();
        if (Status numbered = renumber(*meeting, *ids); !numbered)
            return numbered;
        if (Status logged = touch(*meeting); !logged)
            return logged;
        return success();
    });
}

Status MeetingRepository::editItem(qint64 entryId, const QString& presenter, const QString& proposal) const
{
    return m_db.transaction([&]() -> Status {
        DecisionRepository decisions(m_db);
        auto entry = decisions.load(entryId);
        if (!entry)
            return entry.error();
        entry->presenter = presenter.trimmed();
        entry->proposal = proposal.trimmed();
        if (Status updated = decisions.update(*entry); !updated)
            return updated;
        return success();
    });
}

Result<QList<PersonVote>> MeetingRepository::personVotes(qint64 entryId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT voter, choice FROM person_vote WHERE entry_id = ? ORDER BY position"),
                           {entryId});
    if (!query)
        return query.error();
    QList<PersonVote> result;
    while (query->next()) {
        PersonVote vote;
        vote.voter = query->value(0).toString();
        voteChoiceFromKey(query->value(1).toString(), &vote.choice);
        result.append(vote);
    }
    return result;
}

Status MeetingRepository::writePersonVotes(qint64 entryId, const QList<PersonVote>& votes) const
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM person_vote WHERE entry_id = ?"), {entryId}); !r)
        return r.error();
    for (qsizetype i = 0; i < votes.size(); ++i) {
        if (votes.at(i).voter.trimmed().isEmpty())
            return Error {Error::Code::Invalid, tr("A vote needs the name of the member who cast it.")};
        auto r =
            m_db.exec(QStringLiteral("INSERT INTO person_vote (entry_id, position, voter, choice) VALUES (?, ?, ?, ?)"),
                      {entryId, int(i), votes.at(i).voter.trimmed(), voteChoiceKey(votes.at(i).choice)});
        if (!r)
            return r.error();
    }
    return success();
}

Status MeetingRepository::record(qint64 entryId, const Recording& recording) const
{
    return m_db.transaction([&]() -> Status {
        DecisionRepository decisions(m_db);
        auto entry = decisions.load(entryId);
        if (!entry)
            return entry.error();
        if (entry->confirmed)
            return Error {Error::Code::Locked,
                          tr("The decision entry belongs to confirmed minutes and cannot be changed. "
                             "Add a correction instead.")};
        entry->handling = recording.handling.trimmed();
        entry->votes = recording.personVotes.isEmpty() ? recording.votes : Recording::tally(recording.personVotes);
        entry->counterProposal = recording.counterProposal;
        entry->proposition = recording.proposition;
        entry->dissent = recording.dissent;
        entry->decision = recording.decision.trimmed();
        entry->outcome = recording.outcome;
        if (Status updated = decisions.update(*entry); !updated)
            return updated;
        if (Status votes = writePersonVotes(entryId, recording.personVotes); !votes)
            return votes;
        if (entry->meetingId > 0) {
            // Recording a decision means the meeting has been held.
            if (auto r = m_db.exec(QStringLiteral("UPDATE meeting SET state = 'held', version = version + 1 "
                                                  "WHERE id = ? AND state IN ('planned', 'agenda-published')"),
                                   {entry->meetingId});
                !r)
                return r.error();
        }
        return success();
    });
}

Status MeetingRepository::confirmMinutes(qint64 meetingId) const
{
    return m_db.transaction([&]() -> Status {
        auto meeting = load(meetingId);
        if (!meeting)
            return meeting.error();
        if (meeting->state == Meeting::State::MinutesConfirmed)
            return success();
        auto items = agenda(meetingId);
        if (!items)
            return items.error();
        if (items->isEmpty())
            return Error {Error::Code::Invalid, tr("The meeting has no items; there are no minutes to confirm.")};
        QStringList undecided;
        for (const AgendaItem& item : *items) {
            if (item.entry.outcome == Outcome::Pending)
                undecided.append(item.entry.section > 0 ? QStringLiteral("§ %1").arg(item.entry.section)
                                                        : item.caseNumber.toString());
        }
        if (!undecided.isEmpty())
            return Error {Error::Code::Invalid,
                          tr("Record a decision for every item before confirming the minutes: %1.")
                              .arg(undecided.join(QStringLiteral(", ")))};
        DecisionRepository decisions(m_db);
        for (const AgendaItem& item : *items) {
            if (Status confirmed = decisions.confirm(item.entry.id); !confirmed)
                return confirmed;
        }
        if (auto r = m_db.exec(
                QStringLiteral("UPDATE meeting SET state = 'minutes-confirmed', version = version + 1 WHERE id = ?"),
                {meetingId});
            !r)
            return r.error();
        meeting->state = Meeting::State::MinutesConfirmed;
        if (Status logged = AuditLog(m_db).record(QStringLiteral("confirm"), s_entity, meetingId, describe(*meeting));
            !logged)
            return logged;
        return success();
    });
}

Result<DecisionEntry> MeetingRepository::correct(qint64 entryId, const Recording& corrected,
                                                 const QString& reason) const
{
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("A correction needs a reason.")};
    if (corrected.outcome == Outcome::Pending)
        return Error {Error::Code::Invalid, tr("A correction must record a decision.")};
    const Result<qint64> correctionId = m_db.transaction([&]() -> Result<qint64> {
        DecisionRepository decisions(m_db);
        auto original = decisions.load(entryId);
        if (!original)
            return original.error();
        if (!original->confirmed)
            return Error {Error::Code::Invalid,
                          tr("The entry is not confirmed yet; change it instead of correcting it.")};
        // Correct the latest link of the chain: an entry is corrected only once.
        DecisionEntry latest = *original;
        for (;;) {
            auto next =
                m_db.scalar(QStringLiteral("SELECT id FROM decision_entry WHERE corrects_entry_id = ?"), {latest.id});
            if (!next)
                return next.error();
            if (!next->isValid())
                break;
            auto loaded = decisions.load(next->toLongLong());
            if (!loaded)
                return loaded.error();
            latest = *loaded;
        }
        auto position =
            m_db.scalar(QStringLiteral("SELECT agenda_position FROM decision_entry WHERE id = ?"), {entryId});
        if (!position)
            return position.error();

        DecisionEntry correction = latest;
        correction.id = 0;
        correction.version = 0;
        correction.confirmed = false;
        correction.handling = corrected.handling.trimmed();
        correction.votes = corrected.personVotes.isEmpty() ? corrected.votes : Recording::tally(corrected.personVotes);
        correction.counterProposal = corrected.counterProposal;
        correction.proposition = corrected.proposition;
        correction.dissent = corrected.dissent;
        correction.decision = corrected.decision.trimmed();
        correction.outcome = corrected.outcome;
        correction.correctsEntryId = latest.id;
        correction.correctionReason = reason.trimmed();
        if (Status added = decisions.add(correction); !added)
            return added.error();
        if (auto r = m_db.exec(QStringLiteral("UPDATE decision_entry SET agenda_position = ? WHERE id = ?"),
                               {position->toInt(), correction.id});
            !r)
            return r.error();
        if (Status votes = writePersonVotes(correction.id, corrected.personVotes); !votes)
            return votes.error();
        if (Status confirmed = decisions.confirm(correction.id); !confirmed)
            return confirmed.error();
        return correction.id;
    });
    if (!correctionId)
        return correctionId.error();
    return DecisionRepository(m_db).load(*correctionId);
}

} // namespace Aloite
