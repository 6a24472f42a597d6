#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace Aloite::Ui {

/// SQLite's quick check of a database file in a worker thread, on a connection of its own
/// (Database::Mode::Reader), for a large file that Database::open() did not check
/// (Database::setBackgroundCheckAbove()): the check reads the whole file, and the window should be
/// usable meanwhile. Deleting the worker stops a check still running.
class IntegrityCheckWorker : public QObject
{
    Q_OBJECT

public:
    /// Starts checking \a path, which a Database of this process has opened already.
    explicit IntegrityCheckWorker(const QString& path, QObject* parent = nullptr);
    ~IntegrityCheckWorker() override;

    bool isRunning() const { return m_thread->isRunning(); }

signals:
    /// The check ran to its end: \a damage is what it found wrong, empty for a sound file.
    void checked(const QStringList& damage);
    /// The check could not run; \a message is translated.
    void failed(const QString& message);

private:
    QThread* m_thread = nullptr;
    std::atomic_bool m_stop {false};
};

} // namespace Aloite::Ui
