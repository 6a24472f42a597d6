#include "JsonFormat.h"

#include "Clock.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "PersonRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
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

struct ImportedCase
{
    Initiative initiative;
    QList<DecisionEntry> decisions;
    QList<int> corrects; ///< index into decisions, or -1, per decision
    QList<std::pair<Attachment, QByteArray>> files;
};

ImportedCase readCase(Reader& r, const QJsonObject& o, const QString& path)
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
    i.firstSigner = r.string(o, QStringLiteral("firstSigner"), path, true);
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
        DecisionEntry e;
        const QJsonObject body = r.object(d, QStringLiteral("body"), p);
        e.body.kind =
            r.key(body, QStringLiteral("kind"), p + QStringLiteral(".body"), &bodyKindFromKey, Body::Kind::Committee);
        e.body.name = r.text(body, QStringLiteral("name"), p + QStringLiteral(".body"), true);
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
        int corrects = -1;
        if (d.contains(QStringLiteral("corrects")) && !d.value(QStringLiteral("corrects")).isNull()) {
            corrects = r.integer(d, QStringLiteral("corrects"), p);
            if (corrects >= n)
                r.fail(p + QStringLiteral(".corrects"),
                       JsonFormat::tr("must name an earlier decision of the same case"));
        }
        result.decisions.append(e);
        result.corrects.append(corrects);
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

    QJsonArray decisions;
    for (const DecisionEntry& e : i.decisions) {
        QJsonObject d {
            {QStringLiteral("body"),
             QJsonObject {{QStringLiteral("kind"), bodyKindKey(e.body.kind)},
                          {QStringLiteral("name"), localized(e.body.name)}}},
            {QStringLiteral("meetingDate"), isoDate(e.meetingDate)},
            {QStringLiteral("meetingNumber"), e.meetingNumber},
            {QStringLiteral("section"), e.section},
            {QStringLiteral("presenter"), e.presenter},
            {QStringLiteral("proposal"), e.proposal},
            {QStringLiteral("handling"), e.handling},
            {QStringLiteral("votes"),
             QJsonObject {{QStringLiteral("yes"), e.votes.yes},
                          {QStringLiteral("no"), e.votes.no},
                          {QStringLiteral("blank"), e.votes.blank},
                          {QStringLiteral("absent"), e.votes.absent}}},
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

Result<QByteArray> JsonFormat::exportCases(const Database& db, const QList<qint64>& ids)
{
    const InitiativeRepository repository(db);
    QJsonArray cases;
    for (qint64 id : ids) {
        auto initiative = repository.load(id);
        if (!initiative)
            return initiative.error();
        auto json = caseToJson(db, *initiative);
        if (!json)
            return json.error();
        cases.append(*json);
    }
    const QJsonObject root {
        {QStringLiteral("format"), s_format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("exported"), Clock::instance().now().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("cases"), cases},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> JsonFormat::exportAll(const Database& db)
{
    auto query = db.exec(QStringLiteral("SELECT id FROM initiative ORDER BY case_year, case_seq, id"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return exportCases(db, ids);
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

    QList<ImportedCase> imported;
    Reader reader;
    const QJsonArray cases = root.value(QStringLiteral("cases")).toArray();
    for (qsizetype n = 0; n < cases.size() && !reader.failed(); ++n) {
        const QString path = QStringLiteral("cases[%1]").arg(n);
        if (!cases.at(n).isObject()) {
            reader.fail(path, tr("must be an object"));
            break;
        }
        imported.append(readCase(reader, cases.at(n).toObject(), path));
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
        QList<qint64> entryIds;
        for (qsizetype n = 0; n < c.decisions.size(); ++n) {
            DecisionEntry& e = c.decisions[n];
            auto known = std::find_if(bodies->begin(), bodies->end(),
                                      [&e](const Body& b) { return b.name.fi == e.body.name.fi; });
            if (known == bodies->end()) {
                if (Status added = decisions.addBody(e.body); !added)
                    return refuse(added.error().message);
                bodies->append(e.body);
            } else {
                e.body = *known;
            }
            e.initiativeId = c.initiative.id;
            if (c.corrects.at(n) >= 0)
                e.correctsEntryId = entryIds.at(c.corrects.at(n));
            if (Status added = decisions.add(e); !added)
                return refuse(added.error().message);
            entryIds << e.id;
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
