#pragma once

namespace rc {

class PostgisSession;

/// The group roles of the shared operations schema, made by OpsSchema::initialize. An
/// administrator grants one to each seat's login role; a seat never logs in as rc_owner.
/// - rc_owner (NOLOGIN) owns rc_ops: only it changes the schema and could drop its triggers.
/// - rc_operator writes cases, alarms and acknowledgements and appends to the audit trail (no
///   UPDATE, DELETE or TRUNCATE there); reads personal values only through the masked views.
/// - rc_viewer reads the masked views, the alarms and the acknowledgements, nothing else.
/// - rc_unmask, added to either, reads the cases and the audit trail in clear.
class OpsRoles
{
public:
  static constexpr const char *kOwner = "rc_owner";
  static constexpr const char *kOperator = "rc_operator";
  static constexpr const char *kViewer = "rc_viewer";
  static constexpr const char *kUnmask = "rc_unmask";

  /// Whether the session's role may see personal values in clear (a member of rc_unmask, or a
  /// superuser): with a shared database, who may unmask is decided here, not by the client. Throws
  /// PostgisError when the server fails.
  [[nodiscard]] static bool mayUnmask(PostgisSession &session);
};

} // namespace rc
