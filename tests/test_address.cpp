#include "address/AddressIndex.h"
#include "address/AddressIndexTables.h"
#include "address/AddressNormalizer.h"
#include "address/AddressQuality.h"
#include "address/CoordinateInput.h"
#include "address/Gazetteer.h"
#include "address/Geocoder.h"

#include "PlainGeometry.h"
#include "TestData.h"

#include <QJsonDocument>
#include <QProcess>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest/QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <numbers>
#include <random>

using namespace Qt::StringLiterals;
using rc::AddressIndex;
using rc::AddressLevel;
using rc::AddressNormalizer;
using rc::AddressToken;
using rc::CoordinateInput;
using rc::Gazetteer;
using rc::GeocodeResult;
using rc::StandardAddress;

namespace {

constexpr double kMetresPerDegreeLat = 111320;

/// A community square of the synthetic city, with its codes.
struct Community
{
  QString district, districtCode, town, townCode, name, code;
  double lon0, lat0; ///< south-west corner
  double size;       ///< degrees
};

/// A small synthetic city of standard addresses, built the way the demo city and real supplier
/// data spell them: compounds of buildings, units and rooms behind odd and even house numbers
/// along two roads per community, and village houses without rooms. Names are chosen to be
/// awkward: a compound name shared by two communities, a compound whose core is also a community's
/// core, a road crossing districts.
class SyntheticCity
{
public:
  SyntheticCity()
  {
    const QStringList districts{u"鼓楼区"_s, u"台江区"_s, u"仓山区"_s};
    const QStringList districtCodes{u"350102"_s, u"350103"_s, u"350104"_s};
    const QStringList towns{u"鼓东街道"_s, u"温泉街道"_s, u"瀛洲街道"_s,
                            u"后洲街道"_s, u"城门镇"_s,   u"盖山镇"_s};
    const QStringList communityNames{
        u"湖阳社区"_s, u"北苑社区"_s, u"东门社区"_s, u"华林社区"_s, u"屏东社区"_s, u"五一社区"_s,
        u"洋中社区"_s, u"帮洲社区"_s, u"义洲社区"_s, u"新港社区"_s, u"上海社区"_s, u"苍霞社区"_s,
        u"林浦村"_s,   u"濂江村"_s,   u"胪雷村"_s,   u"红星社区"_s, u"建新社区"_s, u"阳岐村"_s};
    const QStringList roadStems{
        u"宁庭"_s, u"和峰"_s, u"杨桥"_s, u"湖东"_s, u"鼓屏"_s, u"树兜"_s, u"福新"_s, u"茶亭"_s, u"达道"_s,
        u"排尾"_s, u"白马"_s, u"南江"_s, u"学军"_s, u"连江"_s, u"洋下"_s, u"安泰"_s, u"塔头"_s, u"澳门"_s,
        u"新权"_s, u"光明"_s, u"浦上"_s, u"金山"_s, u"建新"_s, u"盘屿"_s, u"螺洲"_s, u"义序"_s, u"胪峰"_s,
        u"阳光"_s, u"首山"_s, u"林浦"_s, u"濂浦"_s, u"城山"_s, u"三江"_s, u"高湖"_s, u"红江"_s, u"齐安"_s};
    // Compound names: a stem and a generic ending, unique but for one deliberate pair; as in a
    // real city, many are one character apart.
    const QString firsts = u"金银玉华新东西南北中富康"_s, seconds = u"城苑邸庭湾岸景台峰林"_s;
    const QStringList endings{u"广场"_s, u"公寓"_s, u"花园"_s, u"新村"_s, u"家园"_s, u"大厦"_s,
                              u"小区"_s, u"名城"_s, u"华庭"_s, u"嘉园"_s, u"山庄"_s, u"雅居"_s};
    const QStringList named{u"锦安广场"_s, u"水洲公寓"_s, u"湖阳花园"_s, u"道湖新苑"_s};
    const auto compoundName = [&](int k) -> QString {
      if (k < named.size())
        return named[k];
      if (k == 100)
        return named[3]; // 道湖新苑 again, in another district
      return QString(firsts[k % firsts.size()]) + seconds[(k / firsts.size()) % seconds.size()] +
             endings[(k * 5) % endings.size()];
    };
    int road = 0, compound = 0;
    for (int c = 0; c < communityNames.size(); ++c) {
      const int districtIndex = c / 6, townIndex = c / 3;
      Community community;
      community.district = districts[districtIndex];
      community.districtCode = districtCodes[districtIndex];
      community.town = towns[townIndex];
      community.townCode =
          QString::number(townIndex % 2 + (districtIndex == 2 ? 101 : 1)).rightJustified(3, u'0');
      community.name = communityNames[c];
      community.code =
          community.districtCode + community.townCode + QString::number(c % 3 + 1).rightJustified(3, u'0');
      community.lon0 = 119.20 + 0.012 * (c % 6);
      community.lat0 = 26.00 + 0.012 * (c / 6);
      community.size = 0.01;
      communities.push_back(community);
      const bool village = community.name.endsWith(u'村');
      // The first road of the three communities of a row shares one long road name (六一路 runs
      // across the districts).
      const QString eastWest = c % 6 < 3 ? u"六一路"_s : roadStems[road++ % roadStems.size()] + u"路"_s;
      const QString northSouth = roadStems[road++ % roadStems.size()] + (c % 2 ? u"街"_s : u"路"_s);
      int sequence = 0;
      for (int r = 0; r < 2; ++r) {
        const QString roadName = r == 0 ? eastWest : northSouth;
        // Numbers run on along a road through the communities of a district (六一路 crosses three).
        const int firstNumber = roadName == u"六一路"_s ? (c % 3) * 24 : 0;
        for (int house = 1; house <= 24; ++house) {
          // Odd numbers on one side, even on the other, rising along the road every 30 m.
          const double along = 0.0008 + 0.0004 * ((house - 1) / 2);
          const double side = house % 2 ? 0.0012 : -0.0012;
          const double lon = r == 0 ? community.lon0 + along : community.lon0 + 0.005 + side;
          const double lat = r == 0 ? community.lat0 + 0.005 + side : community.lat0 + along;
          StandardAddress base;
          base.district = community.district;
          base.town = community.town;
          base.community = community.name;
          base.road = roadName;
          base.houseNo = QString::number(firstNumber + house);
          base.gridCode = community.code + QString::number((lon - community.lon0 < 0.005 ? 1 : 2) +
                                                           (lat - community.lat0 < 0.005 ? 2 : 0))
                                               .rightJustified(3, u'0');
          const bool hasCompound = !village && house % 6 == 1;
          if (hasCompound) {
            base.compound = compoundName(compound++);
            for (int building = 1; building <= 3; ++building) {
              for (int unit = 1; unit <= 2; ++unit) {
                for (int floor = 1; floor <= 6; ++floor) {
                  for (int door = 1; door <= 2; ++door) {
                    StandardAddress a = base;
                    a.building = QString::number(building);
                    a.unit = QString::number(unit);
                    a.room = QString::number(floor * 100 + door);
                    a.lon = lon + 0.0002 * building;
                    a.lat = lat + (house % 2 ? 0.0002 : -0.0002);
                    add(a, community, ++sequence);
                  }
                }
              }
            }
          } else if (!village && house % 3 == 0) {
            for (int floor = 1; floor <= 3; ++floor) {
              StandardAddress a = base;
              a.room = QString::number(floor * 100 + 1);
              a.lon = lon;
              a.lat = lat;
              add(a, community, ++sequence);
            }
          } else {
            StandardAddress a = base;
            a.lon = lon;
            a.lat = lat;
            add(a, community, ++sequence);
          }
        }
      }
    }
  }

