#pragma once

#include <QString>

namespace rc {

/// What a signed-in person may do in the operations center. Visitors (the big screen, guests at
/// the summit) only look; grid staff and operators work cases; supervisors also see personal data
/// and close cases like operators do.
enum class OperatorRole : quint8 { Visitor, GridStaff, Operator, Supervisor };

/// The person behind a change: every audit record names one. A plain value.
struct Operator
{
  QString id;   ///< login, unique; what the audit trail and undo compare
  QString name; ///< for display
  OperatorRole role = OperatorRole::Visitor;

  /// Whether the role may change cases at all.
  [[nodiscard]] bool canEditCases() const { return role != OperatorRole::Visitor && !id.isEmpty(); }
  /// Whether the role may ask to see personal data in clear (always with a reason, audited).
  [[nodiscard]] bool canUnmask() const
  {
    return (role == OperatorRole::Operator || role == OperatorRole::Supervisor) && !id.isEmpty();
  }
};

} // namespace rc
