#pragma once

#include "MemoRenderer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Aloite {

class Database;

/// One case on a meeting's agenda, as the batch export needs it.
struct MemoItem
{
    qint64 initiativeId = 0;
    qint64 entryId = 0;
    int section = 0;
    QString fileName; ///< "89-1234-00.01.01-2025.pdf"
    QString title; ///< Finnish title, for progress messages
};

/// The memos of a database: loads what a memo prints (the case, the organisation, the bodies,
/// the votes and the meeting's state) and writes the memos of a whole meeting. The GUI and the
/// command-line tool both go through here, so both print and export the same way.
class MemoService
{
    Q_DECLARE_TR_FUNCTIONS(MemoService)

public:
    explicit MemoService(const Database& db);

    /// The memo of case \a initiativeId, ready to render.
    Result<MemoRenderer> memo(qint64 initiativeId, const MemoOptions& options) const;

    /// What the memo of case \a initiativeId would print in the other language, marked as such,
    /// because the document language lacks it (MemoRenderer::missingTranslations()). The GUI and
    /// the command-line tool show this before export.
    Result<QStringList> missingTranslations(qint64 initiativeId, const MemoOptions& options) const;
    /// The warning for \a missing fields of a memo in \a language (translated); empty for none.
    static QString missingTranslationWarning(Language language, const QStringList& missing);

    /// The cases handled at a meeting, in § order, with the file names the batch export uses.
    Result<QList<MemoItem>> meetingItems(qint64 meetingId) const;

    struct BatchResult
    {
        QStringList files; ///< the memos written; none when cancelled
        bool cancelled = false;
    };
    /// Called before each memo is written with the number written so far and the next item, and
    /// once more at the end with \a next null; returning false cancels the export.
    using Progress = std::function<bool(qsizetype done, qsizetype total, const MemoItem* next)>;

    /// Writes the memo of every case of the meeting into \a folder, all or nothing: a failure or
    /// a cancellation removes what was written, since a half-exported meeting is easy to mistake
    /// for a whole one.
    Result<BatchResult> exportMeeting(qint64 meetingId, const MemoOptions& options, const QString& folder,
                                      const Progress& progress = {}) const;

private:
    const Database& m_db;
};

} // namespace Aloite
