#include "demo/EcologyGenerator.h"

#include "demo/AdministrativeDivisions.h"
#include "demo/DemoCityGenerator.h"
#include "demo/GpkgWriter.h"
#include "demo/LocalMetric.h"
#include "demo/NameMaker.h"
#include "demo/ProgressReporter.h"
#include "demo/SeedTables.h"
#include "demo/UrbanDensity.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc::demo {

namespace {

/// GB 32100-2015: 31 characters, without I, O, S, V, Z.
constexpr char16_t kCreditAlphabet[] = u"0123456789ABCDEFGHJKLMNPQRTUWXY";

struct Enterprise
{
  QString uscc;
  QString name;
  int industry = 0;
  int community = 0;
  Point point;
  bool key = false;
  int employees = 0;
};

struct MonitoringPoint
{
  int enterprise;
  int st;
};

/// The seat prefix companies are registered under.
QString registeredPrefix(const District &district)
{
  if (district.code == u"350181"_s)
    return u"福清"_s;
  if (district.code.startsWith(u"35012"_s) || district.code == u"350112"_s)
    return district.name.left(2);
  return u"福州"_s;
}

QString pointLabel(int st, int ordinal)
{
  switch (st) {
  case 32:
    return ordinal == 1 ? u"废水总排口"_s : u"废水排放口"_s;
  case 31:
    return u"废气排放口"_s;
  case 51:
    return u"烟气处理设施"_s;
  case 21:
    return u"下游地表水断面"_s;
  case 22:
    return u"厂界环境空气"_s;
  default:
    return u"厂界噪声"_s;
  }
}

struct Limits
{
  QString pollutants;
  QString limits;
};

/// The HJ 212 codes a point measures and the discharge limits that apply (mg/L, mg/m³, dB(A)).
Limits limitsFor(int st, const QString &industryWord)
{
  static const QSet<QString> nutrientHeavy{u"印染"_s, u"纸业"_s, u"水务"_s, u"食品"_s,
                                           u"水产"_s, u"化工"_s, u"制药"_s};
  static const QSet<QString> ultraLow{u"热电"_s, u"钢铁"_s, u"建材"_s};
  const bool sewage = industryWord == u"水务"_s;
  switch (st) {
  case 32:
    if (nutrientHeavy.contains(industryWord))
      return {u"w00000;w01001;w01018;w21003;w21011;w21001"_s,
              sewage ? u"w01001=6-9;w01018=50;w21003=5;w21011=0.5;w21001=15"_s
                     : u"w01001=6-9;w01018=100;w21003=15;w21011=1;w21001=20"_s};
    return {u"w00000;w01001;w01018;w21003"_s, u"w01001=6-9;w01018=100;w21003=15"_s};
  case 21:
    return {u"w01001;w01018;w21003;w21011"_s, u"w01001=6-9;w01018=20;w21003=1;w21011=0.2"_s};
  case 31:
  case 51:
    return {u"a00000;a01012;a19001;a21026;a21002;a34013"_s, ultraLow.contains(industryWord)
                                                                ? u"a21026=35;a21002=50;a34013=10"_s
                                                                : u"a21026=200;a21002=200;a34013=20"_s};
  case 22:
    return {u"a21026;a21002;a34013"_s, u"a21026=0.5;a21002=0.25;a34013=0.3"_s};
  default:
    return {u"LA"_s, u"LA=65"_s};
  }
}

} // namespace

QChar EcologyGenerator::organisationCodeCheck(const QString &first8)
{
  static constexpr std::array<int, 8> kWeights{3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 8; ++i) {
    const QChar c = first8.at(i);
    sum += (c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10) * kWeights[std::size_t(i)];
  }
  const int check = 11 - sum % 11;
  return check == 10 ? u'X' : check == 11 ? u'0' : QChar(char16_t(u'0' + check));
}

QChar EcologyGenerator::creditCodeCheck(const QString &first17)
{
  static constexpr std::array<int, 17> kWeights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                29, 25, 13, 8,  24, 10, 30, 28};
  const QStringView alphabet(kCreditAlphabet);
  int sum = 0;
  for (int i = 0; i < 17; ++i)
    sum += int(alphabet.indexOf(first17.at(i))) * kWeights[std::size_t(i)];
  return alphabet.at((31 - sum % 31) % 31);
}

