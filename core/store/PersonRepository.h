#pragma once

#include "Person.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Aloite {

class Database;

/// The people directory: officials who prepare and present cases.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(const Database& db);

    Result<QList<Person>> all() const;
    Result<Person> load(qint64 id) const;
    /// A person with the same name (and the same e-mail, where both have one), if any.
    Result<Person> findSame(const Person& person) const;

    Status create(Person& person) const;
    Status save(Person& person) const;
    /// Removes a person who is assigned to no case.
    Status remove(qint64 id) const;
    /// Moves every assignment of \a duplicateId to \a keepId and removes the duplicate.
    Status merge(qint64 keepId, qint64 duplicateId) const;
    /// Hands the assignments of \a fromId on cases that are not closed to \a toId.
    Result<int> handOver(qint64 fromId, qint64 toId) const;

    /// Ids of the cases a person is assigned to.
    Result<QList<qint64>> caseIds(qint64 personId) const;

private:
    const Database& m_db;
};

} // namespace Aloite