  std::vector<Community> communities;
  std::vector<StandardAddress> addresses;

private:
  void add(StandardAddress a, const Community &community, int sequence)
  {
    a.addrCode = community.code + QString::number(sequence).rightJustified(8, u'0');
    a.fullAddress =
        u"福建省福州市"_s + a.district + a.town + a.community + a.road + a.houseNo + u"号"_s + a.compound;
    if (!a.building.isEmpty())
      a.fullAddress += a.building + u"号楼"_s;
    if (!a.unit.isEmpty())
      a.fullAddress += a.unit + u"单元"_s;
    if (!a.room.isEmpty())
      a.fullAddress += a.room + u"室"_s;
    a.fid = qint64(addresses.size()) + 1;
    addresses.push_back(a);
  }
};

/// Writes addresses (and community squares) into a GeoPackage through GDAL.
void writeGeoPackage(const QString &path, const std::vector<StandardAddress> &addresses,
                     const std::vector<Community> &communities)
{
  QFile::remove(path);
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  QVERIFY(driver);
  const GDALDatasetUniquePtr dataset(
      driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  QVERIFY(dataset);
  OGRSpatialReference srs;
  srs.importFromEPSG(4490);
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

  OGRLayer *areas = dataset->CreateLayer("communities", &srs, wkbPolygon, nullptr);
  for (const char *name : {"code", "name", "town", "district"}) {
    OGRFieldDefn field(name, OFTString);
    QCOMPARE(areas->CreateField(&field), OGRERR_NONE);
  }
  for (const Community &c : communities) {
    const OGRFeatureUniquePtr f(OGRFeature::CreateFeature(areas->GetLayerDefn()));
    f->SetField("code", c.code.toUtf8().constData());
    f->SetField("name", c.name.toUtf8().constData());
    f->SetField("town", c.town.toUtf8().constData());
    f->SetField("district", c.district.toUtf8().constData());
    OGRLinearRing ring;
    ring.addPoint(c.lon0, c.lat0);
    ring.addPoint(c.lon0 + c.size, c.lat0);
    ring.addPoint(c.lon0 + c.size, c.lat0 + c.size);
    ring.addPoint(c.lon0, c.lat0 + c.size);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    f->SetGeometry(&polygon);
    QCOMPARE(areas->CreateFeature(f.get()), OGRERR_NONE);
  }

  OGRLayer *layer = dataset->CreateLayer("addresses", &srs, wkbPoint, nullptr);
  const char *fields[] = {"addr_code", "district", "town", "community", "road",         "house_no",
                          "compound",  "building", "unit", "room",      "full_address", "grid_code"};
  for (const char *name : fields) {
    OGRFieldDefn field(name, OFTString);
    QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
  }
  QCOMPARE(dataset->StartTransaction(), OGRERR_NONE);
  for (const StandardAddress &a : addresses) {
    const OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    const QString values[] = {a.addrCode, a.district, a.town, a.community, a.road,        a.houseNo,
                              a.compound, a.building, a.unit, a.room,      a.fullAddress, a.gridCode};
    for (int i = 0; i < 12; ++i)
      f->SetField(fields[i], values[i].toUtf8().constData());
    if (std::isfinite(a.lon)) {
      OGRPoint point(a.lon, a.lat);
      f->SetGeometry(&point);
    }
    QCOMPARE(layer->CreateFeature(f.get()), OGRERR_NONE);
  }
  QCOMPARE(dataset->CommitTransaction(), OGRERR_NONE);
}

/// The same addresses as a CSV with lon/lat columns, the way a spreadsheet export looks.
void writeCsv(const QString &path, const std::vector<StandardAddress> &addresses)
{
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
  file.write(
      "addr_code,district,town,community,road,house_no,compound,building,unit,room,full_address,grid_code,"
      "lon,lat\n");
  for (const StandardAddress &a : addresses) {
    const QStringList row{a.addrCode,
                          a.district,
                          a.town,
                          a.community,
                          a.road,
                          a.houseNo,
                          a.compound,
                          a.building,
                          a.unit,
                          a.room,
                          a.fullAddress,
                          a.gridCode,
                          QString::number(a.lon, 'f', 8),
                          QString::number(a.lat, 'f', 8)};
    file.write(row.join(u',').toUtf8() + '\n');
  }
}

/// Metres by the test's own haversine, not the geocoder's geodesic: the two agree to 5e-8 of the
/// distance, so comparisons allow a millionth of it and a millimetre.
double geodesic(double lon1, double lat1, double lon2, double lat2)
{
  return rc::test::haversineMetres(lon1, lat1, lon2, lat2);
}

double tolerance(double metres)
{
  return metres * 1e-6 + 0.001;
}

/// Replaces one character of a name, not its generic ending, with a character it does not contain.
QString withTypo(const QString &name, std::mt19937 &random)
{
  static const QString pool = u"安宁和平福寿康泰兴旺盛达隆昌永乐嘉祥瑞丰"_s;
  const qsizetype editable = std::max<qsizetype>(1, name.size() - 1);
  const qsizetype at = qsizetype(random() % quint32(editable));
  QChar replacement;
  do
    replacement = pool[qsizetype(random() % quint32(pool.size()))];
  while (name.contains(replacement));
  QString out = name;
  out[at] = replacement;
  return out;
}

/// Chinese numerals for a number, digit by digit for rooms (七零一) or positional below 100.
QString chineseDigits(const QString &number)
{
  static const QString digits = u"零一二三四五六七八九"_s;
  QString out;
  for (QChar c : number)
    out += c.isDigit() ? digits[c.digitValue()] : c;
  return out;
}

QString fullWidth(const QString &text)
{
  QString out = text;
  for (QChar &c : out) {
    if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
      c = QChar(char16_t(c.unicode() - 0x21 + 0xFF01));
  }
  return out.replace(u'号', u'號').replace(u'楼', u'樓').replace(u'单', u'單').replace(u'区', u'區');
}

} // namespace

Q_DECLARE_METATYPE(AddressToken::Marker)
Q_DECLARE_METATYPE(CoordinateInput::Kind)
Q_DECLARE_METATYPE(AddressLevel)

/// The standard address database: normalization, the index, geocoding, reverse geocoding, quality
/// checks and the match rate, on a synthetic city written in initTestCase().
class TestAddress : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();

  void normalize_data();
  void normalize();
  void foldCharacters_data();
  void foldCharacters();
  void chineseNumbers_data();
  void chineseNumbers();
  void tokenize_data();
  void tokenize();
  void levelValues_data();
  void levelValues();
  void coordinateInput_data();
  void coordinateInput();
  void gazetteerLookups();
  void editDistance_data();
  void editDistance();

  void indexBesideSourceAndReused();
  void indexRebuiltWhenSourceChanges();
  void indexBuildCancels();
  void indexFromCsv();
  void fieldMapNamesOddHeadings();
  void fieldMapErrorsNameTheFile();
  void indexRejectsNonAddressLayer();

  void geocodeKnown_data();
  void geocodeKnown();
  void geocodeGroups_data();
  void geocodeGroups();
  void geocodeSpecialInput_data();
  void geocodeSpecialInput();
  void searchAsYouType_data();
  void searchAsYouType();
  void ftsSyntaxIsText_data();
  void ftsSyntaxIsText();
  void geocodeFromThreads();
  void geocodeCancelled();

  void reverseMatchesBruteForce();
  void reverseFarAway();

  void qualityCleanLayer();
  void qualityRules_data();
  void qualityRules();
  void qualityOutputs();

  void matchRate();

  void commandGeocode();
  void commandBatch();
  void commandReverse();

private:
  /// Runs `rongcheng ARGS`; returns stdout, and the exit status in `status`.
  QByteArray run(const QStringList &arguments, int *status, QByteArray *errors = nullptr);

  QString m_dir;
  QString m_source;
  SyntheticCity m_city;
  std::shared_ptr<const AddressIndex> m_index;
  QTemporaryDir m_temporary;
};

void TestAddress::initTestCase()
{
  GDALAllRegister();
  QVERIFY(m_temporary.isValid());
  m_dir = m_temporary.path();
  m_source = m_dir + u"/city.gpkg"_s;
  writeGeoPackage(m_source, m_city.addresses, m_city.communities);
  QFile aliases(m_dir + u"/city.aliases.csv"_s);
  QVERIFY(aliases.open(QIODevice::WriteOnly));
  aliases.write("# alias,standard name\n老锦安,锦安广场\n水洲宿舍,水洲公寓\n");
  aliases.close();
  m_index = AddressIndex::open(m_source);
  QCOMPARE(m_index->addressCount(), qint64(m_city.addresses.size()));
}