void EcologyGenerator::write(GpkgWriter &writer, quint64 seed, ProgressReporter &progress) const
{
  DemoRandom random(seed, "ecology");
  const UrbanDensity zones(m_tables.industrialZones);
  const auto &communities = m_divisions.communities();
  std::vector<double> weights;
  for (const Community &c : communities)
    weights.push_back(c.areaKm2 * (zones.at(c.site.first, c.site.second) + 0.25 * c.density + 0.002));
  const std::vector<qint64> perCommunity = apportion(DemoCityGenerator::kEnterpriseCount, weights);

  std::vector<double> shares;
  for (const SeedTables::Industry &i : m_tables.industries)
    shares.push_back(i.share);
  const std::vector<double> industryCumulative = DemoRandom::cumulative(shares);
  static const QStringList kLegalForms{u"有限公司"_s,     u"有限公司"_s,    u"有限公司"_s, u"有限公司"_s,
                                       u"有限公司"_s,     u"有限公司"_s,    u"有限公司"_s, u"股份有限公司"_s,
                                       u"有限责任公司"_s, u"集团有限公司"_s};

  std::vector<Enterprise> enterprises;
  QSet<QString> usedNames, usedCodes;
  for (std::size_t c = 0; c < communities.size(); ++c) {
    const District &district = m_divisions.districts()[std::size_t(communities[c].district)];
    for (qint64 i = 0; i < perCommunity[c]; ++i) {
      Enterprise e;
      e.community = int(c);
      e.point = pointIn(m_geos, communities[c].area, random);
      e.industry = random.weighted(industryCumulative);
      const SeedTables::Industry &industry = m_tables.industries[e.industry];
      e.name = NameMaker::unique(usedNames, [&]() -> QString {
        const QString trade = m_names.tradeName(random);
        return registeredPrefix(district) + trade + industry.word + random.pick(kLegalForms);
      });
      e.uscc = NameMaker::unique(usedCodes, [&]() -> QString {
        QString organisation;
        for (int d = 0; d < 8; ++d)
          organisation += QChar(char16_t(u'0' + random.below(10)));
        organisation += organisationCodeCheck(organisation);
        const QString first17 = u"91"_s + district.code + organisation;
        return first17 + creditCodeCheck(first17);
      });
      e.employees = int(std::round(std::exp(random.normal(3.8, 1.1))));
      enterprises.push_back(std::move(e));
    }
  }
  progress.update(0.3);

  // Exactly kKeyDischargerCount, drawn without replacement by the industries' key weights
  // (Efraimidis–Spirakis: the largest log(u)/w win).
  std::vector<std::pair<double, int>> keys;
  for (std::size_t i = 0; i < enterprises.size(); ++i) {
    const double w = m_tables.industries[enterprises[i].industry].keyWeight;
    const double u = 1.0 - random.uniform();
    if (w > 0)
      keys.push_back({std::log(u) / w, int(i)});
  }
  if (int(keys.size()) < DemoCityGenerator::kKeyDischargerCount)
    throw DemoDataError(DemoDataError::Reason::MissingInput,
                        DemoCityGenerator::tr("industries.csv gives too few polluting industries"));
  std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
  std::vector<int> keyDischargers;
  for (int k = 0; k < DemoCityGenerator::kKeyDischargerCount; ++k) {
    enterprises[std::size_t(keys[std::size_t(k)].second)].key = true;
    keyDischargers.push_back(keys[std::size_t(k)].second);
  }
  std::sort(keyDischargers.begin(), keyDischargers.end());

  // One point per key discharger, then a second one for the heaviest until the count is reached.
  std::vector<MonitoringPoint> points;
  for (int e : keyDischargers) {
    const QString &profile = m_tables.industries[enterprises[std::size_t(e)].industry].profile;
    points.push_back({e, profile == u"air"_s ? 31 : profile == u"noise"_s ? 23 : 32});
  }
  std::vector<int> heaviest = keyDischargers;
  std::stable_sort(heaviest.begin(), heaviest.end(), [&](int a, int b) {
    return m_tables.industries[enterprises[std::size_t(a)].industry].keyWeight >
           m_tables.industries[enterprises[std::size_t(b)].industry].keyWeight;
  });
  for (std::size_t i = 0; int(points.size()) < DemoCityGenerator::kMonitoringPointCount; ++i) {
    const int e = heaviest[i % heaviest.size()];
    const SeedTables::Industry &industry = m_tables.industries[enterprises[std::size_t(e)].industry];
    int st = 23;
    if (i < heaviest.size()) {
      if (industry.profile == u"mixed"_s)
        st = 31;
      else if (industry.profile == u"air"_s)
        st = industry.keyWeight >= 8 ? 51 : 22;
      else if (industry.profile == u"water"_s)
        st = 21;
    }
    points.push_back({e, st});
  }
  progress.update(0.5);

  GpkgTable &table = writer.beginTable(u"enterprises"_s, u"企业"_s, TableGeometry::Point,
                                       {{u"uscc"_s, FieldType::Text},
                                        {u"name"_s, FieldType::Text},
                                        {u"industry"_s, FieldType::Text},
                                        {u"key_discharger"_s, FieldType::Integer},
                                        {u"district"_s, FieldType::Text},
                                        {u"district_code"_s, FieldType::Text},
                                        {u"town"_s, FieldType::Text},
                                        {u"community"_s, FieldType::Text},
                                        {u"employees"_s, FieldType::Integer}});
  for (const Enterprise &e : enterprises) {
    const Community &c = communities[std::size_t(e.community)];
    const District &d = m_divisions.districts()[std::size_t(c.district)];
    table.setText(0, e.uscc);
    table.setText(1, e.name);
    table.setText(2, m_tables.industries[e.industry].name);
    table.setInteger(3, e.key);
    table.setText(4, d.name);
    table.setText(5, d.code);
    table.setText(6, m_divisions.towns()[std::size_t(c.town)].name);
    table.setText(7, c.name);
    table.setInteger(8, std::max(3, e.employees * (e.key ? 4 : 1)));
    table.setPoint(e.point.first, e.point.second);
    table.write();
  }
  writer.endTable();
  progress.update(0.8);

  GpkgTable &monitors = writer.beginTable(u"monitoring_points"_s, u"在线监测点"_s, TableGeometry::Point,
                                          {{u"mn"_s, FieldType::Text},
                                           {u"name"_s, FieldType::Text},
                                           {u"st"_s, FieldType::Text},
                                           {u"uscc"_s, FieldType::Text},
                                           {u"enterprise"_s, FieldType::Text},
                                           {u"pollutants"_s, FieldType::Text},
                                           {u"limits"_s, FieldType::Text},
                                           {u"district"_s, FieldType::Text},
                                           {u"status"_s, FieldType::Text}});
  std::vector<int> ordinal(enterprises.size(), 0);
  QStringList mns;
  for (const MonitoringPoint &m : points) {
    const Enterprise &e = enterprises[std::size_t(m.enterprise)];
    const Community &c = communities[std::size_t(e.community)];
    const District &d = m_divisions.districts()[std::size_t(c.district)];
    const int n = ++ordinal[std::size_t(m.enterprise)];
    // MN, 24 characters: county code (6) + ST (2) + enterprise serial (12) + point serial (4).
    const QString mn = d.code + QString::number(m.st) +
                       QString::number(m.enterprise + 1).rightJustified(12, u'0') +
                       QString::number(n).rightJustified(4, u'0');
    const Limits limits = limitsFor(m.st, m_tables.industries[e.industry].word);
    // The sensor stands a little off the enterprise's point, within the same community.
    const double angle = random.uniform(0, 2 * std::numbers::pi), reach = random.uniform(20, 80);
    Point p{e.point.first + metric::dx(reach * std::cos(angle)),
            e.point.second + metric::dy(reach * std::sin(angle))};
    if (!m_geos.contains(c.area, p.first, p.second))
      p = e.point;
    const double state = random.uniform();
    monitors.setText(0, mn);
    monitors.setText(1, e.name + pointLabel(m.st, n));
    monitors.setText(2, QString::number(m.st));
    monitors.setText(3, e.uscc);
    monitors.setText(4, e.name);
    monitors.setText(5, limits.pollutants);
    monitors.setText(6, limits.limits);
    monitors.setText(7, d.name);
    // 超标: online, and its latest reading over a limit.
    monitors.setText(8, state < 0.90   ? u"在线"_s
                        : state < 0.93 ? u"超标"_s
                        : state < 0.97 ? u"离线"_s
                                       : u"维护"_s);
    monitors.setPoint(p.first, p.second);
    monitors.write();
    mns << mn;
  }
  writer.endTable();

  // Each point's HJ 212 access password (PW, 6 characters), in a table of its own that is no map
  // layer, so that no map, table or export shows it; drawn from a stream of its own so that the
  // rest of the city does not change with it.
  DemoRandom passwords(seed, "hj212-passwords");
  GpkgTable &credentials = writer.beginTable(u"hj212_credentials"_s, u"监测点接入密码"_s, TableGeometry::None,
                                             {{u"mn"_s, FieldType::Text}, {u"pw"_s, FieldType::Text}});
  for (const QString &mn : std::as_const(mns)) {
    credentials.setText(0, mn);
    credentials.setText(1, QString::number(passwords.range(0, 999999)).rightJustified(6, u'0'));
    credentials.write();
  }
  writer.endTable();
}

} // namespace rc::demo
