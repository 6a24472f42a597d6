#include "BodyRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DateFormat.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace Aloite {

namespace {

const QString s_entity = QStringLiteral("body");

QString describe(const Body& body)
{
    return QStringLiteral("%1 %2 / %3").arg(bodyKindKey(body.kind), body.name.fi, body.name.sv);
}

bool sameName(const QString& a, const QString& b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

Body trimmed(const Body& body)
{
    Body result = body;
    result.name = {body.name.fi.simplified(), body.name.sv.simplified()};
    return result;
}

} // namespace

BodyRepository::BodyRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<Body>> BodyRepository::all() const
{
    auto query = m_db.exec(QStringLiteral("SELECT id, kind, name_fi, name_sv FROM body ORDER BY "
                                          "CASE kind WHEN 'council' THEN 0 WHEN 'board' THEN 1 ELSE 2 END, name_fi"));
    if (!query)
        return query.error();
    QList<Body> result;
    while (query->next()) {
        Body b;
        b.id = query->value(0).toLongLong();
        bodyKindFromKey(query->value(1).toString(), &b.kind);
        b.name = {query->value(2).toString(), query->value(3).toString()};
        result.append(b);
    }
    return result;
}

Result<Body> BodyRepository::load(qint64 bodyId) const
{
    auto bodies = all();
    if (!bodies)
        return bodies.error();
    for (const Body& b : *bodies) {
        if (b.id == bodyId)
            return b;
    }
    return Error {Error::Code::NotFound, tr("The body no longer exists.")};
}

Result<BodyUsage> BodyRepository::usage(qint64 bodyId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM meeting WHERE body_id = ?), "
                                          "(SELECT count(*) FROM decision_entry WHERE body_id = ?), "
                                          "(SELECT count(*) FROM decision_entry WHERE body_id = ? AND confirmed = 1)"),
                           {bodyId, bodyId, bodyId});
    if (!query)
        return query.error();
    BodyUsage usage;
    if (query->next()) {
        usage.meetings = query->value(0).toInt();
        usage.entries = query->value(1).toInt();
        usage.confirmedEntries = query->value(2).toInt();
    }
    return usage;
}

QList<FieldError> BodyRepository::check(const Body& body) const
{
    auto bodies = all();
    if (!bodies)
        return {{QStringLiteral("name.fi"), bodies.errorMessage()}};
    const Body* stored = nullptr;
    for (const Body& b : *bodies) {
        if (body.id > 0 && b.id == body.id)
            stored = &b;
    }
    BodyUsage used;
    if (body.id > 0) {
        if (!stored)
            return {{QStringLiteral("name.fi"), tr("The body no longer exists.")}};
        auto u = usage(body.id);
        if (!u)
            return {{QStringLiteral("name.fi"), u.errorMessage()}};
        used = *u;
    }
    return check(trimmed(body), *bodies, stored, used);
}

QList<FieldError> BodyRepository::check(const Body& body, const QList<Body>& bodies, const Body* stored,
                                        const BodyUsage& usage) const
{
    QList<FieldError> errors;
    if (body.name.fi.isEmpty())
        errors.append({QStringLiteral("name.fi"), tr("The Finnish name is required.")});
    for (const Body& other : bodies) {
        if (other.id == body.id)
            continue;
        if (sameName(body.name.fi, other.name.fi))
            errors.append({QStringLiteral("name.fi"), tr("Another body is called %1 already.").arg(other.name.fi)});
        if (sameName(body.name.sv, other.name.sv))
            errors.append({QStringLiteral("name.sv"), tr("Another body is called %1 already.").arg(other.name.sv)});
    }
    if (stored && stored->kind != body.kind) {
        if (stored->kind == Body::Kind::Council)
            errors.append({QStringLiteral("kind"),
                           tr("The municipality always has a council; it can be renamed but not made another kind.")});
        else if (stored->kind == Body::Kind::Board)
            errors.append({QStringLiteral("kind"),
                           tr("The municipality always has a city board; it can be renamed but "
                              "not made another kind.")});
        else if (usage.entries > 0)
            errors.append({QStringLiteral("kind"),
                           tr("The body has handled cases, so its kind cannot change any more: "
                              "the status and the decision wording of those cases follow it.")});
    }
    if (!stored || stored->kind != body.kind) {
        for (const Body& other : bodies) {
            if (other.id == body.id || other.kind != body.kind)
                continue;
            if (body.kind == Body::Kind::Council)
                errors.append({QStringLiteral("kind"),
                               tr("There is a council already (%1); a municipality has only one.").arg(other.name.fi)});
            else if (body.kind == Body::Kind::Board)
                errors.append(
                    {QStringLiteral("kind"),
                     tr("There is a city board already (%1); a municipality has only one.").arg(other.name.fi)});
        }
    }
    return errors;
}

