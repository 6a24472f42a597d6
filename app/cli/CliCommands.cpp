#include "CliCommands.h"

#include "AuditLog.h"
#include "CaseStatus.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "JsonFormat.h"
#include "MeetingRepository.h"
#include "MemoRenderer.h"
#include "MemoService.h"
#include "OrganisationSettings.h"
#include "SettingsRepository.h"
#include "Statistics.h"
#include "Validation.h"
#include "YearlyReport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Aloite::Cli {

namespace {

/// Parses a command's own arguments; prints help or the error and returns false when the
/// command should not run (\a exitCode says with what code to leave).
bool parseArguments(Context& context, QCommandLineParser& parser, const QStringList& arguments, const QString& synopsis,
                    int* exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("aloite-cli")} + arguments)) {
        context.err << parser.errorText() << '\n';
        *exitCode = Usage;
        return false;
    }
    if (parser.isSet(help)) {
        context.out << synopsis << "\n\n" << parser.helpText().section(QLatin1Char('\n'), 1) << '\n';
        *exitCode = Success;
        return false;
    }
    return true;
}

int fail(Context& context, const QString& message)
{
    context.err << message << '\n';
    return Failure;
}

/// Opens the database of --db. Commands that only read open it read-only and never create it.
bool openDatabase(Context& context, Database& db, Database::Mode mode)
{
    if (mode == Database::Mode::ReadOnly && !QFileInfo::exists(context.databasePath)) {
        context.err << CliText::tr("The database file %1 does not exist. Create it with \"aloite-cli init\".")
                           .arg(context.databasePath)
                    << '\n';
        return false;
    }
    const Status opened = db.open(context.databasePath, mode);
    if (!opened)
        context.err << opened.error().message << '\n';
    return bool(opened);
}

/// Finds a case by its case number ("1234/00.01.01/2025") or its numeric id.
Result<qint64> findCase(const Database& db, const QString& text)
{
    const InitiativeRepository repository(db);
    const CaseNumber number = CaseNumber::parse(text);
    if (number.isValid())
        return repository.idOf(number);
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        if (auto version = repository.currentVersion(id); !version)
            return version.error();
        return id;
    }
    return Error {Error::Code::Invalid, CaseNumber::validationMessage(text)};
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("d.M.yyyy")) : QStringLiteral("-");
}

int runInit(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli init: create the database, or update it to "
                                    "this version."),
                        &code))
        return code;
    const bool existed = QFileInfo::exists(context.databasePath);
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadWrite))
        return Failure;
    context.out << (existed ? CliText::tr("The database %1 is ready (version %2).")
                            : CliText::tr("Created the database %1 (version %2)."))
                       .arg(context.databasePath)
                       .arg(db.schemaVersion())
                << '\n';
    if (!db.updateBackupPath().isEmpty()) {
        context.out << CliText::tr("It was updated from version %1; the earlier file was kept as %2.")
                           .arg(db.versionBeforeOpen())
                           .arg(db.updateBackupPath())
                    << '\n';
    }
    return Success;
}

int runList(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"),
                                    CliText::tr("Only cases with this status: registered, in-preparation, at-board, "
                                                "at-council, returned, closed, withdrawn. May be repeated."),
                                    CliText::tr("status"));
    const QCommandLineOption year(QStringLiteral("year"), CliText::tr("Only cases of this year."), CliText::tr("year"));
    const QCommandLineOption text(QStringLiteral("text"), CliText::tr("Only cases whose texts contain these words."),
                                  CliText::tr("words"));
    parser.addOption(status);
    parser.addOption(year);
    parser.addOption(text);
    int code = Success;
    if (!parseArguments(context, parser, arguments, CliText::tr("aloite-cli list: list cases, newest first."), &code))
        return code;

    InitiativeFilter filter;
    for (const QString& key : parser.values(status)) {
        CaseStatus s;
        if (!caseStatusFromKey(key, &s)) {
            context.err << CliText::tr("Unknown status \"%1\".").arg(key) << '\n';
            return Usage;
        }
        filter.statuses << s;
    }
    if (parser.isSet(year)) {
        bool ok = false;
        filter.year = parser.value(year).toInt(&ok);
        if (!ok || filter.year < 1900) {
            context.err << CliText::tr("\"%1\" is not a year.").arg(parser.value(year)) << '\n';
            return Usage;
        }
    }
    filter.text = parser.value(text);

    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    auto cases = InitiativeRepository(db).list(filter);
    if (!cases)
        return fail(context, cases.error().message);
    for (const InitiativeSummary& s : *cases) {
        context.out << s.caseNumber.toString().leftJustified(20) << ' ' << caseStatusKey(s.status).leftJustified(15)
                    << ' ' << formatDate(s.submittedDate).leftJustified(10) << ' ' << s.title << '\n';
    }
    return Success;
}

