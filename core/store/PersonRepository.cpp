#include "PersonRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Validation.h"

#include <QSqlQuery>

namespace Aloite {

namespace {

const QString s_entity = QStringLiteral("person");
const QString s_select =
    QStringLiteral("SELECT id, last_name, first_name, title, unit, email, phone, version FROM person ");

Person readPerson(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toInt()};
}

} // namespace

PersonRepository::PersonRepository(const Database& db)
    : m_db(db)
{
}

Result<QList<Person>> PersonRepository::all() const
{
    auto query =
        m_db.exec(s_select + QStringLiteral("ORDER BY last_name COLLATE NORDIC, first_name COLLATE NORDIC, id"));
    if (!query)
        return query.error();
    QList<Person> result;
    while (query->next())
        result.append(readPerson(*query));
    return result;
}

Result<Person> PersonRepository::load(qint64 id) const
{
    auto query = m_db.exec(s_select + QStringLiteral("WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("The person is no longer in the people directory.")};
    return readPerson(*query);
}

Result<Person> PersonRepository::findSame(const Person& person) const
{
    auto query = m_db.exec(
        s_select
            + QStringLiteral("WHERE last_name = ? AND first_name = ? "
                             "AND (email = ? OR email = '' OR ? = '') ORDER BY id LIMIT 1"),
        {person.lastName.trimmed(), person.firstName.trimmed(), person.email.trimmed(), person.email.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return Error {Error::Code::NotFound, tr("No such person in the people directory.")};
    return readPerson(*query);
}

Status PersonRepository::create(Person& person) const
{
    if (Status valid = Validation::toStatus(Validation::check(person)); !valid)
        return valid;
    const Result<qint64> id = m_db.transaction([&]() -> Result<qint64> {
        auto insert = m_db.exec(QStringLiteral("INSERT INTO person (last_name, first_name, title, unit, email, phone, "
                                               "version) VALUES (?, ?, ?, ?, ?, ?, 1)"),
                                {person.lastName.trimmed(), person.firstName.trimmed(), person.title.trimmed(),
                                 person.unit.trimmed(), person.email.trimmed(), person.phone.trimmed()});
        if (!insert)
            return insert.error();
        const qint64 id = insert->lastInsertId().toLongLong();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("create"), s_entity, id, person.displayName());
            !logged)
            return logged.error();
        return id;
    });
    if (!id)
        return id.error();
    person.id = *id;
    person.version = 1;
    return success();
}

Status PersonRepository::save(Person& person) const
{
    if (person.id <= 0)
        return create(person);
    if (Status valid = Validation::toStatus(Validation::check(person)); !valid)
        return valid;
    const Status written = m_db.transaction([&]() -> Status {
        auto update = m_db.exec(
            QStringLiteral("UPDATE person SET last_name = ?, first_name = ?, title = ?, unit = ?, "
                           "email = ?, phone = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {person.lastName.trimmed(), person.firstName.trimmed(), person.title.trimmed(), person.unit.trimmed(),
             person.email.trimmed(), person.phone.trimmed(), person.id, person.version});
        if (!update)
            return update.error();
        if (update->numRowsAffected() != 1) {
            if (auto exists = load(person.id); !exists)
                return exists.error();
            return Error {Error::Code::Conflict,
                          tr("%1 was changed by someone else. Reload to see the changes.").arg(person.displayName())};
        }
        if (Status logged = AuditLog(m_db).record(QStringLiteral("update"), s_entity, person.id, person.displayName());
            !logged)
            return logged;
        return success();
    });
    if (!written)
        return written;
    ++person.version;
    return success();
}

Status PersonRepository::remove(qint64 id) const
{
    return m_db.transaction([&]() -> Status {
        auto cases = caseIds(id);
        if (!cases)
            return cases.error();
        if (!cases->isEmpty()) {
            return Error {
                Error::Code::Invalid,
                tr("The person is assigned to %n case(s). Hand the cases over first.", nullptr, int(cases->size()))};
        }
        auto removed = m_db.exec(QStringLiteral("DELETE FROM person WHERE id = ?"), {id});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1)
            return Error {Error::Code::NotFound, tr("The person is no longer in the people directory.")};
        if (Status logged = AuditLog(m_db).record(QStringLiteral("delete"), s_entity, id); !logged)
            return logged;
        return success();
    });
}

Status PersonRepository::merge(qint64 keepId, qint64 duplicateId) const
{
    if (keepId == duplicateId)
        return Error {Error::Code::Invalid, tr("A person cannot be merged with themselves.")};
    return m_db.transaction([&]() -> Status {
        auto keep = load(keepId);
        if (!keep)
            return keep.error();
        auto duplicate = load(duplicateId);
        if (!duplicate)
            return duplicate.error();
        // Where both are assigned to the same case in the same role, the kept assignment stays.
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM assignment WHERE person_id = ? AND EXISTS (SELECT 1 FROM "
                                              "assignment k WHERE k.initiative_id = assignment.initiative_id "
                                              "AND k.role = assignment.role AND k.person_id = ?)"),
                               {duplicateId, keepId});
            !r)
            return r.error();
        if (auto r = m_db.exec(QStringLiteral("UPDATE assignment SET person_id = ? WHERE person_id = ?"),
                               {keepId, duplicateId});
            !r)
            return r.error();
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM person WHERE id = ?"), {duplicateId}); !r)
            return r.error();
        if (Status logged =
                AuditLog(m_db).record(QStringLiteral("merge"), s_entity, keepId,
                                      tr("%1 merged into %2").arg(duplicate->displayName(), keep->displayName()));
            !logged)
            return logged;
        return success();
    });
}

Result<int> PersonRepository::handOver(qint64 fromId, qint64 toId) const
{
    if (fromId == toId)
        return Error {Error::Code::Invalid, tr("Choose another person to hand the cases to.")};
    return m_db.transaction([&]() -> Result<int> {
        for (qint64 id : {fromId, toId}) {
            if (auto exists = load(id); !exists)
                return exists.error();
        }
        const QString openCases =
            QStringLiteral("SELECT initiative_id FROM initiative_status WHERE status NOT IN ('closed', 'withdrawn')");
        if (auto r =
                m_db.exec(QStringLiteral("DELETE FROM assignment WHERE person_id = ? AND initiative_id IN (%1) "
                                         "AND EXISTS (SELECT 1 FROM assignment k WHERE k.initiative_id = "
                                         "assignment.initiative_id AND k.role = assignment.role AND k.person_id = ?)")
                              .arg(openCases),
                          {fromId, toId});
            !r)
            return r.error();
        auto moved = m_db.exec(
            QStringLiteral("UPDATE assignment SET person_id = ? WHERE person_id = ? AND initiative_id IN (%1)")
                .arg(openCases),
            {toId, fromId});
        if (!moved)
            return moved.error();
        const int count = moved->numRowsAffected();
        if (Status logged = AuditLog(m_db).record(QStringLiteral("hand-over"), s_entity, fromId,
                                                  QStringLiteral("to %1: %2 assignments").arg(toId).arg(count));
            !logged)
            return logged.error();
        return count;
    });
}

Result<QList<qint64>> PersonRepository::caseIds(qint64 personId) const
{
    auto query = m_db.exec(
        QStringLiteral("SELECT DISTINCT initiative_id FROM assignment WHERE person_id = ? ORDER BY initiative_id"),
        {personId});
    if (!query)
        return query.error();
    QList<qint64> result;
    while (query->next())
        result << query->value(0).toLongLong();
    return result;
}

} // namespace Aloite
