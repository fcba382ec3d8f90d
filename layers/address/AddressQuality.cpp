#include "address/AddressQuality.h"

#include "address/AddressNormalizer.h"
#include "address/AddressReader.h"
#include "base/AtomicFile.h"
#include "data/OgrUtils.h"
#include "data/VectorDataset.h"
#include "geo/CoordinateTransform.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#define GEOS_USE_ONLY_R_API
#include <geos_c.h>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

/// The translation context of these messages.
struct QualityMessages
{
  Q_DECLARE_TR_FUNCTIONS(rc::AddressQuality)
};

// GEOS through RAII: one reentrant context per check, so checks on several threads never meet.
struct ContextDeleter
{
  void operator()(GEOSContextHandle_t handle) const { GEOS_finish_r(handle); }
};
using GeosContextPtr = std::unique_ptr<std::remove_pointer_t<GEOSContextHandle_t>, ContextDeleter>;
struct GeometryDeleter
{
  GEOSContextHandle_t handle;
  void operator()(GEOSGeometry *geometry) const { GEOSGeom_destroy_r(handle, geometry); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;
struct PreparedDeleter
{
  GEOSContextHandle_t handle;
  void operator()(const GEOSPreparedGeometry *prepared) const
  {
    GEOSPreparedGeom_destroy_r(handle, prepared);
  }
};
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

/// A community polygon ready for point-in-polygon questions.
struct CommunityArea
{
  QString code, name, town, district;
  BBox bounds;
  GeometryPtr geometry;
  PreparedPtr prepared;
};

/// A ring's vertices as a GEOS linear ring, closed if the source left it open.
GEOSGeometry *linearRing(GEOSContextHandle_t h, std::span<const double> xy)
{
  std::vector<double> ring(xy.begin(), xy.end());
  if (ring.size() >= 2 && (ring[0] != ring[ring.size() - 2] || ring[1] != ring.back()))
    ring.insert(ring.end(), {ring[0], ring[1]});
  if (ring.size() < 8)
    return nullptr;
  GEOSCoordSequence *sequence =
      GEOSCoordSeq_copyFromBuffer_r(h, ring.data(), unsigned(ring.size() / 2), 0, 0);
  return sequence ? GEOSGeom_createLinearRing_r(h, sequence) : nullptr;
}

/// The community polygons of the layer, in CGCS2000 lon/lat.
std::vector<CommunityArea> loadCommunities(GEOSContextHandle_t h, const QString &path,
                                           const QString &layerName)
{
  std::vector<CommunityArea> areas;
  std::unique_ptr<VectorDataset> dataset;
  int layer = -1;
  try {
    dataset = VectorDataset::open(path);
    layer = dataset->layerIndex(layerName);
    if (layer < 0)
      return areas;
    const std::shared_ptr<const FeatureStore> store = dataset->load(layer);
    const Crs crs = dataset->summary(layer).crs;
    const CoordinateTransform toLonLat(crs.isValid() ? crs : Crs::cgcs2000(), Crs::cgcs2000());
    const int codeField = store->fieldIndex(u"code"_s), nameField = store->fieldIndex(u"name"_s);
    const int townField = store->fieldIndex(u"town"_s), districtField = store->fieldIndex(u"district"_s);
    if (codeField < 0 && nameField < 0)
      return areas;
    for (std::size_t f = 0; f < store->featureCount(); ++f) {
      if (store->kind(f) != GeometryKind::Polygon)
        continue;
      // Exterior rings start parts; the rings after one are its holes.
      std::vector<GEOSGeometry *> polygons;
      GEOSGeometry *shell = nullptr;
      std::vector<GEOSGeometry *> holes;
      const auto closePart = [&] {
        if (shell)
          polygons.push_back(GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size())));
        shell = nullptr;
        holes.clear();
      };
      for (std::size_t r = 0; r < store->ringCount(f); ++r) {
        const FeatureStore::Ring ring = store->ring(f, r);
        std::vector<double> xy(ring.xy.begin(), ring.xy.end());
        toLonLat.transformInPlace(xy.data(), xy.size() / 2);
        GEOSGeometry *linear = linearRing(h, xy);
        if (!linear)
          continue;
        if (ring.startsPart) {
          closePart();
          shell = linear;
        } else if (shell) {
          holes.push_back(linear);
        } else {
          GEOSGeom_destroy_r(h, linear);
        }
      }
      closePart();
      if (polygons.empty())
        continue;
      CommunityArea area;
      area.geometry = GeometryPtr(
          GEOSGeom_createCollection_r(h, GEOS_MULTIPOLYGON, polygons.data(), unsigned(polygons.size())),
          GeometryDeleter{h});
      if (!area.geometry)
        continue;
      area.prepared = PreparedPtr(GEOSPrepare_r(h, area.geometry.get()), PreparedDeleter{h});
      double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
      GEOSGeom_getXMin_r(h, area.geometry.get(), &xMin);
      GEOSGeom_getYMin_r(h, area.geometry.get(), &yMin);
      GEOSGeom_getXMax_r(h, area.geometry.get(), &xMax);
      GEOSGeom_getYMax_r(h, area.geometry.get(), &yMax);
      area.bounds = BBox(xMin, yMin, xMax, yMax);
      area.code = codeField >= 0 ? store->text(f, codeField) : QString();
      area.name = nameField >= 0 ? store->text(f, nameField) : QString();
      area.town = townField >= 0 ? store->text(f, townField) : QString();
      area.district = districtField >= 0 ? store->text(f, districtField) : QString();
      areas.push_back(std::move(area));
    }
  } catch (const DataError &e) {
    throw AddressIndexError(AddressIndexError::Reason::Source, e.message());
  } catch (const CrsError &e) {
    throw AddressIndexError(AddressIndexError::Reason::Source, path + u": "_s + QString::fromUtf8(e.what()));
  }
  return areas;
}

