#include "InitiativeRepository.h"

#include "AuditLog.h"
#include "CaseSearch.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "SearchTokenizer.h"
#include "SqlValues.h"
#include "Validation.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace Aloite {

using SqlValues::fromDate;
using SqlValues::toDate;

namespace {

const QString s_entity = QStringLiteral("initiative");

QString nowText()
{
    return Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
}

// Values for the initiative row in the column order of s_columns.
QVariantList rowValues(const Initiative& i)
{
    return {initiativeKindKey(i.kind), i.caseNumber.toString(), i.caseNumber.sortYear(), i.caseNumber.sortNumber(),
            i.caseNumber.classification(), i.bilingual ? 1 : 0, i.title.fi, i.title.sv,
            // NULL: not recorded (issue 14).
            i.firstSigner.isEmpty() ? QVariant() : QVariant(i.firstSigner), i.firstSignerRole.fi, i.firstSignerRole.sv,
            i.coSignerCount ? QVariant(*i.coSignerCount) : QVariant(), fromDate(i.datedDate), fromDate(i.submittedDate),
            i.submittedBody, i.submittedSection, i.background.fi, i.background.sv, i.proposal.fi, i.proposal.sv,
            i.responsibleUnit, i.notes, i.answer.fi.body, i.answer.sv.body};
}

const QStringList s_columns {
    QStringLiteral("kind"),
    QStringLiteral("case_number"),
    QStringLiteral("case_year"),
    QStringLiteral("case_seq"),
    QStringLiteral("classification"),
    QStringLiteral("bilingual"),
    QStringLiteral("title_fi"),
    QStringLiteral("title_sv"),
    QStringLiteral("first_signer"),
    QStringLiteral("first_signer_role_fi"),
    QStringLiteral("first_signer_role_sv"),
    QStringLiteral("co_signer_count"),
    QStringLiteral("dated_date"),
    QStringLiteral("submitted_date"),
    QStringLiteral("submitted_body"),
    QStringLiteral("submitted_section"),
    QStringLiteral("background_fi"),
    QStringLiteral("background_sv"),
    QStringLiteral("proposal_fi"),
    QStringLiteral("proposal_sv"),
    QStringLiteral("responsible_unit"),
    QStringLiteral("notes"),
    QStringLiteral("answer_body_fi"),
    QStringLiteral("answer_body_sv"),
};

QString joined(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& part : parts) {
        if (!part.isEmpty())
            nonEmpty << part;
    }
    return nonEmpty.join(QLatin1Char('\n'));
}

} // namespace

InitiativeRepository::InitiativeRepository(const Database& db)
    : m_db(db)
{
}

