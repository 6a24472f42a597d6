#include "JsonFormat.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "PersonRepository.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace Aloite {

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

/// Reads the JSON of one case and reports the first problem with its path ("cases[0].title").
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFormat)

public:
    QString error;

    bool failed() const { return !error.isEmpty(); }

    void fail(const QString& path, const QString& message)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(path, message);
    }

    QString string(const QJsonObject& o, const QString& key, const QString& path, bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + key, tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(path + QLatin1Char('.') + key, tr("must be text"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(path + QLatin1Char('.') + key, tr("must not be empty"));
        return v.toString();
    }

    int integer(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            fail(path + QLatin1Char('.') + key, tr("must be a whole number of at least 0"));
            return 0;
        }
        return v.toInt();
    }

    bool boolean(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(path + QLatin1Char('.') + key, tr("must be true or false"));
        return v.toBool();
    }

    QDate date(const QJsonObject& o, const QString& key, const QString& path, bool required = false)
    {
        const QString text = string(o, key, path, required);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            fail(path + QLatin1Char('.') + key, tr("\"%1\" is not a date of the form 2025-05-19").arg(text));
        return d;
    }

    QJsonObject object(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(path + QLatin1Char('.') + key, tr("must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject& o, const QString& key, const QString& path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(path + QLatin1Char('.') + key, tr("must be a list"));
        return v.toArray();
    }

    QStringList strings(const QJsonObject& o, const QString& key, const QString& path)
    {
        QStringList result;
        const QJsonArray list = array(o, key, path);
        for (qsizetype n = 0; n < list.size(); ++n) {
            if (!list.at(n).isString())
                fail(QStringLiteral("%1.%2[%3]").arg(path, key).arg(n), tr("must be text"));
            result << list.at(n).toString();
        }
        return result;
    }

    LocalizedText text(const QJsonObject& o, const QString& key, const QString& path, bool finnishRequired = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isString())
            return {v.toString(), {}};
        const QJsonObject t = object(o, key, path);
        if (finnishRequired && t.isEmpty() && !failed()) {
            fail(path + QLatin1Char('.') + key, tr("is missing"));
            return {};
        }
        const QString p = path + QLatin1Char('.') + key;
        return {string(t, QStringLiteral("fi"), p, finnishRequired), string(t, QStringLiteral("sv"), p)};
    }

    template<typename E>
    E key(const QJsonObject& o, const QString& name, const QString& path, bool (*parse)(const QString&, E*), E fallback)
    {
        const QString text = string(o, name, path);
        if (text.isEmpty())
            return fallback;
        E value = fallback;
        if (!parse(text, &value))
            fail(path + QLatin1Char('.') + name, tr("\"%1\" is not one of the known values").arg(text));
        return value;
    }
};

QJsonObject bodyToJson(const Body& body)
{
    return {{QStringLiteral("kind"), bodyKindKey(body.kind)}, {QStringLiteral("name"), localized(body.name)}};
}

Body readBody(Reader& r, const QJsonObject& o, const QString& key, const QString& path)
{
    Body body;
    const QJsonObject b = r.object(o, key, path);
    const QString p = path + QLatin1Char('.') + key;
    if (b.isEmpty() && !r.failed())
        r.fail(p, JsonFormat::tr("is missing"));
    body.kind = r.key(b, QStringLiteral("kind"), p, &bodyKindFromKey, Body::Kind::Committee);
    body.name = r.text(b, QStringLiteral("name"), p, true);
    return body;
}

/// The key by which the cases of a file refer to a meeting: body, date and number identify a
/// meeting (the table is unique on them), so the same meeting gets the same key in every export.
QString meetingKey(const Body& body, const Meeting& meeting)
{
    return QStringLiteral("%1 %2 %3").arg(body.name.fi, meeting.date.toString(Qt::ISODate)).arg(meeting.number);
}

struct ImportedMeeting
{
    QString key;
    Body body;
    Meeting meeting;
};

struct ImportedDecision
{
    DecisionEntry entry;
    int corrects = -1; ///< index into the case's decisions, or -1
    QString meetingKey; ///< empty when the entry has no meeting
    int agendaPosition = 0;
    QList<PersonVote> personVotes;
};

struct ImportedCase
{
    Initiative initiative;
    QList<ImportedDecision> decisions;
    QList<std::pair<Attachment, QByteArray>> files;
};

ImportedMeeting readMeeting(Reader& r, const QJsonObject& o, const QString& path)
{
    ImportedMeeting result;
    result.key = r.string(o, QStringLiteral("key"), path, true);
    result.body = readBody(r, o, QStringLiteral("body"), path);
    Meeting& m = result.meeting;
    m.date = r.date(o, QStringLiteral("date"), path, true);
    m.number = r.integer(o, QStringLiteral("number"), path);
    m.place = r.string(o, QStringLiteral("place"), path);
    m.state = r.key(o, QStringLiteral("state"), path, &meetingStateFromKey, Meeting::State::Planned);
    m.firstSection = r.integer(o, QStringLiteral("firstSection"), path);
    m.presenter = r.string(o, QStringLiteral("presenter"), path);
    m.language = r.key(o, QStringLiteral("language"), path, &languageFromCode, Language::Finnish);
    return result;
}

ImportedCase readCase(Reader& r, const QJsonObject& o, const QString& path, const QSet<QString>& meetingKeys)
{
    ImportedCase result;
    Initiative& i = result.initiative;
    i.kind = r.key(o, QStringLiteral("kind"), path, &initiativeKindFromKey, InitiativeKind::Council);
    const QString number = r.string(o, QStringLiteral("caseNumber"), path, true);
    i.caseNumber = CaseNumber::parse(number);
    if (!r.failed() && !i.caseNumber.isValid())
        r.fail(path + QStringLiteral(".caseNumber"), CaseNumber::validationMessage(number));
    i.bilingual = r.boolean(o, QStringLiteral("bilingual"), path);
    i.title = r.text(o, QStringLiteral("title"), path, true);
    i.firstSigner = r.string(o, QStringLiteral("firstSigner"), path, !i.isReport());
    i.coSigners = r.strings(o, QStringLiteral("coSigners"), path);
    i.coSignerCount = o.contains(QStringLiteral("coSignerCount")) ? r.integer(o, QStringLiteral("coSignerCount"), path)
                                                                  : int(i.coSigners.size());
    i.datedDate = r.date(o, QStringLiteral("datedDate"), path);
    i.submittedDate = r.date(o, QStringLiteral("submittedDate"), path, true);
    i.submittedBody = r.string(o, QStringLiteral("submittedBody"), path);
    i.submittedSection = r.integer(o, QStringLiteral("submittedSection"), path);
    i.background = r.text(o, QStringLiteral("background"), path);
    i.proposal = r.text(o, QStringLiteral("proposal"), path);
    i.responsibleUnit = r.string(o, QStringLiteral("responsibleUnit"), path);
    i.notes = r.string(o, QStringLiteral("notes"), path);
    i.distribution = r.strings(o, QStringLiteral("distribution"), path);
    i.created = QDateTime::fromString(r.string(o, QStringLiteral("created"), path), Qt::ISODateWithMs);
    i.modified = QDateTime::fromString(r.string(o, QStringLiteral("modified"), path), Qt::ISODateWithMs);

    const QJsonArray questions = r.array(o, QStringLiteral("questions"), path);
    for (qsizetype n = 0; n < questions.size(); ++n) {
        const QString p = QStringLiteral("%1.questions[%2]").arg(path).arg(n);
        const QJsonObject q = questions.at(n).toObject();
        i.questions.append({r.text(q, QStringLiteral("text"), p, true), r.text(q, QStringLiteral("answer"), p)});
    }

    const QJsonObject answer = r.object(o, QStringLiteral("answer"), path);
    for (Language language : {Language::Finnish, Language::Swedish}) {
        const QString p = path + QStringLiteral(".answer");
        const QJsonObject t = r.object(answer, languageCode(language), p);
        const QString tp = p + QLatin1Char('.') + languageCode(language);
        AnswerText& text = i.answer.in(language);
        text.summary = r.strings(t, QStringLiteral("summary"), tp);
        text.body = r.string(t, QStringLiteral("body"), tp);
        text.legalReferences = r.strings(t, QStringLiteral("legalReferences"), tp);
    }

    const QJsonArray assignments = r.array(o, QStringLiteral("assignments"), path);
    for (qsizetype n = 0; n < assignments.size(); ++n) {
        const QString p = QStringLiteral("%1.assignments[%2]").arg(path).arg(n);
        const QJsonObject a = assignments.at(n).toObject();
        Assignment assignment;
        assignment.role = r.key(a, QStringLiteral("role"), p, &assignmentRoleFromKey, Assignment::Role::Preparer);
        const QJsonObject person = r.object(a, QStringLiteral("person"), p);
        const QString pp = p + QStringLiteral(".person");
        assignment.person.lastName = r.string(person, QStringLiteral("lastName"), pp, true);
        assignment.person.firstName = r.string(person, QStringLiteral("firstName"), pp);
        assignment.person.title = r.string(person, QStringLiteral("title"), pp);
        assignment.person.unit = r.string(person, QStringLiteral("unit"), pp);
        assignment.person.email = r.string(person, QStringLiteral("email"), pp);
        assignment.person.phone = r.string(person, QStringLiteral("phone"), pp);
        i.assignments.append(assignment);
    }

    const QJsonArray decisions = r.array(o, QStringLiteral("decisions"), path);
    for (qsizetype n = 0; n < decisions.size(); ++n) {
        const QString p = QStringLiteral("%1.decisions[%2]").arg(path).arg(n);
        const QJsonObject d = decisions.at(n).toObject();
        ImportedDecision imported;
        DecisionEntry& e = imported.entry;
        e.body = readBody(r, d, QStringLiteral("body"), p);
        e.meetingDate = r.date(d, QStringLiteral("meetingDate"), p, true);
        e.meetingNumber = r.integer(d, QStringLiteral("meetingNumber"), p);
        e.section = r.integer(d, QStringLiteral("section"), p);
        e.presenter = r.string(d, QStringLiteral("presenter"), p);
        e.proposal = r.string(d, QStringLiteral("proposal"), p);
        e.handling = r.string(d, QStringLiteral("handling"), p);
        const QJsonObject votes = r.object(d, QStringLiteral("votes"), p);
        e.votes = {r.integer(votes, QStringLiteral("yes"), p), r.integer(votes, QStringLiteral("no"), p),
                   r.integer(votes, QStringLiteral("blank"), p), r.integer(votes, QStringLiteral("absent"), p)};
        e.decision = r.string(d, QStringLiteral("decision"), p);
        e.outcome = r.key(d, QStringLiteral("outcome"), p, &outcomeFromKey, Outcome::Pending);
        e.confirmed = r.boolean(d, QStringLiteral("confirmed"), p);
        e.correctionReason = r.string(d, QStringLiteral("correctionReason"), p);
        if (d.contains(QStringLiteral("corrects")) && !d.value(QStringLiteral("corrects")).isNull()) {
            imported.corrects = r.integer(d, QStringLiteral("corrects"), p);
            if (imported.corrects >= decisions.size() || imported.corrects == n)
                r.fail(p + QStringLiteral(".corrects"), JsonFormat::tr("must name another decision of the same case"));
        }
        imported.meetingKey = r.string(d, QStringLiteral("meeting"), p);
        if (!imported.meetingKey.isEmpty() && !meetingKeys.contains(imported.meetingKey))
            r.fail(p + QStringLiteral(".meeting"),
                   JsonFormat::tr("\"%1\" is not the key of a meeting in the file's list of meetings")
                       .arg(imported.meetingKey));
        imported.agendaPosition = r.integer(d, QStringLiteral("agendaPosition"), p);
        const QJsonArray personVotes = r.array(d, QStringLiteral("personVotes"), p);
        for (qsizetype v = 0; v < personVotes.size(); ++v) {
            const QString vp = QStringLiteral("%1.personVotes[%2]").arg(p).arg(v);
            if (!personVotes.at(v).isObject()) {
                r.fail(vp, JsonFormat::tr("must be an object"));
                break;
            }
            const QJsonObject vote = personVotes.at(v).toObject();
            PersonVote personVote;
            personVote.voter = r.string(vote, QStringLiteral("voter"), vp, true);
            if (!vote.contains(QStringLiteral("choice")) && !r.failed())
                r.fail(vp + QStringLiteral(".choice"), JsonFormat::tr("is missing"));
            personVote.choice = r.key(vote, QStringLiteral("choice"), vp, &voteChoiceFromKey, VoteChoice::Yes);
            imported.personVotes.append(personVote);
        }
        result.decisions.append(imported);
    }

    const QJsonArray attachments = r.array(o, QStringLiteral("attachments"), path);
    for (qsizetype n = 0; n < attachments.size(); ++n) {
        const QString p = QStringLiteral("%1.attachments[%2]").arg(path).arg(n);
        const QJsonObject a = attachments.at(n).toObject();
        Attachment attachment;
        attachment.kind = r.key(a, QStringLiteral("kind"), p, &attachmentKindFromKey, Attachment::Kind::Attachment);
        attachment.title = r.string(a, QStringLiteral("title"), p, true);
        attachment.fileName = r.string(a, QStringLiteral("fileName"), p);
        attachment.mediaType = r.string(a, QStringLiteral("mediaType"), p);
        const QByteArray encoded = r.string(a, QStringLiteral("data"), p).toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.fail(p + QStringLiteral(".data"), JsonFormat::tr("is not valid base64"));
        const QString sha256 = r.string(a, QStringLiteral("sha256"), p);
        if (!r.failed() && !sha256.isEmpty()
            && sha256.compare(
                   QString::fromLatin1(QCryptographicHash::hash(*decoded, QCryptographicHash::Sha256).toHex()),
                   Qt::CaseInsensitive)
                != 0)
            r.fail(p, JsonFormat::tr("the data does not match its SHA-256 checksum; the file is damaged"));
        result.files.append({attachment, *decoded});
    }
    return result;
}

} // namespace