bool isDigits(QStringView text)
{
  return !text.isEmpty() &&
         std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

quint64 hashOf(QStringView text)
{
  return quint64(qHash(text, 0x5eed));
}

/// Metres between two nearby lon/lat points; plenty for telling a detour of hundreds of metres.
double localMetres(double lon1, double lat1, double lon2, double lat2)
{
  constexpr double kMetresPerDegree = 111320;
  const double dx = (lon2 - lon1) * std::cos((lat1 + lat2) / 2 * std::numbers::pi / 180) * kMetresPerDegree;
  const double dy = (lat2 - lat1) * kMetresPerDegree;
  return std::hypot(dx, dy);
}

/// What the checks keep of each record between the two passes.
struct Record
{
  qint64 fid;
  double lon, lat;
  quint64 codeHash, textHash;
  int group;  ///< district/town/community
  int prefix; ///< the code's first 12 digits, as an id; -1 when the code has none
};

/// One house number of a road: where its records are on average, and the first of them.
struct House
{
  QString number;
  double sumLon = 0, sumLat = 0;
  int count = 0;
  qint64 fid = -1;
};

/// The leading integer of a house number ("56-1" → 56), or -1.
int mainNumber(const QString &house)
{
  qsizetype end = 0;
  while (end < house.size() && house[end].isDigit())
    ++end;
  return end == 0 ? -1 : QStringView(house).left(end).toInt();
}

class Checker
{
public:
  Checker(const QualityOptions &options, QualityReport &report) : m_options(options), m_report(report) {}

  void run(const QString &sourcePath, const AddressIndexProgress &progress, const std::atomic_bool *cancel);

private:
  void add(const StandardAddress &a);
  /// Checks the point and the code against the community polygon; returns the community's code.
  QString checkCommunity(const StandardAddress &a);
  void finding(QualityRule rule, qint64 fid, double lon, double lat, const QString &detail)
  {
    m_report.findings.push_back({rule, fid, {}, {}, detail, lon, lat});
  }
  void findDuplicates();
  void findCodeOutliers();
  void findSequenceBreaks();
  void fillText(const QString &sourcePath, const std::atomic_bool *cancel);

  const QualityOptions &m_options;
  QualityReport &m_report;
  GeosContextPtr m_geos{GEOS_init_r()};
  std::vector<CommunityArea> m_areas;
  QHash<QString, int> m_areaByNames; ///< district|town|community → area
  QHash<QString, int> m_areaByCode;
  std::vector<Record> m_records;
  QHash<QString, int> m_groups;
  QHash<QString, int> m_prefixes;
  std::vector<QString> m_prefixText;
  std::vector<QString> m_groupText;
  QHash<QString, QHash<QString, House>> m_roads; ///< district|road → house number → house
};

void Checker::run(const QString &sourcePath, const AddressIndexProgress &progress,
                  const std::atomic_bool *cancel)
{
  const auto cancelled = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
  m_areas = loadCommunities(m_geos.get(),
                            m_options.communitiesPath.isEmpty() ? sourcePath : m_options.communitiesPath,
                            m_options.communitiesLayer);
  m_report.communitiesChecked = !m_areas.empty();
  for (int i = 0; i < int(m_areas.size()); ++i) {
    const CommunityArea &a = m_areas[std::size_t(i)];
    m_areaByNames.insert(a.district + u'|' + a.town + u'|' + a.name, i);
    if (!a.code.isEmpty())
      m_areaByCode.insert(a.code, i);
  }

  AddressReader reader(sourcePath, m_options.layer);
  m_report.layer = reader.layerName();
  const qint64 total = reader.featureCount();
  StandardAddress a;
  while (reader.next(a)) {
    add(a);
    if (m_records.size() % 4096 == 0) {
      if (cancelled())
        throw AddressIndexError(AddressIndexError::Reason::Cancelled,
                                QualityMessages::tr("The address check was cancelled."));
      if (progress && total > 0)
        progress(0.6 * double(m_records.size()) / double(total));
    }
  }
  m_report.addressCount = qint64(m_records.size());
  findDuplicates();
  if (!m_report.communitiesChecked)
    findCodeOutliers();
  findSequenceBreaks();
  if (progress)
    progress(0.7);
  fillText(sourcePath, cancel);
  std::stable_sort(m_report.findings.begin(), m_report.findings.end(),
                   [](const QualityFinding &x, const QualityFinding &y) {
                     return x.rule != y.rule ? x.rule < y.rule : x.fid < y.fid;
                   });
  if (progress)
    progress(1.0);
}

void Checker::add(const StandardAddress &a)
{
  const bool located = std::isfinite(a.lon) && std::isfinite(a.lat);
  QStringList missing;
  const std::pair<const QString *, const char *> required[] = {
      {&a.addrCode, "addr_code"},      {&a.district, "district"}, {&a.town, "town"},
      {&a.community, "community"},     {&a.road, "road"},         {&a.houseNo, "house_no"},
      {&a.fullAddress, "full_address"}};
  for (const auto &[value, name] : required) {
    if (value->isEmpty())
      missing << QString::fromLatin1(name);
  }
  if (!a.unit.isEmpty() && a.building.isEmpty())
    missing << u"building"_s;
  if (!located)
    missing << u"point"_s;
  if (!missing.isEmpty())
    finding(QualityRule::MissingLevel, a.fid, a.lon, a.lat,
            QualityMessages::tr("missing %1").arg(missing.join(u", "_s)));

  const QString groupKey = a.district + u'|' + a.town + u'|' + a.community;
  int group = m_groups.value(groupKey, -1);
  if (group < 0) {
    group = int(m_groupText.size());
    m_groups.insert(groupKey, group);
    m_groupText.push_back(groupKey);
  }
  int prefix = -1;
  if (a.addrCode.size() >= 12 && isDigits(QStringView(a.addrCode).left(12))) {
    const QString code = a.addrCode.left(12);
    prefix = m_prefixes.value(code, -1);
    if (prefix < 0) {
      prefix = int(m_prefixText.size());
      m_prefixes.insert(code, prefix);
      m_prefixText.push_back(code);
    }
  }
  if (!a.addrCode.isEmpty() && (!isDigits(a.addrCode) || a.addrCode.size() < 12))
    finding(QualityRule::CodeMismatch, a.fid, a.lon, a.lat,
            QualityMessages::tr("addr_code %1 is not a division code followed by a sequence number")
                .arg(a.addrCode));
  // The grid must lie in the community: the polygon layer's code when there is one (a wrong
  // addr_code is then reported once, by checkCommunity), else the addr_code's own division code.
  QString communityCode = prefix >= 0 ? m_prefixText[std::size_t(prefix)] : QString();
  if (!m_areas.empty())
    communityCode = checkCommunity(a);
  if (!a.gridCode.isEmpty()) {
    if (a.gridCode.size() != 15 || !isDigits(a.gridCode))
      finding(QualityRule::CodeMismatch, a.fid, a.lon, a.lat,
              QualityMessages::tr("grid code %1 is not 15 digits").arg(a.gridCode));
    else if (!communityCode.isEmpty() && !a.gridCode.startsWith(communityCode))
      finding(
          QualityRule::CodeMismatch, a.fid, a.lon, a.lat,
          QualityMessages::tr("grid code %1 lies outside its community %2").arg(a.gridCode, communityCode));
  }

  const QString text = AddressNormalizer::normalize(a.fullAddress);
  m_records.push_back({a.fid, a.lon, a.lat, a.addrCode.isEmpty() ? 0 : hashOf(a.addrCode),
                       text.isEmpty() ? 0 : hashOf(text), group, prefix});

  if (located && !a.road.isEmpty() && mainNumber(a.houseNo) >= 0) {
    House &house = m_roads[a.district + u'|' + a.road][a.houseNo];
    if (house.count == 0) {
      house.number = a.houseNo;
      house.fid = a.fid;
    }
    house.sumLon += a.lon;
    house.sumLat += a.lat;
    ++house.count;
  }
}

QString Checker::checkCommunity(const StandardAddress &a)
{
  int area = m_areaByNames.value(a.district + u'|' + a.town + u'|' + a.community, -1);
  const QString codePrefix = a.addrCode.left(12);
  if (area < 0)
    area = m_areaByCode.value(codePrefix, -1);
  if (area < 0) {
    finding(QualityRule::OutsideCommunity, a.fid, a.lon, a.lat,
            QualityMessages::tr("no community polygon for %1 (%2)").arg(a.community, codePrefix));
    return {};
  }
  const CommunityArea &c = m_areas[std::size_t(area)];
  if (!c.code.isEmpty() && !a.addrCode.startsWith(c.code))
    finding(QualityRule::CodeMismatch, a.fid, a.lon, a.lat,
            QualityMessages::tr("addr_code %1 does not start with the code %2 of its community %3")
                .arg(a.addrCode, c.code, c.name));
  if (!std::isfinite(a.lon) || !std::isfinite(a.lat))
    return c.code;
  bool inside = c.bounds.contains(a.lon, a.lat);
  if (inside) {
    const GeometryPtr point(GEOSGeom_createPointFromXY_r(m_geos.get(), a.lon, a.lat),
                            GeometryDeleter{m_geos.get()});
    // Intersects, not contains: a point on the boundary belongs to the community.
    inside = point && GEOSPreparedIntersects_r(m_geos.get(), c.prepared.get(), point.get()) == 1;
  }
  if (!inside)
    finding(QualityRule::OutsideCommunity, a.fid, a.lon, a.lat,
            QualityMessages::tr("the point lies outside its community %1").arg(c.name));
  return c.code;
}

void Checker::findDuplicates()
{
  // Sorting 64-bit hashes instead of keeping every text: at 3 million records a collision is a
  // one-in-millions event, and pass two shows the texts for a person to confirm.
  std::vector<std::uint32_t> order(m_records.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = std::uint32_t(i);
  const auto report = [&](auto hashOf, QualityRule rule, const char *message) {
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
      return hashOf(m_records[x]) != hashOf(m_records[y]) ? hashOf(m_records[x]) < hashOf(m_records[y])
                                                          : x < y;
    });
    for (std::size_t i = 0; i < order.size();) {
      std::size_t j = i;
      while (j < order.size() && hashOf(m_records[order[j]]) == hashOf(m_records[order[i]]))
        ++j;
      if (j - i > 1 && hashOf(m_records[order[i]]) != 0) {
        for (std::size_t k = i; k < j; ++k) {
          const Record &r = m_records[order[k]];
          finding(rule, r.fid, r.lon, r.lat, QualityMessages::tr(message).arg(j - i));
        }
      }
      i = j;
    }
  };
  report([](const Record &r) { return r.codeHash; }, QualityRule::DuplicateCode,
         QT_TRANSLATE_NOOP("rc::AddressQuality", "the same addr_code is on %1 records"));
  report([](const Record &r) { return r.textHash; }, QualityRule::DuplicateText,
         QT_TRANSLATE_NOOP("rc::AddressQuality", "the same address text is on %1 records"));
}