void printText(QTextStream& out, const QString& heading, const QString& text)
{
    if (text.isEmpty())
        return;
    out << '\n' << heading << ":\n" << text << '\n';
}

int runShow(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"), CliText::tr("Case number or id."));
    int code = Success;
    if (!parseArguments(context, parser, arguments, CliText::tr("aloite-cli show CASE: print a case."), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << CliText::tr("Name one case, e.g. aloite-cli show 1234/00.01.01/2025.") << '\n';
        return Usage;
    }
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    auto id = findCase(db, parser.positionalArguments().first());
    if (!id)
        return fail(context, id.error().message);
    auto loaded = InitiativeRepository(db).load(*id);
    if (!loaded)
        return fail(context, loaded.error().message);
    const Initiative& i = *loaded;
    QTextStream& out = context.out;
    out << i.caseNumber.toString() << "  " << i.title.fi << '\n';
    if (!i.title.sv.isEmpty())
        out << QString(i.caseNumber.toString().size() + 2, QLatin1Char(' ')) << i.title.sv << '\n';
    out << CliText::tr("Status") << ": " << CaseStatusRules::displayName(CaseStatusRules::derive(i)) << '\n';
    if (i.isReport()) {
        out << CliText::tr("The yearly list of open initiatives; it has no signers.") << '\n';
    } else {
        out << CliText::tr("First signer") << ": " << i.firstSigner << '\n';
        out << CliText::tr("Co-signers") << ": " << i.coSignerCount;
        if (!i.coSigners.isEmpty())
            out << " (" << i.coSigners.join(QStringLiteral(", ")) << ')';
        out << '\n';
    }
    out << CliText::tr("Dated") << ": " << formatDate(i.datedDate) << "  " << CliText::tr("Submitted") << ": "
        << formatDate(i.submittedDate);
    if (!i.submittedBody.isEmpty())
        out << " (" << i.submittedBody << ' ' << formatDate(i.submittedDate)
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
    if (!i.decisions.isEmpty()) {
        out << '\n' << CliText::tr("Decision history") << ":\n";
        // Numbered for export-pdf --handling.
        int number = 0;
        for (const DecisionEntry& e : i.decisions) {
            out << "  " << ++number << ". " << e.body.name.fi << ' '
                << e.meetingDate.toString(QStringLiteral("dd.MM.yyyy"));
            if (e.section > 0)
                out << " § " << e.section;
            out << "  " << outcomeKey(e.outcome)
                << (e.confirmed ? QStringLiteral(" (%1)").arg(CliText::tr("confirmed")) : QString()) << '\n';
            if (!e.decision.isEmpty())
                out << "    " << e.decision << '\n';
        }
    }
    for (const Attachment& a : i.attachments) {
        out << (a.kind == Attachment::Kind::Attachment ? CliText::tr("Attachment")
                                                       : CliText::tr("Supplementary material"))
            << ": " << a.title << " (" << a.fileName << ", " << a.size << " B)\n";
    }
    return Success;
}

int runHistory(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("case"), CliText::tr("Case number or id."));
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli history CASE: print who changed a case, what and when."), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << CliText::tr("Name one case, e.g. aloite-cli history 1234/00.01.01/2025.") << '\n';
        return Usage;
    }
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    auto id = findCase(db, parser.positionalArguments().first());
    if (!id)
        return fail(context, id.error().message);
    auto trail = AuditLog(db).caseTrail(*id);
    if (!trail)
        return fail(context, trail.error().message);
    // The stored words, oldest first, in UTC: a record for administrators and scripts.
    for (const AuditLog::Entry& e : std::as_const(*trail)) {
        context.out << e.at.toUTC().toString(Qt::ISODate) << '\t' << e.user << '\t' << e.entity << '\t' << e.action
                    << '\t' << e.summary << '\n';
    }
    return Success;
}