QString InitiativeRepository::ftsQuery(const QString& userText)
{
    static const QRegularExpression separators(QStringLiteral(R"([^\p{L}\p{N}]+)"));
    QStringList terms;
    // Outside quotes (even parts), every word; inside (odd parts), phrases. The words after a quote
    // that is not closed (yet, while the user types) are words like any others.
    const QStringList parts = userText.split(QLatin1Char('"'));
    for (qsizetype n = 0; n < parts.size(); ++n) {
        const QStringList words = parts.at(n).split(separators, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (n % 2 == 1 && n + 1 < parts.size()) {
            // Exact: the words in this order, no stems, no prefixes.
            terms << QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
            continue;
        }
        for (const QString& word : words) {
            // The word as a prefix, as the user may not have typed all of it yet, or any word with
            // the same stem (SearchTokenizer). One and two letters are all prefix: no stem to find.
            const QString prefix = QLatin1Char('"') + word + QLatin1String("\"*");
            if (word.size() < 3)
                terms << prefix;
            else
                terms << QStringLiteral("(%1 OR \"%2%3\")")
                             .arg(prefix, QString(QLatin1Char(SearchTokenizer::StemMarker)), word);
        }
    }
    return terms.join(QLatin1String(" AND "));
}

Result<Initiative> InitiativeRepository::load(qint64 id) const
{
    auto row = m_db.exec(QStringLiteral("SELECT version, %1, created, modified FROM initiative WHERE id = ?")
                             .arg(s_columns.join(QLatin1String(", "))),
                         {id});
    if (!row)
        return row.error();
    if (!row->next())
        return Error {Error::Code::NotFound, tr("The case no longer exists; it may have been deleted.")};

    Initiative i;
    i.id = id;
    int c = 0;
    i.version = row->value(c++).toInt();
    initiativeKindFromKey(row->value(c++).toString(), &i.kind);
    i.caseNumber = CaseNumber::parse(row->value(c++).toString());
    c += 3; // the sort year and number and the classification are derived from the case number
    i.bilingual = row->value(c++).toBool();
    i.title.fi = row->value(c++).toString();
    i.title.sv = row->value(c++).toString();
    i.firstSigner = row->value(c++).toString();
    i.firstSignerRole.fi = row->value(c++).toString();
    i.firstSignerRole.sv = row->value(c++).toString();
    if (const QVariant count = row->value(c++); count.isNull())
        i.coSignerCount = std::nullopt;
    else
        i.coSignerCount = count.toInt();
    i.datedDate = toDate(row->value(c++));
    i.submittedDate = toDate(row->value(c++));
    i.submittedBody = row->value(c++).toString();
    i.submittedSection = row->value(c++).toInt();
    i.background.fi = row->value(c++).toString();
    i.background.sv = row->value(c++).toString();
    i.proposal.fi = row->value(c++).toString();
    i.proposal.sv = row->value(c++).toString();
    i.responsibleUnit = row->value(c++).toString();
    i.notes = row->value(c++).toString();
    i.answer.fi.body = row->value(c++).toString();
    i.answer.sv.body = row->value(c++).toString();
    i.created = QDateTime::fromString(row->value(c++).toString(), Qt::ISODateWithMs);
    i.modified = QDateTime::fromString(row->value(c++).toString(), Qt::ISODateWithMs);

    auto signers =
        m_db.exec(QStringLiteral("SELECT name FROM co_signer WHERE initiative_id = ? ORDER BY position"), {id});
    if (!signers)
        return signers.error();
    while (signers->next())
        i.coSigners << signers->value(0).toString();

    auto questions = m_db.exec(QStringLiteral("SELECT text_fi, text_sv, answer_fi, answer_sv FROM question "
                                              "WHERE initiative_id = ? ORDER BY position"),
                               {id});
    if (!questions)
        return questions.error();
    while (questions->next()) {
        i.questions.append(Question {{questions->value(0).toString(), questions->value(1).toString()},
                                     {questions->value(2).toString(), questions->value(3).toString()}});
    }

    auto items = m_db.exec(QStringLiteral("SELECT kind, lang, text FROM answer_item WHERE initiative_id = ? "
                                          "ORDER BY kind, lang, position"),
                           {id});
    if (!items)
        return items.error();
    while (items->next()) {
        AnswerText& text =
            i.answer.in(items->value(1).toString() == QLatin1String("sv") ? Language::Swedish : Language::Finnish);
        (items->value(0).toString() == QLatin1String("summary") ? text.summary : text.legalReferences)
            << items->value(2).toString();
    }

    auto assignments = m_db.exec(
        QStringLiteral("SELECT p.id, p.last_name, p.first_name, p.title, p.unit, p.email, p.phone, p.version, a.role "
                       "FROM assignment a JOIN person p ON p.id = a.person_id "
                       "WHERE a.initiative_id = ? ORDER BY a.position"),
        {id});
    if (!assignments)
        return assignments.error();
    while (assignments->next()) {
        Assignment a;
        a.person = {assignments->value(0).toLongLong(), assignments->value(1).toString(),
                    assignments->value(2).toString(),   assignments->value(3).toString(),
                    assignments->value(4).toString(),   assignments->value(5).toString(),
                    assignments->value(6).toString(),   assignments->value(7).toInt()};
        assignmentRoleFromKey(assignments->value(8).toString(), &a.role);
        i.assignments.append(a);
    }

    auto distribution =
        m_db.exec(QStringLiteral("SELECT recipient FROM distribution WHERE initiative_id = ? ORDER BY position"), {id});
    if (!distribution)
        return distribution.error();
    while (distribution->next())
        i.distribution << distribution->value(0).toString();

    auto statements =
        m_db.exec(QStringLiteral(
                      "SELECT requested_from_fi, requested_from_sv, received, requested_date, deadline, given_by_fi, "
                      "given_by_sv, "
                      "given_date, section, text_fi, text_sv FROM statement WHERE initiative_id = ? ORDER BY position"),
                  {id});
    if (!statements)
        return statements.error();
    while (statements->next()) {
        Statement st;
        st.requestedFrom = {statements->value(0).toString(), statements->value(1).toString()};
        st.received = statements->value(2).toBool();
        st.requested = toDate(statements->value(3));
        st.deadline = toDate(statements->value(4));
        st.givenBy = {statements->value(5).toString(), statements->value(6).toString()};
        st.given = toDate(statements->value(7));
        st.section = statements->value(8).toInt();
        st.text = {statements->value(9).toString(), statements->value(10).toString()};
        i.statements.append(st);
    }

    auto files = attachments(id);
    if (!files)
        return files.error();
    i.attachments = *files;

    auto history = DecisionRepository(m_db).history(id);
    if (!history)
        return history.error();
    i.decisions = *history;
    return i;
}

Result<QList<Attachment>> InitiativeRepository::attachments(qint64 initiativeId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, kind, title, file_name, media_type, size, sha256 FROM attachment "
                                          "WHERE initiative_id = ? ORDER BY kind, position, id"),
                           {initiativeId});
    if (!query)
        return query.error();
    QList<Attachment> result;
    while (query->next()) {
        Attachment a;
        a.id = query->value(0).toLongLong();
        attachmentKindFromKey(query->value(1).toString(), &a.kind);
        a.title = query->value(2).toString();
        a.fileName = query->value(3).toString();
        a.mediaType = query->value(4).toString();
        a.size = query->value(5).toLongLong();
        a.sha256 = query->value(6).toString();
        result.append(a);
    }
    return result;
}

