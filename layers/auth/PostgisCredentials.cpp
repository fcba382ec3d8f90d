#include "auth/PostgisCredentials.h"

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

/// One "key=value" of a conninfo: its text as written, and the value as libpq reads it.
struct ConninfoPart
{
  QString key;
  QString value;
  QString text;
};

/// Splits a conninfo by libpq's rules (PQconninfoParse in fe-connect.c): values in single quotes
/// may hold spaces, and a backslash escapes the next character, quoted or not. libpq parses the
/// libpq keys again itself; this only finds where each part begins and ends, so that GDAL's own
/// keys can be taken out of the string whole, "tables='my table'" or "tables=地址" included.
QList<ConninfoPart> conninfoParts(const QString &conninfo)
{
  QList<ConninfoPart> parts;
  qsizetype at = 0;
  const qsizetype size = conninfo.size();
  const auto skipSpace = [&] {
    while (at < size && conninfo[at].isSpace())
      ++at;
  };
  while (true) {
    skipSpace();
    if (at >= size)
      break;
    const qsizetype start = at;
    ConninfoPart part;
    while (at < size && conninfo[at] != u'=' && !conninfo[at].isSpace())
      part.key += conninfo[at++];
    skipSpace();
    if (at < size && conninfo[at] == u'=')
      ++at;
    skipSpace();
    const bool quoted = at < size && conninfo[at] == u'\'';
    if (quoted)
      ++at;
    while (at < size && (quoted ? conninfo[at] != u'\'' : !conninfo[at].isSpace())) {
      if (conninfo[at] == u'\\' && at + 1 < size)
        ++at;
      part.value += conninfo[at++];
    }
    if (quoted && at < size)
      ++at;
    part.key = part.key.toLower();
    part.text = conninfo.mid(start, at - start);
    parts.append(part);
  }
  return parts;
}

bool isGdalKey(const QString &key)
{
  return key == u"schemas" || key == u"tables" || key == u"active_schema";
}

/// GDAL's PG driver also accepts its own keys (schemas=, tables=, active_schema=) in the string,
/// which libpq does not know; they are kept aside, as written, and passed through untouched.
QStringList gdalOnlyParts(QString &conninfo)
{
  QStringList kept;
  QStringList rest;
  for (const ConninfoPart &part : conninfoParts(conninfo))
    (isGdalKey(part.key) ? kept : rest).append(part.text);
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

QString PostgisCredentials::libpqConninfo(const QString &source)
{
  QString conninfo = resolve(source).mid(kPrefix.size());
  gdalOnlyParts(conninfo);
  return conninfo;
}

QStringList PostgisCredentials::gdalOpenOptions(const QString &source)
{
  QStringList options;
  if (!isPostgisSource(source))
    return options;
  for (const ConninfoPart &part : conninfoParts(source.mid(kPrefix.size()))) {
    if (isGdalKey(part.key))
      options.append(part.key.toUpper() + u'=' + part.value);
  }
  return options;
}

QString PostgisCredentials::quote(const QString &value)
{
  return quoted(value.toUtf8().constData());
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