int runOpenList(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption date(
        QStringLiteral("date"), CliText::tr("The date of the list (d.M.yyyy); by default today."), CliText::tr("date"));
    const QCommandLineOption lang(QStringLiteral("lang"), CliText::tr("Document language: fi (default) or sv."),
                                  CliText::tr("language"), QStringLiteral("fi"));
    const QCommandLineOption registerAs(QStringLiteral("register"),
                                        CliText::tr("Register the list as a case of its own with this case number."),
                                        CliText::tr("case number"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     CliText::tr("With --register, also put the list on this meeting's agenda."),
                                     CliText::tr("id"));
    parser.addOption(date);
    parser.addOption(lang);
    parser.addOption(registerAs);
    parser.addOption(meeting);
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli open-list [--date D] [--register CASE [--meeting ID]]: the yearly list "
                                    "of open initiatives for the council."),
                        &code))
        return code;
    QDate asOf = Clock::instance().today();
    if (parser.isSet(date)) {
        asOf = Validation::parseDate(parser.value(date));
        if (!asOf.isValid()) {
            context.err << CliText::tr("\"%1\" is not a date; write it as 23.11.2026.").arg(parser.value(date)) << '\n';
            return Usage;
        }
    }
    Language language = Language::Finnish;
    if (!languageFromCode(parser.value(lang), &language)) {
        context.err << CliText::tr("Unknown document language \"%1\": use fi or sv.").arg(parser.value(lang)) << '\n';
        return Usage;
    }
    qint64 meetingId = 0;
    if (parser.isSet(meeting)) {
        meetingId = parser.value(meeting).toLongLong();
        if (!parser.isSet(registerAs) || meetingId <= 0) {
            context.err << CliText::tr("--meeting needs a meeting id and --register.") << '\n';
            return Usage;
        }
    }
    CaseNumber number;
    if (parser.isSet(registerAs)) {
        if (const QString problem = CaseNumber::validationMessage(parser.value(registerAs)); !problem.isEmpty()) {
            context.err << problem << '\n';
            return Usage;
        }
        number = CaseNumber::parse(parser.value(registerAs));
    }

    Database db;
    if (!openDatabase(context, db, number.isValid() ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
        return Failure;
    auto open = Statistics(db).openInitiatives(asOf);
    if (!open)
        return fail(context, open.error().message);
    const YearlyListDocument doc = YearlyListDocument::compose(*open, asOf, language);
    context.out << doc.text() << '\n';
    if (number.isValid()) {
        auto id = YearlyReport::create(db, asOf, number, meetingId);
        if (!id)
            return fail(context, id.error().message);
        context.out << '\n'
                    << (meetingId > 0 ? CliText::tr("Registered the list as case %1 on the agenda of meeting %2.")
                                            .arg(number.toString())
                                            .arg(meetingId)
                                      : CliText::tr("Registered the list as case %1.").arg(number.toString()))
                    << '\n';
    }
    return Success;
}

int runImport(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The JSON file to import."));
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli import-json FILE: import cases; all or nothing."), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << CliText::tr("Name one file to import.") << '\n';
        return Usage;
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.readAll();
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadWrite))
        return Failure;
    auto ids = JsonFormat::importCases(db, json);
    if (!ids)
        return fail(context, ids.error().message);
    context.out << CliText::tr("Imported %n case(s).", nullptr, int(ids->size())) << '\n';
    return Success;
}

