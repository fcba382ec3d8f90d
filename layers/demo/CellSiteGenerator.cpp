#include "demo/CellSiteGenerator.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/GpkgWriter.h"
#include "demo/ProgressReporter.h"
#include "demo/UrbanDensity.h"

#include <QHash>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

struct Band
{
  const char16_t *name;
  double urbanRange, ruralRange; ///< typical cell radius in metres
  double beamwidth;
};
constexpr std::array<Band, 5> kBands{{
    {u"700 MHz", 900, 3500, 90},
    {u"2.1 GHz", 500, 1500, 65},
    {u"2.6 GHz", 400, 1200, 65},
    {u"3.5 GHz", 300, 900, 65},
    {u"4.9 GHz", 200, 600, 65},
}};

struct Operator
{
  const char16_t *name;
  double share;
  std::array<double, 5> bandWeights; ///< per kBands entry
};
constexpr std::array<Operator, 4> kOperators{{
    {u"移动", 0.42, {0.25, 0, 0.6, 0, 0.15}},
    {u"电信", 0.24, {0, 0.15, 0, 0.85, 0}},
    {u"联通", 0.24, {0, 0.15, 0, 0.85, 0}},
    {u"广电", 0.10, {0.85, 0, 0, 0, 0.15}},
}};

/// One antenna sector. Operator, band and status repeat the site's, so that sector layers can be
/// styled by them without a join.
struct Sector
{
  QString site;
  QString operatorName;
  QString band;
  QString status;
  Point point;
  int number;
  int azimuth;
  int beamwidth;
  double range;
  int tilt;
};

} // namespace

void CellSiteGenerator::write(GpkgWriter &writer, qint64 count, quint64 seed,
                              ProgressReporter &progress) const
{
  DemoRandom random(seed, "cell sites");
  const auto &communities = m_divisions.communities();
  std::vector<double> weights;
  for (const Community &c : communities)
    weights.push_back(c.areaKm2 * (c.density + 0.015));
  const std::vector<qint64> perCommunity = apportion(count, weights);

  std::vector<double> operatorShares;
  for (const Operator &o : kOperators)
    operatorShares.push_back(o.share);
  const std::vector<double> operatorCumulative = DemoRandom::cumulative(operatorShares);

  GpkgTable &table = writer.beginTable(u"cell_sites"_s, u"5G基站"_s, TableGeometry::Point,
                                       {{u"site_id"_s, FieldType::Text},
                                        {u"name"_s, FieldType::Text},
                                        {u"operator"_s, FieldType::Text},
                                        {u"band"_s, FieldType::Text},
                                        {u"status"_s, FieldType::Text},
                                        {u"height_m"_s, FieldType::Real},
                                        {u"sector_count"_s, FieldType::Integer},
                                        {u"district"_s, FieldType::Text},
                                        {u"community"_s, FieldType::Text}});
  std::vector<Sector> sectors;
  QHash<int, int> serialOfDistrict;
  qint64 written = 0;
  for (std::size_t c = 0; c < communities.size(); ++c) {
    const Community &community = communities[c];
    const District &district = m_divisions.districts()[std::size_t(community.district)];
    for (qint64 i = 0; i < perCommunity[c]; ++i) {
      const Point p = pointIn(m_geos, community.area, random);
      const Operator &op = kOperators[std::size_t(random.weighted(operatorCumulative))];
      std::array<double, 5> bandWeights = op.bandWeights;
      if (community.density < UrbanDensity::kTown)
        bandWeights[0] *= 3; // the hills are covered with the far-reaching 700 MHz band
      const Band &band = kBands[std::size_t(random.weighted(DemoRandom::cumulative(bandWeights)))];
      const double status = random.uniform();
      const double urbanity = std::clamp(community.density / UrbanDensity::kUrban, 0.0, 1.0);
      const QString siteId = u"5G"_s + district.code +
                             QString::number(++serialOfDistrict[community.district]).rightJustified(5, u'0');

      table.setText(0, siteId);
      table.setText(1, community.name + QString::fromUtf16(op.name) + u"基站"_s +
                           QString::number(serialOfDistrict[community.district]));
      table.setText(2, QString::fromUtf16(op.name));
      table.setText(3, QString::fromUtf16(band.name));
      const QString statusName = status < 0.88   ? u"在网"_s
                                 : status < 0.94 ? u"建设中"_s
                                 : status < 0.98 ? u"规划"_s
                                                 : u"退服"_s;
      table.setText(4, statusName);
      // Rooftop masts in the city, towers in the countryside.
      const double height = urbanity > 0.5 ? random.uniform(25, 60) : random.uniform(30, 50);
      table.setReal(5, std::round(height * 2) / 2);
      table.setInteger(6, 3);
      table.setText(7, district.name);
      table.setText(8, community.name);
      table.setPoint(p.first, p.second);
      table.write();

      const int first = random.below(120);
      const double range = band.ruralRange + (band.urbanRange - band.ruralRange) * urbanity;
      for (int s = 0; s < 3; ++s)
        sectors.push_back({siteId, QString::fromUtf16(op.name), QString::fromUtf16(band.name), statusName, p,
                           s + 1, (first + 120 * s + random.range(-10, 10) + 360) % 360, int(band.beamwidth),
                           std::round(range * random.uniform(0.85, 1.15) / 10) * 10, random.range(3, 10)});
      if (++written % 2048 == 0)
        progress.update(0.8 * double(written) / double(count));
    }
  }
  writer.endTable();

  GpkgTable &sectorTable = writer.beginTable(u"cell_sectors"_s, u"5G扇区"_s, TableGeometry::Point,
                                             {{u"site_id"_s, FieldType::Text},
                                              {u"operator"_s, FieldType::Text},
                                              {u"band"_s, FieldType::Text},
                                              {u"status"_s, FieldType::Text},
                                              {u"sector"_s, FieldType::Integer},
                                              {u"azimuth"_s, FieldType::Integer},
                                              {u"beamwidth"_s, FieldType::Integer},
                                              {u"range_m"_s, FieldType::Real},
                                              {u"tilt"_s, FieldType::Integer}});
  for (const Sector &s : sectors) {
    sectorTable.setText(0, s.site);
    sectorTable.setText(1, s.operatorName);
    sectorTable.setText(2, s.band);
    sectorTable.setText(3, s.status);
    sectorTable.setInteger(4, s.number);
    sectorTable.setInteger(5, s.azimuth);
    sectorTable.setInteger(6, s.beamwidth);
    sectorTable.setReal(7, s.range);
    sectorTable.setInteger(8, s.tilt);
    sectorTable.setPoint(s.point.first, s.point.second);
    sectorTable.write();
  }
  writer.endTable();
}

} // namespace rc::demo
