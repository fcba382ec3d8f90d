// The attribute expression engine (rc::Expression): parsing and evaluating against a hand-made
// store, NULL logic, LIKE, IN, BETWEEN, precedence, Chinese names and values, numbers against
// texts; errors with their exact positions; referencedFields; evaluation from several threads;
// and filterFeatures() against brute force over random stores.

#include "data/FeatureStore.h"
#include "style/Expression.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using rc::Expression;
using rc::ExpressionError;
using rc::FeatureStore;
using rc::FeatureStoreBuilder;
using rc::Field;
using rc::FieldType;
using Ids = std::vector<std::uint32_t>;

QVariant integer(qint64 value)
{
  return QVariant::fromValue(value);
}

QVariant real(double value)
{
  return QVariant(value);
}

const QVariant kNull;
const QVariant kTrue(true);
const QVariant kFalse(false);

/// Three features with every kind of value, the third mostly NULL.
///   fid name        名称      district  house_no area  code   note  "Road Name" CODE "and"
///   100 Wuyi Road   五一路    鼓楼区    120      35.5  '007'  NULL  wuyi        7    kw
///   101 it's        三坊七巷  台江区    80       NULL  '42'   x     NULL        42   NULL
///   102 NULL        NULL      NULL      NULL     -2.25 'abc'  NULL  NULL        2^53+1 NULL
std::shared_ptr<const FeatureStore> fixtureStore()
{
  FeatureStoreBuilder builder({{u"name"_s, FieldType::String, {}},
                               {u"名称"_s, FieldType::String, {}},
                               {u"district"_s, FieldType::String, {}},
                               {u"house_no"_s, FieldType::Integer, {}},
                               {u"area"_s, FieldType::Real, {}},
                               {u"code"_s, FieldType::String, {}},
                               {u"note"_s, FieldType::String, {}},
                               {u"Road Name"_s, FieldType::String, {}},
                               {u"CODE"_s, FieldType::Integer, {}},
                               {u"and"_s, FieldType::String, {}}});
  const double xy[] = {119.3, 26.08};
  const auto text = [&builder](int field, const QString &value) { builder.setText(field, value.toUtf8()); };

  builder.beginFeature(100, rc::GeometryKind::Point);
  builder.addRing(xy, true);
  text(0, u"Wuyi Road"_s);
  text(1, u"五一路"_s);
  text(2, u"鼓楼区"_s);
  builder.setInteger(3, 120);
  builder.setReal(4, 35.5);
  text(5, u"007"_s);
  text(7, u"wuyi"_s);
  builder.setInteger(8, 7);
  text(9, u"kw"_s);

  builder.beginFeature(101, rc::GeometryKind::Point);
  builder.addRing(xy, true);
  text(0, u"it's"_s);
  text(1, u"三坊七巷"_s);
  text(2, u"台江区"_s);
  builder.setInteger(3, 80);
  text(5, u"42"_s);
  text(6, u"x"_s);
  builder.setInteger(8, 42);

  builder.beginFeature(102, rc::GeometryKind::Point);
  builder.addRing(xy, true);
  builder.setReal(4, -2.25);
  text(5, u"abc"_s);
  builder.setInteger(8, 9007199254740993);
  return builder.finish();
}

/// One feature's random attributes, kept beside the store so tests can compute expected results
/// without the expression engine; nullopt is NULL.
struct RandomRow
{
  qint64 fid = 0;
  std::optional<QString> name, district;
  std::optional<qint64> houseNumber;
  std::optional<double> area;
  QString code;
};

struct RandomData
{
  std::vector<RandomRow> rows;
  std::shared_ptr<const FeatureStore> store;
};

const std::array<QString, 5> kDistricts{u"鼓楼区"_s, u"台江区"_s, u"仓山区"_s, u"晋安区"_s, u"马尾区"_s};

/// name: "路N" or NULL; district: one of five or NULL; house_no: 0..300 or NULL; area: real or
/// NULL; code: digits with leading zeros or letters.
RandomData randomData(std::size_t count, unsigned seed)
{
  std::mt19937 random(seed);
  const auto chance = [&random](int percent) { return int(random() % 100) < percent; };
  FeatureStoreBuilder builder({{u"name"_s, FieldType::String, {}},
                               {u"district"_s, FieldType::String, {}},
                               {u"house_no"_s, FieldType::Integer, {}},
                               {u"area"_s, FieldType::Real, {}},
                               {u"code"_s, FieldType::String, {}}});
  builder.reserve(count, count);
  RandomData data;
  data.rows.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    RandomRow &row = data.rows.emplace_back();
    row.fid = qint64(i) + 1;
    builder.beginFeature(row.fid, rc::GeometryKind::Point);
    const double xy[] = {119 + double(random() % 1000) / 1000, 26 + double(random() % 1000) / 1000};
    builder.addRing(xy, true);
    if (!chance(5))
      row.name = u"路"_s + QString::number(random() % 1000);
    if (row.name)
      builder.setText(0, row.name->toUtf8());
    if (!chance(3))
      row.district = kDistricts[random() % kDistricts.size()];
    if (row.district)
      builder.setText(1, row.district->toUtf8());
    if (!chance(5))
      row.houseNumber = qint64(random() % 301);
    if (row.houseNumber)
      builder.setInteger(2, *row.houseNumber);
    if (!chance(10))
      row.area = double(random() % 100000) / 100;
    if (row.area)
      builder.setReal(3, *row.area);
    if (chance(20))
      row.code = u"x"_s + QString::number(random() % 10);
    else
      row.code = QString::number(random() % 1000).rightJustified(3, u'0');
    builder.setText(4, row.code.toUtf8());
  }
  data.store = builder.finish();
  return data;
}

bool sameValue(const QVariant &actual, const QVariant &expected)
{
  if (!actual.isValid() || !expected.isValid())
    return actual.isValid() == expected.isValid();
  if (actual.metaType() != expected.metaType())
    return false;
  if (expected.metaType().id() == QMetaType::Double)
    return std::abs(actual.toDouble() - expected.toDouble()) <=
           1e-12 * std::max(1.0, std::abs(expected.toDouble()));
  return actual == expected;
}

