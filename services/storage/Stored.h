#pragma once

#include <QString>

#include <optional>

namespace OrgConsole {

// What a repository call returns: its value, or why there is none.
struct StorageError {
    enum class Kind { None, NameTaken, Stale, NotFound, Database, SchemaTooNew };
    Kind kind = Kind::None;
    QString message;
    bool isError() const { return kind != Kind::None; }
};

template<typename T> struct Stored {
    std::optional<T> value;
    StorageError error;
    bool ok() const { return value.has_value(); }
    static Stored success(T v) { return Stored {std::move(v), {}}; }
    static Stored failure(StorageError::Kind kind, QString message) { return Stored {std::nullopt, {kind, std::move(message)}}; }
};

} // namespace OrgConsole
