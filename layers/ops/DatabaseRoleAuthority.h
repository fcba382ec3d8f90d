#pragma once

#include "privacy/UnmaskAuthority.h"

#include <QCoreApplication>

namespace rc {

class PostgisSession;

/// Who may unmask when the seats share a database: the login role's membership of rc_unmask
/// (OpsRoles), as the server answers it, whatever the seat's role file or settings say. Asked once,
/// when made, on the session's thread; the answer then holds for that unmask.
class DatabaseRoleAuthority final : public UnmaskAuthority
{
  Q_DECLARE_TR_FUNCTIONS(rc::DatabaseRoleAuthority)

public:
  /// Throws PostgisError when the server does not answer.
  explicit DatabaseRoleAuthority(PostgisSession &session);

  [[nodiscard]] QString refusal(const Operator &who) const override;

private:
  bool m_mayUnmask = false;
};

} // namespace rc