int runExport(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), CliText::tr("Export every case."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("Write to this file instead of the standard output."),
                                    CliText::tr("file"));
    parser.addOption(all);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("case"), CliText::tr("Case numbers or ids."),
                                 QStringLiteral("[CASE...]"));
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli export-json CASE...|--all: export cases as JSON."), &code))
        return code;
    if (parser.isSet(all) == !parser.positionalArguments().isEmpty()) {
        context.err << CliText::tr("Name the cases to export, or give --all.") << '\n';
        return Usage;
    }
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    Result<QByteArray> json = QByteArray();
    if (parser.isSet(all)) {
        json = JsonFormat::exportAll(db);
    } else {
        QList<qint64> ids;
        for (const QString& text : parser.positionalArguments()) {
            auto id = findCase(db, text);
            if (!id)
                return fail(context, id.error().message);
            ids << *id;
        }
        json = JsonFormat::exportCases(db, ids);
    }
    if (!json)
        return fail(context, json.error().message);
    if (!parser.isSet(output)) {
        context.out << QString::fromUtf8(*json);
        return Success;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit())
        return fail(context, CliText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return Success;
}

int runCheck(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli check: check the integrity of the database."), &code))
        return code;
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    context.out
        << CliText::tr("Schema version: %1 (this program: %2)").arg(db.schemaVersion()).arg(Database::SchemaVersion)
        << '\n';
    auto problems = db.check();
    if (!problems)
        return fail(context, problems.error().message);
    if (!problems->isEmpty()) {
        for (const QString& problem : *problems)
            context.err << problem << '\n';
        return Failure;
    }
    context.out << CliText::tr("Integrity: ok") << '\n';
    return Success;
}

int runBackup(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), CliText::tr("The backup file to write; it must not exist."));
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli backup FILE: copy the database consistently."), &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        context.err << CliText::tr("Name the backup file.") << '\n';
        return Usage;
    }
    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;
    if (Status saved = db.backupTo(parser.positionalArguments().first()); !saved)
        return fail(context, saved.error().message);
    context.out << CliText::tr("Backup written to %1.").arg(parser.positionalArguments().first()) << '\n';
    return Success;
}

int runOrganisation(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameFi(QStringLiteral("name-fi"), CliText::tr("The organisation's Finnish name."),
                                    CliText::tr("name"));
    const QCommandLineOption nameSv(QStringLiteral("name-sv"), CliText::tr("The organisation's Swedish name."),
                                    CliText::tr("name"));
    const QCommandLineOption address(QStringLiteral("address"), CliText::tr("The address line of the footer."),
                                     CliText::tr("text"));
    const QCommandLineOption email(QStringLiteral("email-pattern"),
                                   CliText::tr("E-mail pattern, e.g. firstname.lastname@city.fi."),
                                   CliText::tr("pattern"));
    const QCommandLineOption phone(QStringLiteral("switchboard"), CliText::tr("The switchboard number."),
                                   CliText::tr("number"));
    const QCommandLineOption logo(QStringLiteral("logo"), CliText::tr("A PNG or SVG logo for the letterhead."),
                                  CliText::tr("file"));
    const QCommandLineOption noLogo(QStringLiteral("no-logo"), CliText::tr("Remove the logo."));
    for (const QCommandLineOption* option : {&nameFi, &nameSv, &address, &email, &phone, &logo, &noLogo})
        parser.addOption(*option);
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli organisation [OPTIONS]: show or change the letterhead of the memos."),
                        &code))
        return code;
    const bool change = std::any_of(parser.optionNames().cbegin(), parser.optionNames().cend(),
                                    [](const QString& name) { return name != QLatin1String("help"); });
    Database db;
    if (!openDatabase(context, db, change ? Database::Mode::ReadWrite : Database::Mode::ReadOnly))
        return Failure;
    auto settings = SettingsRepository(db).organisation();
    if (!settings)
        return fail(context, settings.error().message);
    if (change) {
        if (parser.isSet(nameFi))
            settings->name.fi = parser.value(nameFi);
        if (parser.isSet(nameSv))
            settings->name.sv = parser.value(nameSv);
        if (parser.isSet(address))
            settings->addressLine = parser.value(address);
        if (parser.isSet(email))
            settings->emailPattern = parser.value(email);
        if (parser.isSet(phone))
            settings->switchboard = parser.value(phone);
        if (parser.isSet(noLogo))
            settings->logo.clear();
        if (parser.isSet(logo)) {
            QFile file(parser.value(logo));
            if (!file.open(QIODevice::ReadOnly))
                return fail(context, CliText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            settings->logo = file.readAll();
        }
        if (Status saved = settings->save(db); !saved)
            return fail(context, saved.error().message);
    }
    context.out << CliText::tr("Name") << ": " << settings->name.fi << " / " << settings->name.sv << '\n'
                << CliText::tr("Address") << ": " << settings->addressLine << '\n'
                << CliText::tr("E-mail pattern") << ": " << settings->emailPattern << '\n'
                << CliText::tr("Switchboard") << ": " << settings->switchboard << '\n'
                << CliText::tr("Logo") << ": "
                << (settings->logo.isEmpty() ? CliText::tr("none")
                                             : CliText::tr("%n byte(s)", nullptr, int(settings->logo.size())))
                << '\n';
    return Success;
}

