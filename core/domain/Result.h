#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Aloite {

/// What went wrong, in a form the UI can show as it is (message is already translated)
/// and the code can act on (code).
struct Error
{
    enum class Code {
        Invalid, ///< the input is malformed or incomplete; nothing was written
        NotFound,
        Conflict, ///< someone else saved the same record first
        Locked, ///< the record is part of confirmed minutes
        Database, ///< the database file cannot be opened, read or written
        NewerVersion, ///< the file was written by a newer Aloite
        Damaged, ///< the file is corrupt: open it read-only, restore a backup or recover it
        Io,
    };

    Code code = Code::Invalid;
    QString message;
};

/// A value or an Error. Store and service calls return this instead of throwing, so that
/// every failure path is visible at the call site.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

/// Result of a call that produces nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace Aloite
