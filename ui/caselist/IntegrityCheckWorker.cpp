#include "IntegrityCheckWorker.h"

#include "CaseSearch.h"
#include "Database.h"

#include <QMetaObject>

namespace Aloite::Ui {

namespace {

int stopRequested(void* flag)
{
    return static_cast<std::atomic_bool*>(flag)->load() ? 1 : 0;
}

} // namespace

IntegrityCheckWorker::IntegrityCheckWorker(const QString& path, QObject* parent)
    : QObject(parent)
{
    // The destructor waits for the thread, and events posted to a deleted object are dropped, so
    // the thread may post its result to this object without a guard.
    m_thread = QThread::create([this, path] {
        Database reader;
        Result<QStringList> problems = QStringList();
        if (Status opened = reader.open(path, Database::Mode::Reader); !opened) {
            problems = opened.error();
        } else {
            CaseSearch::setStopCondition(reader, &stopRequested, &m_stop);
            problems = reader.quickCheckProblems();
            CaseSearch::setStopCondition(reader, nullptr, nullptr);
        }
        if (m_stop.load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, problems] {
                if (problems)
                    emit checked(*problems);
                else
                    emit failed(problems.errorMessage());
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("IntegrityCheckWorker"));
    m_thread->setParent(this);
    m_thread->start(QThread::LowPriority);
}

IntegrityCheckWorker::~IntegrityCheckWorker()
{
    m_stop = true;
    m_thread->wait();
}

} // namespace Aloite::Ui