void TestAddress::normalize_data()
{
  QTest::addColumn<QString>("input");
  QTest::addColumn<QString>("expected");
  QTest::newRow("standard") << u"福建省福州市鼓楼区鼓东街道湖阳社区宁庭街56号锦安广场2号楼1单元701室"_s
                            << u"鼓楼区鼓东街道湖阳社区宁庭街56号锦安广场2栋1单元701室"_s;
  QTest::newRow("traditional") << u"鼓樓區寧庭街56號錦安廣場2號樓1單元701室"_s
                               << u"鼓楼区宁庭街56号锦安广场2栋1单元701室"_s;
  QTest::newRow("full-width digits") << u"宁庭街５６号２号楼１单元７０１室"_s << u"宁庭街56号2栋1单元701室"_s;
  QTest::newRow("chinese numerals") << u"宁庭街五十六号二号楼一单元七零一室"_s
                                    << u"宁庭街56号2栋1单元701室"_s;
  QTest::newRow("positional numeral") << u"宁庭街一百零五号"_s << u"宁庭街105号"_s;
  QTest::newRow("ten-two") << u"宁庭街十二号"_s << u"宁庭街12号"_s;
  QTest::newRow("ordinal") << u"锦安广场第三单元"_s << u"锦安广场3单元"_s;
  QTest::newRow("names keep numerals") << u"五一路三坊七巷"_s << u"五一路三坊七巷"_s;
  QTest::newRow("lone multiplier is a name") << u"千户村"_s << u"千户村"_s;
  QTest::newRow("幢 座 栋") << u"锦安广场2幢 A座 3栋"_s << u"锦安广场2栋A栋3栋"_s;
  QTest::newRow("hash marks") << u"宁庭街56# 2#楼"_s << u"宁庭街56号2栋"_s;
  QTest::newRow("户 房 单") << u"2栋1单701户 302房"_s << u"2栋1单元701室302室"_s;
  QTest::newRow("spaces between digits") << u"锦安广场 2 1 701"_s << u"锦安广场2-1-701"_s;
  QTest::newRow("dashes") << u"锦安广场2－1—701"_s << u"锦安广场2-1-701"_s;
  QTest::newRow("punctuation") << u"（鼓楼区）宁庭街，56号。"_s << u"鼓楼区宁庭街56号"_s;
  QTest::newRow("city without province") << u"福州市鼓楼区"_s << u"鼓楼区"_s;
  QTest::newRow("福州 before a district") << u"福州鼓楼区"_s << u"鼓楼区"_s;
  QTest::newRow("福州 in a name stays") << u"福州大学"_s << u"福州大学"_s;
  QTest::newRow("福建路 stays") << u"福建路12号"_s << u"福建路12号"_s;
  QTest::newRow("latin upper case") << u"ａ座b栋"_s << u"A栋B栋"_s;
  QTest::newRow("empty") << QString() << QString();
}

void TestAddress::normalize()
{
  QFETCH(QString, input);
  QFETCH(QString, expected);
  QCOMPARE(AddressNormalizer::normalize(input), expected);
}

void TestAddress::foldCharacters_data()
{
  QTest::addColumn<QString>("input");
  QTest::addColumn<QString>("expected");
  QTest::newRow("ideographic space") << u"宁庭街\u300056号"_s << u"宁庭街56号"_s;
  QTest::newRow("variants") << u"號區縣鎮鄉樓單門廣衖棟邨"_s << u"号区县镇乡楼单门广弄栋村"_s;
  QTest::newRow("dash only between digits") << u"-宁庭街-56-1号-"_s << u"宁庭街56-1号"_s;
  QTest::newRow("brackets") << u"【锦安广场】「2」"_s << u"锦安广场2"_s;
}

void TestAddress::foldCharacters()
{
  QFETCH(QString, input);
  QFETCH(QString, expected);
  QCOMPARE(AddressNormalizer::foldCharacters(input), expected);
}

void TestAddress::chineseNumbers_data()
{
  QTest::addColumn<QString>("numeral");
  QTest::addColumn<qint64>("value");
  QTest::newRow("十") << u"十"_s << qint64(10);
  QTest::newRow("十二") << u"十二"_s << qint64(12);
  QTest::newRow("二十") << u"二十"_s << qint64(20);
  QTest::newRow("一百零五") << u"一百零五"_s << qint64(105);
  QTest::newRow("三百二十一") << u"三百二十一"_s << qint64(321);
  QTest::newRow("一千零一") << u"一千零一"_s << qint64(1001);
  QTest::newRow("两百") << u"两百"_s << qint64(200);
  QTest::newRow("七零一") << u"七零一"_s << qint64(701);
  QTest::newRow("二〇二四") << u"二〇二四"_s << qint64(2024);
  QTest::newRow("一万二千") << u"一万二千"_s << qint64(12000);
  QTest::newRow("financial") << u"壹佰零伍"_s << qint64(105);
  QTest::newRow("not a numeral") << u"宁庭"_s << qint64(-1);
  QTest::newRow("bad order") << u"十百"_s << qint64(-1);
}

void TestAddress::chineseNumbers()
{
  QFETCH(QString, numeral);
  QFETCH(qint64, value);
  QCOMPARE(AddressNormalizer::chineseNumberValue(numeral).value_or(-1), value);
}

void TestAddress::tokenize_data()
{
  using Marker = AddressToken::Marker;
  QTest::addColumn<QString>("normalized");
  QTest::addColumn<QStringList>("texts");
  QTest::addColumn<QList<Marker>>("markers");
  QTest::newRow("full") << u"宁庭街56号锦安广场2栋1单元701室"_s
                        << QStringList{u"宁庭街"_s, u"56"_s, u"锦安广场"_s, u"2"_s, u"1"_s, u"701"_s}
                        << QList<Marker>{Marker::None,     Marker::House, Marker::None,
                                         Marker::Building, Marker::Unit,  Marker::Room};
  QTest::newRow("dashed") << u"锦安广场2-1-701"_s << QStringList{u"锦安广场"_s, u"2-1-701"_s}
                          << QList<Marker>{Marker::None, Marker::None};
  QTest::newRow("letter building") << u"A栋3层"_s << QStringList{u"A"_s, u"3"_s}
                                   << QList<Marker>{Marker::Building, Marker::Floor};
  QTest::newRow("digits in a road name")
      << u"817路12号"_s << QStringList{u"817路"_s, u"12"_s} << QList<Marker>{Marker::None, Marker::House};
  QTest::newRow("latin in a name") << u"IT大厦"_s << QStringList{u"IT大厦"_s} << QList<Marker>{Marker::None};
  QTest::newRow("bare floor") << u"2楼"_s << QStringList{u"2"_s} << QList<Marker>{Marker::BuildingOrFloor};
}

void TestAddress::tokenize()
{
  QFETCH(QString, normalized);
  QFETCH(QStringList, texts);
  QFETCH(QList<AddressToken::Marker>, markers);
  const std::vector<AddressToken> tokens = rc::tokenizeAddress(normalized);
  QStringList gotTexts;
  QList<AddressToken::Marker> gotMarkers;
  for (const AddressToken &t : tokens) {
    gotTexts << t.text;
    gotMarkers << t.marker;
  }
  QCOMPARE(gotTexts, texts);
  QCOMPARE(gotMarkers, markers);
}

void TestAddress::levelValues_data()
{
  QTest::addColumn<QString>("raw");
  QTest::addColumn<QString>("value");
  QTest::newRow("号楼") << u"2号楼"_s << u"2"_s;
  QTest::newRow("full-width 座") << u"Ａ座"_s << u"A"_s;
  QTest::newRow("室 in numerals") << u"七零一室"_s << u"701"_s;
  QTest::newRow("numerals alone") << u"十二"_s << u"12"_s;
  QTest::newRow("sub-number") << u"56-1号"_s << u"56-1"_s;
  QTest::newRow("单元") << u"1单元"_s << u"1"_s;
  QTest::newRow("plain") << u"701"_s << u"701"_s;
}

void TestAddress::levelValues()
{
  // What the index stores for house, building, unit and room: the bare value the query reader
  // produces from the same text.
  QFETCH(QString, raw);
  QFETCH(QString, value);
  QCOMPARE(rc::addressindex::levelValue(raw), value);
}

