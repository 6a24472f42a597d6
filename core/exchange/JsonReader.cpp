#include "JsonReader.h"

#include "JsonFormat.h"
#include "Validation.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <algorithm>
#include <tuple>

namespace Aloite::JsonIn {

namespace {

/// The value of the four hex digits at \a at, or -1.
int hex4(const QByteArray& json, qsizetype at)
{
    if (at + 4 > json.size())
        return -1;
    bool ok = false;
    const int value = QByteArray(json.constData() + at, 4).toInt(&ok, 16);
    return ok ? value : -1;
}

bool isHigh(int unit)
{
    return unit >= 0xd800 && unit <= 0xdbff;
}

bool isLow(int unit)
{
    return unit >= 0xdc00 && unit <= 0xdfff;
}

} // namespace

QByteArray markLoneSurrogates(QByteArray json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
            continue;
        }
        if (c != '\\' || i + 1 >= json.size())
            continue;
        if (json.at(i + 1) != 'u') {
            ++i; // an escape of one character, "\\\\" included
            continue;
        }
        const int unit = hex4(json, i + 2);
        if (isHigh(unit)) {
            const bool paired =
                i + 7 < json.size() && json.at(i + 6) == '\\' && json.at(i + 7) == 'u' && isLow(hex4(json, i + 8));
            if (paired) {
                i += 11;
                continue;
            }
        } else if (!isLow(unit)) {
            i += 5;
            continue;
        }
        json.replace(i + 2, 4, "ffff");
        i += 5;
    }
    return json;
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

