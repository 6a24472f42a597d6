#include "CaseSearchWorker.h"

#include "Database.h"

#include <QMetaObject>

#include <functional>

namespace Aloite::Ui {

/// The worker thread's side: its own connection, opened at the first search.
class CaseSearchWorker::Backend : public QObject
{
public:
    Backend(const QString& path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(path)
        , m_latest(std::move(latest))
    {
    }

    /// Runs a search unless a newer one was asked for meanwhile: a first look at the newest hits,
    /// handed to \a show when there are more, then the search over all the candidates it may look
    /// at. Returns false when overtaken.
    bool run(quint64 generation, const InitiativeFilter& filter, int limit, int firstLook,
             const std::function<void(const CaseSearchPage&)>& show, Result<CaseSearchPage>* result)
    {
        if (generation != m_latest->load())
            return false;
        if (!m_db.isOpen()) {
            if (Status opened = m_db.open(m_path, Database::Mode::Reader); !opened) {
                *result = opened.error();
                return true;
            }
            CaseSearch::setStopCondition(m_db, &Backend::overtaken, this);
        }
        m_running = generation;
        if (firstLook > 0 && !filter.text.trimmed().isEmpty()) {
            auto first = CaseSearch(m_db, firstLook).firstPage(filter, limit);
            if (generation != m_latest->load())
                return false;
            if (!first || !first->totalIsLowerBound) {
                *result = first;
                return true;
            }
            first->provisional = true;
            show(*first);
        }
        *result = CaseSearch(m_db).firstPage(filter, limit);
        return generation == m_latest->load();
    }

private:
    static int overtaken(void* self)
    {
        auto* backend = static_cast<Backend*>(self);
        return backend->m_running != backend->m_latest->load() ? 1 : 0;
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_running = 0;
    Database m_db;
};

CaseSearchWorker::CaseSearchWorker(const QString& path, QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread.setObjectName(QStringLiteral("CaseSearchWorker"));
    m_backend = new Backend(path, m_latest);
    m_backend->moveToThread(&m_thread);
    // The connection is closed in the thread that opened it.
    connect(&m_thread, &QThread::finished, m_backend, &QObject::deleteLater);
    m_thread.start();
}

CaseSearchWorker::~CaseSearchWorker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void CaseSearchWorker::search(const InitiativeFilter& filter, int limit)
{
    const quint64 generation = ++*m_latest;
    // The destructor waits for the thread, and events posted to a deleted object are dropped, so
    // the worker thread may post to this object without a guard.
    CaseSearchWorker* self = this;
    Backend* backend = m_backend;
    const auto latest = m_latest;
    const int firstLook = m_firstLook;
    QMetaObject::invokeMethod(
        m_backend,
        [self, backend, latest, generation, filter, limit, firstLook] {
            auto show = [self, latest, generation, filter](const CaseSearchPage& page) {
                QMetaObject::invokeMethod(
                    self,
                    [self, latest, generation, filter, page] {
                        if (generation == latest->load())
                            emit self->found(filter, page);
                    },
                    Qt::QueuedConnection);
            };
            Result<CaseSearchPage> result = CaseSearchPage();
            if (!backend->run(generation, filter, limit, firstLook, show, &result))
                return;
            QMetaObject::invokeMethod(
                self,
                [self, latest, generation, filter, result] {
                    if (generation != latest->load())
                        return;
                    if (result)
                        emit self->found(filter, *result);
                    else
                        emit self->failed(result.error().message);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CaseSearchWorker::cancel()
{
    ++*m_latest;
}

} // namespace Aloite::Ui
