#include "live/ReadingStore.h"

#include <QVariant>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

QVariant bindable(const std::optional<double> &value)
{
  return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant bindable(const QString &text)
{
  return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

std::optional<double> optionalDouble(const QVariant &value)
{
  return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

constexpr const char16_t *kSchema[] = {
    u"CREATE TABLE IF NOT EXISTS ST_RIVER_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, Z REAL, Q REAL, WPTN TEXT,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    u"CREATE TABLE IF NOT EXISTS ST_RSVR_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, RZ REAL, INQ REAL, OTQ "
    u"REAL, W REAL,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    u"CREATE TABLE IF NOT EXISTS ST_PPTN_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, DRP REAL, INTV REAL, DYP "
    u"REAL,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    u"CREATE TABLE IF NOT EXISTS ST_TIDE_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, TDZ REAL, AIRP REAL, "
    u"HLTDMK TEXT,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    u"CREATE TABLE IF NOT EXISTS POLLUTANT_R (MN TEXT NOT NULL, CODE TEXT NOT NULL, CN INTEGER NOT NULL,"
    " TM TEXT NOT NULL, RTD REAL, MIN REAL, AVG REAL, MAX REAL, COU REAL, FLAG TEXT,"
    " PRIMARY KEY (MN, CODE, CN, TM)) WITHOUT ROWID",
};

} // namespace

QString sl323TimeText(const QDateTime &time)
{
  // By hand: QDateTime::toString() with a format is slow enough to show in a batch of thousands.
  const QDateTime local = time.toOffsetFromUtc(8 * 3600);
  const QDate d = local.date();
  const QTime t = local.time();
  char text[20];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", d.year(), d.month(), d.day(), t.hour(),
                t.minute(), t.second());
  return QString::fromLatin1(text, 19);
}

QDateTime sl323Time(const QString &text)
{
  QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
  time.setOffsetFromUtc(8 * 3600);
  return time;
}

ReadingStore::ReadingStore(const QString &path) : m_connection(path, SqliteConnection::Durability::Normal)
{
  for (const char16_t *sql : kSchema)
    m_connection.exec(QString::fromUtf16(sql));
  m_river = m_connection.prepare(u"INSERT OR REPLACE INTO ST_RIVER_R VALUES (?, ?, ?, ?, ?)"_s);
  m_reservoir = m_connection.prepare(u"INSERT OR REPLACE INTO ST_RSVR_R VALUES (?, ?, ?, ?, ?, ?)"_s);
  m_rainfall = m_connection.prepare(u"INSERT OR REPLACE INTO ST_PPTN_R VALUES (?, ?, ?, ?, ?)"_s);
  m_tide = m_connection.prepare(u"INSERT OR REPLACE INTO ST_TIDE_R VALUES (?, ?, ?, ?, ?)"_s);
  m_pollutant =
      m_connection.prepare(u"INSERT OR REPLACE INTO POLLUTANT_R VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
}

void ReadingStore::insert(std::span<const HydroReading> hydro, std::span<const PollutantReading> pollutants)
{
  if (hydro.empty() && pollutants.empty())
    return;
  SqliteTransaction transaction(m_connection);
  for (const HydroReading &r : hydro) {
    QSqlQuery *query = nullptr;
    switch (r.table) {
    case HydroTable::River:
      query = &m_river;
      query->bindValue(2, bindable(r.z));
      query->bindValue(3, bindable(r.q));
      query->bindValue(4, bindable(r.wptn));
      break;
    case HydroTable::Reservoir:
      query = &m_reservoir;
      query->bindValue(2, bindable(r.rz));
      query->bindValue(3, bindable(r.inq));
      query->bindValue(4, bindable(r.otq));
      query->bindValue(5, bindable(r.w));
      break;
    case HydroTable::Rainfall:
      query = &m_rainfall;
      query->bindValue(2, bindable(r.drp));
      query->bindValue(3, bindable(r.intv));
      query->bindValue(4, bindable(r.dyp));
      break;
    case HydroTable::Tide:
      query = &m_tide;
      query->bindValue(2, bindable(r.tdz));
      query->bindValue(3, bindable(r.airp));
      query->bindValue(4, bindable(r.hltdmk));
      break;
    }
    query->bindValue(0, r.stcd);
    query->bindValue(1, sl323TimeText(r.tm));
    m_connection.exec(*query);
  }
  for (const PollutantReading &r : pollutants) {
    m_pollutant.bindValue(0, r.mn);
    m_pollutant.bindValue(1, r.code);
    m_pollutant.bindValue(2, r.cn);
    m_pollutant.bindValue(3, sl323TimeText(r.tm));
    m_pollutant.bindValue(4, bindable(r.rtd));
    m_pollutant.bindValue(5, bindable(r.min));
    m_pollutant.bindValue(6, bindable(r.avg));
    m_pollutant.bindValue(7, bindable(r.max));
    m_pollutant.bindValue(8, bindable(r.cou));
    m_pollutant.bindValue(9, r.flag ? QVariant(QString(QChar(char16_t(*r.flag))))
                                    : QVariant(QMetaType::fromType<QString>()));
    m_connection.exec(m_pollutant);
  }
  transaction.commit();
}

std::vector<HydroReading> ReadingStore::hydroReadings(HydroTable table, const QString &stcd,
                                                      const QDateTime &from, const QDateTime &to) const
{
  QSqlQuery query = m_connection.prepare(
      u"SELECT * FROM %1 WHERE STCD = ? AND TM BETWEEN ? AND ? ORDER BY TM"_s.arg(sl323TableName(table)));
  query.addBindValue(stcd);
  query.addBindValue(sl323TimeText(from));
  query.addBindValue(sl323TimeText(to));
  m_connection.exec(query);
  std::vector<HydroReading> result;
  while (query.next()) {
    HydroReading r;
    r.table = table;
    r.stcd = query.value(0).toString();
    r.tm = sl323Time(query.value(1).toString());
    switch (table) {
    case HydroTable::River:
      r.z = optionalDouble(query.value(2));
      r.q = optionalDouble(query.value(3));
      r.wptn = query.value(4).toString();
      break;
    case HydroTable::Reservoir:
      r.rz = optionalDouble(query.value(2));
      r.inq = optionalDouble(query.value(3));
      r.otq = optionalDouble(query.value(4));
      r.w = optionalDouble(query.value(5));
      break;
    case HydroTable::Rainfall:
      r.drp = optionalDouble(query.value(2));
      r.intv = optionalDouble(query.value(3));
      r.dyp = optionalDouble(query.value(4));
      break;
    case HydroTable::Tide:
      r.tdz = optionalDouble(query.value(2));
      r.airp = optionalDouble(query.value(3));
      r.hltdmk = query.value(4).toString();
      break;
    }
    result.push_back(std::move(r));
  }
  return result;
}

std::vector<PollutantReading> ReadingStore::pollutantReadings(const QString &mn, const QString &code,
                                                              const QDateTime &from,
                                                              const QDateTime &to) const
{
  QSqlQuery query = m_connection.prepare(
      u"SELECT MN, CODE, CN, TM, RTD, MIN, AVG, MAX, COU, FLAG FROM POLLUTANT_R WHERE MN = ? AND CODE = ? AND TM BETWEEN ? AND ? ORDER BY TM, CN"_s);
  query.addBindValue(mn);
  query.addBindValue(code);
  query.addBindValue(sl323TimeText(from));
  query.addBindValue(sl323TimeText(to));
  m_connection.exec(query);
  std::vector<PollutantReading> result;
  while (query.next()) {
    PollutantReading r;
    r.mn = query.value(0).toString();
    r.code = query.value(1).toString();
    r.cn = query.value(2).toInt();
    r.tm = sl323Time(query.value(3).toString());
    r.rtd = optionalDouble(query.value(4));
    r.min = optionalDouble(query.value(5));
    r.avg = optionalDouble(query.value(6));
    r.max = optionalDouble(query.value(7));
    r.cou = optionalDouble(query.value(8));
    r.flag = hj212DataFlag(query.value(9).toString());
    result.push_back(std::move(r));
  }
  return result;
}

qint64 ReadingStore::rowCount(HydroTable table) const
{
  QSqlQuery query = m_connection.prepare(u"SELECT COUNT(*) FROM %1"_s.arg(sl323TableName(table)));
  m_connection.exec(query);
  return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 ReadingStore::pollutantRowCount() const
{
  QSqlQuery query = m_connection.prepare(u"SELECT COUNT(*) FROM POLLUTANT_R"_s);
  m_connection.exec(query);
  return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace rc
