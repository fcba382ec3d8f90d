// The packed Hilbert R-tree (rc::SpatialIndex) and FeatureStore::featuresIn() against brute force:
// random boxes of several distributions and node sizes, many query windows, exact result sets.

#include "data/FeatureStore.h"
#include "data/SpatialIndex.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iterator>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using rc::BBox;
using Ids = std::vector<std::uint32_t>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

enum class Distribution {
  UniformPoints,
  ClusteredPoints,
  MixedRects,
  IdenticalBoxes,
  IdenticalPoints,
  Single,
  SingleAmongInvalid,
  Zero,
  WithInvalid
};

/// The reference predicate, written out independently of BBox::intersects: closed intervals, so
/// boxes that only touch at an edge or a corner intersect.
bool overlaps(const BBox &a, const BBox &b)
{
  return a.xMin <= b.xMax && b.xMin <= a.xMax && a.yMin <= b.yMax && b.yMin <= a.yMax;
}

/// What the index must hold: boxes with finite, ordered coordinates (zero size allowed).
bool isValidBox(const BBox &b)
{
  return std::isfinite(b.xMin) && std::isfinite(b.yMin) && std::isfinite(b.xMax) && std::isfinite(b.yMax) &&
         b.xMin <= b.xMax && b.yMin <= b.yMax;
}

Ids bruteForce(const std::vector<BBox> &boxes, const BBox &query)
{
  Ids ids;
  for (std::uint32_t i = 0; i < boxes.size(); ++i)
    if (isValidBox(boxes[i]) && overlaps(boxes[i], query))
      ids.push_back(i);
  return ids;
}

BBox unionOfValid(const std::vector<BBox> &boxes)
{
  BBox total;
  for (const BBox &b : boxes)
    if (isValidBox(b))
      total.include(b);
  return total;
}

QString describe(const BBox &b)
{
  return u"(%1, %2, %3, %4)"_s.arg(b.xMin, 0, 'g', 17)
      .arg(b.yMin, 0, 'g', 17)
      .arg(b.xMax, 0, 'g', 17)
      .arg(b.yMax, 0, 'g', 17);
}

/// Empty when `got` (any order) is exactly `expected` (ascending, no duplicates); else what differs.
QString compareIds(Ids got, const Ids &expected, const QString &what, const BBox &query)
{
  std::sort(got.begin(), got.end());
  if (got == expected)
    return {};
  Ids missing, extra;
  std::set_difference(expected.begin(), expected.end(), got.begin(), got.end(), std::back_inserter(missing));
  std::set_difference(got.begin(), got.end(), expected.begin(), expected.end(), std::back_inserter(extra));
  const bool duplicates = std::adjacent_find(got.begin(), got.end()) != got.end();
  return u"%1 query %2: got %3 ids, expected %4; %5 missing (first %6), %7 unexpected (first %8)%9"_s
      .arg(what)
      .arg(describe(query))
      .arg(got.size())
      .arg(expected.size())
      .arg(missing.size())
      .arg(missing.empty() ? -1 : qint64(missing.front()))
      .arg(extra.size())
      .arg(extra.empty() ? -1 : qint64(extra.front()))
      .arg(duplicates ? u", with duplicates"_s : QString());
}