void TestAddress::coordinateInput_data()
{
  using Kind = CoordinateInput::Kind;
  QTest::addColumn<QString>("text");
  QTest::addColumn<Kind>("kind");
  QTest::addColumn<double>("lon");
  QTest::addColumn<double>("lat");
  QTest::newRow("decimal") << u"119.30,26.08"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("space") << u"119.30 26.08"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("full-width comma") << u"119.30，26.08"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("latitude first") << u"26.08, 119.30"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("dms") << u"119°18'00\"E 26°04'48\"N"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("dms latitude first") << u"26°04'48\"N, 119°18'00\"E"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("dms primes") << u"119°18′0″ 26°4′48″"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("chinese dms") << u"东经119度18分 北纬26度4分48秒"_s << Kind::LonLat << 119.30 << 26.08;
  QTest::newRow("gk zone 40") << u"429964.06,2885885.75"_s << Kind::GaussKruger << 119.30 << 26.08;
  QTest::newRow("gk northing first") << u"2885885.75 429964.06"_s << Kind::GaussKruger << 119.30 << 26.08;
  QTest::newRow("gk zone prefix") << u"40429964.06,2885885.75"_s << Kind::GaussKruger << 119.30 << 26.08;
  QTest::newRow("grid code") << u"350102001003001"_s << Kind::GridCode << 0.0 << 0.0;
  QTest::newRow("address code") << u"35010200100300000193"_s << Kind::AddressCode << 0.0 << 0.0;
  QTest::newRow("outside China") << u"2.35,48.85"_s << Kind::None << 0.0 << 0.0;
  QTest::newRow("address text") << u"宁庭街56号"_s << Kind::None << 0.0 << 0.0;
  QTest::newRow("small numbers") << u"2,1"_s << Kind::None << 0.0 << 0.0;
  QTest::newRow("minutes out of range") << u"119°78'00\"E 26°04'48\"N"_s << Kind::None << 0.0 << 0.0;
}

void TestAddress::coordinateInput()
{
  QFETCH(QString, text);
  QFETCH(CoordinateInput::Kind, kind);
  QFETCH(double, lon);
  QFETCH(double, lat);
  const CoordinateInput input = CoordinateInput::parse(text);
  QCOMPARE(input.kind, kind);
  if (kind == CoordinateInput::Kind::LonLat || kind == CoordinateInput::Kind::GaussKruger) {
    // 1e-6° is about 0.1 m: the GK check point of DOMAIN.md is given to the centimetre.
    QVERIFY2(std::abs(input.lon - lon) < 1e-6, qPrintable(QString::number(input.lon, 'f', 8)));
    QVERIFY2(std::abs(input.lat - lat) < 1e-6, qPrintable(QString::number(input.lat, 'f', 8)));
  }
  if (kind == CoordinateInput::Kind::GridCode || kind == CoordinateInput::Kind::AddressCode)
    QCOMPARE(input.code, text);
}

void TestAddress::gazetteerLookups()
{
  Gazetteer g;
  const int district = g.add({AddressLevel::District, u"鼓楼区"_s, u"鼓楼区"_s, -1, {}});
  const int community = g.add({AddressLevel::Community, u"湖阳社区"_s, u"湖阳社区"_s, district, {}});
  const int road = g.add({AddressLevel::Road, u"宁庭街"_s, u"宁庭街"_s, -1, {}});
  const int compound = g.add({AddressLevel::Compound, u"锦安广场"_s, u"锦安广场"_s, -1, {}});
  g.addAlias(u"老锦安"_s, compound);
  g.seal();

  QCOMPARE(Gazetteer::coreName(AddressLevel::District, u"鼓楼区"), u"鼓楼"_s);
  QCOMPARE(Gazetteer::coreName(AddressLevel::Town, u"鼓东街道"), u"鼓东"_s);
  QCOMPARE(Gazetteer::coreName(AddressLevel::Community, u"湖阳社区"), u"湖阳"_s);
  QCOMPARE(Gazetteer::coreName(AddressLevel::Compound, u"锦安广场"), u"锦安"_s);
  QCOMPARE(Gazetteer::coreName(AddressLevel::Road, u"宁庭街"), QString());
  QCOMPARE(Gazetteer::coreName(AddressLevel::Compound, u"中海苑"), u"中海"_s);
  QCOMPARE(Gazetteer::coreName(AddressLevel::Compound, u"海苑"), QString()); // one character is too little

  QCOMPARE(g.lookup(u"鼓楼").size(), std::size_t(1));
  QCOMPARE(g.lookup(u"鼓楼").front().match, rc::NameMatch::Core);
  QCOMPARE(g.lookup(u"老锦安").front().name, compound);
  QCOMPARE(g.lookup(u"湖阳社区").front().name, community);
  QVERIFY(g.lookup(u"宁庭").empty());

  const auto fuzzy = [&](QStringView key) {
    std::vector<int> names;
    for (const rc::NameHit &h : g.fuzzyLookup(key))
      names.push_back(h.name);
    return names;
  };
  QCOMPARE(fuzzy(u"宁廷街"), std::vector<int>{road});       // substitution
  QCOMPARE(fuzzy(u"宁街"), std::vector<int>{});             // too short to trust
  QCOMPARE(fuzzy(u"宁庭大街"), std::vector<int>{road});     // insertion
  QCOMPARE(fuzzy(u"锦广场"), std::vector<int>{compound});   // deletion
  QCOMPARE(fuzzy(u"锦安场广"), std::vector<int>{compound}); // swap
  QCOMPARE(fuzzy(u"锦按广场"), std::vector<int>{compound});
  QVERIFY(fuzzy(u"金按广场").empty()); // two edits

  const std::vector<rc::NameHit> prefix = g.prefixLookup(u"锦安广", 10);
  QCOMPARE(prefix.size(), std::size_t(1));
  QCOMPARE(prefix.front().name, compound);
  QCOMPARE(g.prefixLookup(u"湖", 10).front().name, community);

  QVERIFY(Gazetteer::isGenericWord(u"小区附近"));
  QVERIFY(!Gazetteer::isGenericWord(u"锦安"));
}

void TestAddress::editDistance_data()
{
  QTest::addColumn<QString>("a");
  QTest::addColumn<QString>("b");
  QTest::addColumn<int>("distance");
  QTest::newRow("same") << u"锦安广场"_s << u"锦安广场"_s << 0;
  QTest::newRow("substitution") << u"锦安广场"_s << u"锦按广场"_s << 1;
  QTest::newRow("swap") << u"锦安广场"_s << u"锦安场广"_s << 1;
  QTest::newRow("insertion") << u"锦安广场"_s << u"锦安大广场"_s << 1;
  QTest::newRow("two") << u"锦安广场"_s << u"金按广场"_s << 2;
  QTest::newRow("capped") << u"锦安广场"_s << u"水洲公寓"_s << 2;
}

void TestAddress::editDistance()
{
  QFETCH(QString, a);
  QFETCH(QString, b);
  QFETCH(int, distance);
  QCOMPARE(Gazetteer::editDistance(a, b, 1), distance);
}

void TestAddress::indexBesideSourceAndReused()
{
  const QString indexPath = m_dir + u"/city.addr.sqlite"_s;
  QCOMPARE(AddressIndex::indexPathFor(m_source), indexPath);
  QVERIFY(QFileInfo::exists(indexPath));
  QVERIFY(AddressIndex::isIndexFile(indexPath));
  QVERIFY(!AddressIndex::isIndexFile(m_source));
  QVERIFY(AddressIndex::isCurrent(indexPath, m_source));
  QCOMPARE(m_index->sourcePath(), m_source);

  // A second open reuses the file: no progress is reported, the file is untouched.
  const QDateTime built = QFileInfo(indexPath).lastModified();
  bool progressed = false;
  const auto again = AddressIndex::open(m_source, {}, [&](double) { progressed = true; });
  QVERIFY(!progressed);
  QCOMPARE(QFileInfo(indexPath).lastModified(), built);
  QCOMPARE(again->addressCount(), m_index->addressCount());
  // Opening the index itself works too.
  QCOMPARE(AddressIndex::open(indexPath)->addressCount(), m_index->addressCount());
}

void TestAddress::indexRebuiltWhenSourceChanges()
{
  const QString source = m_dir + u"/changing.gpkg"_s;
  std::vector<StandardAddress> addresses(m_city.addresses.begin(), m_city.addresses.begin() + 100);
  writeGeoPackage(source, addresses, m_city.communities);
  QCOMPARE(AddressIndex::open(source)->addressCount(), qint64(100));
  const QString indexPath = AddressIndex::indexPathFor(source);
  QVERIFY(AddressIndex::isCurrent(indexPath, source));

  addresses.resize(60);
  writeGeoPackage(source, addresses, m_city.communities);
  QVERIFY(!AddressIndex::isCurrent(indexPath, source));
  std::vector<double> progress;
  const auto rebuilt = AddressIndex::open(source, {}, [&](double f) { progress.push_back(f); });
  QCOMPARE(rebuilt->addressCount(), qint64(60));
  QVERIFY(!progress.empty());
  QCOMPARE(progress.back(), 1.0);
  QVERIFY(std::is_sorted(progress.begin(), progress.end()));

  // Another layer option is another index.
  rc::AddressIndexOptions options;
  options.layer = u"addresses"_s;
  QVERIFY(!AddressIndex::isCurrent(indexPath, source, options));
}