Status BodyRepository::create(Body& body) const
{
    Body b = trimmed(body);
    b.id = 0;
    const Status written = m_db.transaction([&]() -> Status {
        auto bodies = all();
        if (!bodies)
            return bodies.error();
        if (Status valid = Validation::toStatus(check(b, *bodies, nullptr, {})); !valid)
            return valid;
        auto insert = m_db.exec(QStringLiteral("INSERT INTO body (kind, name_fi, name_sv) VALUES (?, ?, ?)"),
                                {bodyKindKey(b.kind), b.name.fi, b.name.sv});
        if (!insert)
            return insert.error();
        b.id = insert->lastInsertId().toLongLong();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("create"), s_entity, b.id, describe(b)); !logged)
            return logged;
        return success();
    });
    if (!written)
        return written;
    body = b;
    return success();
}

Status BodyRepository::update(Body& body) const
{
    return write(body, nullptr);
}

Status BodyRepository::update(Body& body, const Body& loaded) const
{
    return write(body, &loaded);
}

Status BodyRepository::write(Body& body, const Body* loaded) const
{
    Body b = trimmed(body);
    const Status written = m_db.transaction([&]() -> Status {
        auto bodies = all();
        if (!bodies)
            return bodies.error();
        const Body* stored = nullptr;
        for (const Body& other : *bodies) {
            if (other.id == b.id)
                stored = &other;
        }
        if (!stored)
            return Error {Error::Code::NotFound, tr("The body no longer exists.")};
        if (loaded && !(*stored == *loaded)) {
            return Error {Error::Code::Conflict,
                          tr("Someone else changed this body after you opened it; it is now %1. Close the form and "
                             "edit it again.")
                              .arg(stored->name.fi)};
        }
        if (*stored == b) {
            body = b;
            return success();
        }
        auto used = usage(b.id);
        if (!used)
            return used.error();
        if (Status valid = Validation::toStatus(check(b, *bodies, stored, *used)); !valid)
            return valid;
        if (auto r = m_db.exec(QStringLiteral("UPDATE body SET kind = ?, name_fi = ?, name_sv = ? WHERE id = ?"),
                               {bodyKindKey(b.kind), b.name.fi, b.name.sv, b.id});
            !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("update"), s_entity, b.id,
                                                  QStringLiteral("%1 → %2").arg(describe(*stored), describe(b)));
            !logged)
            return logged;
        return success();
    });
    if (!written)
        return written;
    body = b;
    return success();
}

Status BodyRepository::remove(qint64 bodyId) const
{
    return m_db.transaction([&]() -> Status {
        auto stored = load(bodyId);
        if (!stored)
            return stored.error();
        if (stored->kind == Body::Kind::Council)
            return Error {Error::Code::Invalid,
                          tr("The council cannot be removed: every municipality has one. Rename it instead.")};
        if (stored->kind == Body::Kind::Board)
            return Error {Error::Code::Invalid,
                          tr("The city board cannot be removed: every municipality has one. Rename it instead.")};
        auto used = usage(bodyId);
        if (!used)
            return used.error();
        if (used->meetings > 0)
            return Error {
                Error::Code::Invalid,
                tr("%1 cannot be removed: it has %n meeting(s). Only a body nothing refers to can be removed.", nullptr,
                   used->meetings)
                    .arg(stored->name.fi)};
        if (used->entries > 0)
            return Error {Error::Code::Invalid,
                          tr("%1 cannot be removed: cases were handled there, and their decision history refers to it.")
                              .arg(stored->name.fi)};
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM body WHERE id = ?"), {bodyId}); !r)
            return r.error();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("delete"), s_entity, bodyId, describe(*stored));
            !logged)
            return logged;
        return success();
    });
}