std::vector<BBox> makeBoxes(Distribution distribution, std::mt19937 &rng)
{
  std::vector<BBox> boxes;
  std::uniform_real_distribution<double> unit(0, 1);
  switch (distribution) {
  case Distribution::UniformPoints: {
    std::uniform_real_distribution<double> lon(-180, 180), lat(-90, 90);
    for (int i = 0; i < 3000; ++i) {
      const double x = lon(rng), y = lat(rng);
      boxes.emplace_back(x, y, x, y);
    }
    break;
  }
  case Distribution::ClusteredPoints: {
    // Projected metres (CGCS2000 3-degree zone style): large offsets, dense clusters, some exact repeats.
    std::vector<std::pair<double, double>> centres;
    for (int c = 0; c < 8; ++c)
      centres.emplace_back(400000 + 200000 * unit(rng), 2800000 + 300000 * unit(rng));
    for (int i = 0; i < 3000; ++i) {
      const auto [cx, cy] = centres[rng() % centres.size()];
      std::normal_distribution<double> spread(0, i % 3 == 0 ? 50.0 : 3000.0);
      const double x = cx + spread(rng), y = cy + spread(rng);
      boxes.emplace_back(x, y, x, y);
      if (i % 97 == 0)
        boxes.emplace_back(x, y, x, y);
    }
    break;
  }
  case Distribution::MixedRects: {
    // Sizes from 1 mm to 10 km in a 100 km square, slivers of zero width or height among them.
    std::uniform_real_distribution<double> position(-50000, 50000), logSize(-3, 4);
    for (int i = 0; i < 2500; ++i) {
      const double x = position(rng), y = position(rng);
      double w = std::pow(10.0, logSize(rng)), h = std::pow(10.0, logSize(rng));
      if (i % 17 == 0)
        w = 0;
      if (i % 23 == 0)
        h = 0;
      boxes.emplace_back(x, y, x + w, y + h);
    }
    break;
  }
  case Distribution::IdenticalBoxes:
    boxes.assign(700, BBox(119.25, 26.05, 119.35, 26.12));
    break;
  case Distribution::IdenticalPoints:
    boxes.assign(300, BBox(119.3, 26.08, 119.3, 26.08));
    break;
  case Distribution::Single:
    boxes.emplace_back(-3.5, 7.25, 12.0, 7.25);
    break;
  case Distribution::SingleAmongInvalid:
    // The one indexable item is not item 0.
    boxes = {BBox(), BBox(kNaN, 1, 2, 3), BBox(5, 5, 4, 6), BBox(-3.5, 7.25, 12.0, 7.25),
             BBox(1, kNaN, 2, 3)};
    break;
  case Distribution::Zero:
    break;
  case Distribution::WithInvalid: {
    std::uniform_real_distribution<double> position(-1000, 1000), size(0, 50);
    for (int i = 0; i < 2400; ++i) {
      const double x = position(rng), y = position(rng), w = size(rng), h = size(rng);
      switch (i % 9) {
      case 0:
        boxes.emplace_back(kNaN, y, x + w, y + h);
        break;
      case 1:
        boxes.emplace_back(x, y, x + w, kNaN);
        break;
      case 2:
        boxes.emplace_back(kNaN, kNaN, kNaN, kNaN);
        break;
      case 3:
        boxes.emplace_back();
        break; // default: empty
      case 4:
        boxes.emplace_back(x + w + 1, y, x, y + h);
        break; // inverted in x
      case 5:
        boxes.emplace_back(x, y, x + w, y - 1);
        break; // inverted in y
      case 6:
        boxes.emplace_back(-kInf, y, x, y + h);
        break; // unbounded: never indexed
      default:
        boxes.emplace_back(x, y, x + w, y + h);
        break;
      }
    }
    break;
  }
  }
  return boxes;
}

/// Query windows of every kind over the data: tiny, medium, huge, outside, and windows that touch
/// item edges and corners exactly (with the item that must be found), or miss them by one ulp.
struct Query
{
  BBox box;
  QString kind;
  std::int64_t mustFind = -1;
};

