#pragma once

#include "postgis/PostgisSession.h"
#include "postgis/PostgisStatement.h"

#include <memory>

namespace rc {

/// A connection to the shared operations schema (rc_ops) for the stores that write it: the schema
/// is created on first use when the role may. Throws Error(Storage) naming the server when the
/// connection fails.
struct SharedOpsConnection
{
  explicit SharedOpsConnection(const QString &source);

  std::unique_ptr<PostgisSession> session;
  std::unique_ptr<PostgisStatements> statements;
};

/// Turns a failed request on the shared schema into the Error a store's caller acts on:
/// PermissionDenied with `denied` when the role may not write, otherwise Storage with `failed`
/// (whose %1 is the server's message).
[[noreturn]] void throwSharedOpsError(const PostgisError &error, const QString &denied,
                                      const QString &failed);

} // namespace rc
