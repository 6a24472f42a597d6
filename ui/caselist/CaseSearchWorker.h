#pragma once

#include "CaseSearch.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Aloite::Ui {

/// Search as the user types, off the GUI thread: each search() runs CaseSearch::firstPage() on a
/// connection of its own (Database::Mode::Reader) in a worker thread, and a newer search() stops the
/// one still running (SQLite's progress handler) and drops the ones still waiting, so that only the
/// newest text is searched and found() is emitted for it alone.
class CaseSearchWorker : public QObject
{
    Q_OBJECT

public:
    /// Searches the database file \a path, which a Database of this process has opened already.
    explicit CaseSearchWorker(const QString& path, QObject* parent = nullptr);
    ~CaseSearchWorker() override;

    /// Searches in the background; found() follows unless another search() or cancel() comes first.
    void search(const InitiativeFilter& filter, int limit);
    /// Stops the running search and forgets the waiting ones.
    void cancel();
    /// How many of the newest hits the first look takes (CaseSearch::FirstLookCandidateLimit);
    /// 0 searches once, over every candidate. For the searches that follow.
    void setFirstLookLimit(int candidates) { m_firstLook = candidates; }

signals:
    /// The first page of the newest search, for \a filter as it was asked for; a provisional page
    /// is followed by the final one.
    void found(const Aloite::InitiativeFilter& filter, const Aloite::CaseSearchPage& page);
    /// The newest search failed (not: was overtaken); \a message is translated.
    void failed(const QString& message);

private:
    class Backend;

    QThread m_thread;
    Backend* m_backend = nullptr; ///< lives in m_thread, deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_firstLook = CaseSearch::FirstLookCandidateLimit;
};

} // namespace Aloite::Ui
