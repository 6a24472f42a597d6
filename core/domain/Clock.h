#pragma once

#include <QDate>
#include <QDateTime>

namespace Aloite {

/// The source of "now" for everything in core. Deadlines and audit timestamps depend on it,
/// so tests install a MockClock instead of waiting for real days to pass.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    /// The clock in use; the system clock unless a test installed another.
    static const Clock& instance();
    /// Installs \a clock (not owned) for the whole process; nullptr restores the system clock.
    static void setInstance(const Clock* clock);
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start)
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace Aloite
