#pragma once

#include "postgis/PostgisStatement.h"
#include "privacy/AuditLog.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace rc {

/// The shared audit trail of a PostGIS database (rc_ops.audit, append-only, made by
/// OpsSchema::create) for records that are not case changes: a seat's unmasks of
/// personal data go there when the seats share a database, so a supervisor reads every seat's in
/// one place. Owns its session; lives on the thread that opened it (a worker). Throws Error:
/// Storage, PermissionDenied (a read-only role).
class PostgisAuditLog final : public AuditLog
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisAuditLog)

public:
  explicit PostgisAuditLog(const QString &source);
  ~PostgisAuditLog() override;

  /// Inside transaction() when there is one.
  void append(AuditRecord &record) override;
  /// Runs `work` (appends) in one transaction: every record or none.
  void transaction(const std::function<void()> &work);

  /// Appends on `statements` in the caller's transaction; throws PostgisError.
  static void insert(PostgisStatements &statements, AuditRecord &record);

private:
  [[noreturn]] void fail(const PostgisError &error) const;

  std::unique_ptr<PostgisSession> m_session;
  std::unique_ptr<PostgisStatements> m_statements;
};

} // namespace rc