void TestAddress::indexBuildCancels()
{
  const QString indexPath = m_dir + u"/cancelled.addr.sqlite"_s;
  std::atomic_bool cancel = false;
  try {
    AddressIndex::build(
        m_source, indexPath, {},
        [&](double f) {
          if (f > 0.2)
            cancel = true;
        },
        &cancel);
    QFAIL("the build was not cancelled");
  } catch (const rc::AddressIndexError &e) {
    QCOMPARE(e.reason(), rc::AddressIndexError::Reason::Cancelled);
  }
  QVERIFY(!QFileInfo::exists(indexPath));
  QCOMPARE(QDir(m_dir).entryList({u"cancelled*"_s}), QStringList());
}

void TestAddress::indexFromCsv()
{
  const QString csv = m_dir + u"/city.csv"_s;
  writeCsv(csv, m_city.addresses);
  const auto index = AddressIndex::open(csv);
  QCOMPARE(index->addressCount(), qint64(m_city.addresses.size()));
  const StandardAddress &a = m_city.addresses[500];
  const std::vector<GeocodeResult> results = index->geocode(a.fullAddress);
  QVERIFY(!results.empty());
  QCOMPARE(results.front().addrCode, a.addrCode);
  QVERIFY(std::abs(results.front().lon - a.lon) < 1e-7);
}

void TestAddress::fieldMapNamesOddHeadings()
{
  // A supplier's headings no rule knows, mapped by a small file beside the data.
  const QString dir = m_dir + u"/mapped"_s;
  QVERIFY(QDir().mkpath(dir));
  const QString csv = dir + u"/supplier.csv"_s;
  QFile file(csv);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("ID_DZ,QX_MC,JD_MC,SQ_MC,JLX_MC,MPH,LD,DY,HS,MC_QC,X,Y\n");
  for (int i = 0; i < 50; ++i) {
    const StandardAddress &a = m_city.addresses[std::size_t(i)];
    file.write(
        (QStringList{a.addrCode, a.district, a.town, a.community, a.road, a.houseNo, a.building, a.unit,
                     a.room, a.fullAddress, QString::number(a.lon, 'f', 8), QString::number(a.lat, 'f', 8)}
             .join(u',') +
         u'\n')
            .toUtf8());
  }
  file.close();
  QVERIFY_THROWS_EXCEPTION(rc::AddressIndexError, AddressIndex::open(csv));
  rc::test::writeFile(dir, u"supplier.fields.json"_s,
                      R"({"addr_code": "ID_DZ", "district": "QX_MC", "town": "JD_MC", "community": "SQ_MC",
                          "road": "JLX_MC", "house_no": "MPH", "building": "LD", "unit": "DY", "room": "HS",
                          "full_address": "mc_qc"})");
  const auto index = AddressIndex::open(csv);
  QCOMPARE(index->addressCount(), qint64(50));
  const StandardAddress &a = m_city.addresses[7];
  const std::vector<GeocodeResult> results = index->geocode(a.fullAddress);
  QVERIFY(!results.empty());
  QCOMPARE(results.front().addrCode, a.addrCode);
  // A changed mapping makes the stored index stale.
  const QString indexPath = AddressIndex::indexPathFor(csv);
  QVERIFY(AddressIndex::isCurrent(indexPath, csv, {}));
  QFile::remove(dir + u"/supplier.fields.json"_s);
  QVERIFY(!AddressIndex::isCurrent(indexPath, csv, {}));
}

void TestAddress::fieldMapErrorsNameTheFile()
{
  const QString dir = m_dir + u"/badmap"_s;
  QVERIFY(QDir().mkpath(dir));
  const QString csv = dir + u"/city.csv"_s;
  writeCsv(csv, {m_city.addresses.begin(), m_city.addresses.begin() + 10});
  const auto errorOf = [&](const QByteArray &json) {
    rc::test::writeFile(dir, u"city.fields.json"_s, json);
    try {
      (void)AddressIndex::open(csv);
    } catch (const rc::AddressIndexError &e) {
      return QString::fromUtf8(e.what());
    }
    return QString();
  };
  const QString damaged = errorOf("{\"addr_code\": ");
  QVERIFY2(damaged.contains(u"city.fields.json"_s), qPrintable(damaged));
  const QString unknownKey = errorOf(R"({"postcode": "addr_code"})");
  QVERIFY2(unknownKey.contains(u"postcode"_s) && unknownKey.contains(u"full_address"_s),
           qPrintable(unknownKey));
  const QString missingField = errorOf(R"({"road": "JLXMC"})");
  QVERIFY2(missingField.contains(u"JLXMC"_s) && missingField.contains(u"city.fields.json"_s),
           qPrintable(missingField));
}

void TestAddress::indexRejectsNonAddressLayer()
{
  QVERIFY_THROWS_EXCEPTION(rc::AddressIndexError, AddressIndex::open(m_source, {u"communities"_s, {}}));
  QVERIFY_THROWS_EXCEPTION(rc::AddressIndexError, AddressIndex::open(m_dir + u"/missing.gpkg"_s));
}

void TestAddress::geocodeKnown_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<QString>("code");
  QTest::addColumn<AddressLevel>("level");
  QTest::addColumn<bool>("exact");
  // The rows read like what an operator types; the answers are picked from the synthetic city.
  const StandardAddress *room = nullptr;
  for (const StandardAddress &a : m_city.addresses) {
    if (a.compound == u"锦安广场"_s && a.building == u"2"_s && a.unit == u"1"_s && a.room == u"501"_s)
      room = &a;
  }
  QVERIFY(room);
  const QString r = room->road, h = room->houseNo, c = room->compound, community = room->community;
  QTest::newRow("standard") << room->fullAddress << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("no province, no district") << community + r + h + u"号"_s + c + u"2号楼1单元501室"_s
                                            << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("road and compound") << r + h + u"号"_s + c + u"2栋1单元501"_s << room->addrCode
                                     << AddressLevel::Room << true;
  QTest::newRow("swapped") << c + u"2号楼1单元501室"_s + r + h + u"号"_s << room->addrCode
                           << AddressLevel::Room << true;
  QTest::newRow("traditional full-width") << fullWidth(r + h + u"号"_s + c + u"2号楼1单元501室"_s)
                                          << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("chinese numerals") << c + u"二号楼一单元五零一室"_s << room->addrCode << AddressLevel::Room
                                    << true;
  QTest::newRow("dashes") << c + u"2-1-501"_s << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("nickname") << u"锦安2栋1单元501"_s << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("listed alias") << u"老锦安2栋1单元501"_s << room->addrCode << AddressLevel::Room << true;
  QTest::newRow("typo") << u"锦按广场2栋1单元501室"_s << room->addrCode << AddressLevel::Room << false;
  QTest::newRow("address code") << room->addrCode << room->addrCode << AddressLevel::Room << true;
  for (const StandardAddress &a : m_city.addresses) {
    if (a.community == u"林浦村"_s && a.houseNo == u"5"_s && a.road != u"六一路"_s) {
      QTest::newRow("village house") << a.road + u"5号"_s << a.addrCode << AddressLevel::House << true;
      QTest::newRow("village by name")
          << u"林浦村"_s + a.road + u"五号"_s << a.addrCode << AddressLevel::House << true;
      break;
    }
  }
}

void TestAddress::geocodeKnown()
{
  QFETCH(QString, text);
  QFETCH(QString, code);
  QFETCH(AddressLevel, level);
  QFETCH(bool, exact);
  const std::vector<GeocodeResult> results = m_index->geocode(text);
  QVERIFY2(!results.empty(), qPrintable(text));
  const GeocodeResult &best = results.front();
  QVERIFY2(best.addrCode == code, qPrintable(text + u" → "_s + best.fullAddress));
  QCOMPARE(best.matchedLevel, level);
  QCOMPARE(best.exact, exact);
  QCOMPARE(best.addressCount, qint64(1));
  QVERIFY(best.score > 0.8 && best.score <= 1.0);
  if (exact)
    QVERIFY(results.size() == 1 || !results[1].exact || results[1].score < best.score);
}