Result<qint64> InitiativeRepository::idOf(const CaseNumber& caseNumber) const
{
    auto query = m_db.exec(QStringLiteral("SELECT id FROM initiative WHERE case_number = ?"), {caseNumber.toString()});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("There is no case %1.").arg(caseNumber.toString())};
    return query->value(0).toLongLong();
}

Result<int> InitiativeRepository::currentVersion(qint64 id) const
{
    auto query = m_db.exec(QStringLiteral("SELECT version FROM initiative WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The case no longer exists; it may have been deleted.")};
    return query->value(0).toInt();
}

Status InitiativeRepository::create(Initiative& initiative) const
{
    if (Status valid = Validation::toStatus(Validation::check(initiative)); !valid)
        return valid;
    const Result<Initiative> written = m_db.transaction([&]() -> Result<Initiative> {
        if (auto existing = idOf(initiative.caseNumber); existing) {
            return Error {Error::Code::Invalid,
                          tr("A case with the number %1 exists already.").arg(initiative.caseNumber.toString())};
        }
        const QString now = nowText();
        QStringList marks;
        for (qsizetype n = 0; n < s_columns.size() + 3; ++n)
            marks << QStringLiteral("?");
        // An import keeps the original timestamps; a new case gets the current time.
        const QString created =
            initiative.created.isValid() ? initiative.created.toUTC().toString(Qt::ISODateWithMs) : now;
        const QString modified =
            initiative.modified.isValid() ? initiative.modified.toUTC().toString(Qt::ISODateWithMs) : now;
        QVariantList values = rowValues(initiative);
        values << 1 << created << modified;
        auto insert = m_db.exec(QStringLiteral("INSERT INTO initiative (%1, version, created, modified) VALUES (%2)")
                                    .arg(s_columns.join(QLatin1String(", ")), marks.join(QLatin1Char(','))),
                                values);
        if (!insert)
            return insert.error();
        Initiative stored = initiative;
        stored.id = insert->lastInsertId().toLongLong();
        stored.version = 1;
        if (Status children = writeChildren(stored); !children)
            return children.error();
        if (Status index = writeSearchIndex(stored); !index)
            return index.error();
        if (Status logged =
                AuditLog(m_db).record(QStringLiteral("create"), s_entity, stored.id, stored.caseNumber.toString());
            !logged)
            return logged.error();
        stored.created = QDateTime::fromString(created, Qt::ISODateWithMs);
        stored.modified = QDateTime::fromString(modified, Qt::ISODateWithMs);
        return stored;
    });
    if (!written)
        return written.error();
    initiative = *written;
    return success();
}

