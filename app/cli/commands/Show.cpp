#include "Show.h"

#include "CaseStatus.h"
#include "CliUtils.h"
#include "DateFormat.h"
#include "InitiativeRepository.h"

#include <QCommandLineParser>

namespace Aloite::Cli {

namespace {

QString notRecorded()
{
    //: Said of a fact the case record does not give (a date, the first signer, the number of signers)
    return CliText::tr("Not recorded");
}

QString recordedDate(const QDate& date)
{
    return date.isValid() ? formatDate(date) : notRecorded();
}

void printRegistration(QTextStream& out, const Initiative& i)
{
    out << i.caseNumber.toString() << "  " << i.title.fi << '\n';
    if (!i.title.sv.isEmpty())
        out << QString(i.caseNumber.toString().size() + 2, QLatin1Char(' ')) << i.title.sv << '\n';
    out << CliText::tr("Status") << ": " << CaseStatusRules::displayName(CaseStatusRules::derive(i)) << '\n';
    if (i.isReport()) {
        out << CliText::tr("The yearly list of open initiatives; it has no signers.") << '\n';
    } else {
        // Unknown facts are said plainly (issue 14), never shown as an empty value or a zero.
        out << CliText::tr("First signer") << ": ";
        if (i.firstSigner.isEmpty())
            out << notRecorded();
        else if (!i.firstSignerRole.fi.isEmpty())
            out << i.firstSignerRole.fi << ' ' << i.firstSigner;
        else
            out << i.firstSigner;
        out << '\n';
        out << CliText::tr("Co-signers") << ": ";
        if (i.coSignerCount)
            out << *i.coSignerCount;
        else
            out << notRecorded();
        if (!i.coSigners.isEmpty())
            out << " (" << i.coSigners.join(QStringLiteral(", ")) << ')';
        out << '\n';
    }
    out << CliText::tr("Dated") << ": " << recordedDate(i.datedDate) << "  " << CliText::tr("Submitted") << ": "
        << recordedDate(i.submittedDate);
    if (!i.submittedBody.isEmpty())
        out << " (" << i.submittedBody
            << (i.submittedDate.isValid() ? QString(QLatin1Char(' ') + formatDate(i.submittedDate)) : QString())
            << (i.submittedSection ? QStringLiteral(" § %1").arg(i.submittedSection) : QString()) << ')';
    out << '\n';
    if (!i.responsibleUnit.isEmpty())
        out << CliText::tr("Responsible unit") << ": " << i.responsibleUnit << '\n';
    for (const Assignment& a : i.assignments) {
        out << (a.role == Assignment::Role::Preparer ? CliText::tr("Preparer") : CliText::tr("Contact")) << ": "
            << a.person.displayName();
        if (!a.person.email.isEmpty())
            out << " <" << a.person.email << '>';
        out << '\n';
    }
}

void printTexts(QTextStream& out, const Initiative& i)
{
    printText(out, CliText::tr("Background"), i.background.fi);
    printText(out, CliText::tr("Proposal"), i.proposal.fi);
    for (qsizetype n = 0; n < i.questions.size(); ++n) {
        out << '\n' << n + 1 << ". " << i.questions.at(n).text.fi << '\n';
        if (!i.questions.at(n).answer.fi.isEmpty())
            out << "   " << CliText::tr("Answer") << ": " << i.questions.at(n).answer.fi << '\n';
    }
    if (!i.answer.fi.summary.isEmpty()) {
        out << '\n' << CliText::tr("Summary") << ":\n";
        for (const QString& point : i.answer.fi.summary)
            out << "- " << point << '\n';
    }
    printText(out, CliText::tr("Answer"), i.answer.fi.body);
}

/// "fi text / sv: —": a translation the record lacks is shown as missing, never filled in.
QString bothLanguages(const QString& fi, const QString& sv)
{
    //: shown for a Swedish (or Finnish) text the record does not have
    const QString missing = CliText::tr("(no translation)");
    return QStringLiteral("%1 | sv: %2").arg(fi.isEmpty() ? missing : fi, sv.isEmpty() ? missing : sv);
}

void printStatements(QTextStream& out, const Initiative& i)
{
    if (i.statements.isEmpty())
        return;
    out << '\n' << CliText::tr("Statements") << ":\n";
    int number = 0;
    for (const Statement& st : i.statements) {
        out << "  " << ++number << ". " << CliText::tr("Requested from") << ": "
            << bothLanguages(st.requestedFrom.fi, st.requestedFrom.sv) << '\n';
        out << "     " << CliText::tr("Requested") << ": " << recordedDate(st.requested) << "  "
            << CliText::tr("Deadline") << ": "
            << (st.deadline.isValid() ? formatDate(st.deadline) : CliText::tr("none")) << '\n';
        if (!st.received) {
            out << "     " << CliText::tr("Statement not received") << '\n';
            continue;
        }
        out << "     " << CliText::tr("Statement") << ": "
            << (st.givenBy.isEmpty() ? st.requestedFrom.preferring(Language::Finnish)
                                     : st.givenBy.preferring(Language::Finnish))
            << ' ' << recordedDate(st.given);
        if (st.section > 0)
            out << " § " << st.section;
        out << '\n';
        out << "     " << CliText::tr("Text") << ": " << bothLanguages(st.text.fi, st.text.sv) << '\n';
    }
}

void printVote(QTextStream& out, const DecisionEntry& e)
{
    if (!e.counterProposal.isEmpty()) {
        out << "    " << CliText::tr("Counter-proposal") << ": " << e.counterProposal.mover;
        if (!e.counterProposal.seconder.isEmpty())
            out << " (" << CliText::tr("seconded by %1").arg(e.counterProposal.seconder) << ')';
        if (!e.counterProposal.text.isEmpty())
            out << ": " << e.counterProposal.text;
        out << '\n';
    }
    if (!e.proposition.isEmpty())
        out << "    " << CliText::tr("Voting proposition") << ": JAA = " << e.proposition.yes
            << ", EI = " << e.proposition.no << '\n';
    if (!e.votes.isEmpty()) {
        out << "    " << CliText::tr("Votes") << ": " << CliText::tr("yes %1, no %2").arg(e.votes.yes).arg(e.votes.no);
        out << ", " << CliText::tr("blank") << ' ' << (e.votes.blank ? QString::number(*e.votes.blank) : notRecorded());
        out << ", " << CliText::tr("absent") << ' '
            << (e.votes.absent ? QString::number(*e.votes.absent) : notRecorded()) << '\n';
    }
    if (!e.dissent.isEmpty())
        out << "    " << CliText::tr("Dissent") << ": " << e.dissent.join(QStringLiteral(", ")) << '\n';
}

void printHistory(QTextStream& out, const Initiative& i)
{
    printStatements(out, i);
    if (!i.decisions.isEmpty()) {
        out << '\n' << CliText::tr("Decision history") << ":\n";
        // Numbered for export-pdf --handling.
        int number = 0;
        for (const DecisionEntry& e : i.decisions) {
            out << "  " << ++number << ". " << e.body.name.fi << ' ' << DateFormat::padded(e.meetingDate);
            if (e.section > 0)
                out << " § " << e.section;
            out << "  " << outcomeKey(e.outcome)
                << (e.confirmed ? QStringLiteral(" (%1)").arg(CliText::tr("confirmed")) : QString()) << '\n';
            if (!e.agendaTitle.isEmpty())
                out << "    " << CliText::tr("Agenda title") << ": "
                    << bothLanguages(e.agendaTitle.fi, e.agendaTitle.sv) << '\n';
            if (!e.proposal.isEmpty() || !e.proposalSv.isEmpty())
                out << "    " << CliText::tr("Proposal") << ": " << bothLanguages(e.proposal, e.proposalSv) << '\n';
            if (!e.handling.isEmpty() || !e.handlingSv.isEmpty())
                out << "    " << CliText::tr("Handling") << ": " << bothLanguages(e.handling, e.handlingSv) << '\n';
            printVote(out, e);
            if (!e.decision.isEmpty() || !e.decisionSv.isEmpty())
                out << "    " << CliText::tr("Decision") << ": " << bothLanguages(e.decision, e.decisionSv) << '\n';
        }
    }
    for (const Attachment& a : i.attachments) {
        out << (a.kind == Attachment::Kind::Attachment ? CliText::tr("Attachment")
                                                       : CliText::tr("Supplementary material"))
            << ": " << a.title << " (" << a.fileName << ", " << a.size << " B)\n";
    }
}

} // namespace

Show::Show()
    : DatabaseCommand("show", QT_TRANSLATE_NOOP("CliText", "Print one case."),
                      CliText::tr("aloite-cli show CASE: print a case."))
{
    m_positionals = {caseArgument(CliText::tr("Name one case, e.g. aloite-cli show 1234/00.01.01/2025."))};
}

int Show::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto id = findCase(db, parser.positionalArguments().first());
    if (!id)
        return fail(context, id.error().message);
    auto loaded = InitiativeRepository(db).load(*id);
    if (!loaded)
        return fail(context, loaded.error().message);
    printRegistration(context.out, *loaded);
    printTexts(context.out, *loaded);
    printHistory(context.out, *loaded);
    return Success;
}

} // namespace Aloite::Cli