void TestAddress::geocodeGroups_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<AddressLevel>("level");
  QTest::addColumn<QString>("fullAddress");
  QTest::newRow("district") << u"鼓楼区"_s << AddressLevel::District << u"福建省福州市鼓楼区"_s;
  QTest::newRow("district core") << u"台江"_s << AddressLevel::District << u"福建省福州市台江区"_s;
  QTest::newRow("town") << u"温泉街道"_s << AddressLevel::Town << u"福建省福州市鼓楼区温泉街道"_s;
  QTest::newRow("community") << u"湖阳社区"_s << AddressLevel::Community
                             << u"福建省福州市鼓楼区鼓东街道湖阳社区"_s;
  QTest::newRow("compound") << u"水洲公寓"_s << AddressLevel::Compound << QString();
  QTest::newRow("building") << u"水洲公寓3号楼"_s << AddressLevel::Building << QString();
  QTest::newRow("unit") << u"水洲公寓3号楼2单元"_s << AddressLevel::Unit << QString();
  QTest::newRow("road in a district")
      << u"鼓楼区六一路"_s << AddressLevel::Road << u"福建省福州市鼓楼区六一路"_s;
}

void TestAddress::geocodeGroups()
{
  QFETCH(QString, text);
  QFETCH(AddressLevel, level);
  QFETCH(QString, fullAddress);
  const std::vector<GeocodeResult> results = m_index->geocode(text);
  QVERIFY2(!results.empty(), qPrintable(text));
  const GeocodeResult &best = results.front();
  QCOMPARE(best.matchedLevel, level);
  QVERIFY(best.exact);
  QVERIFY(best.addrCode.isEmpty());
  QVERIFY(best.addressCount > 1);
  QVERIFY(std::isfinite(best.lon) && std::isfinite(best.lat));
  if (!fullAddress.isEmpty())
    QCOMPARE(best.fullAddress, fullAddress);
  if (level == AddressLevel::Building) {
    QCOMPARE(best.building, u"3"_s);
    QCOMPARE(best.addressCount, qint64(24));
    QVERIFY(best.fullAddress.endsWith(u"水洲公寓3号楼"_s));
  }
  if (level == AddressLevel::Unit)
    QCOMPARE(best.addressCount, qint64(12));
}

void TestAddress::geocodeSpecialInput_data()
{
  QTest::addColumn<QString>("text");
  QTest::addColumn<AddressLevel>("level");
  const Community &c = m_city.communities.front();
  QTest::newRow("grid code") << c.code + u"001"_s << AddressLevel::Grid;
  QTest::newRow("decimal degrees") << u"119.2051,26.0052"_s << AddressLevel::Coordinate;
  QTest::newRow("dms") << u"119°12'18\"E 26°00'18\"N"_s << AddressLevel::Coordinate;
}

void TestAddress::geocodeSpecialInput()
{
  QFETCH(QString, text);
  QFETCH(AddressLevel, level);
  const std::vector<GeocodeResult> results = m_index->geocode(text);
  QCOMPARE(results.size(), std::size_t(1));
  const GeocodeResult &r = results.front();
  QCOMPARE(r.matchedLevel, level);
  QVERIFY(std::isfinite(r.lon) && std::isfinite(r.lat));
  if (level == AddressLevel::Grid) {
    QCOMPARE(r.gridCode, text);
    QCOMPARE(r.community, m_city.communities.front().name);
    QVERIFY(r.addressCount > 0);
  } else {
    // A point: the point itself, and what the nearest standard address is, how far.
    QVERIFY(std::isfinite(r.distanceMetres));
    QVERIFY(r.distanceMetres < 300);
    QVERIFY(!r.fullAddress.isEmpty());
  }
}

void TestAddress::searchAsYouType_data()
{
  QTest::addColumn<QString>("typed");
  QTest::addColumn<QString>("expectedStart");
  QTest::newRow("compound prefix") << u"水洲公"_s << u"水洲公寓"_s;
  QTest::newRow("one character") << u"锦"_s << u"锦安广场"_s;
  QTest::newRow("community prefix") << u"湖阳社"_s << u"湖阳社区"_s;
  QTest::newRow("house number prefix") << u"六一路1"_s << u"六一路1"_s;
  QTest::newRow("room prefix") << u"锦安广场2栋1单元5"_s << u"锦安广场2号楼1单元5"_s;
}

void TestAddress::searchAsYouType()
{
  QFETCH(QString, typed);
  QFETCH(QString, expectedStart);
  rc::GeocodeOptions options;
  options.prefix = true;
  options.limit = 8;
  const std::vector<GeocodeResult> results = m_index->geocode(typed, options);
  QVERIFY2(!results.empty(), qPrintable(typed));
  bool found = false;
  for (const GeocodeResult &r : results)
    found = found || r.fullAddress.contains(expectedStart);
  QVERIFY2(found, qPrintable(typed + u" → "_s + results.front().fullAddress));
  QVERIFY(!results.front().exact || results.front().score == 1.0);
}

void TestAddress::ftsSyntaxIsText_data()
{
  QTest::addColumn<QString>("text");
  QTest::newRow("quote") << u"锦\"安"_s;
  QTest::newRow("operators") << u"锦安 AND 水洲 OR NOT 湖阳"_s;
  QTest::newRow("near and star") << u"NEAR(锦安 水洲) 锦*"_s;
  QTest::newRow("column filter") << u"full : {road} 锦安"_s;
  QTest::newRow("sql") << u"'); DROP TABLE addresses; --"_s;
  QTest::newRow("garbage") << u"ｑｗｅｒｔｙ吗吗吗吗吗"_s;
  // Found by fuzz_mutate address: SQLite's FTS5 parser ends a query at a NUL, and a trigram cut
  // inside a character outside the BMP left a lone surrogate before the closing quote.
  QTest::newRow("nul") << u"锦安广\0场水洲"_s;
  QTest::newRow("supplementary character") << u"锦安𠀀广场"_s;
}

void TestAddress::ftsSyntaxIsText()
{
  QFETCH(QString, text);
  std::vector<GeocodeResult> results;
  try {
    results = m_index->geocode(text);
  } catch (const rc::AddressIndexError &e) {
    QFAIL(e.what());
  }
  QVERIFY(results.size() <= 10);
  QCOMPARE(m_index->geocode(m_city.addresses.front().fullAddress).front().addrCode,
           m_city.addresses.front().addrCode);
}

void TestAddress::geocodeFromThreads()
{
  QStringList texts;
  for (std::size_t i = 0; i < m_city.addresses.size(); i += 37)
    texts << m_city.addresses[i].fullAddress.mid(6);
  QStringList sequential;
  for (const QString &t : std::as_const(texts))
    sequential << m_index->geocode(t).front().addrCode;
  QThreadPool pool;
  pool.setMaxThreadCount(6);
  const QStringList parallel = QtConcurrent::blockingMapped(
      &pool, texts, [this](const QString &t) { return m_index->geocode(t).front().addrCode; });
  QCOMPARE(parallel, sequential);
}

void TestAddress::geocodeCancelled()
{
  const std::atomic_bool cancel = true;
  QVERIFY(m_index->geocode(u"锦安广场"_s, {}, &cancel).empty());
  QVERIFY(!m_index->geocode(u"锦安广场"_s).empty());
}

void TestAddress::reverseMatchesBruteForce()
{
  std::mt19937 random(12345);
  std::uniform_real_distribution<double> lon(119.19, 119.28), lat(25.99, 26.04);
  for (int i = 0; i < 150; ++i) {
    const double x = lon(random), y = lat(random);
    double best = std::numeric_limits<double>::infinity();
    for (const StandardAddress &a : m_city.addresses)
      best = std::min(best, geodesic(x, y, a.lon, a.lat));
    const std::optional<GeocodeResult> r = m_index->reverse(x, y);
    QVERIFY(r);
    QVERIFY2(std::abs(r->distanceMetres - best) < tolerance(best),
             qPrintable(u"%1,%2: %3 vs %4"_s.arg(x).arg(y).arg(r->distanceMetres).arg(best)));
    QVERIFY(std::abs(geodesic(x, y, r->lon, r->lat) - best) < tolerance(best));
    QVERIFY(!r->gridCode.isEmpty());
    QVERIFY(!r->community.isEmpty());
    QVERIFY(!r->fullAddress.isEmpty());
  }
}

