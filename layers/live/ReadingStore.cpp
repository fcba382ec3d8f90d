#include "live/ReadingStore.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS ST_RIVER_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, Z REAL, Q REAL, WPTN TEXT,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS ST_RSVR_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, RZ REAL, INQ REAL, OTQ "
    "REAL, W REAL,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS ST_PPTN_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, DRP REAL, INTV REAL, DYP "
    "REAL,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS ST_TIDE_R (STCD TEXT NOT NULL, TM TEXT NOT NULL, TDZ REAL, AIRP REAL, "
    "HLTDMK TEXT,"
    " PRIMARY KEY (STCD, TM)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS POLLUTANT_R (MN TEXT NOT NULL, CODE TEXT NOT NULL, CN INTEGER NOT NULL,"
    " TM TEXT NOT NULL, RTD REAL, MIN REAL, AVG REAL, MAX REAL, COU REAL, FLAG TEXT,"
    " PRIMARY KEY (MN, CODE, CN, TM)) WITHOUT ROWID",
};

/// Binds empty text as NULL, as the tables have always held a missing WPTN, HLTDMK or FLAG.
QStringView textOrNull(const QString &text)
{
  return text.isEmpty() ? QStringView() : QStringView(text);
}

sqlite::Database openWithSchema(const QString &path)
{
  sqlite::Database db = sqlite::Database::forWriting(path, sqlite::Durability::Normal);
  for (const char *sql : kSchema)
    db.exec(sql);
  return db;
}

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

ReadingStore::ReadingStore(const QString &path)
    : m_db(openWithSchema(path)), m_river(m_db, "INSERT OR REPLACE INTO ST_RIVER_R VALUES (?, ?, ?, ?, ?)"),
      m_reservoir(m_db, "INSERT OR REPLACE INTO ST_RSVR_R VALUES (?, ?, ?, ?, ?, ?)"),
      m_rainfall(m_db, "INSERT OR REPLACE INTO ST_PPTN_R VALUES (?, ?, ?, ?, ?)"),
      m_tide(m_db, "INSERT OR REPLACE INTO ST_TIDE_R VALUES (?, ?, ?, ?, ?)"),
      m_pollutant(m_db, "INSERT OR REPLACE INTO POLLUTANT_R VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
{}

void ReadingStore::insert(std::span<const HydroReading> hydro, std::span<const PollutantReading> pollutants)
{
  if (hydro.empty() && pollutants.empty())
    return;
  sqlite::Transaction transaction(m_db);
  for (const HydroReading &r : hydro) {
    sqlite::Statement *insert = nullptr;
    switch (r.table) {
    case HydroTable::River:
      insert = &m_river;
      insert->bind(3, r.z).bind(4, r.q).bind(5, textOrNull(r.wptn));
      break;
    case HydroTable::Reservoir:
      insert = &m_reservoir;
      insert->bind(3, r.rz).bind(4, r.inq).bind(5, r.otq).bind(6, r.w);
      break;
    case HydroTable::Rainfall:
      insert = &m_rainfall;
      insert->bind(3, r.drp).bind(4, r.intv).bind(5, r.dyp);
      break;
    case HydroTable::Tide:
      insert = &m_tide;
      insert->bind(3, r.tdz).bind(4, r.airp).bind(5, textOrNull(r.hltdmk));
      break;
    }
    insert->bind(1, r.stcd).bind(2, sl323TimeText(r.tm)).run();
  }
  for (const PollutantReading &r : pollutants) {
    const QString flag = r.flag ? QString(QChar(char16_t(*r.flag))) : QString();
    m_pollutant.bind(1, r.mn)
        .bind(2, r.code)
        .bind(3, r.cn)
        .bind(4, sl323TimeText(r.tm))
        .bind(5, r.rtd)
        .bind(6, r.min)
        .bind(7, r.avg)
        .bind(8, r.max)
        .bind(9, r.cou)
        .bind(10, textOrNull(flag))
        .run();
  }
  transaction.commit();
}

std::vector<HydroReading> ReadingStore::hydroReadings(HydroTable table, const QString &stcd,
                                                      const QDateTime &from, const QDateTime &to) const
{
  sqlite::Statement select(m_db, u"SELECT * FROM %1 WHERE STCD = ? AND TM BETWEEN ? AND ? ORDER BY TM"_s.arg(
                                     sl323TableName(table)));
  select.bind(1, stcd).bind(2, sl323TimeText(from)).bind(3, sl323TimeText(to));
  std::vector<HydroReading> result;
  while (select.step()) {
    HydroReading r;
    r.table = table;
    r.stcd = select.text(0);
    r.tm = sl323Time(select.text(1));
    switch (table) {
    case HydroTable::River:
      r.z = select.optionalReal(2);
      r.q = select.optionalReal(3);
      r.wptn = select.text(4);
      break;
    case HydroTable::Reservoir:
      r.rz = select.optionalReal(2);
      r.inq = select.optionalReal(3);
      r.otq = select.optionalReal(4);
      r.w = select.optionalReal(5);
      break;
    case HydroTable::Rainfall:
      r.drp = select.optionalReal(2);
      r.intv = select.optionalReal(3);
      r.dyp = select.optionalReal(4);
      break;
    case HydroTable::Tide:
      r.tdz = select.optionalReal(2);
      r.airp = select.optionalReal(3);
      r.hltdmk = select.text(4);
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
  sqlite::Statement select(m_db, "SELECT MN, CODE, CN, TM, RTD, MIN, AVG, MAX, COU, FLAG FROM POLLUTANT_R"
                                 " WHERE MN = ? AND CODE = ? AND TM BETWEEN ? AND ? ORDER BY TM, CN");
  select.bind(1, mn).bind(2, code).bind(3, sl323TimeText(from)).bind(4, sl323TimeText(to));
  std::vector<PollutantReading> result;
  while (select.step()) {
    PollutantReading r;
    r.mn = select.text(0);
    r.code = select.text(1);
    r.cn = int(select.integer(2));
    r.tm = sl323Time(select.text(3));
    r.rtd = select.optionalReal(4);
    r.min = select.optionalReal(5);
    r.avg = select.optionalReal(6);
    r.max = select.optionalReal(7);
    r.cou = select.optionalReal(8);
    r.flag = hj212DataFlag(select.text(9));
    result.push_back(std::move(r));
  }
  return result;
}

qint64 ReadingStore::rowCount(HydroTable table) const
{
  sqlite::Statement count(m_db, u"SELECT COUNT(*) FROM %1"_s.arg(sl323TableName(table)));
  return count.step() ? count.integer(0) : 0;
}

qint64 ReadingStore::pollutantRowCount() const
{
  sqlite::Statement count(m_db, "SELECT COUNT(*) FROM POLLUTANT_R");
  return count.step() ? count.integer(0) : 0;
}

} // namespace rc
