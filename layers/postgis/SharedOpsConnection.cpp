#include "postgis/SharedOpsConnection.h"

#include "base/Error.h"
#include "postgis/OpsSchema.h"

using namespace Qt::StringLiterals;

namespace rc {

SharedOpsConnection::SharedOpsConnection(const QString &source)
{
  session = PostgisSession::open(source);
  statements = std::make_unique<PostgisStatements>(*session);
  if (session->mayCreateIn(u"rc_ops"_s))
    OpsSchema::create(*statements);
}

void throwSharedOpsError(const PostgisError &error, const QString &denied, const QString &failed)
{
  const auto *statement = dynamic_cast<const PostgisStatementError *>(&error);
  if (statement && statement->isPermissionDenied())
    throw Error(Error::Code::PermissionDenied, denied);
  throw Error(Error::Code::Storage, failed.arg(error.message()));
}

} // namespace rc