void Checker::findCodeOutliers()
{
  // Without community polygons, a community's own codes vote on which division code is its.
  std::vector<QHash<int, int>> votes(m_groupText.size());
  for (const Record &r : m_records) {
    if (r.prefix >= 0)
      ++votes[std::size_t(r.group)][r.prefix];
  }
  std::vector<int> winner(votes.size(), -1);
  for (std::size_t g = 0; g < votes.size(); ++g) {
    int best = 0;
    for (auto it = votes[g].cbegin(); it != votes[g].cend(); ++it) {
      if (it.value() > best || (it.value() == best && it.key() < winner[g])) {
        best = it.value();
        winner[g] = it.key();
      }
    }
  }
  for (const Record &r : m_records) {
    const int expected = winner[std::size_t(r.group)];
    if (r.prefix >= 0 && expected >= 0 && r.prefix != expected)
      finding(
          QualityRule::CodeMismatch, r.fid, r.lon, r.lat,
          QualityMessages::tr("addr_code starts with %1, but the other addresses of its community with %2")
              .arg(m_prefixText[std::size_t(r.prefix)], m_prefixText[std::size_t(expected)]));
  }
}

void Checker::findSequenceBreaks()
{
  for (auto road = m_roads.cbegin(); road != m_roads.cend(); ++road) {
    // Odd numbers run along one side and even along the other, each rising along the street.
    for (const int parity : {0, 1}) {
      std::vector<const House *> houses;
      for (const House &h : road.value()) {
        const int n = mainNumber(h.number);
        if (n % 2 == parity)
          houses.push_back(&h);
      }
      std::sort(houses.begin(), houses.end(), [](const House *x, const House *y) {
        const int nx = mainNumber(x->number), ny = mainNumber(y->number);
        return nx != ny ? nx < ny : x->number < y->number;
      });
      // Sub-numbers (56-1) share their main number's place; one per main number is enough.
      houses.erase(std::unique(houses.begin(), houses.end(),
                               [](const House *x, const House *y) {
                                 return mainNumber(x->number) == mainNumber(y->number);
                               }),
                   houses.end());
      const auto lon = [](const House *h) { return h->sumLon / h->count; };
      const auto lat = [](const House *h) { return h->sumLat / h->count; };
      for (std::size_t i = 1; i + 1 < houses.size(); ++i) {
        const House *a = houses[i - 1], *b = houses[i], *c = houses[i + 1];
        const double ab = localMetres(lon(a), lat(a), lon(b), lat(b));
        const double bc = localMetres(lon(b), lat(b), lon(c), lat(c));
        const double ac = localMetres(lon(a), lat(a), lon(c), lat(c));
        if (ab + bc > m_options.sequenceDetourRatio * ac && ab + bc - ac > m_options.sequenceMinExcessMetres)
          finding(QualityRule::HouseNumberSequence, b->fid, lon(b), lat(b),
                  QualityMessages::tr("house number %1 lies %2 m off the way from %3 to %4")
                      .arg(b->number)
                      .arg(std::lround((ab + bc - ac) / 2))
                      .arg(a->number, c->number));
      }
    }
  }
}

