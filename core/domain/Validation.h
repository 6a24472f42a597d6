#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Aloite {

struct Initiative;
struct Person;
struct DecisionEntry;

/// A problem with one field, so that the UI can mark the field itself. \a field is a stable key
/// such as "caseNumber", "title.fi" or "questions.2".
struct FieldError
{
    QString field;
    QString message;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

/// The rules a record must meet before it is written. The repositories run them on every save;
/// the UI runs them while the user types.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    static QList<FieldError> check(const Initiative& initiative);
    static QList<FieldError> check(const Person& person);
    static QList<FieldError> check(const DecisionEntry& entry);

    static bool isValidEmail(const QString& email);
    /// Parses a date as users type it: "19.5.2025", "19.05.2025" or ISO "2025-05-19".
    static QDate parseDate(const QString& text);

    /// The first character of \a text that is a control character, a lone surrogate or a
    /// noncharacter (0 when there is none); \a multiLine allows line breaks and tabs.
    static char32_t firstControlCharacter(const QString& text, bool multiLine);

    /// One Error (Code::Invalid) whose message lists every problem, or success.
    static Status toStatus(const QList<FieldError>& errors);
};

} // namespace Aloite
