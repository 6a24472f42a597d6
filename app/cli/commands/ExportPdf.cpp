#include "ExportPdf.h"

#include "CliUtils.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "MemoService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace Aloite::Cli {

namespace {

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

} // namespace

ExportPdf::ExportPdf()
    : DatabaseCommand("export-pdf",
                      QT_TRANSLATE_NOOP("CliText", "Print a case's agenda item or minutes extract as PDF/A."),
                      CliText::tr("aloite-cli export-pdf CASE -o FILE | --meeting ID -o DIR: print memos as PDF/A."))
    , m_kind(QStringLiteral("kind"), CliText::tr("agenda (the agenda item, default) or minutes (the minutes extract)."),
             CliText::tr("kind"), QStringLiteral("agenda"))
    , m_lang(QStringLiteral("lang"),
             CliText::tr("Document language: fi or sv; by default the meeting's language, or fi."),
             CliText::tr("language"))
    , m_meeting(QStringLiteral("meeting"), CliText::tr("Export every case handled at this meeting into the folder -o."),
                CliText::tr("id"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               CliText::tr("The PDF file to write, or with --meeting the folder."), CliText::tr("path"))
    , m_handling(
          QStringLiteral("handling"),
          CliText::tr("The handling to print, numbered as `show` lists the decision history; by default the latest."),
          CliText::tr("number"))
{
    m_options = {m_kind, m_lang, m_handling, m_meeting, m_output};
    m_positionals = {caseArgument({}, QStringLiteral("[CASE]"))};
}

int ExportPdf::prepare(Context& context, const QCommandLineParser& parser)
{
    if (!memoKindFromKey(parser.value(m_kind), &m_memoOptions.kind)) {
        return usageError(context,
                          CliText::tr("Unknown memo kind \"%1\": use agenda or minutes.").arg(parser.value(m_kind)));
    }
    if (parser.isSet(m_lang) && !languageFromCode(parser.value(m_lang), &m_memoOptions.language)) {
        return usageError(context,
                          CliText::tr("Unknown document language \"%1\": use fi or sv.").arg(parser.value(m_lang)));
    }
    if (!parser.isSet(m_output))
        return usageError(context, CliText::tr("Say where to write with -o."));
    const bool batch = parser.isSet(m_meeting);
    if (batch == (parser.positionalArguments().size() == 1) || parser.positionalArguments().size() > 1)
        return usageError(context, CliText::tr("Name one case, or give --meeting."));
    if (parser.isSet(m_handling)) {
        bool ok = false;
        m_handlingNumber = parser.value(m_handling).toInt(&ok);
        if (batch || !ok || m_handlingNumber <= 0) {
            return usageError(context,
                              batch ? CliText::tr("--handling goes with one case, not with --meeting.")
                                    : CliText::tr("\"%1\" is not a handling number.").arg(parser.value(m_handling)));
        }
    }
    if (batch) {
        bool ok = false;
        m_meetingId = parser.value(m_meeting).toLongLong(&ok);
        if (!ok || m_meetingId <= 0)
            return usageError(context, CliText::tr("\"%1\" is not a meeting id.").arg(parser.value(m_meeting)));
    }
    return Success;
}

int ExportPdf::runWithDatabase(Context& context, Database& db, const QCommandLineParser& parser)
{
    return m_meetingId > 0 ? exportMeeting(context, db, parser) : exportCase(context, db, parser);
}

int ExportPdf::exportCase(Context& context, Database& db, const QCommandLineParser& parser)
{
    auto id = findCase(db, parser.positionalArguments().first());
    if (!id)
        return fail(context, id.error().message);
    MemoOptions options = m_memoOptions;
    if (m_handlingNumber > 0) {
        auto entry = handlingEntry(db, *id, m_handlingNumber);
        if (!entry)
            return fail(context, entry.error().message);
        options.entryId = *entry;
    }
    auto renderer = MemoService(db).memo(*id, options);
    if (!renderer)
        return fail(context, renderer.error().message);
    // Text the document language lacks is printed in the other language, marked; say so first.
    if (const QString warning =
            MemoService::missingTranslationWarning(options.language, renderer->missingTranslations());
        !warning.isEmpty())
        context.err << CliText::tr("Warning: %1").arg(warning) << '\n';
    if (Status written = renderer->writePdf(parser.value(m_output)); !written)
        return fail(context, written.error().message);
    context.out << CliText::tr("Wrote %1.").arg(parser.value(m_output)) << '\n';
    return Success;
}

int ExportPdf::exportMeeting(Context& context, Database& db, const QCommandLineParser& parser)
{
    MemoOptions options = m_memoOptions;
    if (!parser.isSet(m_lang)) {
        auto loaded = MeetingRepository(db).load(m_meetingId);
        if (loaded)
            options.language = loaded->language;
        else if (loaded.error().code != Error::Code::NotFound) // the export names a missing meeting
            return fail(context, loaded.error().message);
    }
    const QString folder = parser.value(m_output);
    auto exported = MemoService(db).exportMeeting(m_meetingId, options, folder);
    if (!exported)
        return fail(context, exported.error().message);
    context.out << CliText::tr("Wrote %n memo(s) to %1.", nullptr, int(exported->files.size())).arg(QDir(folder).path())
                << '\n';
    return Success;
}

} // namespace Aloite::Cli