void Checker::fillText(const QString &sourcePath, const std::atomic_bool *cancel)
{
  if (m_report.findings.empty())
    return;
  QHash<qint64, std::vector<std::size_t>> byFid;
  for (std::size_t i = 0; i < m_report.findings.size(); ++i)
    byFid[m_report.findings[i].fid].push_back(i);
  AddressReader reader(sourcePath, m_options.layer);
  StandardAddress a;
  qint64 read = 0;
  while (reader.next(a)) {
    if (++read % 4096 == 0 && cancel && cancel->load())
      throw AddressIndexError(AddressIndexError::Reason::Cancelled,
                              QualityMessages::tr("The address check was cancelled."));
    const auto it = byFid.constFind(a.fid);
    if (it == byFid.cend())
      continue;
    for (const std::size_t i : it.value()) {
      m_report.findings[i].addrCode = a.addrCode;
      m_report.findings[i].fullAddress = a.fullAddress;
    }
  }
}

} // namespace

QString ruleKey(QualityRule rule)
{
  switch (rule) {
  case QualityRule::DuplicateCode:
    return u"duplicate_code"_s;
  case QualityRule::DuplicateText:
    return u"duplicate_text"_s;
  case QualityRule::OutsideCommunity:
    return u"outside_community"_s;
  case QualityRule::MissingLevel:
    return u"missing_level"_s;
  case QualityRule::HouseNumberSequence:
    return u"house_number_sequence"_s;
  case QualityRule::CodeMismatch:
    return u"code_mismatch"_s;
  }
  return {};
}