Result<QString> BodyRepository::mergeCheck(qint64 fromId, qint64 intoId) const
{
    auto from = load(fromId);
    if (!from)
        return from.error();
    auto into = load(intoId);
    if (!into)
        return into.error();
    if (fromId == intoId)
        return tr("A body cannot be merged into itself.");
    if (from->kind == Body::Kind::Council)
        return tr("The council cannot be merged into another body: every municipality has one. Merge the other "
                  "body into the council instead.");
    if (from->kind == Body::Kind::Board)
        return tr("The city board cannot be merged into another body: every municipality has one. Merge the other "
                  "body into the city board instead.");
    auto used = usage(fromId);
    if (!used)
        return used.error();
    if (used->entries > 0 && from->kind != into->kind)
        return tr("%1 and %2 are of different kinds, and %1 has handled cases: the status and the decision wording "
                  "of those cases follow the kind. Change the kind of one of them first.")
            .arg(from->name.fi, into->name.fi);
    auto confirmed = m_db.scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM meeting WHERE body_id = ? AND state = 'minutes-confirmed') + "
                       "(SELECT count(*) FROM decision_entry WHERE body_id = ? AND confirmed = 1)"),
        {fromId, fromId});
    if (!confirmed)
        return confirmed.error();
    if (confirmed->toInt() > 0)
        return tr("%1 has confirmed minutes or decisions, which stay as they were confirmed; it cannot be merged "
                  "into %2. Rename it instead.")
            .arg(from->name.fi, into->name.fi);
    auto clash = m_db.exec(QStringLiteral("SELECT a.date, a.number FROM meeting a JOIN meeting b ON b.date = a.date "
                                          "AND b.number = a.number WHERE a.body_id = ? AND b.body_id = ? "
                                          "ORDER BY a.date LIMIT 1"),
                           {fromId, intoId});
    if (!clash)
        return clash.error();
    if (clash->next())
        return tr("Both %1 and %2 have a meeting %3 on %4; merge or remove one of the meetings first.")
            .arg(from->name.fi, into->name.fi)
            .arg(clash->value(1).toInt())
            .arg(DateFormat::text(SqlValues::toDate(clash->value(0))));
    return QString();
}

QString BodyRepository::mergeProblem(qint64 fromId, qint64 intoId) const
{
    auto problem = mergeCheck(fromId, intoId);
    return problem ? *problem : problem.errorMessage();
}

Result<BodyRepository::MergeCount> BodyRepository::merge(qint64 fromId, qint64 intoId) const
{
    return m_db.transaction([&]() -> Result<MergeCount> {
        auto problem = mergeCheck(fromId, intoId);
        if (!problem)
            return problem.error();
        if (!problem->isEmpty())
            return Error {Error::Code::Invalid, *problem};
        const Body from = *load(fromId);
        const Body into = *load(intoId);
        MergeCount count;
        auto meetings = m_db.exec(QStringLiteral("UPDATE meeting SET body_id = ?, version = version + 1 "
                                                 "WHERE body_id = ?"),
                                  {intoId, fromId});
        if (!meetings)
            return meetings.error();
        count.meetings = meetings->numRowsAffected();
        auto entries = m_db.exec(QStringLiteral("UPDATE decision_entry SET body_id = ?, version = version + 1 "
                                                "WHERE body_id = ?"),
                                 {intoId, fromId});
        if (!entries)
            return entries.error();
        count.entries = entries->numRowsAffected();
        // A case's registration names its body as text; the same name is the same body.
        auto cases = m_db.exec(QStringLiteral("UPDATE initiative SET submitted_body = ?, version = version + 1 "
                                              "WHERE lower(submitted_body) = lower(?)"),
                               {into.name.fi, from.name.fi});
        if (!cases)
            return cases.error();
        count.cases = cases->numRowsAffected();
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM body WHERE id = ?"), {fromId}); !r)
            return r.error();
        // Like the other audit rows, in no interface language: the log is read by whoever audits it.
        const QString summary = QStringLiteral("%1 → %2: %3 meetings, %4 entries, %5 cases")
                                    .arg(describe(from), describe(into))
                                    .arg(count.meetings)
                                    .arg(count.entries)
                                    .arg(count.cases);
        if (Status logged = AuditLog(m_db).record(QStringLiteral("merge"), s_entity, intoId, summary); !logged)
            return logged.error();
        return count;
    });
}

} // namespace Aloite
