#include "postgis/OpsRoles.h"

#include "postgis/PostgisSession.h"

using namespace Qt::StringLiterals;

namespace rc {

bool OpsRoles::mayUnmask(PostgisSession &session)
{
  // A role that does not exist yet (no `db init`) unmasks nothing.
  return session
             .rows("SELECT CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = $1)"
                   " THEN pg_has_role(current_user, $1, 'MEMBER') ELSE false END",
                   {QByteArray(kUnmask)})
             .value(0)
             .value(0) == u"t"_s;
}

} // namespace rc
