#include "MemoService.h"

#include "Database.h"
#include "DecisionRepository.h"
#include "InitiativeRepository.h"
#include "MeetingRepository.h"
#include "PersonRepository.h"
#include "SettingsRepository.h"
#include "Validation.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Aloite {

MemoService::MemoService(const Database& db)
    : m_db(db)
{
}

Result<MemoRenderer> MemoService::memo(qint64 initiativeId, const MemoOptions& options) const
{
    auto initiative = InitiativeRepository(m_db).load(initiativeId);
    if (!initiative)
        return initiative.error();
    if (options.entryId > 0) {
        const bool found = std::any_of(initiative->decisions.cbegin(), initiative->decisions.cend(),
                                       [&](const DecisionEntry& e) { return e.id == options.entryId; });
        if (!found)
            return Error {
                Error::Code::NotFound,
                tr("The case %1 has no handling %2.").arg(initiative->caseNumber.toString()).arg(options.entryId)};
    }
    auto organisation = SettingsRepository(m_db).organisation();
    if (!organisation)
        return organisation.error();
    auto bodies = DecisionRepository(m_db).bodies();
    if (!bodies)
        return bodies.error();
    MemoRenderer renderer(std::move(*initiative), std::move(*organisation), options);
    renderer.setBodies(*bodies);
    auto people = PersonRepository(m_db).all();
    if (!people)
        return people.error();
    renderer.setPeople(*people);
    const DecisionEntry& entry = renderer.entry();
    if (options.kind == MemoKind::Minutes) {
        if (const QString problem = Validation::checkMinutesExtract(entry); !problem.isEmpty())
            return Error {
                Error::Code::Invalid,
                tr("No minutes extract of the case %1: %2").arg(renderer.initiative().caseNumber.toString(), problem)};
    }
    if (entry.id > 0 && options.kind == MemoKind::Minutes) {
        auto votes = MeetingRepository(m_db).personVotes(entry.id);
        if (!votes)
            return votes.error();
        renderer.setPersonVotes(*votes);
    }
    if (entry.meetingId > 0) {
        auto meeting = MeetingRepository(m_db).load(entry.meetingId);
        if (!meeting)
            return meeting.error();
        renderer.setMeetingHeld(meeting->state == Meeting::State::Held
                                || meeting->state == Meeting::State::MinutesConfirmed);
    }
    return renderer;
}

Result<QStringList> MemoService::missingTranslations(qint64 initiativeId, const MemoOptions& options) const
{
    auto renderer = memo(initiativeId, options);
    if (!renderer)
        return renderer.error();
    return renderer->missingTranslations();
}

QString MemoService::missingTranslationWarning(Language language, const QStringList& missing)
{
    if (missing.isEmpty())
        return {};
    const QString marker = MemoTexts::forLanguage(language).inOtherLanguage;
    return language == Language::Swedish
        ? tr("The Swedish memo lacks a translation of: %1. These are printed in Finnish, marked %2.")
              .arg(missing.join(QStringLiteral(", ")), marker)
        : tr("The Finnish memo lacks: %1. These are printed in Swedish, marked %2.")
              .arg(missing.join(QStringLiteral(", ")), marker);
}

Result<QList<MemoItem>> MemoService::meetingItems(qint64 meetingId) const
{
    const MeetingRepository meetings(m_db);
    if (auto meeting = meetings.load(meetingId); !meeting) {
        if (meeting.error().code == Error::Code::NotFound)
            return Error {Error::Code::NotFound, tr("There is no meeting %1.").arg(meetingId)};
        return meeting.error();
    }
    auto agenda = meetings.agenda(meetingId);
    if (!agenda)
        return agenda.error();
    QList<MemoItem> items;
    for (const AgendaItem& item : *agenda) {
        // A corrected item is printed as it stands after its corrections.
        const DecisionEntry& entry = item.standing;
        MemoItem memo;
        memo.initiativeId = entry.initiativeId;
        memo.entryId = entry.id;
        memo.section = entry.section;
        memo.fileName = MemoRenderer::fileName(item.caseNumber, entry.section);
        memo.title = item.title.fi;
        items << memo;
    }
    return items;
}

Result<MemoService::BatchResult> MemoService::exportMeeting(qint64 meetingId, const MemoOptions& options,
                                                            const QString& folder, const Progress& progress) const
{
    auto items = meetingItems(meetingId);
    if (!items)
        return items.error();
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error {Error::Code::Io, tr("Cannot create the folder %1.").arg(folder)};

    BatchResult result;
    const auto removeWritten = [&result] {
        for (const QString& file : std::as_const(result.files))
            QFile::remove(file);
        result.files.clear();
    };
    const auto cancelled = [&](qsizetype done, const MemoItem* next) {
        if (!progress || progress(done, items->size(), next))
            return false;
        removeWritten();
        result.cancelled = true;
        return true;
    };
    for (qsizetype i = 0; i < items->size(); ++i) {
        const MemoItem& item = items->at(i);
        if (cancelled(i, &item))
            return result;
        MemoOptions itemOptions = options;
        itemOptions.entryId = item.entryId;
        auto renderer = memo(item.initiativeId, itemOptions);
        const QString path = dir.filePath(item.fileName);
        const Status written = renderer ? renderer->writePdf(path) : Status(renderer.error());
        if (!written) {
            removeWritten();
            return written.error();
        }
        result.files << path;
    }
    cancelled(items->size(), nullptr);
    return result;
}

} // namespace Aloite
