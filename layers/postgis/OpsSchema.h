#pragma once

namespace rc {

class PostgisStatements;

/// The shared operations schema rc_ops of a PostGIS database, the one definition that the case
/// ledger (ops) and the alarm stores (live) both use: the cases, the append-only audit trail
/// (triggers refuse UPDATE, DELETE and TRUNCATE, even to its owner), the alarms and their
/// acknowledgements, and the NOTIFY channel on which every change is announced.
class OpsSchema
{
public:
  /// The NOTIFY channel of case changes, alarms and alarm acknowledgements.
  static constexpr const char *kChannel = "rc_ops";

  /// Creates rc_ops and its tables if missing (idempotent); for the operator role.
  static void create(PostgisStatements &statements);
};

} // namespace rc