QString meetingKey(const Body& body, const Meeting& meeting)
{
    return QStringLiteral("%1 %2 %3").arg(body.name.fi, meeting.date.toString(Qt::ISODate)).arg(meeting.number);
}

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
    // Absent or null first signer, count and dates are "not recorded" (format version 2, issue 14).
    i.firstSigner = r.string(o, QStringLiteral("firstSigner"), path).trimmed();
    i.firstSignerRole = r.text(o, QStringLiteral("firstSignerRole"), path);
    if (!QString(i.firstSignerRole.fi + i.firstSignerRole.sv).trimmed().isEmpty() && i.firstSigner.isEmpty()
        && !r.failed())
        r.fail(path + QStringLiteral(".firstSignerRole"),
               JsonFormat::tr("a role needs the first signer's name (firstSigner)"));
    for (const auto& [key, text] : {std::pair {QStringLiteral("firstSigner"), i.firstSigner},
                                    std::pair {QStringLiteral("firstSignerRole.fi"), i.firstSignerRole.fi},
                                    std::pair {QStringLiteral("firstSignerRole.sv"), i.firstSignerRole.sv}}) {
        if (Validation::firstControlCharacter(text, false) && !r.failed())
            r.fail(path + QLatin1Char('.') + key, JsonFormat::tr("must be one line without control characters"));
    }
    i.coSigners = r.strings(o, QStringLiteral("coSigners"), path);
    const QJsonValue count = o.value(QStringLiteral("coSignerCount"));
    if (count.isNull() || (count.isUndefined() && r.version >= 2))
        i.coSignerCount = std::nullopt;
    else if (count.isUndefined())
        i.coSignerCount = int(i.coSigners.size()); // version 1: the named co-signers
    else
        i.coSignerCount = r.integer(o, QStringLiteral("coSignerCount"), path);
    i.datedDate = r.date(o, QStringLiteral("datedDate"), path);
    i.submittedDate = r.date(o, QStringLiteral("submittedDate"), path);
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
        e.agendaTitle = r.text(d, QStringLiteral("agendaTitle"), p);
        e.proposalSv = r.string(d, QStringLiteral("proposalSv"), p);
        e.handlingSv = r.string(d, QStringLiteral("handlingSv"), p);
        const QJsonObject votes = r.object(d, QStringLiteral("votes"), p);
        const QString vp = p + QStringLiteral(".votes");
        e.votes.yes = r.integer(votes, QStringLiteral("yes"), vp);
        e.votes.no = r.integer(votes, QStringLiteral("no"), vp);
        // Version 3: null or absent is "not recorded". Before it a 0 could not say recorded, so only a
        // count above 0 is taken as recorded.
        for (const auto& [key, count] : {std::pair {QStringLiteral("blank"), &e.votes.blank},
                                         std::pair {QStringLiteral("absent"), &e.votes.absent}}) {
            const QJsonValue value = votes.value(key);
            if (value.isUndefined() || value.isNull())
                continue;
            const int n = r.integer(votes, key, vp);
            if (r.version >= 3 || n > 0)
                *count = n;
        }
        const QJsonObject counter = r.object(d, QStringLiteral("counterProposal"), p);
        const QString cp = p + QStringLiteral(".counterProposal");
        e.counterProposal = {r.string(counter, QStringLiteral("mover"), cp).trimmed(),
                             r.string(counter, QStringLiteral("seconder"), cp).trimmed(),
                             r.string(counter, QStringLiteral("text"), cp)};
        const QJsonObject proposition = r.object(d, QStringLiteral("proposition"), p);
        const QString pp = p + QStringLiteral(".proposition");
        e.proposition = {r.string(proposition, QStringLiteral("yes"), pp),
                         r.string(proposition, QStringLiteral("no"), pp)};
        e.dissent = r.strings(d, QStringLiteral("dissent"), p);
        for (qsizetype k = 0; k < e.dissent.size(); ++k) {
            if ((e.dissent.at(k).trimmed().isEmpty() || Validation::firstControlCharacter(e.dissent.at(k), false))
                && !r.failed())
                r.fail(QStringLiteral("%1.dissent[%2]").arg(p).arg(k),
                       JsonFormat::tr("must be a name on one line without control characters"));
        }
        e.decision = r.string(d, QStringLiteral("decision"), p);
        e.decisionSv = r.string(d, QStringLiteral("decisionSv"), p);
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

    // Format version 3: statement requests and the statements given (issue 14, stages).
    const QJsonArray statements = r.array(o, QStringLiteral("statements"), path);
    for (qsizetype n = 0; n < statements.size() && !r.failed(); ++n) {
        const QString p = QStringLiteral("%1.statements[%2]").arg(path).arg(n);
        if (!statements.at(n).isObject()) {
            r.fail(p, JsonFormat::tr("must be an object"));
            break;
        }
        const QJsonObject st = statements.at(n).toObject();
        Statement statement;
        statement.requestedFrom = r.text(st, QStringLiteral("requestedFrom"), p);
        if (statement.requestedFrom.fi.trimmed().isEmpty() && statement.requestedFrom.sv.trimmed().isEmpty()
            && !r.failed())
            r.fail(p + QStringLiteral(".requestedFrom"), JsonFormat::tr("is missing"));
        statement.requested = r.date(st, QStringLiteral("requested"), p);
        statement.deadline = r.date(st, QStringLiteral("deadline"), p);
        if (statement.requested.isValid() && statement.deadline.isValid() && statement.deadline < statement.requested
            && !r.failed())
            r.fail(p + QStringLiteral(".deadline"), JsonFormat::tr("is before the date of the request"));
        statement.received = r.boolean(st, QStringLiteral("received"), p);
        statement.givenBy = r.text(st, QStringLiteral("givenBy"), p);
        statement.given = r.date(st, QStringLiteral("given"), p);
        statement.section = r.integer(st, QStringLiteral("section"), p);
        statement.text = r.text(st, QStringLiteral("text"), p);
        if (!statement.received && (statement.given.isValid() || !statement.text.isEmpty()) && !r.failed())
            r.fail(p + QStringLiteral(".received"),
                   JsonFormat::tr("must be true when the statement has a date or a text"));
        i.statements.append(statement);
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

namespace {

/// Validation's field key as a path of the file: "coSigners.2" is "coSigners[2]".
QString fieldPath(const QString& path, const QString& field)
{
    static const QRegularExpression index(QStringLiteral("\\.(\\d+)(?=\\.|$)"));
    QString key = field;
    key.replace(index, QStringLiteral("[\\1]"));
    return path + QLatin1Char('.') + key;
}

} // namespace

void checkRules(Reader& r, const ImportedCase& c, const QString& path)
{
    for (const FieldError& error : Validation::check(c.initiative)) {
        // The file's preparers are matched or added to the people directory as the case is written.
        if (!error.field.startsWith(QLatin1String("assignments.")))
            r.fail(fieldPath(path, error.field), error.message);
    }
    // Numbered in the file's order, as the import adds them; a correction waits for its original.
    QList<DecisionEntry> history;
    QList<bool> placed(c.decisions.size(), false);
    for (qsizetype round = 0; round < c.decisions.size() && !r.failed(); ++round) {
        for (qsizetype d = 0; d < c.decisions.size() && !r.failed(); ++d) {
            const int corrects = c.decisions.at(d).corrects;
            if (placed.at(d) || (corrects >= 0 && !placed.value(corrects)))
                continue;
            DecisionEntry entry = c.decisions.at(d).entry;
            entry.id = d + 1;
            entry.correctsEntryId = corrects >= 0 ? corrects + 1 : 0;
            const QString p = QStringLiteral("%1.decisions[%2]").arg(path).arg(d);
            for (const FieldError& error : Validation::check(entry, c.initiative.submittedDate, history)) {
                // The body is looked up or added when the case is written.
                if (error.field != QLatin1String("body"))
                    r.fail(fieldPath(p, error.field), error.message);
            }
            placed[d] = true;
            history.append(entry);
            std::stable_sort(history.begin(), history.end(), [](const DecisionEntry& a, const DecisionEntry& b) {
                return std::tie(a.meetingDate, a.section, a.id) < std::tie(b.meetingDate, b.section, b.id);
            });
        }
    }
}

} // namespace Aloite::JsonIn