std::map<QualityRule, qint64> QualityReport::counts() const
{
  std::map<QualityRule, qint64> counts;
  for (const QualityFinding &f : findings)
    ++counts[f.rule];
  return counts;
}

QualityReport AddressQuality::check(const QString &sourcePath, const QualityOptions &options,
                                    const AddressIndexProgress &progress, const std::atomic_bool *cancel)
{
  QualityReport report;
  report.sourcePath = sourcePath;
  Checker(options, report).run(sourcePath, progress, cancel);
  return report;
}

QJsonObject AddressQuality::toJson(const QualityReport &report)
{
  QJsonObject counts;
  for (const auto &[rule, n] : report.counts())
    counts.insert(ruleKey(rule), n);
  QJsonArray findings;
  for (const QualityFinding &f : report.findings) {
    findings.append(QJsonObject{{u"rule"_s, ruleKey(f.rule)},
                                {u"fid"_s, f.fid},
                                {u"addr_code"_s, f.addrCode},
                                {u"full_address"_s, f.fullAddress},
                                {u"detail"_s, f.detail},
                                {u"lon"_s, std::isfinite(f.lon) ? QJsonValue(f.lon) : QJsonValue()},
                                {u"lat"_s, std::isfinite(f.lat) ? QJsonValue(f.lat) : QJsonValue()}});
  }
  return {{u"source"_s, report.sourcePath},
          {u"layer"_s, report.layer},
          {u"address_count"_s, report.addressCount},
          {u"communities_checked"_s, report.communitiesChecked},
          {u"counts"_s, counts},
          {u"findings"_s, findings}};
}

