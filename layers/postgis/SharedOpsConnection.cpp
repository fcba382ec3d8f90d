#include "postgis/SharedOpsConnection.h"

#include "ops/OpsError.h"
#include "ops/PostgisCaseLedger.h"

using namespace Qt::StringLiterals;

namespace rc {

SharedOpsConnection::SharedOpsConnection(const QString &source)
{
  try {
    session = PostgisSession::open(source);
    statements = std::make_unique<PostgisStatements>(*session);
    if (session->mayCreateIn(u"rc_ops"_s))
      PostgisCaseLedger::createSchema(*statements);
  } catch (const PostgisError &e) {
    throw OpsError(OpsError::Code::Storage, e.message());
  }
}

void throwSharedOpsError(const PostgisError &error, const QString &denied, const QString &failed)
{
  const auto *statement = dynamic_cast<const PostgisStatementError *>(&error);
  if (statement && statement->isPermissionDenied())
    throw OpsError(OpsError::Code::PermissionDenied, denied);
  throw OpsError(OpsError::Code::Storage, failed.arg(error.message()));
}

} // namespace rc
