#include "JsonFormat.h"

#include "JsonReader.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "PersonRepository.h"
#include "SettingsRepository.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace Aloite {

using namespace JsonIn;

namespace {

const QString s_format = QStringLiteral("aloite-cases");

QJsonObject localized(const LocalizedText& text)
{
    return {{QStringLiteral("fi"), text.fi}, {QStringLiteral("sv"), text.sv}};
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject personToJson(const Person& p)
{
    return {{QStringLiteral("lastName"), p.lastName}, {QStringLiteral("firstName"), p.firstName},
            {QStringLiteral("title"), p.title},       {QStringLiteral("unit"), p.unit},
            {QStringLiteral("email"), p.email},       {QStringLiteral("phone"), p.phone}};
}

QJsonObject answerTextToJson(const AnswerText& t)
{
    return {{QStringLiteral("summary"), QJsonArray::fromStringList(t.summary)},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("legalReferences"), QJsonArray::fromStringList(t.legalReferences)}};
}

/// A count the record may lack: null when not recorded.
QJsonValue optionalCount(const std::optional<int>& count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QJsonObject bodyToJson(const Body& body)
{
    return {{QStringLiteral("kind"), bodyKindKey(body.kind)}, {QStringLiteral("name"), localized(body.name)}};
}

} // namespace

Result<QJsonObject> JsonFormat::caseToJson(const Database& db, const Initiative& i)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), initiativeKindKey(i.kind));
    o.insert(QStringLiteral("caseNumber"), i.caseNumber.toString());
    o.insert(QStringLiteral("bilingual"), i.bilingual);
    o.insert(QStringLiteral("title"), localized(i.title));
    // Version 2: null is "not recorded" (issue 14).
    o.insert(QStringLiteral("firstSigner"),
             i.firstSigner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.firstSigner));
    o.insert(QStringLiteral("firstSignerRole"), localized(i.firstSignerRole));
    o.insert(QStringLiteral("coSigners"), QJsonArray::fromStringList(i.coSigners));
    o.insert(QStringLiteral("coSignerCount"),
             i.coSignerCount ? QJsonValue(*i.coSignerCount) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("datedDate"), dateValue(i.datedDate));
    o.insert(QStringLiteral("submittedDate"), dateValue(i.submittedDate));
    o.insert(QStringLiteral("submittedBody"), i.submittedBody);
    o.insert(QStringLiteral("submittedSection"), i.submittedSection);
    o.insert(QStringLiteral("background"), localized(i.background));
    o.insert(QStringLiteral("proposal"), localized(i.proposal));
    QJsonArray questions;
    for (const Question& q : i.questions)
        questions.append(
            QJsonObject {{QStringLiteral("text"), localized(q.text)}, {QStringLiteral("answer"), localized(q.answer)}});
    o.insert(QStringLiteral("questions"), questions);
    o.insert(QStringLiteral("responsibleUnit"), i.responsibleUnit);
    o.insert(QStringLiteral("notes"), i.notes);
    QJsonArray assignments;
    for (const Assignment& a : i.assignments)
        assignments.append(QJsonObject {{QStringLiteral("role"), assignmentRoleKey(a.role)},
                                        {QStringLiteral("person"), personToJson(a.person)}});
    o.insert(QStringLiteral("assignments"), assignments);
    o.insert(QStringLiteral("answer"),
             QJsonObject {{QStringLiteral("fi"), answerTextToJson(i.answer.fi)},
                          {QStringLiteral("sv"), answerTextToJson(i.answer.sv)}});
    o.insert(QStringLiteral("distribution"), QJsonArray::fromStringList(i.distribution));
    QJsonArray statements;
    for (const Statement& st : i.statements)
        statements.append(QJsonObject {{QStringLiteral("requestedFrom"), localized(st.requestedFrom)},
                                       {QStringLiteral("received"), st.received},
                                       {QStringLiteral("requested"), dateValue(st.requested)},
                                       {QStringLiteral("deadline"), dateValue(st.deadline)},
                                       {QStringLiteral("givenBy"), localized(st.givenBy)},
                                       {QStringLiteral("given"), dateValue(st.given)},
                                       {QStringLiteral("section"), st.section},
                                       {QStringLiteral("text"), localized(st.text)}});
    o.insert(QStringLiteral("statements"), statements);

    const DecisionRepository decisionRepository(db);
    const MeetingRepository meetings(db);
    QJsonArray decisions;
    for (const DecisionEntry& e : i.decisions) {
        QJsonValue meeting(QJsonValue::Null);
        if (e.meetingId != 0) {
            auto m = meetings.load(e.meetingId);
            if (!m)
                return m.error();
            auto body = decisionRepository.body(m->bodyId);
            if (!body)
                return body.error();
            meeting = meetingKey(*body, *m);
        }
        auto position = db.scalar(QStringLiteral("SELECT agenda_position FROM decision_entry WHERE id = ?"), {e.id});
        if (!position)
            return position.error();
        auto votes = meetings.personVotes(e.id);
        if (!votes)
            return votes.error();
        QJsonArray personVotes;
        for (const PersonVote& v : *votes)
            personVotes.append(
                QJsonObject {{QStringLiteral("voter"), v.voter}, {QStringLiteral("choice"), voteChoiceKey(v.choice)}});
        QJsonObject d {
            {QStringLiteral("body"), bodyToJson(e.body)},
            {QStringLiteral("meeting"), meeting},
            {QStringLiteral("meetingDate"), isoDate(e.meetingDate)},
            {QStringLiteral("meetingNumber"), e.meetingNumber},
            {QStringLiteral("agendaPosition"), position->toInt()},
            {QStringLiteral("section"), e.section},
            {QStringLiteral("presenter"), e.presenter},
            {QStringLiteral("agendaTitle"), localized(e.agendaTitle)},
            {QStringLiteral("proposal"), e.proposal},
            {QStringLiteral("proposalSv"), e.proposalSv},
            {QStringLiteral("handling"), e.handling},
            {QStringLiteral("handlingSv"), e.handlingSv},
            {QStringLiteral("votes"),
             QJsonObject {{QStringLiteral("yes"), e.votes.yes},
                          {QStringLiteral("no"), e.votes.no},
                          {QStringLiteral("blank"), optionalCount(e.votes.blank)},
                          {QStringLiteral("absent"), optionalCount(e.votes.absent)}}},
            {QStringLiteral("counterProposal"),
             QJsonObject {{QStringLiteral("mover"), e.counterProposal.mover},
                          {QStringLiteral("seconder"), e.counterProposal.seconder},
                          {QStringLiteral("text"), e.counterProposal.text}}},
            {QStringLiteral("proposition"),
             QJsonObject {{QStringLiteral("yes"), e.proposition.yes}, {QStringLiteral("no"), e.proposition.no}}},
            {QStringLiteral("dissent"), QJsonArray::fromStringList(e.dissent)},
            {QStringLiteral("personVotes"), personVotes},
            {QStringLiteral("decision"), e.decision},
            {QStringLiteral("decisionSv"), e.decisionSv},
            {QStringLiteral("outcome"), outcomeKey(e.outcome)},
            {QStringLiteral("confirmed"), e.confirmed},
            {QStringLiteral("corrects"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("correctionReason"), e.correctionReason},
        };
        if (e.correctsEntryId != 0) {
            for (qsizetype n = 0; n < i.decisions.size(); ++n) {
                if (i.decisions.at(n).id == e.correctsEntryId)
                    d.insert(QStringLiteral("corrects"), int(n));
            }
        }
        decisions.append(d);
    }
    o.insert(QStringLiteral("decisions"), decisions);

    QJsonArray attachments;
    const InitiativeRepository repository(db);
    for (const Attachment& a : i.attachments) {
        auto data = repository.attachmentData(a.id);
        if (!data)
            return data.error();
        attachments.append(QJsonObject {{QStringLiteral("kind"), attachmentKindKey(a.kind)},
                                        {QStringLiteral("title"), a.title},
                                        {QStringLiteral("fileName"), a.fileName},
                                        {QStringLiteral("mediaType"), a.mediaType},
                                        {QStringLiteral("size"), double(a.size)},
                                        {QStringLiteral("sha256"), a.sha256},
                                        {QStringLiteral("data"), QString::fromLatin1(data->toBase64())}});
    }
    o.insert(QStringLiteral("attachments"), attachments);
    o.insert(QStringLiteral("created"), i.created.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("modified"), i.modified.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

namespace {

/// The document with the cases \a ids; \a all adds every body, every meeting and the settings.
Result<QByteArray> exportDocument(const Database& db, const QList<qint64>& ids, bool all)
{
    const InitiativeRepository repository(db);
    QJsonArray cases;
    QSet<qint64> usedBodies;
    QSet<qint64> usedMeetings;
    for (qint64 id : ids) {
        auto initiative = repository.load(id);
        if (!initiative)
            return initiative.error();
        for (const DecisionEntry& e : initiative->decisions) {
            usedBodies.insert(e.body.id);
            if (e.meetingId != 0)
                usedMeetings.insert(e.meetingId);
        }
        auto json = JsonFormat::caseToJson(db, *initiative);
        if (!json)
            return json.error();
        cases.append(*json);
    }

    const DecisionRepository decisions(db);
    const MeetingRepository meetingRepository(db);
    auto meetingIds = db.exec(QStringLiteral("SELECT m.id FROM meeting m JOIN body b ON b.id = m.body_id "
                                             "ORDER BY b.name_fi, m.date, m.number"));
    if (!meetingIds)
        return meetingIds.error();
    QList<qint64> meetingOrder;
    while (meetingIds->next())
        meetingOrder << meetingIds->value(0).toLongLong();
    meetingIds->finish();
    QJsonArray meetings;
    for (qint64 id : std::as_const(meetingOrder)) {
        if (!all && !usedMeetings.contains(id))
            continue;
        auto m = meetingRepository.load(id);
        if (!m)
            return m.error();
        auto body = decisions.body(m->bodyId);
        if (!body)
            return body.error();
        usedBodies.insert(body->id);
        meetings.append(QJsonObject {
            {QStringLiteral("key"), meetingKey(*body, *m)},
            {QStringLiteral("body"), bodyToJson(*body)},
            {QStringLiteral("date"), isoDate(m->date)},
            {QStringLiteral("number"), m->number},
            {QStringLiteral("place"), m->place},
            {QStringLiteral("state"), meetingStateKey(m->state)},
            {QStringLiteral("firstSection"), m->firstSection},
            {QStringLiteral("presenter"), m->presenter},
            {QStringLiteral("language"), languageCode(m->language)},
        });
    }

    auto allBodies = decisions.bodies();
    if (!allBodies)
        return allBodies.error();
    QJsonArray bodies;
    for (const Body& body : std::as_const(*allBodies)) {
        if (all || usedBodies.contains(body.id))
            bodies.append(bodyToJson(body));
    }

    QJsonObject root {
        {QStringLiteral("format"), s_format},
        {QStringLiteral("version"), JsonFormat::Version},
        {QStringLiteral("exported"), Clock::instance().now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("bodies"), bodies},
        {QStringLiteral("meetings"), meetings},
        {QStringLiteral("cases"), cases},
    };
    if (all) {
        auto query = db.exec(QStringLiteral("SELECT key, value FROM setting ORDER BY key"));
        if (!query)
            return query.error();
        QJsonObject settings;
        while (query->next())
            settings.insert(query->value(0).toString(), query->value(1).toString());
        root.insert(QStringLiteral("settings"), settings);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

Result<QByteArray> JsonFormat::exportCases(const Database& db, const QList<qint64>& ids)
{
    return exportDocument(db, ids, false);
}

Result<QByteArray> JsonFormat::exportAll(const Database& db)
{
    auto query = db.exec(QStringLiteral("SELECT id FROM initiative ORDER BY case_year, case_seq, id"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return exportDocument(db, ids, true);
}

Result<QList<qint64>> JsonFormat::importCases(const Database& db, const QByteArray& json,
                                              const JsonImportOptions& options)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(markLoneSurrogates(json), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {Error::Code::Invalid,
                      tr("The file is not valid JSON (at character %1: %2).")
                          .arg(parseError.offset)
                          .arg(parseError.errorString())};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != s_format)
        return Error {Error::Code::Invalid,
                      tr("The file is not an Aloite case export (\"format\" is not \"%1\").").arg(s_format)};
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version > Version) {
        return Error {Error::Code::NewerVersion,
                      tr("The file was written by a newer version of Aloite (format "
                         "version %1; this version reads up to %2).")
                          .arg(version)
                          .arg(Version)};
    }
    if (version < 1)
        return Error {Error::Code::Invalid, tr("The file has no valid format version.")};
    if (!root.value(QStringLiteral("cases")).isArray())
        return Error {Error::Code::Invalid, tr("The file has no list of cases.")};

    Reader reader;
    reader.version = version;
    QList<Body> fileBodies;
    const QJsonArray bodyList = reader.array(root, QStringLiteral("bodies"), QStringLiteral("file"));
    for (qsizetype n = 0; n < bodyList.size() && !reader.failed(); ++n) {
        const QString path = QStringLiteral("bodies[%1]").arg(n);
        if (!bodyList.at(n).isObject()) {
            reader.fail(path, tr("must be an object"));
            break;
        }
        const QJsonObject b = bodyList.at(n).toObject();
        Body body;
        body.kind = reader.key(b, QStringLiteral("kind"), path, &bodyKindFromKey, Body::Kind::Committee);
        body.name = reader.text(b, QStringLiteral("name"), path, true);
        fileBodies.append(body);
    }
    QList<ImportedMeeting> fileMeetings;
    QSet<QString> meetingKeys;
    const QJsonArray meetingList = reader.array(root, QStringLiteral("meetings"), QStringLiteral("file"));
    for (qsizetype n = 0; n < meetingList.size() && !reader.failed(); ++n) {
        const QString path = QStringLiteral("meetings[%1]").arg(n);
        if (!meetingList.at(n).isObject()) {
            reader.fail(path, tr("must be an object"));
            break;
        }
        ImportedMeeting meeting = readMeeting(reader, meetingList.at(n).toObject(), path);
        if (meetingKeys.contains(meeting.key))
            reader.fail(path + QStringLiteral(".key"), tr("\"%1\" is the key of an earlier meeting").arg(meeting.key));
        meetingKeys.insert(meeting.key);
        fileMeetings.append(meeting);
    }
    QList<std::pair<QString, QString>> settings;
    const QJsonObject settingObject = reader.object(root, QStringLiteral("settings"), QStringLiteral("file"));
    for (auto it = settingObject.begin(); it != settingObject.end() && !reader.failed(); ++it) {
        const QString path = QStringLiteral("settings.%1").arg(it.key());
        if (!it.value().isString())
            reader.fail(path, tr("must be text"));
        reader.checkCharacters(it.value().toString(), path);
        // The deadline periods are numbers the application checks (DeadlineRules::validate()); a
        // text or a negative number would silently remove every due date.
        bool number = true;
        if (it.key().startsWith(QLatin1String("deadline.")))
            (void)it.value().toString().toInt(&number);
        if (!number)
            reader.fail(path, tr("must be a whole number"));
        settings.append({it.key(), it.value().toString()});
    }

    QList<ImportedCase> imported;
    const QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    for (qsizetype n = 0; n < cases.size() && !reader.failed(); ++n) {
        const QString path = QStringLiteral("cases[%1]").arg(n);
        if (!cases.at(n).isObject()) {
            reader.fail(path, tr("must be an object"));
            break;
        }
        imported.append(readCase(reader, cases.at(n).toObject(), path, meetingKeys));
    }
    // The rules the application applies to every entry it writes (Validation) and those of the agenda.
    for (qsizetype n = 0; n < imported.size() && !reader.failed(); ++n) {
        const ImportedCase& c = imported.at(n);
        for (qsizetype d = 0; d < c.decisions.size() && !reader.failed(); ++d) {
            const ImportedDecision& decision = c.decisions.at(d);
            const QString path = QStringLiteral("cases[%1].decisions[%2]").arg(n).arg(d);
            if (decision.agendaPosition != 0 && decision.meetingKey.isEmpty())
                reader.fail(path + QStringLiteral(".agendaPosition"),
                            tr("an entry without a meeting cannot have a place on an agenda"));
            if (decision.entry.confirmed && decision.entry.outcome == Outcome::Pending)
                reader.fail(path + QStringLiteral(".confirmed"),
                            tr("an entry without a decision (outcome \"pending\") cannot be confirmed"));
        }
        checkRules(reader, c, QStringLiteral("cases[%1]").arg(n));
    }
    if (reader.failed())
        return Error {Error::Code::Invalid,
                      tr("The file cannot be imported; nothing was changed. %1").arg(reader.error)};

    return db.transaction([&]() -> Result<QList<qint64>> {
        const InitiativeRepository initiatives(db);
        const PersonRepository people(db);
        const DecisionRepository decisions(db);
        auto bodies = decisions.bodies();
        if (!bodies)
            return bodies.error();
        // Bodies are matched by their exact Finnish name (without regard to case), or by the name the
        // options choose for them, and created when missing. A council or board of another name is not
        // taken for this database's one: "Kaupunginvaltuusto" may be another municipality's council.
        const auto chosenName = [&options](const QString& name) -> QString {
            for (auto it = options.bodyNames.cbegin(); it != options.bodyNames.cend(); ++it) {
                if (it.key().simplified().compare(name, Qt::CaseInsensitive) == 0)
                    return it.value().simplified();
            }
            return {};
        };
        const auto resolveBody = [&](Body& body, const QString& path) -> Status {
            const QString name = body.name.fi.simplified();
            const QString chosen = chosenName(name);
            const QString wanted = chosen.isEmpty() ? name : chosen;
            auto known = std::find_if(bodies->begin(), bodies->end(), [&wanted](const Body& b) {
                return b.name.fi.compare(wanted, Qt::CaseInsensitive) == 0;
            });
            if (known != bodies->end()) {
                body = *known;
                return success();
            }
            const auto refuse = [&path](const QString& message) {
                return Error {Error::Code::Invalid,
                              tr("The file cannot be imported; nothing was changed. %1: %2").arg(path, message)};
            };
            if (!chosen.isEmpty())
                return refuse(tr("the body %1 was to be imported as %2, but this database has no body called %2")
                                  .arg(name, chosen));
            if (body.kind == Body::Kind::Council || body.kind == Body::Kind::Board) {
                const auto same = std::find_if(bodies->begin(), bodies->end(),
                                               [&body](const Body& b) { return b.kind == body.kind; });
                if (same != bodies->end())
                    return refuse(tr("the file's %1 is called %2, and this database's is called %3. Either "
                                     "rename this database's body first, or import choosing that %2 is %3 "
                                     "(aloite-cli import-json --body \"%2=%3\").")
                                      .arg(body.kind == Body::Kind::Council ? tr("council") : tr("city board"), name,
                                           same->name.fi));
            }
            if (Status added = decisions.addBody(body); !added)
                return refuse(added.error().message);
            body.name = {body.name.fi.trimmed(), body.name.sv.trimmed()};
            bodies->append(body);
            return success();
        };
        for (qsizetype n = 0; n < fileBodies.size(); ++n) {
            if (Status resolved = resolveBody(fileBodies[n], QStringLiteral("bodies[%1]").arg(n)); !resolved)
                return resolved.error();
        }

        // Settings the database has already stay as they are; the file only fills in the missing ones.
        QStringList addedKeys;
        for (const auto& [key, value] : std::as_const(settings)) {
            auto inserted =
                db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                        {key, value});
            if (!inserted)
                return inserted.error();
            if (inserted->numRowsAffected() > 0)
                addedKeys << key;
        }
        if (!addedKeys.isEmpty()) {
            // The same rules as the settings dialogs, on what the database now holds.
            const SettingsRepository settingsRepository(db);
            auto rules = settingsRepository.deadlineRules();
            if (!rules)
                return rules.error();
            QString problem = rules->validate();
            if (problem.isEmpty()) {
                auto organisation = settingsRepository.organisation();
                if (!organisation)
                    return organisation.error();
                problem = organisation->validate();
            }
            if (!problem.isEmpty())
                return Error {Error::Code::Invalid,
                              tr("The file cannot be imported; nothing was changed. settings: %1").arg(problem)};
            if (Status logged = AuditLog(db).record(QStringLiteral("import"), QStringLiteral("setting"), 0,
                                                    addedKeys.join(QStringLiteral(", ")));
                !logged)
                return logged.error();
            // The deadline rules may have changed for the cases already in the database.
            auto recomputed = db.exec(QStringLiteral(
                "UPDATE initiative SET due_date = d.due_date FROM initiative_deadline d "
                "WHERE d.initiative_id = initiative.id AND initiative.due_date IS DISTINCT FROM d.due_date"));
            if (!recomputed)
                return recomputed.error();
        }

        // A meeting is body, date and number; one that exists already is reused as it is.
        QMap<QString, qint64> meetingIds;
        QSet<QString> confirmedMeetings; ///< meetings of the database whose minutes are confirmed
        QList<std::pair<QString, qint64>> toConfirm; ///< meetings of the file with confirmed minutes
        for (qsizetype mn = 0; mn < fileMeetings.size(); ++mn) {
            ImportedMeeting& m = fileMeetings[mn];
            const auto refuse = [&m](const QString& message) {
                return Error {Error::Code::Invalid,
                              tr("The meeting %1 cannot be imported; nothing was changed. %2").arg(m.key, message)};
            };
            if (Status resolved = resolveBody(m.body, QStringLiteral("meetings[%1].body").arg(mn)); !resolved)
                return resolved.error();
            auto existing =
                db.scalar(QStringLiteral("SELECT id FROM meeting WHERE body_id = ? AND date = ? AND number = ?"),
                          {m.body.id, SqlValues::fromDate(m.meeting.date), m.meeting.number});
            if (!existing)
                return existing.error();
            if (existing->isValid()) {
                meetingIds.insert(m.key, existing->toLongLong());
                auto state = db.scalar(QStringLiteral("SELECT state FROM meeting WHERE id = ?"), {*existing});
                if (!state)
                    return state.error();
                if (state->toString() == meetingStateKey(Meeting::State::MinutesConfirmed))
                    confirmedMeetings.insert(m.key);
                continue;
            }
            // Confirmed minutes take no new entries (a trigger enforces it): the meeting is written as
            // held, gets its entries, and is confirmed once they are all in.
            const bool confirmMinutes = m.meeting.state == Meeting::State::MinutesConfirmed;
            if (confirmMinutes)
                toConfirm.append({m.key, 0});
            // Inserted directly: the repository creates meetings only as planned, and a file carries
            // meetings in every state, confirmed minutes included.
            auto insert =
                db.exec(QStringLiteral("INSERT INTO meeting (body_id, date, number, place, state, first_section, "
                                       "presenter, language, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                        {m.body.id, SqlValues::fromDate(m.meeting.date), m.meeting.number, m.meeting.place,
                         meetingStateKey(confirmMinutes ? Meeting::State::Held : m.meeting.state),
                         m.meeting.firstSection, m.meeting.presenter, languageCode(m.meeting.language)});
            if (!insert)
                return refuse(insert.error().message);
            const qint64 id = insert->lastInsertId().toLongLong();
            if (Status logged = AuditLog(db).record(QStringLiteral("import"), QStringLiteral("meeting"), id, m.key);
                !logged)
                return logged.error();
            meetingIds.insert(m.key, id);
            if (confirmMinutes)
                toConfirm.last().second = id;
        }

        QList<qint64> ids;
        for (ImportedCase& c : imported) {
            const auto refuse = [&c](const QString& message) {
                return Error {Error::Code::Invalid,
                              tr("Case %1 cannot be imported; nothing was changed. %2")
                                  .arg(c.initiative.caseNumber.toString(), message)};
            };
            for (Assignment& a : c.initiative.assignments) {
                if (auto same = people.findSame(a.person)) {
                    a.person = *same;
                } else if (Status created = people.create(a.person); !created) {
                    return refuse(created.error().message);
                }
            }
            if (Status created = initiatives.create(c.initiative); !created)
                return refuse(created.error().message);
            // Confirmed minutes change only through a correction entry, by every path: a file cannot
            // add entries to minutes the database has confirmed.
            const qsizetype n = ids.size();
            for (qsizetype d = 0; d < c.decisions.size(); ++d) {
                const ImportedDecision& decision = c.decisions.at(d);
                if (confirmedMeetings.contains(decision.meetingKey))
                    return Error {Error::Code::Locked,
                                  tr("The file cannot be imported; nothing was changed. cases[%1].decisions[%2]."
                                     "meeting: the minutes of the meeting %3 are confirmed in this database and "
                                     "cannot get new entries. Add a correction to the entry instead.")
                                      .arg(n)
                                      .arg(d)
                                      .arg(decision.meetingKey)};
            }
            // Entries are added in the file's order, except that a correction waits for the entry it corrects.
            QList<qsizetype> order;
            QList<bool> placed(c.decisions.size(), false);
            while (order.size() < c.decisions.size()) {
                const qsizetype before = order.size();
                for (qsizetype n = 0; n < c.decisions.size(); ++n) {
                    const int corrects = c.decisions.at(n).corrects;
                    if (!placed.at(n) && (corrects < 0 || placed.at(corrects))) {
                        order << n;
                        placed[n] = true;
                    }
                }
                if (order.size() == before)
                    return refuse(tr("Its decision entries correct each other in a circle."));
            }
            QList<qint64> entryIds(c.decisions.size(), 0);
            for (qsizetype n : std::as_const(order)) {
                ImportedDecision& d = c.decisions[n];
                DecisionEntry& e = d.entry;
                if (Status resolved =
                        resolveBody(e.body, QStringLiteral("cases[%1].decisions[%2].body").arg(ids.size()).arg(n));
                    !resolved)
                    return resolved.error();
                e.initiativeId = c.initiative.id;
                e.meetingId = d.meetingKey.isEmpty() ? 0 : meetingIds.value(d.meetingKey);
                if (d.corrects >= 0)
                    e.correctsEntryId = entryIds.at(d.corrects);
                // Added unconfirmed so that its votes can be written; confirmed below.
                const bool confirmed = e.confirmed;
                e.confirmed = false;
                if (Status added = decisions.add(e); !added)
                    return refuse(added.error().message);
                for (qsizetype v = 0; v < d.personVotes.size(); ++v) {
                    const PersonVote& vote = d.personVotes.at(v);
                    auto r =
                        db.exec(QStringLiteral(
                                    "INSERT INTO person_vote (entry_id, position, voter, choice) VALUES (?, ?, ?, ?)"),
                                {e.id, int(v), vote.voter, voteChoiceKey(vote.choice)});
                    if (!r)
                        return refuse(r.error().message);
                }
                if (d.agendaPosition != 0) {
                    auto r = db.exec(QStringLiteral("UPDATE decision_entry SET agenda_position = ? WHERE id = ?"),
                                     {d.agendaPosition, e.id});
                    if (!r)
                        return refuse(r.error().message);
                }
                // Confirmed as the application confirms: checked, and with its row in the audit trail.
                if (confirmed) {
                    if (Status done = decisions.confirm(e.id); !done)
                        return refuse(done.error().message);
                }
                entryIds[n] = e.id;
            }
            for (const auto& [attachment, data] : c.files) {
                if (auto added = initiatives.addAttachment(c.initiative.id, attachment, data); !added)
                    return refuse(added.error().message);
            }
            ids << c.initiative.id;
        }
        for (const auto& [key, id] : std::as_const(toConfirm)) {
            auto r = db.exec(QStringLiteral("UPDATE meeting SET state = ? WHERE id = ?"),
                             {meetingStateKey(Meeting::State::MinutesConfirmed), id});
            if (!r)
                return r.error();
            if (Status logged = AuditLog(db).record(QStringLiteral("confirm"), QStringLiteral("meeting"), id, key);
                !logged)
                return logged.error();
        }
        return ids;
    });
}

} // namespace Aloite