Status InitiativeRepository::save(Initiative& initiative) const
{
    if (initiative.id <= 0)
        return create(initiative);
    if (Status valid = Validation::toStatus(Validation::check(initiative)); !valid)
        return valid;
    const QString now = nowText();
    const Status written = m_db.transaction([&]() -> Status {
        if (auto other = idOf(initiative.caseNumber); other && *other != initiative.id) {
            return Error {Error::Code::Invalid,
                          tr("A case with the number %1 exists already.").arg(initiative.caseNumber.toString())};
        }
        // What changed, for the audit trail; attachments are written and logged on their own.
        auto stored = load(initiative.id);
        QStringList changed;
        if (stored) {
            changed = changedParts(*stored, initiative);
            changed.removeAll(QStringLiteral("attachments"));
        }
        QStringList assignments;
        for (const QString& column : s_columns)
            assignments << column + QLatin1String(" = ?");
        QVariantList values = rowValues(initiative);
        values << now << initiative.id << initiative.version;
        auto update = m_db.exec(QStringLiteral("UPDATE initiative SET %1, modified = ?, version = version + 1 "
                                               "WHERE id = ? AND version = ?")
                                    .arg(assignments.join(QLatin1String(", "))),
                                values);
        if (!update)
            return update.error();
        if (update->numRowsAffected() != 1) {
            auto current = currentVersion(initiative.id);
            if (!current)
                return current.error();
            return Error {Error::Code::Conflict,
                          tr("The case %1 was changed by someone else after you opened it. Reload it to see their "
                             "changes; your own changes have not been saved.")
                              .arg(initiative.caseNumber.toString())};
        }
        if (Status children = writeChildren(initiative); !children)
            return children;
        if (Status index = writeSearchIndex(initiative); !index)
            return index;
        if (Status logged = AuditLog(m_db).record(QStringLiteral("update"), s_entity, initiative.id,
                                                  changed.isEmpty() ? initiative.caseNumber.toString()
                                                                    : initiative.caseNumber.toString()
                                                          + QStringLiteral(": ") + changed.join(QStringLiteral(", ")));
            !logged)
            return logged;
        return success();
    });
    if (!written)
        return written;
    ++initiative.version;
    initiative.modified = QDateTime::fromString(now, Qt::ISODateWithMs);
    return success();
}

Status InitiativeRepository::save(Initiative& initiative, const AttachmentFiles& newFiles) const
{
    const Result<Initiative> written = m_db.transaction([&]() -> Result<Initiative> {
        Initiative saved = initiative;
        if (Status s = save(saved); !s)
            return s.error();
        if (Status files = writeAttachments(saved, newFiles); !files)
            return files.error();
        return saved;
    });
    if (!written)
        return written.error();
    initiative = *written;
    return success();
}

