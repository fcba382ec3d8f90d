#include "demo/SeedTables.h"

#include "demo/DemoCityGenerator.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// The rows of a small UTF-8 CSV without quoting: '#' lines are comments; every row must have at
/// least `columns` cells. `parse` turns one row into a record and reports bad numbers.
class CsvFile
{
public:
  CsvFile(const QString &path, int columns) : m_path(path)
  {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
      throw DemoDataError(DemoDataError::Reason::MissingInput,
                          DemoCityGenerator::tr("cannot read the seed table %1").arg(path));
    int number = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
      ++number;
      const QString line = QString::fromUtf8(raw).trimmed();
      if (line.isEmpty() || line.startsWith(u'#'))
        continue;
      QStringList cells = line.split(u',');
      for (QString &cell : cells)
        cell = cell.trimmed();
      if (cells.size() < columns)
        throw DemoDataError(
            DemoDataError::Reason::MissingInput,
            DemoCityGenerator::tr("%1, line %2: expected %3 columns").arg(path).arg(number).arg(columns));
      m_rows.append({number, cells});
    }
  }

  struct Row
  {
    int line;
    QStringList cells;
  };
  [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

  [[nodiscard]] double number(const Row &row, int column) const
  {
    bool ok = false;
    const double value = row.cells[column].toDouble(&ok);
    if (!ok)
      throw DemoDataError(DemoDataError::Reason::MissingInput,
                          DemoCityGenerator::tr("%1, line %2: “%3” is not a number")
                              .arg(m_path)
                              .arg(row.line)
                              .arg(row.cells[column]));
    return value;
  }

private:
  QString m_path;
  QList<Row> m_rows;
};

SeedTables::Bump bump(const CsvFile &file, const CsvFile::Row &row, double radiusFactor)
{
  return {row.cells[0], file.number(row, 1), file.number(row, 2), file.number(row, 3) * radiusFactor,
          file.number(row, 4)};
}

std::vector<double> parseLine(const CsvFile &file, const CsvFile::Row &row, int column)
{
  std::vector<double> xy;
  for (const QString &vertex : row.cells[column].split(u'|')) {
    const QStringList parts = vertex.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
      throw DemoDataError(DemoDataError::Reason::MissingInput,
                          DemoCityGenerator::tr("%1, line %2: expected “lon lat|lon lat|…”")
                              .arg(u"named_roads.csv"_s)
                              .arg(row.line));
    CsvFile::Row single{row.line, parts};
    xy.push_back(file.number(single, 0));
    xy.push_back(file.number(single, 1));
  }
  return xy;
}

} // namespace

const QStringList &SeedTables::words(const QString &key) const
{
  const auto it = m_words.constFind(key);
  if (it == m_words.constEnd() || it->isEmpty())
    throw DemoDataError(DemoDataError::Reason::MissingInput,
                        DemoCityGenerator::tr("words.csv has no word list “%1”").arg(key));
  return *it;
}

SeedTables SeedTables::load(const QString &seedTableDir, const QString &basemapDir)
{
  SeedTables t;
  const auto path = [&](const char *name) -> QString {
    return seedTableDir + u'/' + QString::fromLatin1(name);
  };

  const CsvFile districts(basemapDir + u"/districts.csv"_s, 7);
  for (const auto &row : districts.rows()) {
    if (row.cells[0] == u"code"_s)
      continue;
    t.districts.append({row.cells[0], row.cells[1], districts.number(row, 2), districts.number(row, 3),
                        districts.number(row, 4), qint64(districts.number(row, 6))});
  }

  const CsvFile anchors(path("district_anchors.csv"), 3);
  for (const auto &row : anchors.rows())
    t.anchors.append({row.cells[0], anchors.number(row, 1), anchors.number(row, 2)});

  const CsvFile towns(path("towns.csv"), 2);
  for (const auto &row : towns.rows())
    t.towns.append({row.cells[0], row.cells[1]});

  const CsvFile centres(path("urban_centres.csv"), 5);
  for (const auto &row : centres.rows())
    t.urbanCentres.append(bump(centres, row, 1000));
  const CsvFile hotspots(path("hotspots.csv"), 5);
  for (const auto &row : hotspots.rows())
    t.hotspots.append(bump(hotspots, row, 1));
  const CsvFile zones(path("industrial_zones.csv"), 5);
  for (const auto &row : zones.rows())
    t.industrialZones.append(bump(zones, row, 1000));

  const CsvFile industries(path("industries.csv"), 5);
  for (const auto &row : industries.rows())
    t.industries.append(
        {row.cells[0], row.cells[1], industries.number(row, 2), industries.number(row, 3), row.cells[4]});

  const CsvFile events(path("event_types.csv"), 5);
  for (const auto &row : events.rows())
    t.eventTypes.append({row.cells[0], row.cells[1], events.number(row, 2), events.number(row, 3) != 0,
                         events.number(row, 4)});

  const CsvFile roads(path("named_roads.csv"), 3);
  for (const auto &row : roads.rows())
    t.namedRoads.append({row.cells[0], row.cells[1], parseLine(roads, row, 2)});

  const CsvFile rivers(path("hydro_stations.csv"), 12);
  for (const auto &row : rivers.rows()) {
    RiverStation s{row.cells[0], row.cells[1], row.cells[2], row.cells[3]};
    s.x = rivers.number(row, 4);
    s.y = rivers.number(row, 5);
    s.normalZ = rivers.number(row, 6);
    s.wrz = rivers.number(row, 7);
    s.grz = rivers.number(row, 8);
    s.peakZ = rivers.number(row, 9);
    s.tideMetres = rivers.number(row, 10);
    s.lagHours = rivers.number(row, 11);
    t.riverStations.append(s);
  }

  const CsvFile marine(path("marine_sites.csv"), 5);
  for (const auto &row : marine.rows())
    t.marineSites.append(
        {row.cells[0], row.cells[1], row.cells[2], marine.number(row, 3), marine.number(row, 4)});

  const CsvFile surnames(path("surnames.csv"), 2);
  for (const auto &row : surnames.rows())
    t.surnames.append({row.cells[0], surnames.number(row, 1)});

  const CsvFile words(path("words.csv"), 2);
  for (const auto &row : words.rows())
    t.m_words.insert(row.cells[0], row.cells[1].split(u' ', Qt::SkipEmptyParts));

  if (t.districts.isEmpty() || t.towns.isEmpty() || t.surnames.isEmpty())
    throw DemoDataError(DemoDataError::Reason::MissingInput,
                        DemoCityGenerator::tr("the seed tables in %1 are empty").arg(seedTableDir));
  return t;
}

} // namespace rc::demo