QString describe(const QVariant &value)
{
  if (!value.isValid())
    return u"NULL"_s;
  return u"%1(%2)"_s.arg(QString::fromLatin1(value.metaType().name()), value.toString());
}

Expression prepared(const QString &text, const FeatureStore &store)
{
  ExpressionError error;
  Expression expression = Expression::parse(text, &error);
  if (!expression.isValid())
    qFatal("cannot parse %s: %s", qUtf8Printable(text), qUtf8Printable(error.message));
  if (!expression.prepare(store.fields(), &error))
    qFatal("cannot prepare %s: %s", qUtf8Printable(text), qUtf8Printable(error.message));
  return expression;
}

/// A filter's meaning written out by hand in C++, apart from the expression engine.
using Predicate = std::function<bool(const RandomRow &)>;

/// The features whose row satisfies `predicate`, in store order.
Ids matching(const RandomData &data, const Predicate &predicate)
{
  Ids ids;
  for (std::uint32_t f = 0; f < data.rows.size(); ++f)
    if (predicate(data.rows[f]))
      ids.push_back(f);
  return ids;
}

} // namespace

Q_DECLARE_METATYPE(Predicate)

class TestExpression : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();

  void evaluate_data();
  void evaluate();
  void errors_data();
  void errors();
  void unknownFields_data();
  void unknownFields();
  void referencedFields_data();
  void referencedFields();
  void fieldReferencePositions();
  void copiesAreIndependent();
  void unpreparedEvaluatesToNull();
  void threadsAgreeWithOneThread();
  void filterMatchesBruteForce_data();
  void filterMatchesBruteForce();
  void filterMatchesIndependentPredicate();
  void filterReportsProgress();
  void filterCancels();
  void filterEmptyStore();

private:
  std::shared_ptr<const FeatureStore> m_fixture;
  RandomData m_random;
};