/// The id of the \a number th entry of the case's decision history as `show` lists it (from 1).
Result<qint64> handlingEntry(const Database& db, qint64 caseId, int number)
{
    auto initiative = InitiativeRepository(db).load(caseId);
    if (!initiative)
        return initiative.error();
    const QList<DecisionEntry>& history = initiative->decisions;
    if (number > history.size()) {
        return Error {
            Error::Code::NotFound,
            CliText::tr("The case %1 has %n handling(s); there is no handling %2.", nullptr, int(history.size()))
                .arg(initiative->caseNumber.toString())
                .arg(number)};
    }
    const qint64 entryId = history.at(number - 1).id;
    for (qsizetype n = 0; n < history.size(); ++n) {
        if (history.at(n).correctsEntryId == entryId) {
            return Error {
                Error::Code::Invalid,
                CliText::tr("Handling %1 was corrected by handling %2; print that one.").arg(number).arg(n + 1)};
        }
    }
    return entryId;
}

int runExportPdf(Context& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  CliText::tr("agenda (the agenda item, default) or minutes (the minutes extract)."),
                                  CliText::tr("kind"), QStringLiteral("agenda"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  CliText::tr("Document language: fi or sv; by default the meeting's language, or fi."),
                                  CliText::tr("language"));
    const QCommandLineOption meeting(QStringLiteral("meeting"),
                                     CliText::tr("Export every case handled at this meeting into the folder -o."),
                                     CliText::tr("id"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CliText::tr("The PDF file to write, or with --meeting the folder."),
                                    CliText::tr("path"));
    const QCommandLineOption handling(
        QStringLiteral("handling"),
        CliText::tr("The handling to print, numbered as `show` lists the decision history; by default the latest."),
        CliText::tr("number"));
    parser.addOption(kind);
    parser.addOption(lang);
    parser.addOption(handling);
    parser.addOption(meeting);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("case"), CliText::tr("Case number or id."), QStringLiteral("[CASE]"));
    int code = Success;
    if (!parseArguments(context, parser, arguments,
                        CliText::tr("aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A."),
                        &code))
        return code;

    MemoOptions options;
    if (!memoKindFromKey(parser.value(kind), &options.kind)) {
        context.err << CliText::tr("Unknown memo kind \"%1\": use agenda or minutes.").arg(parser.value(kind)) << '\n';
        return Usage;
    }
    if (parser.isSet(lang) && !languageFromCode(parser.value(lang), &options.language)) {
        context.err << CliText::tr("Unknown document language \"%1\": use fi or sv.").arg(parser.value(lang)) << '\n';
        return Usage;
    }
    if (!parser.isSet(output)) {
        context.err << CliText::tr("Say where to write with -o.") << '\n';
        return Usage;
    }
    const bool batch = parser.isSet(meeting);
    if (batch == (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1) {
        context.err << CliText::tr("Name one case, or give --meeting.") << '\n';
        return Usage;
    }
    int handlingNumber = 0;
    if (parser.isSet(handling)) {
        bool ok = false;
        handlingNumber = parser.value(handling).toInt(&ok);
        if (batch || !ok || handlingNumber <= 0) {
            context.err << (batch ? CliText::tr("--handling goes with one case, not with --meeting.")
                                  : CliText::tr("\"%1\" is not a handling number.").arg(parser.value(handling)))
                        << '\n';
            return Usage;
        }
    }
    qint64 meetingId = 0;
    if (batch) {
        bool ok = false;
        meetingId = parser.value(meeting).toLongLong(&ok);
        if (!ok || meetingId <= 0) {
            context.err << CliText::tr("\"%1\" is not a meeting id.").arg(parser.value(meeting)) << '\n';
            return Usage;
        }
    }

    Database db;
    if (!openDatabase(context, db, Database::Mode::ReadOnly))
        return Failure;

    if (!batch) {
        auto id = findCase(db, parser.positionalArguments().first());
        if (!id)
            return fail(context, id.error().message);
        if (handlingNumber > 0) {
            auto entry = handlingEntry(db, *id, handlingNumber);
            if (!entry)
                return fail(context, entry.error().message);
            options.entryId = *entry;
        }
        auto renderer = MemoService(db).memo(*id, options);
        if (!renderer)
            return fail(context, renderer.error().message);
        if (Status written = renderer->writePdf(parser.value(output)); !written)
            return fail(context, written.error().message);
        context.out << CliText::tr("Wrote %1.").arg(parser.value(output)) << '\n';
        return Success;
    }

    if (!parser.isSet(lang)) {
        auto loaded = MeetingRepository(db).load(meetingId);
        if (loaded)
            options.language = loaded->language;
        else if (loaded.error().code != Error::Code::NotFound) // the export names a missing meeting
            return fail(context, loaded.error().message);
    }
    const QDir dir(parser.value(output));
    auto exported = MemoService(db).exportMeeting(meetingId, options, dir.path());
    if (!exported)
        return fail(context, exported.error().message);
    const QStringList& written = exported->files;
    context.out << CliText::tr("Wrote %n memo(s) to %1.", nullptr, int(written.size())).arg(dir.path()) << '\n';
    return Success;
}

} // namespace