Status InitiativeRepository::writeAttachments(Initiative& initiative, const AttachmentFiles& newFiles) const
{
    auto stored = attachments(initiative.id);
    if (!stored)
        return stored.error();
    QSet<qint64> kept;
    for (const Attachment& a : std::as_const(initiative.attachments)) {
        if (a.id > 0)
            kept.insert(a.id);
    }
    QSet<qint64> existing;
    for (const Attachment& a : std::as_const(*stored)) {
        existing.insert(a.id);
        if (!kept.contains(a.id)) {
            if (Status removed = removeAttachment(a.id); !removed)
                return removed;
        }
    }
    for (Attachment& a : initiative.attachments) {
        if (a.id > 0 && existing.contains(a.id)) {
            // The title is what memos print; the bytes and their names do not change.
            if (a.title.trimmed().isEmpty())
                return Error {Error::Code::Invalid, tr("An attachment needs a title or a file name.")};
            auto r = m_db.exec(QStringLiteral("UPDATE attachment SET title = ? WHERE id = ? AND title <> ?"),
                               {a.title, a.id, a.title});
            if (!r)
                return r.error();
            if (r->numRowsAffected() > 0) {
                if (Status logged = AuditLog(m_db).record(QStringLiteral("retitle"), s_entity, initiative.id, a.title);
                    !logged)
                    return logged;
            }
            continue;
        }
        // New, or removed from the store meanwhile: its bytes must be at hand.
        const auto data = newFiles.constFind(a.sha256);
        if (data == newFiles.cend()) {
            return Error {Error::Code::NotFound,
                          tr("The attachment %1 is no longer stored with the case; add the file again.").arg(a.title)};
        }
        auto added = addAttachment(initiative.id, a, *data);
        if (!added)
            return added.error();
        a = *added;
    }
    return success();
}

Status InitiativeRepository::writeChildren(const Initiative& initiative) const
{
    const qint64 id = initiative.id;
    for (const char* table : {"co_signer", "question", "answer_item", "assignment", "distribution", "statement"}) {
        if (auto r =
                m_db.exec(QStringLiteral("DELETE FROM %1 WHERE initiative_id = ?").arg(QLatin1String(table)), {id});
            !r)
            return r.error();
    }
    for (qsizetype n = 0; n < initiative.coSigners.size(); ++n) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO co_signer (initiative_id, position, name) VALUES (?, ?, ?)"),
                               {id, n, initiative.coSigners.at(n).trimmed()});
            !r)
            return r.error();
    }
    for (qsizetype n = 0; n < initiative.questions.size(); ++n) {
        const Question& q = initiative.questions.at(n);
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO question (initiative_id, position, text_fi, text_sv, "
                                              "answer_fi, answer_sv) VALUES (?, ?, ?, ?, ?, ?)"),
                               {id, n, q.text.fi, q.text.sv, q.answer.fi, q.answer.sv});
            !r)
            return r.error();
    }
    for (Language language : {Language::Finnish, Language::Swedish}) {
        const AnswerText& text = initiative.answer.in(language);
        const std::pair<const char*, const QStringList*> lists[] = {{"summary", &text.summary},
                                                                    {"legal-reference", &text.legalReferences}};
        for (const auto& [kind, items] : lists) {
            for (qsizetype n = 0; n < items->size(); ++n) {
                if (auto r = m_db.exec(QStringLiteral("INSERT INTO answer_item (initiative_id, kind, lang, position, "
                                                      "text) VALUES (?, ?, ?, ?, ?)"),
                                       {id, QLatin1String(kind), languageCode(language), n, items->at(n)});
                    !r)
                    return r.error();
            }
        }
    }
    for (qsizetype n = 0; n < initiative.assignments.size(); ++n) {
        const Assignment& a = initiative.assignments.at(n);
        auto r = m_db.exec(QStringLiteral("INSERT INTO assignment (initiative_id, person_id, role, position) "
                                          "VALUES (?, ?, ?, ?)"),
                           {id, a.person.id, assignmentRoleKey(a.role), n});
        if (!r) {
            return Error {Error::Code::Invalid,
                          tr("%1 is assigned twice with the same role, or is no longer in "
                             "the people directory.")
                              .arg(a.person.displayName())};
        }
    }
    for (qsizetype n = 0; n < initiative.statements.size(); ++n) {
        const Statement& st = initiative.statements.at(n);
        if (auto r = m_db.exec(
                QStringLiteral(
                    "INSERT INTO statement (initiative_id, position, requested_from_fi, requested_from_sv, "
                    "received, requested_date, deadline, given_by_fi, given_by_sv, given_date, section, text_fi, "
                    "text_sv) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {id, n, st.requestedFrom.fi.trimmed(), st.requestedFrom.sv.trimmed(), st.received ? 1 : 0,
                 fromDate(st.requested), fromDate(st.deadline), st.givenBy.fi.trimmed(), st.givenBy.sv.trimmed(),
                 fromDate(st.given), st.section, st.text.fi, st.text.sv});
            !r)
            return r.error();
    }
    for (qsizetype n = 0; n < initiative.distribution.size(); ++n) {
        if (auto r = m_db.exec(QStringLiteral("INSERT INTO distribution (initiative_id, position, recipient) "
                                              "VALUES (?, ?, ?)"),
                               {id, n, initiative.distribution.at(n).trimmed()});
            !r)
            return r.error();
    }
    return success();
}

