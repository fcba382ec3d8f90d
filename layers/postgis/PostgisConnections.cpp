#include "postgis/PostgisConnections.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

const QString kGroup = u"postgis/connections"_s;

/// A conninfo value in single quotes, so spaces and quotes in names survive libpq's parser.
QString quoted(const QString &value)
{
  QString text = value;
  text.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
  return u'\'' + text + u'\'';
}

/// Settings group keys may not hold '/' or '\\'; the display name is stored inside the group.
QString groupOf(const QString &name)
{
  return QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

} // namespace

QStringList PostgisConnection::sslModes()
{
  return {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
}

QString PostgisConnection::source() const
{
  return u"PG:host=%1 port=%2 dbname=%3 user=%4 sslmode=%5"_s.arg(
      quoted(host), QString::number(port), quoted(database), quoted(user), quoted(sslMode));
}

QString PostgisConnection::sourceWithPassword(const QString &password) const
{
  return password.isEmpty() ? source() : source() + u" password="_s + quoted(password);
}

QString PostgisConnection::tableSource(const QString &schema, const QString &table,
                                       const QString &geometryColumn) const
{
  // Quoted for the conninfo, so spaces survive; GDAL splits the list on commas, so a name holding
  // one cannot be opened this way.
  QString name = schema.isEmpty() || schema == u"public"_s ? table : schema + u'.' + table;
  if (!geometryColumn.isEmpty())
    name += u'(' + geometryColumn + u')';
  return source() + u" tables="_s + quoted(name);
}

QList<PostgisConnection> PostgisConnections::all()
{
  QSettings settings;
  settings.beginGroup(kGroup);
  QList<PostgisConnection> connections;
  for (const QString &key : settings.childGroups()) {
    settings.beginGroup(key);
    PostgisConnection connection;
    connection.name = settings.value(u"name"_s, key).toString();
    connection.host = settings.value(u"host"_s, connection.host).toString();
    connection.port = settings.value(u"port"_s, connection.port).toInt();
    connection.database = settings.value(u"database"_s).toString();
    connection.user = settings.value(u"user"_s).toString();
    connection.sslMode = settings.value(u"sslmode"_s, connection.sslMode).toString();
    settings.endGroup();
    connections.append(connection);
  }
  std::sort(connections.begin(), connections.end(),
            [](const PostgisConnection &a, const PostgisConnection &b) {
              return a.name.localeAwareCompare(b.name) < 0;
            });
  return connections;
}

PostgisConnection PostgisConnections::byName(const QString &name)
{
  for (const PostgisConnection &connection : all()) {
    if (connection.name == name)
      return connection;
  }
  PostgisConnection none;
  none.name.clear();
  return none;
}

void PostgisConnections::save(const PostgisConnection &connection, const QString &previousName)
{
  const PostgisConnection previous = byName(previousName.isEmpty() ? connection.name : previousName);
  const bool wasShared = !previous.name.isEmpty() && isSharedDatabase(previous);
  QSettings settings;
  settings.beginGroup(kGroup);
  if (!previousName.isEmpty() && previousName != connection.name)
    settings.remove(groupOf(previousName));
  settings.beginGroup(groupOf(connection.name));
  settings.setValue(u"name"_s, connection.name);
  settings.setValue(u"host"_s, connection.host);
  settings.setValue(u"port"_s, connection.port);
  settings.setValue(u"database"_s, connection.database);
  settings.setValue(u"user"_s, connection.user);
  settings.setValue(u"sslmode"_s, connection.sslMode);
  settings.endGroup();
  settings.endGroup();
  if (wasShared)
    setSharedDatabase(connection, true);
}

void PostgisConnections::remove(const QString &name)
{
  const PostgisConnection connection = byName(name);
  if (!connection.name.isEmpty())
    setSharedDatabase(connection, false);
  QSettings settings;
  settings.beginGroup(kGroup);
  settings.remove(groupOf(name));
}

QString PostgisConnections::sharedDatabase()
{
  return QSettings().value(QString::fromLatin1(kSharedDatabaseKey)).toString();
}

void PostgisConnections::setSharedDatabase(const PostgisConnection &connection, bool shared)
{
  QSettings settings;
  if (shared)
    settings.setValue(QString::fromLatin1(kSharedDatabaseKey), connection.source());
  else if (isSharedDatabase(connection))
    settings.remove(QString::fromLatin1(kSharedDatabaseKey));
}

bool PostgisConnections::isSharedDatabase(const PostgisConnection &connection)
{
  return sharedDatabase() == connection.source();
}

} // namespace rc
