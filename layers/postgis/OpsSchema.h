#pragma once

#include <QCoreApplication>
#include <QString>

namespace rc {

class PostgisStatements;

/// The shared operations schema rc_ops of a PostGIS database, the one definition that the case
/// ledger (ops) and the alarm stores (live) both use: the cases, the append-only audit trail, the
/// alarms and their acknowledgements, the masked views of cases and audit, and the NOTIFY channel
/// on which every change is announced.
///
/// The schema belongs to the NOLOGIN role rc_owner and changes only through initialize(), which an
/// administrator runs once per version (`rongcheng db init`); seats never run DDL; they call
/// require(), which refuses a missing or older schema. The roles are described at OpsRoles.
class OpsSchema
{
  Q_DECLARE_TR_FUNCTIONS(rc::OpsSchema)

public:
  /// The NOTIFY channel of case changes, alarms and alarm acknowledgements.
  static constexpr const char *kChannel = "rc_ops";
  /// The schema version this program reads and writes: the number of migrations it knows.
  static constexpr int kVersion = 1;

  /// Creates the group roles that are missing, then brings rc_ops up to kVersion, one migration
  /// at a time in one transaction, each recorded in rc_ops.schema_version; does nothing on a
  /// current schema. Needs a role that may create roles (or finds them made) and create schemas;
  /// it becomes a member of rc_owner, which owns everything made. Returns the number of migrations
  /// applied. Throws PostgisStatementError with the server's words.
  static int initialize(PostgisStatements &statements);

  /// Throws Error(Storage) saying to run `rongcheng db init` when `source`'s rc_ops is missing or
  /// older than kVersion, to update the program when it is newer, or that the role is in none
  /// of the groups when it may not use the schema. `source` (without password) names the
  /// database in those messages.
  static void require(PostgisStatements &statements, const QString &source);
};

} // namespace rc