void TestAddress::reverseFarAway()
{
  // 50 km away: the search box grows until it finds the city.
  const std::optional<GeocodeResult> r = m_index->reverse(119.7, 26.3);
  QVERIFY(r);
  double best = std::numeric_limits<double>::infinity();
  for (const StandardAddress &a : m_city.addresses)
    best = std::min(best, geodesic(119.7, 26.3, a.lon, a.lat));
  QVERIFY(std::abs(r->distanceMetres - best) < tolerance(best));
  QVERIFY(std::abs(geodesic(119.7, 26.3, r->lon, r->lat) - best) < tolerance(best));
  QVERIFY(r->distanceMetres > 40000);
  QVERIFY(!m_index->reverse(std::nan(""), 26.0));
}

void TestAddress::qualityCleanLayer()
{
  const rc::QualityReport report = rc::AddressQuality::check(m_source);
  QVERIFY(report.communitiesChecked);
  QCOMPARE(report.addressCount, qint64(m_city.addresses.size()));
  for (const rc::QualityFinding &f : report.findings)
    qWarning() << rc::ruleKey(f.rule) << f.fullAddress << f.detail;
  QCOMPARE(report.findings.size(), std::size_t(0));
}

void TestAddress::qualityRules_data()
{
  QTest::addColumn<QString>("defect");
  QTest::addColumn<QString>("rule");
  QTest::addColumn<int>("count");
  QTest::newRow("duplicate code") << u"duplicate code"_s << u"duplicate_code"_s << 2;
  QTest::newRow("duplicate text") << u"duplicate text"_s << u"duplicate_text"_s << 2;
  QTest::newRow("outside community") << u"outside"_s << u"outside_community"_s << 1;
  QTest::newRow("missing road") << u"missing road"_s << u"missing_level"_s << 1;
  QTest::newRow("unit without building") << u"unit without building"_s << u"missing_level"_s << 1;
  QTest::newRow("no point") << u"no point"_s << u"missing_level"_s << 1;
  QTest::newRow("house out of sequence") << u"sequence"_s << u"house_number_sequence"_s << 1;
  QTest::newRow("code of another community") << u"foreign code"_s << u"code_mismatch"_s << 1;
  QTest::newRow("grid code too short") << u"short grid"_s << u"code_mismatch"_s << 1;
  QTest::newRow("grid of another community") << u"foreign grid"_s << u"code_mismatch"_s << 1;
}

void TestAddress::qualityRules()
{
  QFETCH(QString, defect);
  QFETCH(QString, rule);
  QFETCH(int, count);
  // A clean village road of eleven houses, then one defect.
  std::vector<StandardAddress> layer;
  for (const StandardAddress &a : m_city.addresses) {
    if (a.community == u"林浦村"_s && a.road.endsWith(u'路') && layer.size() < 11)
      layer.push_back(a);
  }
  QCOMPARE(layer.size(), std::size_t(11));
  // House 1 is the first of its side, so moving it across the boundary breaks no sequence.
  const std::size_t victimIndex = defect == u"outside" ? 0 : 5;
  StandardAddress &victim = layer[victimIndex];
  const qint64 expectedFid = qint64(victimIndex) + 1; // the GeoPackage numbers features from 1
  if (defect == u"duplicate code") {
    layer[6].addrCode = victim.addrCode;
  } else if (defect == u"duplicate text") {
    layer[6].fullAddress = victim.fullAddress;
  } else if (defect == u"outside") {
    victim.lon -= 0.001;
  } else if (defect == u"missing road") {
    victim.road.clear();
  } else if (defect == u"unit without building") {
    victim.unit = u"1"_s;
  } else if (defect == u"no point") {
    victim.lon = victim.lat = std::nan("");
  } else if (defect == u"sequence") {
    // Half a kilometre across the village from where its neighbours say it should be, but still
    // inside the community.
    victim.lat += 0.004;
  } else if (defect == u"foreign code") {
    victim.addrCode = m_city.communities.front().code + victim.addrCode.mid(12);
  } else if (defect == u"short grid") {
    victim.gridCode.chop(1);
  } else if (defect == u"foreign grid") {
    victim.gridCode = m_city.communities.front().code + u"001"_s;
  }
  const QString path = m_dir + u"/bad.gpkg"_s;
  writeGeoPackage(path, layer, m_city.communities);
  const rc::QualityReport report = rc::AddressQuality::check(path);
  QStringList seen;
  int matching = 0;
  bool victimFound = false;
  for (const rc::QualityFinding &f : report.findings) {
    seen << rc::ruleKey(f.rule) + u": "_s + f.detail;
    if (rc::ruleKey(f.rule) == rule) {
      ++matching;
      victimFound = victimFound || f.fid == expectedFid;
      QVERIFY(!f.detail.isEmpty());
    }
  }
  QVERIFY2(matching == count && victimFound, qPrintable(seen.join(u"; "_s)));
  // Only the defect is reported: one rule (a missing point also leaves its sequence alone).
  QCOMPARE(int(report.findings.size()), count);
}

void TestAddress::qualityOutputs()
{
  std::vector<StandardAddress> layer(m_city.addresses.begin(), m_city.addresses.begin() + 30);
  layer[3].addrCode = layer[2].addrCode;
  const QString path = m_dir + u"/outputs.gpkg"_s;
  writeGeoPackage(path, layer, m_city.communities);
  const rc::QualityReport report = rc::AddressQuality::check(path);
  QCOMPARE(report.counts().at(rc::QualityRule::DuplicateCode), qint64(2));

  const QJsonObject json = rc::AddressQuality::toJson(report);
  QCOMPARE(json.value(u"address_count"_s).toInt(), 30);
  QCOMPARE(json.value(u"counts"_s).toObject().value(u"duplicate_code"_s).toInt(), 2);
  QCOMPARE(json.value(u"findings"_s).toArray().size(), 2);
  QCOMPARE(json.value(u"findings"_s).toArray().at(0).toObject().value(u"addr_code"_s).toString(),
           layer[2].addrCode);

  QString error;
  const QString csv = m_dir + u"/findings.csv"_s;
  QVERIFY2(rc::AddressQuality::writeCsv(report, csv, &error), qPrintable(error));
  QFile file(csv);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
  QCOMPARE(lines.size(), 3);
  QVERIFY(lines[1].startsWith(u"duplicate_code,"_s));

  // Into the source GeoPackage itself, twice: the layer is replaced, not appended to.
  rc::AddressQuality::writeGeoPackage(report, path);
  rc::AddressQuality::writeGeoPackage(report, path);
  const GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
  QVERIFY(dataset);
  OGRLayer *findings = dataset->GetLayerByName("address_findings");
  QVERIFY(findings);
  QCOMPARE(findings->GetFeatureCount(), GIntBig(2));
  const OGRFeatureUniquePtr first(findings->GetNextFeature());
  QCOMPARE(QString::fromUtf8(first->GetFieldAsString("rule")), u"duplicate_code"_s);
  QVERIFY(first->GetGeometryRef() != nullptr);
}

