#pragma once

#include <QString>
#include <QtGlobal>

namespace Aloite {

/// An official or councillor: preparer, presenter or signer.
struct Person
{
    qint64 id = 0;
    QString lastName;
    QString firstName;
    QString title; ///< e.g. "kaupunginjohtaja"
    QString unit; ///< responsible unit or department
    QString email;
    QString phone;
    int version = 0; ///< row version for conflict detection

    /// "Lastname Firstname", the order the memos print.
    QString displayName() const
    {
        if (firstName.isEmpty())
            return lastName;
        if (lastName.isEmpty())
            return firstName;
        return lastName + QLatin1Char(' ') + firstName;
    }

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace Aloite