Status InitiativeRepository::writeSearchIndex(const Initiative& initiative) const
{
    if (auto r = m_db.exec(QStringLiteral("DELETE FROM initiative_fts WHERE rowid = ?"), {initiative.id}); !r)
        return r.error();
    QStringList questions;
    QStringList answers;
    for (const Question& q : initiative.questions) {
        questions << q.text.fi << q.text.sv;
        answers << q.answer.fi << q.answer.sv;
    }
    for (Language language : {Language::Finnish, Language::Swedish}) {
        const AnswerText& text = initiative.answer.in(language);
        answers << text.summary << text.body << text.legalReferences;
    }
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO initiative_fts (rowid, case_number, title, signers, proposal, "
                       "questions, answers) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {initiative.id, initiative.caseNumber.toString(), joined({initiative.title.fi, initiative.title.sv}),
         joined(QStringList {initiative.firstSigner} + initiative.coSigners),
         joined({initiative.background.fi, initiative.background.sv, initiative.proposal.fi, initiative.proposal.sv}),
         joined(questions), joined(answers)});
    if (!r)
        return r.error();
    return success();
}

Status InitiativeRepository::remove(qint64 id, int version) const
{
    return m_db.transaction([&]() -> Status {
        auto entries = m_db.exec(QStringLiteral("SELECT count(*) FROM decision_entry WHERE initiative_id = ?"), {id});
        if (!entries)
            return entries.error();
        entries->next();
        if (entries->value(0).toInt() > 0) {
            return Error {Error::Code::Locked,
                          tr("The case has a decision history and cannot be deleted. Record its withdrawal instead.")};
        }
        auto removed = m_db.exec(QStringLiteral("DELETE FROM initiative WHERE id = ? AND version = ?"), {id, version});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1) {
            auto current = currentVersion(id);
            if (!current)
                return current.error();
            return Error {Error::Code::Conflict, tr("The case was changed by someone else; it was not deleted.")};
        }
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM initiative_fts WHERE rowid = ?"), {id}); !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("delete"), s_entity, id); !logged)
            return logged;
        return success();
    });
}

Result<QList<InitiativeSummary>> InitiativeRepository::list(const InitiativeFilter& filter, int offset, int limit) const
{
    return CaseSearch(m_db, CaseSearch::Unbounded).rows(filter, offset, limit);
}

Result<int> InitiativeRepository::count(const InitiativeFilter& filter) const
{
    return CaseSearch(m_db, CaseSearch::Unbounded).count(filter);
}