Result<QJsonObject> JsonFormat::caseToJson(const Database& db, const Initiative& i)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), initiativeKindKey(i.kind));
    o.insert(QStringLiteral("caseNumber"), i.caseNumber.toString());
    o.insert(QStringLiteral("bilingual"), i.bilingual);
    o.insert(QStringLiteral("title"), localized(i.title));
    o.insert(QStringLiteral("firstSigner"), i.firstSigner);
    o.insert(QStringLiteral("coSigners"), QJsonArray::fromStringList(i.coSigners));
    o.insert(QStringLiteral("coSignerCount"), i.coSignerCount);
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
            {QStringLiteral("proposal"), e.proposal},
            {QStringLiteral("handling"), e.handling},
            {QStringLiteral("votes"),
             QJsonObject {{QStringLiteral("yes"), e.votes.yes},
                          {QStringLiteral("no"), e.votes.no},
                          {QStringLiteral("blank"), e.votes.blank},
                          {QStringLiteral("absent"), e.votes.absent}}},
            {QStringLiteral("personVotes"), personVotes},
            {QStringLiteral("decision"), e.decision},
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

Result<QList<qint64>> JsonFormat::importCases(const Database& db, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
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
        if (!it.value().isString())
            reader.fail(QStringLiteral("settings.%1").arg(it.key()), tr("must be text"));
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
    if (reader.failed())
        return Error {Error::Code::Invalid,
                      tr("The file cannot be imported; nothing was changed. %1").arg(reader.error)};

    Database::Transaction transaction(db);
    if (!transaction.begun())
        return transaction.begun().error();
    const InitiativeRepository initiatives(db);
    const PersonRepository people(db);
    const DecisionRepository decisions(db);
    auto bodies = decisions.bodies();
    if (!bodies)
        return bodies.error();
    // Bodies are matched by their Finnish name and created when missing. A municipality has one
    // council and one board (BodyRepository), so a council or board of another name is this
    // database's council or board.
    const auto resolveBody = [&](Body& body) -> Status {
        auto known = std::find_if(bodies->begin(), bodies->end(), [&body](const Body& b) {
            return b.name.fi.compare(body.name.fi.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (known == bodies->end() && (body.kind == Body::Kind::Council || body.kind == Body::Kind::Board))
            known =
                std::find_if(bodies->begin(), bodies->end(), [&body](const Body& b) { return b.kind == body.kind; });
        if (known != bodies->end()) {
            body = *known;
            return success();
        }
        if (Status added = decisions.addBody(body); !added)
            return added;
        body.name = {body.name.fi.trimmed(), body.name.sv.trimmed()};
        bodies->append(body);
        return success();
    };
    for (Body& body : fileBodies) {
        if (Status resolved = resolveBody(body); !resolved)
            return Error {Error::Code::Invalid,
                          tr("The body %1 cannot be imported; nothing was changed. %2")
                              .arg(body.name.fi, resolved.error().message)};
    }

    // Settings the database has already stay as they are; the file only fills in the missing ones.
    bool settingsAdded = false;
    for (const auto& [key, value] : std::as_const(settings)) {
        auto inserted =
            db.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"),
                    {key, value});
        if (!inserted)
            return inserted.error();
        settingsAdded = settingsAdded || inserted->numRowsAffected() > 0;
    }
    if (settingsAdded) {
        // The deadline rules may have changed for the cases already in the database.
        auto recomputed =
            db.exec(QStringLiteral("UPDATE initiative SET due_date = d.due_date FROM initiative_deadline d "
                                   "WHERE d.initiative_id = initiative.id AND initiative.due_date IS NOT d.due_date"));
        if (!recomputed)
            return recomputed.error();
    }

    // A meeting is body, date and number; one that exists already is reused as it is.
    QMap<QString, qint64> meetingIds;
    for (ImportedMeeting& m : fileMeetings) {
        const auto refuse = [&m](const QString& message) {
            return Error {Error::Code::Invalid,
                          tr("The meeting %1 cannot be imported; nothing was changed. %2").arg(m.key, message)};
        };
        if (Status resolved = resolveBody(m.body); !resolved)
            return refuse(resolved.error().message);
        auto existing =
            db.scalar(QStringLiteral("SELECT id FROM meeting WHERE body_id = ? AND date = ? AND number = ?"),
                      {m.body.id, SqlValues::fromDate(m.meeting.date), m.meeting.number});
        if (!existing)
            return existing.error();
        if (existing->isValid()) {
            meetingIds.insert(m.key, existing->toLongLong());
            continue;
        }
        // Inserted directly: the repository creates meetings only as planned, and a file carries
        // meetings in every state, confirmed minutes included.
        auto insert = db.exec(QStringLiteral("INSERT INTO meeting (body_id, date, number, place, state, first_section, "
                                             "presenter, language, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                              {m.body.id, SqlValues::fromDate(m.meeting.date), m.meeting.number, m.meeting.place,
                               meetingStateKey(m.meeting.state), m.meeting.firstSection, m.meeting.presenter,
                               languageCode(m.meeting.language)});
        if (!insert)
            return refuse(insert.error().message);
        const qint64 id = insert->lastInsertId().toLongLong();
        if (Status logged = AuditLog(db).record(QStringLiteral("import"), QStringLiteral("meeting"), id, m.key);
            !logged)
            return logged.error();
        meetingIds.insert(m.key, id);
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
            if (Status resolved = resolveBody(e.body); !resolved)
                return refuse(resolved.error().message);
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
                auto r = db.exec(
                    QStringLiteral("INSERT INTO person_vote (entry_id, position, voter, choice) VALUES (?, ?, ?, ?)"),
                    {e.id, int(v), vote.voter, voteChoiceKey(vote.choice)});
                if (!r)
                    return refuse(r.error().message);
            }
            if (d.agendaPosition != 0 || confirmed) {
                auto r =
                    db.exec(QStringLiteral("UPDATE decision_entry SET agenda_position = ?, confirmed = ? WHERE id = ?"),
                            {d.agendaPosition, confirmed ? 1 : 0, e.id});
                if (!r)
                    return refuse(r.error().message);
            }
            entryIds[n] = e.id;
        }
        for (const auto& [attachment, data] : c.files) {
            if (auto added = initiatives.addAttachment(c.initiative.id, attachment, data); !added)
                return refuse(added.error().message);
        }
        ids << c.initiative.id;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

} // namespace Aloite
