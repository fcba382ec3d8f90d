#pragma once

#include <QString>

#include <optional>

namespace rc {

/// The system keyring (QtKeychain) for secrets that must never be written to settings, project
/// files or command lines: feed passwords. Each call waits for the keyring with a local event loop,
/// so call it from a worker thread, or on the GUI thread only in answer to the user (a dialog's OK).
class Keyring
{
public:
  /// The secret stored under `key`; nullopt when there is none or no keyring.
  [[nodiscard]] static std::optional<QString> read(const QString &service, const QString &key);
  /// Stores `secret`; false with the keyring's reason in `error` when it cannot.
  static bool write(const QString &service, const QString &key, const QString &secret,
                    QString *error = nullptr);
  /// Removes the entry; an entry that was never stored is no error.
  static bool remove(const QString &service, const QString &key, QString *error = nullptr);
};

} // namespace rc