void TestExpression::initTestCase()
{
  m_fixture = fixtureStore();
  QCOMPARE(m_fixture->featureCount(), std::size_t(3));
  m_random = randomData(250'000, 20240601);
}

void TestExpression::evaluate_data()
{
  QTest::addColumn<QString>("expression");
  QTest::addColumn<int>("feature");
  QTest::addColumn<QVariant>("expected");
  const auto add = [](const QString &expression, int feature, const QVariant &expected) {
    QTest::addRow("%s @%d", qUtf8Printable(QString(expression).replace(u'\n', u"\\n"_s)), feature)
        << expression << feature << expected;
  };

  // Literals
  add(u"1"_s, 0, integer(1));
  add(u"1.5"_s, 0, real(1.5));
  add(u"1e3"_s, 0, real(1000));
  add(u".5"_s, 0, real(0.5));
  add(u"9223372036854775807"_s, 0, integer(std::numeric_limits<qint64>::max()));
  add(u"9223372036854775808"_s, 0, real(9223372036854775808.0));
  add(u"'abc'"_s, 0, u"abc"_s);
  add(u"'it''s'"_s, 0, u"it's"_s);
  add(u"''"_s, 0, u""_s);
  add(u"TRUE"_s, 0, kTrue);
  add(u"false"_s, 0, kFalse);
  add(u"NULL"_s, 0, kNull);

  // Arithmetic and precedence
  add(u"1 + 2 * 3"_s, 0, integer(7));
  add(u"(1 + 2) * 3"_s, 0, integer(9));
  add(u"2 - 3 - 4"_s, 0, integer(-5));
  add(u"2 * 3 % 4"_s, 0, integer(2));
  add(u"7 / 2"_s, 0, real(3.5));
  add(u"8 / 2"_s, 0, real(4));
  add(u"7 % 3"_s, 0, integer(1));
  add(u"-7 % 3"_s, 0, integer(-1));
  add(u"7.5 % 2"_s, 0, real(1.5));
  add(u"1 / 0"_s, 0, kNull);
  add(u"1 % 0"_s, 0, kNull);
  add(u"1.0 / 0.0"_s, 0, kNull);
  add(u"-3 - -2"_s, 0, integer(-1));
  add(u"-(2 + 3)"_s, 0, integer(-5));
  add(u"--4"_s, 0, integer(4));
  add(u"-'4'"_s, 0, integer(-4));
  add(u"'5' + 1"_s, 0, integer(6));
  add(u"'2.5' * 2"_s, 0, real(5));
  add(u"'abc' + 1"_s, 0, kNull);
  add(u"NULL + 1"_s, 0, kNull);
  add(u"TRUE + 1"_s, 0, integer(2));
  add(u"9223372036854775807 + 1"_s, 0, real(9223372036854775808.0));
  add(u"house_no + 0.5"_s, 0, real(120.5));
  add(u"area * 2"_s, 0, real(71));
  add(u"area * 2"_s, 1, kNull);

  // Concatenation
  add(u"'a' || 'b'"_s, 0, u"ab"_s);
  add(u"'a' || 1 + 2"_s, 0, u"a3"_s);
  add(u"1 || 2"_s, 0, u"12"_s);
  add(u"1.5 || ''"_s, 0, u"1.5"_s);
  add(u"0.1 + 0.2 || ''"_s, 0, u"0.30000000000000004"_s);
  add(u"'a' || NULL"_s, 0, kNull);
  add(u"名称 || '(' || \"district\" || ')'"_s, 0, u"五一路(鼓楼区)"_s);

  // Comparisons, numbers against texts
  add(u"1 = 1"_s, 0, kTrue);
  add(u"1 = 1.0"_s, 0, kTrue);
  add(u"1 <> 2"_s, 0, kTrue);
  add(u"1 != 1"_s, 0, kFalse);
  add(u"2 < 10"_s, 0, kTrue);
  add(u"2 <= 2"_s, 0, kTrue);
  add(u"3 >= 4"_s, 0, kFalse);
  add(u"'2' < '10'"_s, 0, kFalse);
  add(u"'2' < 10"_s, 0, kTrue);
  add(u"'10' = 10"_s, 0, kTrue);
  add(u"10 = ' 10.0 '"_s, 0, kTrue);
  add(u"'007' = '7'"_s, 0, kFalse);
  add(u"'007' = 7"_s, 0, kTrue);
  add(u"'abc' > 1"_s, 0, kTrue);
  add(u"'B' < 'a'"_s, 0, kTrue);
  add(u"'a' = 'A'"_s, 0, kFalse);
  add(u"TRUE = 1"_s, 0, kTrue);
  add(u"code = 7"_s, 0, kTrue);
  add(u"code = '7'"_s, 0, kFalse);
  add(u"code > 5"_s, 1, kTrue);
  add(u"code > 5"_s, 2, kTrue);
  add(u"house_no > 100"_s, 0, kTrue);
  add(u"house_no > 100"_s, 1, kFalse);
  add(u"house_no > 100"_s, 2, kNull);
  add(u"house_no = '120'"_s, 0, kTrue);
  add(u"\"district\" = '鼓楼区'"_s, 0, kTrue);
  add(u"\"district\" = '鼓楼区'"_s, 1, kFalse);
  add(u"\"district\" = '鼓楼区'"_s, 2, kNull);
  add(u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s, 0, kTrue);
  add(u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s, 1, kFalse);
  add(u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s, 2, kNull);
  add(u"1 < 2 = TRUE"_s, 0, kTrue);
  add(u"100 < house_no"_s, 0, kTrue);
  add(u"100 >= house_no"_s, 1, kTrue);
  add(u"120 = house_no"_s, 0, kTrue);
  add(u"'鼓楼区' = district"_s, 0, kTrue);
  add(u"'鼓楼区' <> district"_s, 2, kNull);
  add(u"house_no = 'abc'"_s, 0, kFalse);
  add(u"house_no < 'abc'"_s, 0, kTrue);
  add(u"house_no = TRUE"_s, 0, kFalse);
  add(u"house_no = NULL"_s, 0, kNull);
  add(u"house_no >= 120.0"_s, 0, kTrue);
  add(u"house_no < 120.5"_s, 0, kTrue);
  add(u"area > 35"_s, 0, kTrue);
  add(u"area = 35.5"_s, 0, kTrue);
  add(u"area = '35.50'"_s, 0, kTrue);
  add(u"area < 0"_s, 1, kNull);
  add(u"CODE = 9007199254740993"_s, 2, kTrue);
  add(u"CODE = 9007199254740992"_s, 2, kFalse);
  add(u"CODE > 9007199254740992"_s, 2, kTrue);
  add(u"CODE < 9007199254740994.5"_s, 2, kTrue);
  add(u"CODE + 0"_s, 2, integer(9007199254740993));

  // NULL and three-valued logic
  add(u"NULL = NULL"_s, 0, kNull);
  add(u"NULL <> 1"_s, 0, kNull);
  add(u"1 = NULL"_s, 0, kNull);
  add(u"TRUE AND NULL"_s, 0, kNull);
  add(u"FALSE AND NULL"_s, 0, kFalse);
  add(u"NULL AND FALSE"_s, 0, kFalse);
  add(u"NULL AND TRUE"_s, 0, kNull);
  add(u"TRUE OR NULL"_s, 0, kTrue);
  add(u"NULL OR TRUE"_s, 0, kTrue);
  add(u"FALSE OR NULL"_s, 0, kNull);
  add(u"NOT NULL"_s, 0, kNull);
  add(u"NOT TRUE"_s, 0, kFalse);
  add(u"NOT 1 = 2"_s, 0, kTrue);
  add(u"NOT TRUE AND FALSE"_s, 0, kFalse);
  add(u"NOT NOT TRUE"_s, 0, kTrue);
  add(u"TRUE OR FALSE AND FALSE"_s, 0, kTrue);
  add(u"(TRUE OR FALSE) AND FALSE"_s, 0, kFalse);
  add(u"1 AND 'x'"_s, 0, kTrue);
  add(u"0 OR ''"_s, 0, kFalse);
  add(u"'0' OR FALSE"_s, 0, kFalse);
  add(u"1 = 1 AND 2 = 2 AND 3 = 3 AND 4 = 4"_s, 0, kTrue);
  add(u"1 = 2 OR 2 = 3 OR NULL OR 4 = 4"_s, 0, kTrue);
  add(u"NULL IS NULL"_s, 0, kTrue);
  add(u"1 IS NULL"_s, 0, kFalse);
  add(u"1 IS NOT NULL"_s, 0, kTrue);
  add(u"note IS NULL"_s, 0, kTrue);
  add(u"note is not null"_s, 1, kTrue);
  add(u"house_no IS NOT NULL"_s, 2, kFalse);
  add(u"1 / 0 IS NULL"_s, 0, kTrue);
  add(u"NULL = NULL IS NULL"_s, 0, kTrue);
  add(u"NOT note IS NULL"_s, 1, kTrue);

  // IN
  add(u"2 IN (1, 2, 3)"_s, 0, kTrue);
  add(u"4 IN (1, 2, 3)"_s, 0, kFalse);
  add(u"4 IN (1, NULL)"_s, 0, kNull);
  add(u"1 IN (1, NULL)"_s, 0, kTrue);
  add(u"NULL IN (1)"_s, 0, kNull);
  add(u"4 NOT IN (1, 2)"_s, 0, kTrue);
  add(u"1 NOT IN (1, 2)"_s, 0, kFalse);
  add(u"4 NOT IN (1, NULL)"_s, 0, kNull);
  add(u"'1' IN (1, 2)"_s, 0, kTrue);
  add(u"1 + 1 IN (1 + 1)"_s, 0, kTrue);
  add(u"district IN ('鼓楼区', '台江区')"_s, 1, kTrue);
  add(u"district NOT IN ('鼓楼区', '台江区')"_s, 2, kNull);
  add(u"$id IN (100, 102)"_s, 0, kTrue);
  add(u"$id in (100, 102)"_s, 1, kFalse);

  // BETWEEN
  add(u"5 BETWEEN 1 AND 10"_s, 0, kTrue);
  add(u"1 BETWEEN 1 AND 10"_s, 0, kTrue);
  add(u"10 BETWEEN 1 AND 10"_s, 0, kTrue);
  add(u"11 BETWEEN 1 AND 10"_s, 0, kFalse);
  add(u"0 BETWEEN 1 AND 10"_s, 0, kFalse);
  add(u"5 NOT BETWEEN 1 AND 10"_s, 0, kFalse);
  add(u"11 NOT BETWEEN 1 AND 10"_s, 0, kTrue);
  add(u"NULL BETWEEN 1 AND 2"_s, 0, kNull);
  add(u"5 BETWEEN NULL AND 10"_s, 0, kNull);
  add(u"50 BETWEEN NULL AND 10"_s, 0, kFalse);
  add(u"50 NOT BETWEEN NULL AND 10"_s, 0, kTrue);
  add(u"5 BETWEEN 1 AND 10 AND FALSE"_s, 0, kFalse);
  add(u"1 + 1 BETWEEN 1 AND 1 + 1"_s, 0, kTrue);
  add(u"'b' BETWEEN 'a' AND 'c'"_s, 0, kTrue);
  add(u"house_no BETWEEN 100 AND 200"_s, 0, kTrue);
  add(u"house_no BETWEEN 100 AND 200"_s, 1, kFalse);
  add(u"area BETWEEN -3 AND -2"_s, 2, kTrue);

  // LIKE and ILIKE
  add(u"'Wuyi Road' LIKE 'Wu%'"_s, 0, kTrue);
  add(u"'Wuyi Road' LIKE 'wu%'"_s, 0, kFalse);
  add(u"'Wuyi Road' ILIKE 'wu%'"_s, 0, kTrue);
  add(u"'Wuyi Road' NOT ILIKE 'WU%'"_s, 0, kFalse);
  add(u"'abc' LIKE 'a_c'"_s, 0, kTrue);
  add(u"'abc' LIKE '_b'"_s, 0, kFalse);
  add(u"'abc' LIKE '%'"_s, 0, kTrue);
  add(u"'' LIKE '%'"_s, 0, kTrue);
  add(u"'' LIKE '_'"_s, 0, kFalse);
  add(u"'abc' LIKE 'abc'"_s, 0, kTrue);
  add(u"'abcd' LIKE 'abc'"_s, 0, kFalse);
  add(u"'abc' LIKE 'abcd'"_s, 0, kFalse);
  add(u"'abc' LIKE '%c'"_s, 0, kTrue);
  add(u"'abc' LIKE '%%b%%'"_s, 0, kTrue);
  add(u"'aXbXc' LIKE '%X%X%'"_s, 0, kTrue);
  add(u"'aXbc' LIKE '%X%X%'"_s, 0, kFalse);
  add(u"'mississippi' LIKE '%iss%ppi'"_s, 0, kTrue);
  add(u"'mississippi' LIKE 'm%issi_pi'"_s, 0, kTrue);
  add(u"'100%' LIKE '100\\%'"_s, 0, kTrue);
  add(u"'1000' LIKE '100\\%'"_s, 0, kFalse);
  add(u"'a_c' LIKE 'a\\_c'"_s, 0, kTrue);
  add(u"'abc' LIKE 'a\\_c'"_s, 0, kFalse);
  add(u"'a\\b' LIKE 'a\\\\b'"_s, 0, kTrue);
  add(u"名称 LIKE '%路'"_s, 0, kTrue);
  add(u"名称 LIKE '%路'"_s, 1, kFalse);
  add(u"名称 LIKE '三坊__'"_s, 1, kTrue);
  add(u"名称 LIKE '三坊_'"_s, 1, kFalse);
  add(u"'ÄB' ILIKE 'äb'"_s, 0, kTrue);
  add(u"'𠀀x' LIKE '_x'"_s, 0, kTrue);
  add(u"NULL LIKE '%'"_s, 0, kNull);
  add(u"'a' LIKE NULL"_s, 0, kNull);
  add(u"'abc' NOT LIKE 'a%'"_s, 0, kFalse);
  add(u"123 LIKE '1%'"_s, 0, kTrue);
  add(u"name LIKE 'it''%'"_s, 1, kTrue);
  add(u"'a' || 'b' LIKE 'ab'"_s, 0, kTrue);

  // Functions
  add(u"lower('ABC')"_s, 0, u"abc"_s);
  add(u"UPPER('abc')"_s, 0, u"ABC"_s);
  add(u"Lower(NULL)"_s, 0, kNull);
  add(u"length('鼓楼区')"_s, 0, integer(3));
  add(u"length('')"_s, 0, integer(0));
  add(u"length(12345)"_s, 0, integer(5));
  add(u"substr('abcdef', 2, 3)"_s, 0, u"bcd"_s);
  add(u"substr('abcdef', 2)"_s, 0, u"bcdef"_s);
  add(u"substr('abcdef', -2)"_s, 0, u"ef"_s);
  add(u"substr('abcdef', 0, 2)"_s, 0, u"ab"_s);
  add(u"substr('abcdef', 10)"_s, 0, u""_s);
  add(u"substr('abcdef', 2, -1)"_s, 0, u"bcde"_s);
  add(u"substr('鼓楼区五一路', 4, 3)"_s, 0, u"五一路"_s);
  add(u"substr(NULL, 1)"_s, 0, kNull);
  add(u"substr('abc', NULL)"_s, 0, kNull);
  add(u"concat('a', NULL, 1, 'b')"_s, 0, u"a1b"_s);
  add(u"concat(NULL)"_s, 0, u""_s);
  add(u"concat(名称, '-', district)"_s, 1, u"三坊七巷-台江区"_s);
  add(u"coalesce(NULL, NULL, 3, 4)"_s, 0, integer(3));
  add(u"coalesce(NULL)"_s, 0, kNull);
  add(u"coalesce(note, name)"_s, 0, u"Wuyi Road"_s);
  add(u"coalesce(note, name)"_s, 1, u"x"_s);
  add(u"coalesce(1, 1 / 0)"_s, 0, integer(1));
  add(u"round(2.5)"_s, 0, integer(3));
  add(u"round(-2.5)"_s, 0, integer(-3));
  add(u"round(2.4)"_s, 0, integer(2));
  add(u"round(3.14159, 2)"_s, 0, real(3.14));
  add(u"round(1234, -2)"_s, 0, integer(1200));
  add(u"round(1250, -2)"_s, 0, integer(1300));
  add(u"round(1234.5678, -2)"_s, 0, integer(1200));
  add(u"round(7)"_s, 0, integer(7));
  add(u"round(7, 2)"_s, 0, integer(7));
  add(u"round(NULL)"_s, 0, kNull);
  add(u"round(area, 1)"_s, 2, real(-2.3));
  add(u"abs(-3)"_s, 0, integer(3));
  add(u"abs(-2.5)"_s, 0, real(2.5));
  add(u"abs(NULL)"_s, 0, kNull);
  add(u"floor(2.7)"_s, 0, integer(2));
  add(u"floor(-2.5)"_s, 0, integer(-3));
  add(u"ceil(2.1)"_s, 0, integer(3));
  add(u"ceil(5)"_s, 0, integer(5));
  add(u"min(3, 1, 2)"_s, 0, integer(1));
  add(u"max(3, NULL, 7.5)"_s, 0, real(7.5));
  add(u"min(NULL)"_s, 0, kNull);
  add(u"max('10', 9)"_s, 0, integer(10));
  add(u"min(house_no, 100)"_s, 0, integer(100));
  add(u"to_int('42')"_s, 0, integer(42));
  add(u"to_int('4.6')"_s, 0, integer(5));
  add(u"to_int(2.5)"_s, 0, integer(3));
  add(u"to_int('abc')"_s, 0, kNull);
  add(u"to_int(TRUE)"_s, 0, integer(1));
  add(u"to_int(code)"_s, 0, integer(7));
  add(u"to_real('1.5')"_s, 0, real(1.5));
  add(u"to_real(2)"_s, 0, real(2));
  add(u"to_real('inf')"_s, 0, kNull);
  add(u"to_string(42)"_s, 0, u"42"_s);
  add(u"to_string(1.5)"_s, 0, u"1.5"_s);
  add(u"to_string(TRUE)"_s, 0, u"true"_s);
  add(u"to_string(NULL)"_s, 0, kNull);
  add(u"starts_with('鼓楼区', '鼓楼')"_s, 0, kTrue);
  add(u"starts_with('鼓楼区', '楼')"_s, 0, kFalse);
  add(u"contains('Wuyi Road', 'yi R')"_s, 0, kTrue);
  add(u"contains('Wuyi Road', 'yir')"_s, 0, kFalse);
  add(u"contains(NULL, 'a')"_s, 0, kNull);
  add(u"regexp_match('abc123', '\\d+')"_s, 0, kTrue);
  add(u"regexp_match('abc', '^\\d')"_s, 0, kFalse);
  add(u"regexp_match(名称, '^五.路$')"_s, 0, kTrue);
  add(u"regexp_match(name, '^it')"_s, 2, kNull);
  add(u"regexp_match('x42y', code)"_s, 1, kTrue);
  add(u"regexp_match('x42y', code)"_s, 0, kFalse);
  add(u"regexp_match('abc', '(' || '')"_s, 0, kNull);
  add(u"if(1 > 2, 'yes', 'no')"_s, 0, u"no"_s);
  add(u"if(NULL, 1, 2)"_s, 0, integer(2));
  add(u"IF(TRUE, 1, 1 / 0)"_s, 0, integer(1));
  add(u"if(house_no > 100, '大', '小')"_s, 1, u"小"_s);
  add(u"lower(upper(substr(name, 1, 4)))"_s, 0, u"wuyi"_s);

  // Fields and $id
  add(u"$id"_s, 1, integer(101));
  add(u"$ID + 1"_s, 1, integer(102));
  add(u"house_no"_s, 0, integer(120));
  add(u"house_no"_s, 2, kNull);
  add(u"area"_s, 0, real(35.5));
  add(u"area"_s, 1, kNull);
  add(u"名称"_s, 1, u"三坊七巷"_s);
  add(u"\"名称\""_s, 0, u"五一路"_s);
  add(u"\"Road Name\""_s, 0, u"wuyi"_s);
  add(u"\"and\""_s, 0, u"kw"_s);
  add(u"NAME"_s, 0, u"Wuyi Road"_s);
  add(u"CODE"_s, 0, integer(7));
  add(u"code"_s, 0, u"007"_s);
  add(u"Code"_s, 0, u"007"_s);
  add(u"name"_s, 1, u"it's"_s);
  add(u"name"_s, 2, kNull);

  // Spelling and spacing
  add(u"1 in (1)"_s, 0, kTrue);
  add(u"null is null"_s, 0, kTrue);
  add(u"  1\t=\n1  "_s, 0, kTrue);
  add(u"1\u3000=\u30001"_s, 0, kTrue);
  add(u"house_no>100AND district='鼓楼区'"_s, 0, kTrue);
}

void TestExpression::evaluate()
{
  QFETCH(QString, expression);
  QFETCH(int, feature);
  QFETCH(QVariant, expected);

  ExpressionError error;
  Expression parsed = Expression::parse(expression, &error);
  QVERIFY2(parsed.isValid(), qUtf8Printable(error.message));
  QVERIFY2(parsed.prepare(m_fixture->fields(), &error), qUtf8Printable(error.message));
  QCOMPARE(parsed.text(), expression);
  const QVariant actual = parsed.evaluate(*m_fixture, std::size_t(feature));
  QVERIFY2(sameValue(actual, expected),
           qUtf8Printable(u"got %1, expected %2"_s.arg(describe(actual), describe(expected))));
  QCOMPARE(parsed.matches(*m_fixture, std::size_t(feature)), expected.isValid() && expected.toBool());
}

void TestExpression::errors_data()
{
  QTest::addColumn<QString>("expression");
  QTest::addColumn<QString>("message");
  QTest::addColumn<int>("position");
  QTest::addColumn<int>("length");
  const auto add = [](const QString &expression, const QString &message, int position, int length) {
    QTest::addRow("%s", qUtf8Printable(expression)) << expression << message << position << length;
  };

  add(u""_s, u"expected a value at position 0"_s, 0, 0);
  add(u"   "_s, u"expected a value at position 3"_s, 3, 0);
  add(u"1 +"_s, u"expected a value at position 3"_s, 3, 0);
  add(u"a = = 1"_s, u"expected a value at position 4"_s, 4, 1);
  add(u"(1 + 2"_s, u"expected ) at position 6"_s, 6, 0);
  add(u"((名称 = 'x') OR (1 = 2) AND"_s, u"expected a value at position 26"_s, 26, 0);
  add(u"(\"district\" = '鼓楼区' OR 1"_s, u"expected ) at position 24"_s, 24, 0);
  add(u"round(1, 2"_s, u"expected , or ) at position 10"_s, 10, 0);
  add(u"round(1 2)"_s, u"expected , or ) at position 8"_s, 8, 1);
  add(u"'abc"_s, u"unterminated string"_s, 0, 4);
  add(u"name = 'abc"_s, u"unterminated string"_s, 7, 4);
  add(u"name = 'it''s"_s, u"unterminated string"_s, 7, 6);
  add(u"\"name"_s, u"unterminated quoted field name"_s, 0, 5);
  add(u"foo(1)"_s, u"unknown function “foo”"_s, 0, 3);
  add(u"1 + 函数(1)"_s, u"unknown function “函数”"_s, 4, 2);
  add(u"1 + round()"_s, u"wrong number of arguments for round (expected 1 or 2)"_s, 4, 7);
  add(u"ROUND(1, 2, 3)"_s, u"wrong number of arguments for round (expected 1 or 2)"_s, 0, 14);
  add(u"lower()"_s, u"wrong number of arguments for lower (expected 1)"_s, 0, 7);
  add(u"if(TRUE, 1)"_s, u"wrong number of arguments for if (expected 3)"_s, 0, 11);
  add(u"concat()"_s, u"wrong number of arguments for concat (expected at least 1)"_s, 0, 8);
  add(u"1 # 2"_s, u"unexpected character “#” at position 2"_s, 2, 1);
  add(u"a |b"_s, u"unexpected character “|” at position 2"_s, 2, 1);
  add(u"a ! b"_s, u"unexpected character “!” at position 2"_s, 2, 1);
  add(u"a = ‘x’"_s, u"unexpected character “‘” at position 4"_s, 4, 1);
  add(u"1 2"_s, u"unexpected “2” at position 2"_s, 2, 1);
  add(u"(1))"_s, u"unexpected “)” at position 3"_s, 3, 1);
  add(u"a NOT 1"_s, u"unexpected “NOT” at position 2"_s, 2, 3);
  add(u"name 名称"_s, u"unexpected “名称” at position 5"_s, 5, 2);
  add(u"a IS 1"_s, u"expected NULL at position 5"_s, 5, 1);
  add(u"a IS NOT"_s, u"expected NULL at position 8"_s, 8, 0);
  add(u"a BETWEEN 1 OR 2"_s, u"expected AND at position 12"_s, 12, 2);
  add(u"a IN 1"_s, u"expected ( at position 5"_s, 5, 1);
  add(u"a IN (1, 2"_s, u"expected , or ) at position 10"_s, 10, 0);
  add(u"a IN ()"_s, u"expected a value at position 6"_s, 6, 1);
  add(u"a LIKE"_s, u"expected a value at position 6"_s, 6, 0);
  add(u"$foo = 1"_s, u"unknown variable “$foo”"_s, 0, 4);
  add(u"1 + $"_s, u"unexpected character “$” at position 4"_s, 4, 1);
  add(u"regexp_match(name, '(')"_s,
      u"invalid regular expression: "_s + QRegularExpression(u"("_s).errorString(), 19, 3);
  add(QString(300, u'(') + u'1' + QString(300, u')'), u"expression too deeply nested at position 200"_s, 200,
      1);
  QString chain = u"1"_s;
  for (int i = 0; i < 1500; ++i)
    chain += u" + 1"_s;
  add(chain, u"expression too deeply nested at position 4002"_s, 4002, 1);
}

void TestExpression::errors()
{
  QFETCH(QString, expression);
  QFETCH(QString, message);
  QFETCH(int, position);
  QFETCH(int, length);

  ExpressionError error;
  Expression parsed = Expression::parse(expression, &error);
  QVERIFY(!parsed.isValid());
  QCOMPARE(error.message, message);
  QCOMPARE(error.position, position);
  QCOMPARE(error.length, length);
  QVERIFY(!parsed.isPrepared());
  QVERIFY(!parsed.matches(*m_fixture, 0));

  // prepare() repeats the parse error, so a caller that only prepares still learns it.
  ExpressionError again;
  QVERIFY(!parsed.prepare(m_fixture->fields(), &again));
  QCOMPARE(again.message, message);
  QCOMPARE(again.position, position);
}

void TestExpression::unknownFields_data()
{
  QTest::addColumn<QString>("expression");
  QTest::addColumn<QString>("message");
  QTest::addColumn<int>("position");
  QTest::addColumn<int>("length");

  QTest::newRow("bare") << u"name = 1 AND xyz > 2"_s << u"unknown field “xyz”"_s << 13 << 3;
  QTest::newRow("quoted") << u"\"no such\" = 1"_s << u"unknown field “no such”"_s << 0 << 9;
  QTest::newRow("chinese") << u"名称 = '五一路' OR 门牌 > 3"_s << u"unknown field “门牌”"_s << 14 << 2;
  QTest::newRow("first mention") << u"lower(x) = x"_s << u"unknown field “x”"_s << 6 << 1;
  QTest::newRow("in a function") << u"coalesce(note, 地址)"_s << u"unknown field “地址”"_s << 15 << 2;
}

void TestExpression::unknownFields()
{
  QFETCH(QString, expression);
  QFETCH(QString, message);
  QFETCH(int, position);
  QFETCH(int, length);

  Expression parsed = Expression::parse(expression);
  QVERIFY(parsed.isValid());
  ExpressionError error;
  QVERIFY(!parsed.prepare(m_fixture->fields(), &error));
  QCOMPARE(error.message, message);
  QCOMPARE(error.position, position);
  QCOMPARE(error.length, length);
  QVERIFY(!parsed.isPrepared());
  QVERIFY(!parsed.evaluate(*m_fixture, 0).isValid());
}

void TestExpression::referencedFields_data()
{
  QTest::addColumn<QString>("expression");
  QTest::addColumn<QStringList>("fields");

  QTest::newRow("filter") << u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s
                          << QStringList{u"district"_s, u"house_no"_s};
  QTest::newRow("repeated") << u"名称 || name || 名称"_s << QStringList{u"名称"_s, u"name"_s};
  QTest::newRow("none") << u"$id > 3 AND 'name' = 'x'"_s << QStringList{};
  QTest::newRow("functions") << u"lower(\"Road Name\") LIKE '%a%' OR coalesce(note, code) IS NULL"_s
                             << QStringList{u"Road Name"_s, u"note"_s, u"code"_s};
  QTest::newRow("in and between") << u"round(area) IN (house_no, 3) AND CODE BETWEEN note AND 9"_s
                                  << QStringList{u"area"_s, u"house_no"_s, u"CODE"_s, u"note"_s};
  QTest::newRow("keyword quoted") << u"\"and\" = 'kw'"_s << QStringList{u"and"_s};
  QTest::newRow("spelled as written") << u"NAME = name"_s << QStringList{u"NAME"_s, u"name"_s};
}

void TestExpression::referencedFields()
{
  QFETCH(QString, expression);
  QFETCH(QStringList, fields);

  const Expression parsed = Expression::parse(expression);
  QVERIFY(parsed.isValid());
  QCOMPARE(parsed.referencedFields(), fields);
  QCOMPARE(parsed.isPrepared(), fields.isEmpty());
}

void TestExpression::fieldReferencePositions()
{
  const Expression parsed = Expression::parse(u"名称 = 'x' OR \"Road Name\" || 名称 IS NULL"_s);
  const QList<rc::ExpressionFieldReference> references = parsed.fieldReferences();
  QCOMPARE(references.size(), 2);
  QCOMPARE(references[0].name, u"名称"_s);
  QCOMPARE(references[0].position, 0);
  QCOMPARE(references[0].length, 2);
  QCOMPARE(references[1].name, u"Road Name"_s);
  QCOMPARE(references[1].position, 12);
  QCOMPARE(references[1].length, 11);
}

void TestExpression::copiesAreIndependent()
{
  Expression original = prepared(u"house_no + 1"_s, *m_fixture);
  Expression copy = original;
  QCOMPARE(copy.evaluate(*m_fixture, 0), integer(121));

  // Rebinding the copy to a store where house_no is the second field leaves the original alone.
  FeatureStoreBuilder builder(
      {{u"other"_s, FieldType::Integer, {}}, {u"HOUSE_NO"_s, FieldType::Integer, {}}});
  builder.beginFeature(1, rc::GeometryKind::Empty);
  builder.setInteger(0, 1000);
  builder.setInteger(1, 5);
  const auto other = builder.finish();
  QVERIFY(copy.prepare(other->fields()));
  QCOMPARE(copy.evaluate(*other, 0), integer(6));
  QCOMPARE(original.evaluate(*m_fixture, 0), integer(121));

  ExpressionError error;
  QVERIFY(!copy.prepare(rc::Fields{Field{u"other"_s, FieldType::Integer, {}}}, &error));
  QVERIFY(!copy.isPrepared());
  QCOMPARE(original.evaluate(*m_fixture, 1), integer(81));
}

void TestExpression::unpreparedEvaluatesToNull()
{
  const Expression invalid;
  QVERIFY(!invalid.isValid());
  QVERIFY(!invalid.evaluate(*m_fixture, 0).isValid());

  const Expression unbound = Expression::parse(u"house_no > 0"_s);
  QVERIFY(unbound.isValid());
  QVERIFY(!unbound.isPrepared());
  QVERIFY(!unbound.evaluate(*m_fixture, 0).isValid());
  QVERIFY(!unbound.matches(*m_fixture, 0));
  QVERIFY(filterFeatures(unbound, *m_fixture).empty());

  const Expression constant = Expression::parse(u"1 + 1 = 2"_s);
  QVERIFY(constant.isPrepared());
  QVERIFY(constant.matches(*m_fixture, 2));
}

void TestExpression::threadsAgreeWithOneThread()
{
  const FeatureStore &store = *m_random.store;
  QCOMPARE(store.featureCount(), std::size_t(250'000));
  const std::size_t count = 200'000;
  const QStringList texts{
      u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s,
      u"concat(name, ' ', to_string(round(area, 1)), ' ', upper(code)) || district"_s,
      u"if(regexp_match(name, '^路1\\d'), 'a', 'b') || (name ILIKE '%7') || (code IN ('007', '042', 7))"_s,
      u"coalesce(area / (house_no - 150), house_no % 7, $id) BETWEEN 0 AND 50"_s,
  };
  for (const QString &text : texts) {
    const Expression expression = prepared(text, store);
    std::vector<QVariant> single(count);
    for (std::size_t f = 0; f < count; ++f)
      single[f] = expression.evaluate(store, f);

    std::array<std::vector<QVariant>, 2> parallel;
    const auto work = [&expression, &store, count](std::vector<QVariant> &out) {
      out.resize(count);
      for (std::size_t f = 0; f < count; ++f)
        out[f] = expression.evaluate(store, f);
    };
    std::thread first(work, std::ref(parallel[0]));
    std::thread second(work, std::ref(parallel[1]));
    first.join();
    second.join();

    for (const std::vector<QVariant> &values : parallel)
      for (std::size_t f = 0; f < count; ++f)
        if (!sameValue(values[f], single[f]))
          QFAIL(qUtf8Printable(u"%1: feature %2 gave %3 on a thread, %4 alone"_s.arg(text).arg(f).arg(
              describe(values[f]), describe(single[f]))));
  }
}

void TestExpression::filterMatchesBruteForce_data()
{
  QTest::addColumn<QString>("expression");
  QTest::addColumn<Predicate>("predicate");

  // A comparison or arithmetic with NULL is NULL, and a filter keeps only TRUE: every predicate
  // asks for its values first. A text that reads as a number compares as that number; any other
  // text is greater than every number.
  QTest::newRow("district and number")
      << u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s << Predicate([](const RandomRow &r) {
           return r.district == u"鼓楼区"_s && r.houseNumber && *r.houseNumber > 100;
         });
  QTest::newRow("or with nulls") << u"district = '台江区' OR house_no IS NULL"_s
                                 << Predicate([](const RandomRow &r) {
                                      return r.district == u"台江区"_s || !r.houseNumber;
                                    });
  QTest::newRow("not in") << u"district NOT IN ('鼓楼区', '仓山区')"_s << Predicate([](const RandomRow &r) {
    return r.district && *r.district != u"鼓楼区"_s && *r.district != u"仓山区"_s;
  });
  QTest::newRow("like") << u"name LIKE '路1%' AND area BETWEEN 100 AND 500"_s
                        << Predicate([](const RandomRow &r) {
                             return r.name && r.name->startsWith(u"路1"_s) && r.area && *r.area >= 100 &&
                                    *r.area <= 500;
                           });
  QTest::newRow("text against number") << u"code < 100"_s << Predicate([](const RandomRow &r) {
    bool number = false;
    const int value = r.code.toInt(&number);
    return number && value < 100;
  });
  QTest::newRow("arithmetic") << u"house_no % 7 = 3 OR area / house_no > 5"_s
                              << Predicate([](const RandomRow &r) {
                                   // x / 0 is NULL.
                                   return (r.houseNumber && *r.houseNumber % 7 == 3) ||
                                          (r.houseNumber && r.area && *r.houseNumber != 0 &&
                                           *r.area / double(*r.houseNumber) > 5);
                                 });
  QTest::newRow("fid") << u"$id % 1000 = 1"_s
                       << Predicate([](const RandomRow &r) { return r.fid % 1000 == 1; });
  QTest::newRow("all") << u"TRUE"_s << Predicate([](const RandomRow &) { return true; });
  QTest::newRow("none") << u"NULL"_s << Predicate([](const RandomRow &) { return false; });
}

void TestExpression::filterMatchesBruteForce()
{
  QFETCH(QString, expression);
  QFETCH(Predicate, predicate);

  const FeatureStore &store = *m_random.store;
  const Expression filter = prepared(expression, store);
  const Ids expected = matching(m_random, predicate);
  const Ids got = filterFeatures(filter, store);
  QCOMPARE(got.size(), expected.size());
  QVERIFY(got == expected);
}

void TestExpression::filterMatchesIndependentPredicate()
{
  const FeatureStore &store = *m_random.store;
  const Expression filter = prepared(u"\"district\" = '鼓楼区' AND \"house_no\" > 100"_s, store);
  const Ids expected = matching(m_random, [](const RandomRow &r) {
    return r.district == u"鼓楼区"_s && r.houseNumber && *r.houseNumber > 100;
  });
  QVERIFY(expected.size() > 10'000);
  QVERIFY(filterFeatures(filter, store) == expected);
}

void TestExpression::filterReportsProgress()
{
  const FeatureStore &store = *m_random.store;
  const Expression filter = prepared(u"house_no > 150"_s, store);
  const Ids expected =
      matching(m_random, [](const RandomRow &r) { return r.houseNumber && *r.houseNumber > 150; });
  std::vector<double> reports;
  QThread *caller = QThread::currentThread();
  bool onCaller = true;
  const auto record = [&](double progress) {
    reports.push_back(progress);
    onCaller = onCaller && QThread::currentThread() == caller;
  };
  QVERIFY(filterFeatures(filter, store, record) == expected);
  QVERIFY(onCaller);
  QVERIFY(std::is_sorted(reports.begin(), reports.end()));
  QVERIFY(reports.front() > 0);
  QCOMPARE(reports.back(), 1.0);

  // With no pool thread free the calling thread does every chunk, reporting after each.
  QThreadPool *pool = QThreadPool::globalInstance();
  const auto restore =
      qScopeGuard([pool, threads = pool->maxThreadCount()] { pool->setMaxThreadCount(threads); });
  pool->setMaxThreadCount(1);
  reports.clear();
  QVERIFY(filterFeatures(filter, store, record) == expected);
  QVERIFY(reports.size() > 10);
  QVERIFY(std::adjacent_find(reports.begin(), reports.end() - 1, std::greater_equal<>()) ==
          reports.end() - 1);
  QCOMPARE(reports.back(), 1.0);
}

void TestExpression::filterCancels()
{
  const FeatureStore &store = *m_random.store;
  const Expression filter = prepared(u"house_no > 150"_s, store);

  std::atomic_bool cancel = true;
  QVERIFY(filterFeatures(filter, store, {}, &cancel).empty());

  // Cancelled from the progress callback: one chunk done, the rest skipped, nothing returned. A
  // single thread makes "one chunk" certain.
  QThreadPool *pool = QThreadPool::globalInstance();
  const auto restore =
      qScopeGuard([pool, threads = pool->maxThreadCount()] { pool->setMaxThreadCount(threads); });
  pool->setMaxThreadCount(1);
  cancel = false;
  int reports = 0;
  const Ids got = filterFeatures(
      filter, store,
      [&](double) {
        ++reports;
        cancel = true;
      },
      &cancel);
  QVERIFY(got.empty());
  QCOMPARE(reports, 1);
}

void TestExpression::filterEmptyStore()
{
  FeatureStoreBuilder builder({{u"name"_s, FieldType::String, {}}});
  const auto empty = builder.finish();
  const Expression filter = prepared(u"name IS NULL"_s, *empty);
  int reports = 0;
  QVERIFY(filterFeatures(filter, *empty, [&](double) { ++reports; }).empty());
  QCOMPARE(reports, 1);
}

QTEST_GUILESS_MAIN(TestExpression)
#include "test_expression.moc"