const QList<Command>& commands()
{
    static const QList<Command> list {
        {"init", QT_TRANSLATE_NOOP("CliText", "Create the database or update it to this version."), &runInit},
        {"list", QT_TRANSLATE_NOOP("CliText", "List cases (filters: --status, --year, --text)."), &runList},
        {"show", QT_TRANSLATE_NOOP("CliText", "Print one case."), &runShow},
        {"history", QT_TRANSLATE_NOOP("CliText", "Print who changed a case, what and when."), &runHistory},
        {"open-list", QT_TRANSLATE_NOOP("CliText", "Print the yearly list of open initiatives, or register it."),
         &runOpenList},
        {"import-json", QT_TRANSLATE_NOOP("CliText", "Import cases from a JSON file."), &runImport},
        {"export-json", QT_TRANSLATE_NOOP("CliText", "Export cases as JSON."), &runExport},
        {"check", QT_TRANSLATE_NOOP("CliText", "Check the database's integrity and schema version."), &runCheck},
        {"export-pdf", QT_TRANSLATE_NOOP("CliText", "Print a case's agenda item or minutes extract as PDF/A."),
         &runExportPdf},
        {"organisation", QT_TRANSLATE_NOOP("CliText", "Show or change the organisation printed on the memos."),
         &runOrganisation},
        {"backup", QT_TRANSLATE_NOOP("CliText", "Write a consistent copy of the database."), &runBackup},
    };
    return list;
}

} // namespace Aloite::Cli
