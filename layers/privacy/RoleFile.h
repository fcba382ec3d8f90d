#pragma once

#include "auth/Operator.h"
#include "privacy/UnmaskAuthority.h"

#include <QCoreApplication>
#include <QHash>

#include <sys/types.h>

namespace rc {

/// The local answer to who may unmask: a file, /etc/rongcheng/roles, with one "login role" line
/// per person (roles: visitor, grid_staff, operator, supervisor; '#' starts a comment). Only
/// operators and supervisors listed there may unmask. The file counts only when an operator
/// cannot have written it: a regular file (not a link) owned by root, writable by no group or
/// other, in a folder owned by root that no group or other may write to. Otherwise nobody may
/// unmask and refusal() says why. Read once, when made; a plain value after that.
class RoleFile final : public UnmaskAuthority
{
  Q_DECLARE_TR_FUNCTIONS(rc::RoleFile)

public:
  static constexpr const char *kSystemPath = "/etc/rongcheng/roles";

  /// Reads `path`, trusting it only when `trustedOwner` owns it and its folder (root: 0; tests
  /// name their own user to check the rest of the rules).
  explicit RoleFile(const QString &path = QString::fromLatin1(kSystemPath), uid_t trustedOwner = 0);

  /// The login of the user this process runs as, from the system's user database, not $USER
  /// (which anyone can set).
  [[nodiscard]] static QString systemLogin();

  [[nodiscard]] bool isTrusted() const { return m_problem.isEmpty(); }
  /// Why the file is not trusted; empty when it is.
  [[nodiscard]] QString problem() const { return m_problem; }
  /// The role the file gives a login; Visitor for one it does not list.
  [[nodiscard]] OperatorRole role(const QString &login) const;
  [[nodiscard]] QString refusal(const Operator &who) const override;

private:
  QString m_path;
  QString m_problem;
  QHash<QString, OperatorRole> m_roles;
};

} // namespace rc
