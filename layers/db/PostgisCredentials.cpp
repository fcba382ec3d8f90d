#include "db/PostgisCredentials.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <libpq-fe.h>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr QLatin1StringView kPrefix("PG:");
const QString kKeyringService = u"Rongcheng PostGIS"_s;

using ConninfoOptions = std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)>;

/// libpq's own parse of the conninfo after "PG:", so quoting and escapes are read as libpq will.
ConninfoOptions parse(const QString &source)
{
  const QByteArray conninfo = source.mid(kPrefix.size()).toUtf8();
  char *error = nullptr;
  ConninfoOptions options(PQconninfoParse(conninfo.constData(), &error), &PQconninfoFree);
  PQfreemem(error);
  return options;
}

QString quoted(const char *value)
{
  QString text = QString::fromUtf8(value);
  text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
  return u'\'' + text + u'\'';
}

QString valueOf(const ConninfoOptions &options, const char *keyword)
{
  for (const PQconninfoOption *option = options.get(); option && option->keyword; ++option) {
    if (qstrcmp(option->keyword, keyword) == 0)
      return QString::fromUtf8(option->val);
  }
  return {};
}

/// GDAL's PG driver also accepts its own keys (schemas=, tables=, active_schema=) in the string,
/// which libpq does not know; they are kept aside and passed through untouched.
QStringList gdalOnlyParts(QString &conninfo)
{
  static const QStringList gdalKeys{u"schemas"_s, u"tables"_s, u"active_schema"_s};
  QStringList kept;
  QStringList rest;
  for (const QString &part : conninfo.split(u' ', Qt::SkipEmptyParts)) {
    const QString key = part.section(u'=', 0, 0).trimmed().toLower();
    (gdalKeys.contains(key) ? kept : rest).append(part);
  }
  conninfo = rest.join(u' ');
  return kept;
}

/// Passwords kept for this run only, by keyring key; see keepForSession().
struct SessionPasswords
{
  QMutex mutex;
  QHash<QString, QString> byKey;
};

SessionPasswords &sessionPasswords()
{
  static SessionPasswords passwords;
  return passwords;
}

bool libpqFindsPassword()
{
  if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
    return true;
  const QString file = qEnvironmentVariableIsSet("PGPASSFILE") ? qEnvironmentVariable("PGPASSFILE")
                                                                : QDir::homePath() + u"/.pgpass"_s;
  return QFileInfo(file).isFile();
}

} // namespace

bool PostgisCredentials::isPostgisSource(const QString &source)
{
  return source.startsWith(kPrefix, Qt::CaseInsensitive);
}

QString PostgisCredentials::withoutPassword(const QString &source)
{
  if (!isPostgisSource(source))
    return source;
  QString conninfo = source.mid(kPrefix.size());
  const QStringList gdalParts = gdalOnlyParts(conninfo);
  const ConninfoOptions options = parse(kPrefix + conninfo);
  if (!options)
    return kPrefix;
  QStringList parts;
  for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
    if (!option->val || qstrcmp(option->keyword, "password") == 0)
      continue;
    parts.append(QString::fromUtf8(option->keyword) + u'=' + quoted(option->val));
  }
  return kPrefix + (parts + gdalParts).join(u' ');
}

QString PostgisCredentials::passwordOf(const QString &source)
{
  QString conninfo = source.mid(kPrefix.size());
  gdalOnlyParts(conninfo);
  return isPostgisSource(source) ? valueOf(parse(kPrefix + conninfo), "password") : QString();
}

QString PostgisCredentials::keyringKey(const QString &source)
{
  QString conninfo = source.mid(kPrefix.size());
  gdalOnlyParts(conninfo);
  const ConninfoOptions options = parse(kPrefix + conninfo);
  if (!options)
    return {};
  const QString port = valueOf(options, "port");
  return valueOf(options, "user") + u'@' + valueOf(options, "host") + u':' +
         (port.isEmpty() ? u"5432"_s : port) + u'/' + valueOf(options, "dbname");
}

QString PostgisCredentials::resolve(const QString &source)
{
  if (!isPostgisSource(source))
    return source;
  QString conninfo = source.mid(kPrefix.size());
  gdalOnlyParts(conninfo);
  const ConninfoOptions options = parse(kPrefix + conninfo);
  if (!options || !valueOf(options, "password").isEmpty())
    return source;
  {
    SessionPasswords &session = sessionPasswords();
    const QMutexLocker lock(&session.mutex);
    const auto kept = session.byKey.constFind(keyringKey(source));
    if (kept != session.byKey.cend())
      return source + u" password="_s + quoted(kept->toUtf8().constData());
  }
  if (libpqFindsPassword())
    return source;

  QKeychain::ReadPasswordJob job(kKeyringService);
  job.setAutoDelete(false);
  job.setKey(keyringKey(source));
  QEventLoop loop;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
  job.start();
  loop.exec();
  // No keyring or no entry: libpq then reports the missing password itself, which names the user.
  if (job.error() != QKeychain::NoError)
    return source;
  return source + u" password="_s + quoted(job.textData().toUtf8().constData());
}

bool PostgisCredentials::remember(const QString &source, const QString &password, QString *error)
{
  QKeychain::WritePasswordJob job(kKeyringService);
  job.setAutoDelete(false);
  job.setKey(keyringKey(source));
  job.setTextData(password);
  QEventLoop loop;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
  job.start();
  loop.exec();
  if (job.error() == QKeychain::NoError)
    return true;
  if (error)
    *error = tr("the system keyring cannot store the password (%1)").arg(job.errorString());
  return false;
}

bool PostgisCredentials::forget(const QString &source, QString *error)
{
  {
    SessionPasswords &session = sessionPasswords();
    const QMutexLocker lock(&session.mutex);
    session.byKey.remove(keyringKey(source));
  }
  QKeychain::DeletePasswordJob job(kKeyringService);
  job.setAutoDelete(false);
  job.setKey(keyringKey(source));
  QEventLoop loop;
  QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
  job.start();
  loop.exec();
  if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
    return true;
  if (error)
    *error = tr("the system keyring cannot remove the password (%1)").arg(job.errorString());
  return false;
}

void PostgisCredentials::keepForSession(const QString &source, const QString &password)
{
  SessionPasswords &session = sessionPasswords();
  const QMutexLocker lock(&session.mutex);
  session.byKey.insert(keyringKey(source), password);
}

} // namespace rc
