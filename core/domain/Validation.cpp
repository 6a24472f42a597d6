#include "Validation.h"

#include "CaseStatus.h"
#include "DateFormat.h"
#include "DecisionEntry.h"
#include "Initiative.h"
#include "Person.h"

#include <QRegularExpression>

#include <utility>

namespace Aloite {

char32_t Validation::firstControlCharacter(const QString& text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        // A surrogate pair is one character; a half of one on its own is none.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (multiLine && (c == U'\n' || c == U'\t' || c == U'\r'))
            continue;
        // C0 and C1 controls, DEL, lone surrogates, noncharacters.
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || (c & 0xfffe) == 0xfffe
            || (c >= 0xfdd0 && c <= 0xfdef))
            return c;
    }
    return 0;
}

QList<FieldError> Validation::check(const Initiative& initiative)
{
    QList<FieldError> errors;
    // A title goes into file names, PDF metadata (XMP) and lists: a control character would break
    // them or vanish from the print.
    for (const auto& [field, text] : {std::pair {QStringLiteral("title.fi"), &initiative.title.fi},
                                      std::pair {QStringLiteral("title.sv"), &initiative.title.sv}}) {
        if (const char32_t c = firstControlCharacter(*text, false))
            errors.append({field,
                           tr("The title contains an invisible control character (U+%1); remove it.")
                               .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')))});
    }
    if (const QString message = CaseNumber::validationMessage(initiative.caseNumber.toString()); !message.isEmpty())
        errors.append({QStringLiteral("caseNumber"), message});
    if (initiative.title.fi.trimmed().isEmpty())
        errors.append({QStringLiteral("title.fi"), tr("The title is required.")});
    if (initiative.bilingual && initiative.title.sv.trimmed().isEmpty())
        errors.append({QStringLiteral("title.sv"), tr("A bilingual case needs a Swedish title.")});
    if (initiative.isReport()) {
        if (!initiative.firstSigner.trimmed().isEmpty() || initiative.coSignerCount.value_or(0) != 0
            || !initiative.coSigners.isEmpty() || !initiative.firstSignerRole.fi.isEmpty()
            || !initiative.firstSignerRole.sv.isEmpty())
            errors.append({QStringLiteral("firstSigner"), tr("A list of open initiatives has no signers.")});
    }
    // The first signer, the count and the dates may be unknown (issue 14): no error for their absence.
    for (const auto& [field, text] :
         {std::pair {QStringLiteral("firstSigner"), &initiative.firstSigner},
          std::pair {QStringLiteral("firstSignerRole.fi"), &initiative.firstSignerRole.fi},
          std::pair {QStringLiteral("firstSignerRole.sv"), &initiative.firstSignerRole.sv}}) {
        if (firstControlCharacter(*text, false))
            errors.append({field, tr("A name or role is one line without control characters.")});
    }
    if (initiative.firstSigner.trimmed().isEmpty()
        && !QString(initiative.firstSignerRole.fi + initiative.firstSignerRole.sv).trimmed().isEmpty())
        errors.append({QStringLiteral("firstSignerRole.fi"), tr("A role needs the first signer's name.")});
    if (initiative.coSignerCount && *initiative.coSignerCount < 0)
        errors.append({QStringLiteral("coSignerCount"), tr("The number of co-signers cannot be negative.")});
    else if (initiative.coSignerCount && initiative.coSigners.size() > *initiative.coSignerCount)
        errors.append({QStringLiteral("coSignerCount"),
                       tr("%n co-signer(s) are named, but the count of co-signers is smaller.", nullptr,
                          int(initiative.coSigners.size()))});
    for (qsizetype i = 0; i < initiative.coSigners.size(); ++i) {
        if (initiative.coSigners.at(i).trimmed().isEmpty())
            errors.append({QStringLiteral("coSigners.%1").arg(i), tr("A co-signer's name is empty.")});
    }
    if (initiative.datedDate.isValid() && initiative.submittedDate.isValid()
        && initiative.datedDate > initiative.submittedDate)
        errors.append({QStringLiteral("datedDate"), tr("The initiative cannot be dated after it was submitted.")});
    if (initiative.submittedSection < 0)
        errors.append({QStringLiteral("submittedSection"), tr("The section number cannot be negative.")});
    for (qsizetype i = 0; i < initiative.questions.size(); ++i) {
        const Question& question = initiative.questions.at(i);
        if (question.text.fi.trimmed().isEmpty() && question.text.sv.trimmed().isEmpty())
            errors.append({QStringLiteral("questions.%1").arg(i), tr("Question %1 has no text.").arg(i + 1)});
    }
    for (qsizetype i = 0; i < initiative.assignments.size(); ++i) {
        if (initiative.assignments.at(i).person.id <= 0)
            errors.append({QStringLiteral("assignments.%1").arg(i),
                           tr("The preparer %1 is not in the people directory.")
                               .arg(initiative.assignments.at(i).person.displayName())});
    }
    for (qsizetype i = 0; i < initiative.distribution.size(); ++i) {
        if (initiative.distribution.at(i).trimmed().isEmpty())
            errors.append({QStringLiteral("distribution.%1").arg(i), tr("A recipient is empty.")});
    }
    for (qsizetype i = 0; i < initiative.statements.size(); ++i) {
        const Statement& statement = initiative.statements.at(i);
        if (statement.requestedFrom.fi.trimmed().isEmpty() && statement.requestedFrom.sv.trimmed().isEmpty())
            errors.append({QStringLiteral("statements.%1.requestedFrom").arg(i),
                           tr("Statement request %1 does not say whom the statement was asked from.").arg(i + 1)});
        if (statement.requested.isValid() && statement.deadline.isValid() && statement.deadline < statement.requested)
            errors.append({QStringLiteral("statements.%1.deadline").arg(i),
                           tr("The deadline of statement request %1 is before the request.").arg(i + 1)});
        if (!statement.received && (statement.given.isValid() || !statement.text.isEmpty()))
            errors.append({QStringLiteral("statements.%1.received").arg(i),
                           tr("Statement %1 has a date or a text but is not marked received.").arg(i + 1)});
        if (statement.section < 0)
            errors.append(
                {QStringLiteral("statements.%1.section").arg(i), tr("The section number cannot be negative.")});
    }
    return errors;
}

QList<FieldError> Validation::check(const Person& person)
{
    QList<FieldError> errors;
    if (person.lastName.trimmed().isEmpty())
        errors.append({QStringLiteral("lastName"), tr("The last name is required.")});
    if (!person.email.isEmpty() && !isValidEmail(person.email))
        errors.append({QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(person.email)});
    return errors;
}

QList<FieldError> Validation::check(const DecisionEntry& entry)
{
    QList<FieldError> errors;
    if (entry.body.id <= 0)
        errors.append({QStringLiteral("body"), tr("The body that handled the case is required.")});
    if (!entry.meetingDate.isValid())
        errors.append({QStringLiteral("meetingDate"), tr("The meeting date is required.")});
    if (entry.section < 0)
        errors.append({QStringLiteral("section"), tr("The section number cannot be negative.")});
    if (entry.votes.yes < 0 || entry.votes.no < 0 || entry.votes.blank.value_or(0) < 0
        || entry.votes.absent.value_or(0) < 0)
        errors.append({QStringLiteral("votes"), tr("Vote counts cannot be negative.")});
    for (qsizetype i = 0; i < entry.dissent.size(); ++i) {
        if (entry.dissent.at(i).trimmed().isEmpty() || firstControlCharacter(entry.dissent.at(i), false))
            errors.append({QStringLiteral("dissent.%1").arg(i),
                           tr("A dissenter's name is one line without control characters.")});
    }
    if (entry.correctsEntryId != 0 && entry.correctionReason.trimmed().isEmpty())
        errors.append({QStringLiteral("correctionReason"), tr("A correction needs a reason.")});
    if (entry.confirmed && entry.outcome == Outcome::Pending)
        errors.append({QStringLiteral("confirmed"), tr("An entry without a decision cannot be confirmed.")});
    return errors;
}

QList<FieldError> Validation::check(const DecisionEntry& entry, const QDate& submitted,
                                    const QList<DecisionEntry>& history)
{
    QList<FieldError> errors = check(entry);
    if (submitted.isValid() && entry.meetingDate.isValid() && entry.meetingDate < submitted)
        errors.append({QStringLiteral("meetingDate"),
                       tr("The case cannot be handled on %1, before the initiative was submitted on %2.")
                           .arg(DateFormat::text(entry.meetingDate), DateFormat::text(submitted))});
    // A correction may change a closing decision (that reopens the case); anything else after it
    // would be a handling of a case that is no longer open.
    const QList<DecisionEntry> effective = CaseStatusRules::effectiveEntries(history);
    if (entry.correctsEntryId == 0 && !effective.isEmpty() && entry.meetingDate.isValid()) {
        const DecisionEntry& last = effective.constLast();
        const CaseStatus status = CaseStatusRules::statusAfter(last.body.kind, last.outcome);
        if ((status == CaseStatus::Closed || status == CaseStatus::Withdrawn) && last.meetingDate.isValid()
            && entry.meetingDate >= last.meetingDate)
            errors.append({QStringLiteral("meetingDate"),
                           (status == CaseStatus::Closed
                                ? tr("The case was closed on %1; a later entry can only be a correction of that "
                                     "decision, which reopens the case.")
                                : tr("The case was withdrawn on %1; a later entry can only be a correction of that "
                                     "decision, which reopens the case."))
                               .arg(DateFormat::text(last.meetingDate))});
    }
    return errors;
}

QString Validation::checkMinutesExtract(const DecisionEntry& entry)
{
    if (entry.id <= 0 || !entry.meetingDate.isValid())
        return tr("The case has not been handled yet, so there are no minutes to extract from; print the agenda "
                  "item instead.");
    return {};
}

QString Validation::checkDeadline(const QDate& from, const QDate& deadline)
{
    if (from.isValid() && deadline.isValid() && deadline <= from)
        return tr("The deadline %1 must be after %2: a deadline of zero or fewer days cannot be met.")
            .arg(DateFormat::text(deadline), DateFormat::text(from));
    return {};
}

bool Validation::isValidEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    return pattern.match(email).hasMatch();
}

QDate Validation::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression finnish(QStringLiteral(R"(^(\d{1,2})\.(\d{1,2})\.(\d{4})$)"));
    if (const auto match = finnish.match(trimmed); match.hasMatch())
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    if (const auto match = iso.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return {};
}

Status Validation::toStatus(const QList<FieldError>& errors)
{
    if (errors.isEmpty())
        return success();
    QStringList messages;
    for (const FieldError& error : errors)
        messages << error.message;
    return Error {Error::Code::Invalid, messages.join(QLatin1Char('\n'))};
}

} // namespace Aloite