std::vector<Query> makeQueries(const std::vector<BBox> &boxes, std::mt19937 &rng)
{
  std::vector<Query> queries;
  BBox extent = unionOfValid(boxes);
  if (extent.isEmpty())
    extent = BBox(0, 0, 1, 1);
  const double w = std::max(extent.width(), 1e-6), h = std::max(extent.height(), 1e-6);
  std::uniform_real_distribution<double> unit(0, 1);
  auto window = [&](double fraction) {
    const double qw = w * fraction * (0.5 + unit(rng)), qh = h * fraction * (0.5 + unit(rng));
    const double x = extent.xMin - 0.1 * w + 1.2 * w * unit(rng),
                 y = extent.yMin - 0.1 * h + 1.2 * h * unit(rng);
    return BBox(x, y, x + qw, y + qh);
  };
  for (int i = 0; i < 120; ++i)
    queries.push_back({window(1e-4), u"tiny"_s});
  for (int i = 0; i < 80; ++i)
    queries.push_back({window(0.1), u"medium"_s});
  for (int i = 0; i < 10; ++i)
    queries.push_back({window(0.6), u"large"_s});
  queries.push_back({extent, u"exact extent"_s});
  queries.push_back({extent.scaled(2), u"larger than everything"_s});
  queries.push_back({BBox(-1e300, -1e300, 1e300, 1e300), u"huge"_s});
  queries.push_back(
      {BBox(extent.xMax + w, extent.yMin, extent.xMax + 2 * w, extent.yMax), u"outside right"_s});
  queries.push_back(
      {BBox(extent.xMin, extent.yMax + 0.5 * h, extent.xMax, extent.yMax + h), u"outside above"_s});
  queries.push_back({BBox(extent.xMin - 3 * w, extent.yMin - 3 * h, extent.xMin - 2 * w, extent.yMin - 2 * h),
                     u"outside below left"_s});
  queries.push_back(
      {BBox(extent.xMax, extent.yMin, extent.xMax + w, extent.yMax), u"touching extent right"_s});
  queries.push_back(
      {BBox(extent.xMin - w, extent.yMax, extent.xMin, extent.yMax + h), u"touching extent corner"_s});
  queries.push_back({BBox(std::nextafter(extent.xMax, kInf), extent.yMin, extent.xMax + w, extent.yMax),
                     u"one ulp right of extent"_s});

  std::vector<std::uint32_t> valid;
  for (std::uint32_t i = 0; i < boxes.size(); ++i)
    if (isValidBox(boxes[i]))
      valid.push_back(i);
  for (int i = 0; i < 25 && !valid.empty(); ++i) {
    const std::uint32_t id = valid[rng() % valid.size()];
    const BBox b = boxes[id];
    const double d = std::max({b.width(), b.height(), w * 1e-3});
    queries.push_back({b, u"item's own box"_s, id});
    queries.push_back({BBox(b.xMax, b.yMin - d, b.xMax + d, b.yMax + d), u"touching right edge"_s, id});
    queries.push_back({BBox(b.xMin - d, b.yMin, b.xMin, b.yMax), u"touching left edge"_s, id});
    queries.push_back({BBox(b.xMin, b.yMax, b.xMax, b.yMax + d), u"touching top edge"_s, id});
    queries.push_back({BBox(b.xMin - d, b.yMin - d, b.xMin, b.yMin), u"touching bottom-left corner"_s, id});
    queries.push_back({BBox(b.xMax, b.yMax, b.xMax, b.yMax), u"zero-size at top-right corner"_s, id});
    queries.push_back(
        {BBox(std::nextafter(b.xMax, kInf), b.yMin, b.xMax + d, b.yMax), u"one ulp right of item"_s});
    queries.push_back(
        {BBox(b.xMin, b.yMin - d, b.xMax, std::nextafter(b.yMin, -kInf)), u"one ulp below item"_s});
  }
  return queries;
}

rc::SpatialIndex buildIndex(const std::vector<BBox> &boxes, int nodeSize)
{
  rc::SpatialIndex index;
  index.build(boxes, nodeSize);
  return index;
}

/// Checks query() and visit() of `index` over `boxes` for every window; empty when all agree.
QString checkAll(const rc::SpatialIndex &index, const std::vector<BBox> &boxes,
                 const std::vector<Query> &queries)
{
  for (const Query &q : queries) {
    const Ids expected = bruteForce(boxes, q.box);
    if (q.mustFind >= 0 && !std::binary_search(expected.begin(), expected.end(), std::uint32_t(q.mustFind)))
      return u"reference misses item %1 for %2 %3"_s.arg(q.mustFind).arg(q.kind, describe(q.box));

    // query() appends: what was in `out` stays in front.
    Ids out{0xFFFFFFFFu};
    index.query(q.box, out);
    if (out.front() != 0xFFFFFFFFu)
      return u"query() overwrote what was already in the output for "_s + q.kind;
    out.erase(out.begin());
    if (QString error = compareIds(out, expected, u"query() "_s + q.kind, q.box); !error.isEmpty())
      return error;

    Ids visited;
    index.visit(q.box, [&visited](std::uint32_t id) { visited.push_back(id); });
    if (QString error = compareIds(visited, expected, u"visit() "_s + q.kind, q.box); !error.isEmpty())
      return error;
  }
  return {};
}

} // namespace

Q_DECLARE_METATYPE(Distribution)

