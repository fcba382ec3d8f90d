#pragma once

#include "ops/CaseLedger.h"
#include "postgis/PostgisStatement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace rc {

/// The cases and audit trail of many seats in one shared PostGIS database (schema rc_ops):
/// rc_ops.cases holds each case as JSON plus the columns lists filter on and a version that every
/// save raises; rc_ops.audit is append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, even
/// to its owner). A save names the version it read (EventCase::version) and is refused with
/// Error(Conflict), naming who changed the case and when, if another seat saved since. Each
/// change and its audit record commit together with NOTIFY rc_ops 'case:<id>:<version>', which
/// the server sends only on commit, so PostgisListener seats reload just that case.
///
/// Owns its session; lives on the thread that opened it. Throws Error: Storage (the server
/// failed or is gone: nothing was written), PermissionDenied (a read-only role), Conflict.
class PostgisCaseLedger final : public CaseLedger
{
  Q_DECLARE_TR_FUNCTIONS(rc::PostgisCaseLedger)

public:
  /// Connects to `source` and creates the schema and tables when they are missing and the role
  /// may; throws Error(Storage) when the server cannot be reached or the tables are missing
  /// and this role may not create them.
  explicit PostgisCaseLedger(const QString &source);
  ~PostgisCaseLedger() override;

  /// Whether this role may change cases; a read-only role (viewing seats) may not.
  [[nodiscard]] bool isWritable() const { return m_writable; }
  /// The database role of the connection.
  [[nodiscard]] QString role() const { return m_role; }
  /// The source without its password, for people.
  [[nodiscard]] QString source() const { return m_session->source(); }

  [[nodiscard]] std::optional<EventCase> find(qint64 id) const override;
  [[nodiscard]] QList<EventCase> inState(CaseState state) const override;
  [[nodiscard]] QList<EventCase> open() const override;
  /// Cases saved at or after `since` (server time, kept to the millisecond), oldest change first:
  /// what a seat missed while its listener was away, from its lastChange() on. The change seen
  /// last comes again, so one made in the same millisecond is not lost.
  [[nodiscard]] QList<EventCase> changedSince(const QDateTime &since) const;
  /// The ids of every case: with changedSince(), what tells a seat which cases were removed (an
  /// undone intake) while it was not listening.
  [[nodiscard]] QList<qint64> ids() const;
  /// The newest save in the table (server time), invalid when there is none.
  [[nodiscard]] QDateTime lastChange() const;
  void commit(EventCase &eventCase, AuditRecord &record, bool remove) override;

  [[nodiscard]] std::optional<AuditRecord> record(qint64 id) const override;
  [[nodiscard]] QList<AuditRecord> history(const QString &subject, qint64 recordId) const override;
  [[nodiscard]] bool isUndone(qint64 id) const override;
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChange(qint64 caseId) const override;
  [[nodiscard]] std::optional<AuditRecord> lastEffectiveChangeBy(const QString &actor) const override;

  [[nodiscard]] PostgisStatements &statements() const { return *m_statements; }

private:
  [[nodiscard]] QList<EventCase> cases(const QByteArray &sql, const QList<QByteArray> &parameters) const;
  [[nodiscard]] QList<AuditRecord> records(const QByteArray &sql, const QList<QByteArray> &parameters) const;
  /// Inserts or updates the case row; false when its version is no longer the stored one.
  [[nodiscard]] bool writeCase(EventCase &eventCase, bool remove);
  [[noreturn]] void fail(const PostgisError &error) const;

  std::unique_ptr<PostgisSession> m_session;
  std::unique_ptr<PostgisStatements> m_statements;
  QString m_role;
  bool m_writable = false;
};

} // namespace rc