void TestAddress::matchRate()
{
  // Free-text variants of sampled standard addresses, as callers say them; the floors are the
  // issue's: top-5 at least 0.9.
  std::mt19937 random(2024);
  std::vector<const StandardAddress *> sample;
  for (std::size_t i = 0; i < m_city.addresses.size(); i += 29) {
    if (!m_city.addresses[i].room.isEmpty() || m_city.addresses[i].compound.isEmpty())
      sample.push_back(&m_city.addresses[i]);
  }
  using Variant = std::function<QString(const StandardAddress &)>;
  const auto numbers = [](const StandardAddress &a, bool chinese) -> QString {
    QString s;
    if (!a.building.isEmpty())
      s += (chinese ? chineseDigits(a.building) : a.building) + u"号楼"_s;
    if (!a.unit.isEmpty())
      s += (chinese ? chineseDigits(a.unit) : a.unit) + u"单元"_s;
    if (!a.room.isEmpty())
      s += (chinese ? chineseDigits(a.room) : a.room) + u"室"_s;
    return s;
  };
  // 六一路 runs through three districts: a caller who gives no compound says which district.
  const auto anchor = [](const StandardAddress &a) -> QString {
    return a.road == u"六一路"_s && a.compound.isEmpty() ? a.district : QString();
  };
  const auto door = [&](const StandardAddress &a) -> QString {
    return anchor(a) + a.road + a.houseNo + u"号"_s;
  };
  const std::vector<std::pair<QString, Variant>> variants{
      {u"standard"_s, [](const StandardAddress &a) -> QString { return a.fullAddress; }},
      {u"no province/district/town"_s,
       [&](const StandardAddress &a) -> QString {
         return a.community + door(a) + a.compound + numbers(a, false);
       }},
      {u"road and compound only"_s,
       [&](const StandardAddress &a) -> QString { return door(a) + a.compound + numbers(a, false); }},
      {u"compound only"_s,
       [&](const StandardAddress &a) -> QString {
         if (a.compound.isEmpty())
           return door(a) + numbers(a, false);
         return a.district + a.compound + numbers(a, false);
       }},
      {u"swapped order"_s,
       [&](const StandardAddress &a) -> QString {
         return a.compound + numbers(a, false) + door(a) + a.community;
       }},
      {u"號 and full-width"_s,
       [&](const StandardAddress &a) -> QString {
         return fullWidth(door(a) + a.compound + numbers(a, false));
       }},
      {u"chinese numerals"_s,
       [&](const StandardAddress &a) -> QString {
         return anchor(a) + a.road + chineseDigits(a.houseNo) + u"号"_s + a.compound + numbers(a, true);
       }},
      {u"typo in road"_s,
       [&](const StandardAddress &a) -> QString {
         return a.community + withTypo(a.road, random) + a.houseNo + u"号"_s + numbers(a, false);
       }},
      {u"typo in compound"_s,
       [&](const StandardAddress &a) -> QString {
         if (a.compound.isEmpty())
           return anchor(a) + withTypo(a.road, random) + a.houseNo + u"号"_s + numbers(a, false);
         return a.road + withTypo(a.compound, random) + numbers(a, false);
       }},
      {u"dashes, spaces"_s,
       [&](const StandardAddress &a) -> QString {
         if (a.building.isEmpty())
           return door(a) + u" "_s + a.room;
         return a.compound + u" "_s + a.building + u"-"_s + a.unit + u"-"_s + a.room;
       }},
  };
  int total = 0, top1 = 0, top5 = 0;
  std::map<QString, std::pair<int, int>> perVariant;
  QStringList misses;
  for (const auto &[name, make] : variants) {
    for (const StandardAddress *a : sample) {
      const QString text = make(*a);
      const std::vector<GeocodeResult> results = m_index->geocode(text, {5, false});
      ++total;
      const bool first = !results.empty() && results.front().addrCode == a->addrCode;
      const bool inFive = std::any_of(results.begin(), results.end(),
                                      [&](const GeocodeResult &r) { return r.addrCode == a->addrCode; });
      top1 += first;
      top5 += inFive;
      perVariant[name].first += first;
      perVariant[name].second += inFive;
      if (!inFive && misses.size() < 10)
        misses << text + u" → "_s + (results.empty() ? u"nothing"_s : results.front().fullAddress);
    }
  }
  const double rate1 = double(top1) / total, rate5 = double(top5) / total;
  std::printf("Match rate over %d queries (%zu addresses x %zu variants): top-1 %.3f, top-5 %.3f\n", total,
              sample.size(), variants.size(), rate1, rate5);
  for (const auto &[name, hits] : perVariant)
    std::printf("  %-28s top-1 %.3f  top-5 %.3f\n", name.toUtf8().constData(),
                double(hits.first) / sample.size(), double(hits.second) / sample.size());
  for (const QString &m : std::as_const(misses))
    std::printf("  miss: %s\n", m.toUtf8().constData());
  QVERIFY2(rate5 >= 0.9, qPrintable(QString::number(rate5)));
  QVERIFY2(rate1 >= 0.8, qPrintable(QString::number(rate1)));
}

QByteArray TestAddress::run(const QStringList &arguments, int *status, QByteArray *errors)
{
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  env.insert(u"LANGUAGE"_s, u"en"_s);
  process.setProcessEnvironment(env);
  process.start(rc::test::rongchengExecutable(), arguments);
  if (!process.waitForFinished(60000)) {
    *status = -1;
    return {};
  }
  *status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  if (errors)
    *errors = process.readAllStandardError();
  return process.readAllStandardOutput();
}

void TestAddress::commandGeocode()
{
  const StandardAddress &a = m_city.addresses[321];
  int status = 0;
  const QByteArray out =
      run({u"geocode"_s, u"--db"_s, m_source, u"--limit"_s, u"3"_s, a.fullAddress.mid(6)}, &status);
  QCOMPARE(status, 0);
  const QList<QByteArray> lines = out.trimmed().split('\n');
  QVERIFY(!lines.isEmpty() && lines.size() <= 3);
  const QJsonObject best = QJsonDocument::fromJson(lines.front()).object();
  QCOMPARE(best.value(u"addr_code"_s).toString(), a.addrCode);
  QCOMPARE(best.value(u"full_address"_s).toString(), a.fullAddress);
  QCOMPARE(best.value(u"score"_s).toDouble(), 1.0);
  QVERIFY(best.contains(u"matched_level"_s));
  QVERIFY(std::abs(best.value(u"lon"_s).toDouble() - a.lon) < 1e-6);

  // The index itself works as --db; nothing found is exit status 1; a missing --db is a usage error.
  run({u"geocode"_s, u"--db"_s, AddressIndex::indexPathFor(m_source), u"ｑｗｅｒｔｙ"_s}, &status);
  QCOMPARE(status, 1);
  run({u"geocode"_s, u"锦安广场"_s}, &status);
  QCOMPARE(status, 2);
}

void TestAddress::commandBatch()
{
  const QString in = m_dir + u"/calls.csv"_s, out = m_dir + u"/calls.geocoded.csv"_s;
  QFile file(in);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write("id,caller_said\n");
  const std::vector<std::size_t> picks{7, 700, 2100, 3500};
  for (std::size_t i : picks)
    file.write(QByteArray::number(qulonglong(i)) + ",\"" + m_city.addresses[i].fullAddress.mid(12).toUtf8() +
               "\"\n");
  file.write("99,\"不知道, 在哪里\"\n");
  file.close();
  int status = 0;
  QByteArray errors;
  const QByteArray summary = run(
      {u"geocode"_s, u"--db"_s, m_source, u"--batch"_s, in, u"--column"_s, u"caller_said"_s, u"--out"_s, out},
      &status, &errors);
  QCOMPARE(status, 0);
  QVERIFY(errors.contains("100%"));
  QVERIFY2(summary.contains("matched") && summary.contains("unmatched"), summary.constData());
  QFile result(out);
  QVERIFY(result.open(QIODevice::ReadOnly));
  const QStringList lines =
      QString::fromUtf8(result.readAll()).remove(QChar(0xFEFF)).split(u"\r\n"_s, Qt::SkipEmptyParts);
  QCOMPARE(lines.size(), int(picks.size()) + 2);
  QVERIFY(lines[0].startsWith(u"id,caller_said,rc_addr_code"_s));
  for (std::size_t k = 0; k < picks.size(); ++k)
    QVERIFY2(lines[int(k) + 1].contains(m_city.addresses[picks[k]].addrCode), qPrintable(lines[int(k) + 1]));
  QVERIFY(lines.back().endsWith(u",unmatched"_s));
  QVERIFY(lines.back().startsWith(u"99,\"不知道, 在哪里\","_s));
}

void TestAddress::commandReverse()
{
  const StandardAddress &a = m_city.addresses[1234];
  int status = 0;
  const QByteArray out =
      run({u"reverse"_s, u"--db"_s, m_source, QString::number(a.lon, 'f', 8), QString::number(a.lat, 'f', 8)},
          &status);
  QCOMPARE(status, 0);
  const QJsonObject r = QJsonDocument::fromJson(out.trimmed()).object();
  QVERIFY(r.value(u"distance_m"_s).toDouble() < 0.01);
  QCOMPARE(r.value(u"grid_code"_s).toString(), a.gridCode);
  QCOMPARE(r.value(u"community"_s).toString(), a.community);
  run({u"reverse"_s, u"--db"_s, m_source, u"2.35"_s, u"48.85"_s}, &status);
  QCOMPARE(status, 2);
}

QTEST_GUILESS_MAIN(TestAddress)
#include "test_address.moc"