Result<QList<int>> InitiativeRepository::years() const
{
    // One seek per year on the index initiative_order (a loose index scan), not a read of every case.
    auto query = m_db.exec(QStringLiteral(
        "WITH RECURSIVE y(year) AS (SELECT max(case_year) FROM initiative UNION ALL "
        "SELECT (SELECT max(case_year) FROM initiative WHERE case_year < y.year) FROM y WHERE y.year IS NOT NULL) "
        "SELECT year FROM y WHERE year > 0"));
    if (!query)
        return query.error();
    QList<int> result;
    while (query->next())
        result << query->value(0).toInt();
    return result;
}

Result<QStringList> InitiativeRepository::units() const
{
    // One seek per unit on the index initiative_unit, so that the main window does not read every
    // case at start to fill its unit filter.
    auto query = m_db.exec(QStringLiteral(
        "WITH RECURSIVE u(unit) AS (SELECT min(responsible_unit) FROM initiative WHERE responsible_unit > '' "
        "UNION ALL SELECT (SELECT min(responsible_unit) FROM initiative WHERE responsible_unit > u.unit) "
        "FROM u WHERE u.unit IS NOT NULL) "
        "SELECT unit FROM u WHERE unit IS NOT NULL ORDER BY unit COLLATE NORDIC"));
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result << query->value(0).toString();
    return result;
}

Result<Attachment> InitiativeRepository::addAttachment(qint64 initiativeId, Attachment attachment,
                                                       const QByteArray& data) const
{
    if (attachment.title.trimmed().isEmpty())
        attachment.title = attachment.fileName;
    if (attachment.title.trimmed().isEmpty())
        return Error {Error::Code::Invalid, tr("An attachment needs a title or a file name.")};
    if (attachment.mediaType.isEmpty())
        attachment.mediaType = QStringLiteral("application/octet-stream");
    attachment.size = data.size();
    attachment.sha256 = sha256Of(data);

    const Status written = m_db.transaction([&]() -> Status {
        if (auto exists = currentVersion(initiativeId); !exists)
            return exists.error();
        auto insert = m_db.exec(
            QStringLiteral("INSERT INTO attachment (initiative_id, kind, position, title, file_name, media_type, size, "
                           "sha256, data) VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM attachment "
                           "WHERE initiative_id = ? AND kind = ?), ?, ?, ?, ?, ?, ?)"),
            {initiativeId, attachmentKindKey(attachment.kind), initiativeId, attachmentKindKey(attachment.kind),
             attachment.title, attachment.fileName, attachment.mediaType, attachment.size, attachment.sha256, data});
        if (!insert)
            return insert.error();
        attachment.id = insert->lastInsertId().toLongLong();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("attach"), s_entity, initiativeId, attachment.title);
            !logged)
            return logged.error();
        return success();
    });
    if (!written)
        return written.error();
    return attachment;
}

QString InitiativeRepository::sha256Of(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> InitiativeRepository::attachmentData(qint64 attachmentId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT data FROM attachment WHERE id = ?"), {attachmentId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The attachment no longer exists.")};
    return query->value(0).toByteArray();
}

Status InitiativeRepository::removeAttachment(qint64 attachmentId) const
{
    return m_db.transaction([&]() -> Status {
        auto owner =
            m_db.exec(QStringLiteral("SELECT initiative_id, title FROM attachment WHERE id = ?"), {attachmentId});
        if (!owner)
            return owner.error();
        if (!owner->next())
            return Error {Error::Code::NotFound, tr("The attachment no longer exists.")};
        const qint64 initiativeId = owner->value(0).toLongLong();
        const QString title = owner->value(1).toString();
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM attachment WHERE id = ?"), {attachmentId}); !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("detach"), s_entity, initiativeId, title); !logged)
            return logged;
        return success();
    });
}

} // namespace Aloite