bool AddressQuality::writeCsv(const QualityReport &report, const QString &path, QString *error)
{
  const auto field = [](const QString &value) -> QString {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
      return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
  };
  QByteArray out = "\xEF\xBB\xBFrule,fid,addr_code,full_address,detail,lon,lat\r\n";
  for (const QualityFinding &f : report.findings) {
    const QStringList row{ruleKey(f.rule),
                          QString::number(f.fid),
                          field(f.addrCode),
                          field(f.fullAddress),
                          field(f.detail),
                          std::isfinite(f.lon) ? QString::number(f.lon, 'f', 7) : QString(),
                          std::isfinite(f.lat) ? QString::number(f.lat, 'f', 7) : QString()};
    out += row.join(u',').toUtf8() + "\r\n";
  }
  try {
    AtomicFile::writeWhole(path, out);
  } catch (const FileWriteError &e) {
    if (error)
      *error = e.detail();
    return false;
  }
  return true;
}

void AddressQuality::writeGeoPackage(const QualityReport &report, const QString &path,
                                     const QString &layerName)
{
  ensureGdalRegistered();
  GdalErrorCapture errors;
  const auto failed = [&] {
    return AddressIndexError(
        AddressIndexError::Reason::Index,
        QualityMessages::tr("Cannot write the findings to %1: %2").arg(path, errors.firstFailure()));
  };
  GDALDatasetUniquePtr dataset;
  if (QFileInfo::exists(path)) {
    dataset.reset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  } else if (GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG")) {
    dataset.reset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  }
  if (!dataset)
    throw failed();
  const QByteArray name = layerName.toUtf8();
  for (int i = 0; i < dataset->GetLayerCount(); ++i) {
    if (name == dataset->GetLayer(i)->GetName()) {
      dataset->DeleteLayer(i);
      break;
    }
  }
  OGRSpatialReference srs;
  srs.importFromEPSG(4490);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRLayer *layer = dataset->CreateLayer(name.constData(), &srs, wkbPoint, nullptr);
  if (!layer)
    throw failed();
  OGRFieldDefn rule("rule", OFTString), fid("source_fid", OFTInteger64), code("addr_code", OFTString),
      text("full_address", OFTString), detail("detail", OFTString);
  for (OGRFieldDefn *f : {&rule, &fid, &code, &text, &detail}) {
    if (layer->CreateField(f) != OGRERR_NONE)
      throw failed();
  }
  if (dataset->StartTransaction() != OGRERR_NONE)
    throw failed();
  for (const QualityFinding &f : report.findings) {
    const OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    feature->SetField("rule", ruleKey(f.rule).toUtf8().constData());
    feature->SetField("source_fid", GIntBig(f.fid));
    feature->SetField("addr_code", f.addrCode.toUtf8().constData());
    feature->SetField("full_address", f.fullAddress.toUtf8().constData());
    feature->SetField("detail", f.detail.toUtf8().constData());
    if (std::isfinite(f.lon) && std::isfinite(f.lat)) {
      OGRPoint point(f.lon, f.lat);
      feature->SetGeometry(&point);
    }
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
      throw failed();
  }
  if (dataset->CommitTransaction() != OGRERR_NONE)
    throw failed();
}

} // namespace rc