class TestIndex : public QObject
{
  Q_OBJECT

private slots:
  void againstBruteForce_data();
  void againstBruteForce();
  void everyItemFindsItself_data();
  void everyItemFindsItself();
  void invalidQueriesFindNothing();
  void rebuildReplacesContents();
  void featuresIn_data();
  void featuresIn();
  void featuresInWithoutGeometry();
};

void TestIndex::againstBruteForce_data()
{
  QTest::addColumn<Distribution>("distribution");
  QTest::addColumn<int>("nodeSize");
  const std::pair<const char *, Distribution> distributions[] = {
      {"uniform points", Distribution::UniformPoints},
      {"clustered points", Distribution::ClusteredPoints},
      {"mixed rects", Distribution::MixedRects},
      {"identical boxes", Distribution::IdenticalBoxes},
      {"identical points", Distribution::IdenticalPoints},
      {"single", Distribution::Single},
      {"single among invalid", Distribution::SingleAmongInvalid},
      {"zero", Distribution::Zero},
      {"with invalid", Distribution::WithInvalid},
  };
  for (const auto &[name, distribution] : distributions)
    for (int nodeSize : {2, 4, 16, 64})
      QTest::addRow("%s/node%d", name, nodeSize) << distribution << nodeSize;
}

void TestIndex::againstBruteForce()
{
  QFETCH(Distribution, distribution);
  QFETCH(int, nodeSize);
  std::mt19937 rng(20240601u + 31u * unsigned(distribution) + unsigned(nodeSize));
  const std::vector<BBox> boxes = makeBoxes(distribution, rng);
  const rc::SpatialIndex index = buildIndex(boxes, nodeSize);

  const auto validCount = std::size_t(std::count_if(boxes.begin(), boxes.end(), isValidBox));
  QCOMPARE(index.itemCount(), validCount);
  const BBox expectedBounds = unionOfValid(boxes);
  if (validCount == 0)
    QVERIFY2(index.bounds().isEmpty(), qPrintable(describe(index.bounds())));
  else
    QCOMPARE(index.bounds(), expectedBounds);
  if (distribution == Distribution::WithInvalid || distribution == Distribution::SingleAmongInvalid) {
    QVERIFY(validCount > 0);
    QVERIFY(validCount < boxes.size());
  }

  const QString error = checkAll(index, boxes, makeQueries(boxes, rng));
  QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestIndex::everyItemFindsItself_data()
{
  QTest::addColumn<int>("nodeSize");
  QTest::addColumn<int>("count");
  // Counts around the node and level boundaries, where packing off-by-ones hide.
  for (int nodeSize : {2, 4, 16, 64}) {
    for (int count : {1, 2, 3, nodeSize - 1, nodeSize, nodeSize + 1, nodeSize * nodeSize - 1,
                      nodeSize * nodeSize, nodeSize * nodeSize + 1, nodeSize * nodeSize * nodeSize + 1}) {
      if (count < 1 || count > 5000)
        continue;
      QTest::addRow("node%d/n%d", nodeSize, count) << nodeSize << count;
    }
  }
}

void TestIndex::everyItemFindsItself()
{
  QFETCH(int, nodeSize);
  QFETCH(int, count);
  std::mt19937 rng(unsigned(7919 * nodeSize + count));
  std::uniform_real_distribution<double> position(0, 100), size(0, 2);
  std::vector<BBox> boxes;
  for (int i = 0; i < count; ++i) {
    const double x = position(rng), y = position(rng);
    boxes.emplace_back(x, y, x + size(rng), y + size(rng));
  }
  const rc::SpatialIndex index = buildIndex(boxes, nodeSize);
  QCOMPARE(index.itemCount(), std::size_t(count));
  QCOMPARE(index.bounds(), unionOfValid(boxes));
  for (std::uint32_t i = 0; i < boxes.size(); ++i) {
    Ids out;
    index.query(boxes[i], out);
    const QString error = compareIds(out, bruteForce(boxes, boxes[i]), u"own box of %1"_s.arg(i), boxes[i]);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(std::find(out.begin(), out.end(), i) != out.end());
  }
  Ids all;
  index.query(index.bounds(), all);
  std::sort(all.begin(), all.end());
  Ids expected(boxes.size());
  std::iota(expected.begin(), expected.end(), 0u);
  QCOMPARE(all, expected);
}

void TestIndex::invalidQueriesFindNothing()
{
  std::mt19937 rng(42);
  for (Distribution distribution : {Distribution::Single, Distribution::SingleAmongInvalid,
                                    Distribution::MixedRects, Distribution::WithInvalid}) {
    const std::vector<BBox> boxes = makeBoxes(distribution, rng);
    const rc::SpatialIndex index = buildIndex(boxes, 16);
    for (const BBox &query : {BBox(), BBox(kNaN, kNaN, kNaN, kNaN), BBox(kNaN, -1e300, 1e300, 1e300),
                              BBox(-1e300, -1e300, 1e300, kNaN)}) {
      Ids out;
      index.query(query, out);
      QVERIFY2(out.empty(), qPrintable(describe(query)));
      int visits = 0;
      index.visit(query, [&visits](std::uint32_t) { ++visits; });
      QCOMPARE(visits, 0);
    }
  }
}

void TestIndex::rebuildReplacesContents()
{
  std::mt19937 rng(99);
  const std::vector<BBox> first = makeBoxes(Distribution::MixedRects, rng);
  const std::vector<BBox> second = makeBoxes(Distribution::UniformPoints, rng);
  rc::SpatialIndex index;
  index.build(first, 4);
  index.build(second, 16);
  QCOMPARE(index.itemCount(), second.size());
  QCOMPARE(index.bounds(), unionOfValid(second));
  QString error = checkAll(index, second, makeQueries(second, rng));
  QVERIFY2(error.isEmpty(), qPrintable(error));

  index.build({}, 16);
  QCOMPARE(index.itemCount(), std::size_t(0));
  QVERIFY(index.bounds().isEmpty());
  Ids out;
  index.query(BBox(-1e300, -1e300, 1e300, 1e300), out);
  QVERIFY(out.empty());

  const std::vector<BBox> single{BBox(1, 2, 3, 4)};
  index.build(single, 2);
  error = checkAll(index, single, makeQueries(single, rng));
  QVERIFY2(error.isEmpty(), qPrintable(error));
}

namespace {

/// One generated feature: its kind as declared to the builder, its rings, and what the store must
/// report for it.
struct GeneratedFeature
{
  rc::GeometryKind declared = rc::GeometryKind::Empty;
  std::vector<std::vector<double>> rings;
  BBox bounds;       ///< of the finite vertices
  bool empty = true; ///< no finite vertex, or declared Empty: never returned
};

std::vector<GeneratedFeature> makeFeatures(int count, std::mt19937 &rng)
{
  std::uniform_real_distribution<double> lon(119.0, 119.6), lat(25.8, 26.3), offset(-0.01, 0.01), unit(0, 1);
  std::vector<GeneratedFeature> features;
  for (int i = 0; i < count; ++i) {
    GeneratedFeature f;
    const double cx = lon(rng), cy = lat(rng);
    const int variant = int(rng() % 10);
    switch (variant) {
    case 0: // no geometry at all
      f.declared = rc::GeometryKind::Point;
      break;
    case 1: // every vertex non-finite: dropped, so the feature ends up empty
      f.declared = rc::GeometryKind::Line;
      f.rings.push_back({kNaN, cy, cx, kInf, kNaN, kNaN});
      break;
    case 2: // declared Empty even though it has a vertex (an unsupported geometry type)
      f.declared = rc::GeometryKind::Empty;
      f.rings.push_back({cx, cy});
      break;
    case 3:
    case 4: // point, sometimes a multipoint
      f.declared = rc::GeometryKind::Point;
      f.rings.push_back({cx, cy});
      if (variant == 4)
        f.rings.push_back({cx + offset(rng), cy + offset(rng)});
      break;
    case 5:
    case 6: { // line, with a NaN vertex now and then (dropped, the rest kept)
      f.declared = rc::GeometryKind::Line;
      std::vector<double> ring;
      const int vertices = 2 + int(rng() % 8);
      for (int v = 0; v < vertices; ++v) {
        ring.push_back(cx + offset(rng));
        ring.push_back(v == 1 && variant == 6 ? kNaN : cy + offset(rng));
      }
      f.rings.push_back(ring);
      break;
    }
    default: { // polygon with an occasional hole
      f.declared = rc::GeometryKind::Polygon;
      const double r = 0.002 + 0.05 * unit(rng) * unit(rng);
      f.rings.push_back({cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r, cx - r, cy - r});
      if (variant == 9)
        f.rings.push_back(
            {cx - r / 2, cy - r / 2, cx + r / 2, cy - r / 2, cx, cy + r / 2, cx - r / 2, cy - r / 2});
      break;
    }
    }
    for (const auto &ring : f.rings)
      for (std::size_t v = 0; v + 1 < ring.size(); v += 2)
        if (std::isfinite(ring[v]) && std::isfinite(ring[v + 1]))
          f.bounds.include(ring[v], ring[v + 1]);
    f.empty = f.declared == rc::GeometryKind::Empty || f.bounds.isEmpty();
    features.push_back(std::move(f));
  }
  return features;
}

std::shared_ptr<const rc::FeatureStore> buildStore(const std::vector<GeneratedFeature> &features)
{
  rc::FeatureStoreBuilder builder(rc::Fields{rc::Field{u"name"_s, rc::FieldType::String, {}}});
  for (std::size_t i = 0; i < features.size(); ++i) {
    builder.beginFeature(qint64(i) + 1000, features[i].declared);
    for (std::size_t r = 0; r < features[i].rings.size(); ++r)
      builder.addRing(features[i].rings[r],
                      features[i].declared == rc::GeometryKind::Polygon ? r == 0 : true);
    builder.setText(0, QByteArray::number(qulonglong(i)));
  }
  return builder.finish();
}

} // namespace

void TestIndex::featuresIn_data()
{
  QTest::addColumn<int>("count");
  QTest::addColumn<unsigned>("seed");
  QTest::newRow("one") << 1 << 1u;
  QTest::newRow("few") << 7 << 2u;
  QTest::newRow("hundreds") << 300 << 3u;
  QTest::newRow("thousands") << 4000 << 4u;
}

void TestIndex::featuresIn()
{
  QFETCH(int, count);
  QFETCH(unsigned, seed);
  std::mt19937 rng(seed);
  std::vector<GeneratedFeature> generated = makeFeatures(count, rng);
  // Make sure the small stores hold at least one drawable feature.
  if (std::all_of(generated.begin(), generated.end(), [](const GeneratedFeature &f) { return f.empty; })) {
    generated.front().declared = rc::GeometryKind::Point;
    generated.front().rings = {{119.3, 26.1}};
    generated.front().bounds = BBox(119.3, 26.1, 119.3, 26.1);
    generated.front().empty = false;
  }
  const auto store = buildStore(generated);
  QCOMPARE(store->featureCount(), generated.size());

  // The store's own view of each feature matches what went in.
  BBox expectedExtent;
  std::size_t drawable = 0;
  std::vector<BBox> referenceBoxes;
  for (std::size_t f = 0; f < generated.size(); ++f) {
    const GeneratedFeature &g = generated[f];
    QCOMPARE(store->fid(f), qint64(f) + 1000);
    if (g.empty) {
      QVERIFY2(store->kind(f) == rc::GeometryKind::Empty, qPrintable(u"feature %1 should be empty"_s.arg(f)));
      referenceBoxes.emplace_back();
      continue;
    }
    QVERIFY(store->kind(f) == g.declared);
    QCOMPARE(store->featureBounds(f), g.bounds);
    referenceBoxes.push_back(store->featureBounds(f));
    expectedExtent.include(g.bounds);
    ++drawable;
  }
  QCOMPARE(store->extent(), expectedExtent);
  QCOMPARE(store->index().bounds(), expectedExtent);
  QCOMPARE(store->index().itemCount(), drawable);

  std::vector<Query> queries = makeQueries(referenceBoxes, rng);
  queries.push_back({store->extent(), u"exact extent"_s});
  queries.push_back({store->extent().scaled(1.001), u"just around the extent"_s});
  queries.push_back({BBox(-180, -90, 180, 90), u"the world"_s});
  queries.push_back({BBox(), u"empty"_s});
  for (const Query &q : queries) {
    const std::vector<std::uint32_t> got = store->featuresIn(q.box);
    // Drawing order: strictly ascending, hence also free of duplicates.
    QVERIFY2(std::adjacent_find(got.begin(), got.end(), std::greater_equal<>()) == got.end(),
             qPrintable(u"not strictly ascending for "_s + q.kind));
    Ids expected;
    for (std::uint32_t f = 0; f < store->featureCount(); ++f)
      if (store->kind(f) != rc::GeometryKind::Empty && overlaps(store->featureBounds(f), q.box))
        expected.push_back(f);
    const QString error = compareIds(got, expected, u"featuresIn() "_s + q.kind, q.box);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (std::uint32_t f : got)
      QVERIFY2(!generated[f].empty, qPrintable(u"empty feature %1 returned for %2"_s.arg(f).arg(q.kind)));
    if (q.mustFind >= 0)
      QVERIFY(std::binary_search(got.begin(), got.end(), std::uint32_t(q.mustFind)));
  }
  const std::vector<std::uint32_t> all = store->featuresIn(BBox(-1e300, -1e300, 1e300, 1e300));
  QCOMPARE(all.size(), drawable);
}

void TestIndex::featuresInWithoutGeometry()
{
  // No features at all.
  {
    const auto store = rc::FeatureStoreBuilder(rc::Fields{}).finish();
    QCOMPARE(store->featureCount(), std::size_t(0));
    QCOMPARE(store->index().itemCount(), std::size_t(0));
    QVERIFY(store->featuresIn(BBox(-1e300, -1e300, 1e300, 1e300)).empty());
    QVERIFY(store->featuresIn(BBox()).empty());
  }
  // Only features that have nothing to draw.
  {
    rc::FeatureStoreBuilder builder(rc::Fields{});
    builder.beginFeature(1, rc::GeometryKind::Polygon);
    builder.beginFeature(2, rc::GeometryKind::Point);
    const double nan[] = {kNaN, kNaN};
    builder.addRing(nan, true);
    builder.beginFeature(3, rc::GeometryKind::Empty);
    const double point[] = {119.3, 26.1};
    builder.addRing(point, true);
    const auto store = builder.finish();
    QCOMPARE(store->featureCount(), std::size_t(3));
    QCOMPARE(store->index().itemCount(), std::size_t(0));
    QVERIFY(store->extent().isEmpty());
    QVERIFY(store->index().bounds().isEmpty());
    for (const BBox &box :
         {BBox(-1e300, -1e300, 1e300, 1e300), BBox(119.3, 26.1, 119.3, 26.1), BBox(0, 0, 1, 1), BBox()})
      QVERIFY2(store->featuresIn(box).empty(), qPrintable(describe(box)));
  }
  // One line after features without geometry: found through the index, under its own number.
  {
    rc::FeatureStoreBuilder builder(rc::Fields{});
    builder.beginFeature(10, rc::GeometryKind::Point);
    builder.beginFeature(11, rc::GeometryKind::Line);
    const double nan[] = {kNaN, 26.0, 119.0, kNaN};
    builder.addRing(nan, true);
    builder.beginFeature(12, rc::GeometryKind::Line);
    const double line[] = {119.3, 26.1, 119.4, 26.2};
    builder.addRing(line, true);
    builder.beginFeature(13, rc::GeometryKind::Point);
    const auto store = builder.finish();
    QCOMPARE(store->index().itemCount(), std::size_t(1));
    QCOMPARE(store->extent(), BBox(119.3, 26.1, 119.4, 26.2));
    QCOMPARE(store->index().bounds(), store->extent());
    const std::vector<std::uint32_t> two{2};
    QCOMPARE(store->featuresIn(BBox(119.35, 26.15, 119.5, 26.3)), two); // overlaps part of it
    QCOMPARE(store->featuresIn(BBox(119.4, 26.2, 119.5, 26.3)), two);   // touches its corner
    QCOMPARE(store->featuresIn(BBox(119.0, 25.0, 120.0, 27.0)), two);   // contains it
    QVERIFY(store->featuresIn(BBox(119.41, 26.1, 119.5, 26.3)).empty());
  }
}

QTEST_GUILESS_MAIN(TestIndex)
#include "test_index.moc"
