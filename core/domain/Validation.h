#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
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
    /// The rules of an entry within its case (issue 14): no handling before the initiative was
    /// submitted (\a submitted, invalid when not recorded), and nothing after the case was closed or
    /// withdrawn except a correction, which is what reopens a case. \a history is the case's other
    /// entries in order of handling, corrections included. The field keys are those of check().
    static QList<FieldError> check(const DecisionEntry& entry, const QDate& submitted,
                                   const QList<DecisionEntry>& history);
    /// Why no minutes extract can be printed of \a entry, the handling the memo is for (empty when
    /// one can): a case never handled has no minutes to extract from.
    static QString checkMinutesExtract(const DecisionEntry& entry);
    /// A deadline set on \a from (a statement request, say) must fall after it: a deadline of zero or
    /// fewer days cannot be met. Empty when \a deadline is fine or not set.
    static QString checkDeadline(const QDate& from, const QDate& deadline);

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
