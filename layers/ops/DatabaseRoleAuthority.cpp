#include "ops/DatabaseRoleAuthority.h"

#include "postgis/OpsRoles.h"

namespace rc {

DatabaseRoleAuthority::DatabaseRoleAuthority(PostgisSession &session)
    : m_mayUnmask(OpsRoles::mayUnmask(session))
{}

QString DatabaseRoleAuthority::refusal(const Operator &) const
{
  if (m_mayUnmask)
    return {};
  return tr("The database role of this seat may not see personal data in clear (it is not a member "
            "of %1); ask the database administrator")
      .arg(QString::fromLatin1(OpsRoles::kUnmask));
}

} // namespace rc
