// The readings side without a network: the SQLite readings store (SL 323 tables, WAL, whole
// transactions), the station catalog from a GeoPackage, the SL 323 JSON decoder, the reading
// validator and the HJ 212 intake with its replies and rejection counts.

#include "base/Sqlite.h"
#include "live/Hj212Builder.h"
#include "live/Hj212Intake.h"
#include "live/ReadingStore.h"
#include "live/Sl323JsonDecoder.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace Qt::StringLiterals;
using namespace rc;

namespace {

const QString kRiver = u"63201000"_s;
const QString kPoint = u"350102320000000000010001"_s;

std::shared_ptr<const StationCatalog> fixtureCatalog()
{
  auto catalog = std::make_shared<StationCatalog>();
  HydroStation river;
  river.stcd = kRiver;
  river.wrz = 7.0;
  catalog->addStation(river);
  MonitoringPoint point;
  point.mn = kPoint;
  point.password = u"123456"_s;
  point.limits.insert(u"w01018"_s, {std::nullopt, 100.0});
  catalog->addMonitoringPoint(point);
  return catalog;
}

QDateTime beijing(int hour, int minute = 0)
{
  return QDateTime(QDate(2024, 7, 29), QTime(hour, minute), QTimeZone(8 * 3600));
}

HydroReading riverReading(const QString &stcd, const QDateTime &tm, double z)
{
  HydroReading r;
  r.table = HydroTable::River;
  r.stcd = stcd;
  r.tm = tm;
  r.z = z;
  r.q = 1200;
  r.wptn = u"5"_s;
  return r;
}

Hj212Frame upload(const QDateTime &tm, const QString &mn = kPoint, const QString &pw = u"123456"_s)
{
  Hj212Frame frame;
  frame.qn = hj212QnText(tm);
  frame.st = 32;
  frame.cn = hj212::cn::kRealTimeData;
  frame.pw = pw;
  frame.mn = mn;
  frame.flag = 5;
  frame.setDataTime(tm);
  frame.addRealTimeValue(u"w01018"_s, 52.5);
  frame.addRealTimeValue(u"w21003"_s, 3.25, Hj212DataFlag::OverLimit);
  return frame;
}

} // namespace

class TestReadings : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir m_dir;
  int m_serial = 0;
  QString freshDatabase() { return m_dir.filePath(u"readings%1.sqlite"_s.arg(++m_serial)); }

private slots:
  void storesEveryTableAndReadsItBack()
  {
    ReadingStore store(freshDatabase());
    std::vector<HydroReading> hydro{riverReading(kRiver, beijing(8), 5.31),
                                    riverReading(kRiver, beijing(9), 5.62)};
    HydroReading reservoir;
    reservoir.table = HydroTable::Reservoir;
    reservoir.stcd = u"63299001"_s;
    reservoir.tm = beijing(8);
    reservoir.rz = 301.25;
    reservoir.otq = 40;
    hydro.push_back(reservoir);
    HydroReading rain;
    rain.table = HydroTable::Rainfall;
    rain.stcd = u"63288001"_s;
    rain.tm = beijing(8, 5);
    rain.drp = 2.5;
    rain.intv = 0.08;
    hydro.push_back(rain);
    HydroReading tide;
    tide.table = HydroTable::Tide;
    tide.stcd = u"63277001"_s;
    tide.tm = beijing(8);
    tide.tdz = 3.9;
    tide.hltdmk = u"1"_s;
    hydro.push_back(tide);
    PollutantReading cod{kPoint, u"w01018"_s, 2011, beijing(8), 52.5, {}, {}, {}, {}, Hj212DataFlag::Normal};
    store.insert(hydro, std::span(&cod, 1));

    const auto river = store.hydroReadings(HydroTable::River, kRiver, beijing(0), beijing(23));
    QCOMPARE(river.size(), std::size_t(2));
    QCOMPARE(river[0].tm, beijing(8));
    QCOMPARE(river[0].z, 5.31);
    QCOMPARE(river[1].z, 5.62);
    QCOMPARE(river[0].wptn, u"5"_s);
    const auto reservoirs =
        store.hydroReadings(HydroTable::Reservoir, u"63299001"_s, beijing(0), beijing(23));
    QCOMPARE(reservoirs.at(0).rz, 301.25);
    QVERIFY(!reservoirs.at(0).inq);
    QCOMPARE(store.hydroReadings(HydroTable::Rainfall, u"63288001"_s, beijing(0), beijing(23)).at(0).drp,
             2.5);
    QCOMPARE(store.hydroReadings(HydroTable::Tide, u"63277001"_s, beijing(0), beijing(23)).at(0).hltdmk,
             u"1"_s);
    const auto values = store.pollutantReadings(kPoint, u"w01018"_s, beijing(0), beijing(23));
    QCOMPARE(values.size(), std::size_t(1));
    QCOMPARE(values[0].rtd, 52.5);
    QCOMPARE(values[0].flag, Hj212DataFlag::Normal);
  }

  void aRepeatedReadingReplacesTheFirst()
  {
    ReadingStore store(freshDatabase());
    const std::vector<HydroReading> first{riverReading(kRiver, beijing(8), 5.0)};
    const std::vector<HydroReading> again{riverReading(kRiver, beijing(8), 5.5)};
    store.insert(first, {});
    store.insert(again, {});
    QCOMPARE(store.rowCount(HydroTable::River), 1);
    QCOMPARE(store.hydroReadings(HydroTable::River, kRiver, beijing(0), beijing(23)).at(0).z, 5.5);
  }

  void aFailingBatchLeavesNothingBehind()
  {
    ReadingStore store(freshDatabase());
    std::vector<HydroReading> batch;
    for (int i = 0; i < 100; ++i)
      batch.push_back(riverReading(kRiver, beijing(0).addSecs(60 * i), 5));
    batch.push_back(riverReading(QString(), beijing(12), 5)); // STCD NULL: refused by the table
    QVERIFY_THROWS_EXCEPTION(sqlite::Error, store.insert(batch, {}));
    QCOMPARE(store.rowCount(HydroTable::River), 0);
    batch.pop_back();
    store.insert(batch, {});
    QCOMPARE(store.rowCount(HydroTable::River), 100);
  }

  void usesWriteAheadLogging()
  {
    const QString path = freshDatabase();
    ReadingStore store(path);
    // A second connection reads the journal mode from the file.
    const sqlite::Database probe(path, sqlite::Database::Mode::ReadWrite);
    sqlite::Statement mode(probe, "PRAGMA journal_mode");
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), u"wal"_s);
  }

  void storesTenThousandReadingsInOneBatch()
  {
    ReadingStore store(freshDatabase());
    std::vector<HydroReading> batch;
    for (int i = 0; i < 10000; ++i)
      batch.push_back(
          riverReading(u"6320%1"_s.arg(i % 50, 4, 10, QChar(u'0')), beijing(0).addSecs(60 * (i / 50)), 5));
    store.insert(batch, {});
    QCOMPARE(store.rowCount(HydroTable::River), 10000);
  }

  void parsesPollutantLimits()
  {
    QCOMPARE(PollutantLimit::parse(u"100")->upper, 100.0);
    QVERIFY(!PollutantLimit::parse(u"100")->lower);
    const auto band = PollutantLimit::parse(u"6-9");
    QCOMPARE(band->lower, 6.0);
    QCOMPARE(band->upper, 9.0);
    QVERIFY(band->exceededBy(5.9));
    QVERIFY(band->exceededBy(9.1));
    QVERIFY(!band->exceededBy(7));
    QVERIFY(!PollutantLimit::parse(u"abc"));
    QVERIFY(!PollutantLimit::parse(u"9-6"));
  }

  void loadsTheCatalogFromAGeoPackage()
  {
    GDALAllRegister();
    const QString path = m_dir.filePath(u"city.gpkg"_s);
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
      GDALDatasetUniquePtr ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
      QVERIFY(ds);
      const auto table = [&](const char *name, const QList<std::pair<const char *, OGRFieldType>> &fields,
                             const QList<QVariantList> &rows) {
        OGRLayer *layer = ds->CreateLayer(name, nullptr, wkbNone, nullptr);
        for (const auto &[field, type] : fields) {
          OGRFieldDefn defn(field, type);
          QCOMPARE(layer->CreateField(&defn), OGRERR_NONE);
        }
        for (const QVariantList &row : rows) {
          OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
          for (int i = 0; i < int(row.size()); ++i) {
            if (row[i].typeId() == QMetaType::Double)
              feature->SetField(i, row[i].toDouble());
            else if (row[i].typeId() == QMetaType::Int)
              feature->SetField(i, row[i].toInt());
            else
              feature->SetField(i, row[i].toString().toUtf8().constData());
          }
          QCOMPARE(layer->CreateFeature(feature.get()), OGRERR_NONE);
        }
      };
      table("hydro_stations",
            {{"stcd", OFTString},
             {"stnm", OFTString},
             {"sttp", OFTString},
             {"rvnm", OFTString},
             {"lgtd", OFTReal},
             {"lttd", OFTReal},
             {"addvcd", OFTString}},
            {{kRiver, u"竹岐"_s, u"ZQ"_s, u"闽江"_s, 119.1, 26.1, u"350121"_s},
             {u"63299001"_s, u"溪源水库"_s, u"RR"_s, u"溪源溪"_s, 119.2, 26.2, u"350181"_s}});
      table("st_rvfcch_b",
            {{"stcd", OFTString}, {"wrz", OFTReal}, {"grz", OFTReal}, {"wrq", OFTReal}, {"grq", OFTReal}},
            {{kRiver, 7.5, 9.0, 12000.0, 16000.0}});
      table("st_rsvrfsr_b",
            {{"stcd", OFTString}, {"bgmd", OFTInteger}, {"edmd", OFTInteger}, {"fsltdz", OFTReal}},
            {{u"63299001"_s, 415, 715, 300.0}, {u"63299001"_s, 716, 1015, 302.0}});
      table("monitoring_points",
            {{"mn", OFTString},
             {"name", OFTString},
             {"st", OFTString},
             {"enterprise", OFTString},
             {"pollutants", OFTString},
             {"limits", OFTString}},
            {{kPoint, u"废水总排口"_s, u"32"_s, u"福州某印染有限公司"_s, u"w00000;w01001;w01018"_s,
              u"w01001=6-9;w01018=100"_s}});
    }
    const auto catalog = StationCatalogLoader::fromGeoPackage(path);
    QCOMPARE(catalog->stationCount(), 2);
    const HydroStation *river = catalog->station(kRiver);
    QVERIFY(river);
    QCOMPARE(river->stnm, u"竹岐"_s);
    QCOMPARE(river->wrz, 7.5);
    QCOMPARE(river->grz, 9.0);
    QCOMPARE(river->lgtd, 119.1);
    const HydroStation *reservoir = catalog->station(u"63299001"_s);
    QCOMPARE(reservoir->floodLimits.size(), 2);
    QCOMPARE(reservoir->floodLimitOn(QDate(2024, 8, 1)), 302.0);
    QVERIFY(!reservoir->floodLimitOn(QDate(2024, 12, 1)));
    const MonitoringPoint *point = catalog->monitoringPoint(kPoint);
    QVERIFY(point);
    QCOMPARE(point->st, 32);
    QCOMPARE(point->pollutants, (QStringList{u"w00000"_s, u"w01001"_s, u"w01018"_s}));
    QCOMPARE(point->limits.value(u"w01001"_s).lower, 6.0);
    QCOMPARE(point->limits.value(u"w01018"_s).upper, 100.0);
    QVERIFY(!point->password); // the demo city gives none: not checked
    QVERIFY(catalog->knowsMn(kPoint));
  }

  void decodesSl323Json()
  {
    const auto result = Sl323JsonDecoder::decode(
        R"([{"table":"ST_RIVER_R","STCD":"63201000","TM":"2024-07-29 08:00:00","Z":5.31,"Q":"1200"},
            {"table":"ST_PPTN_R","STCD":"63288001","TM":"2024-07-29T00:05:00Z","DRP":2.5,"INTV":0.08},
            {"table":"ST_RSVR_R","STCD":"63299001","TM":"2024-07-29 08:00:00","RZ":301.2},
            {"table":"ST_TIDE_R","STCD":"63277001","TM":"2024-07-29 08:00:00+08:00","TDZ":3.9,"HLTDMK":1}])");
    QVERIFY(result.faults.isEmpty());
    QCOMPARE(result.readings.size(), std::size_t(4));
    QCOMPARE(result.readings[0].tm, beijing(8));
    QCOMPARE(result.readings[0].q, 1200.0);
    QCOMPARE(result.readings[1].tm, beijing(8, 5));
    QCOMPARE(result.readings[2].rz, 301.2);
    QCOMPARE(result.readings[3].hltdmk, u"1"_s);
  }

  void rejectsBadJson_data()
  {
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"table\": ") << u"malformed-json"_s;
    QTest::newRow("NaN literal")
        << QByteArray(R"({"table":"ST_RIVER_R","STCD":"1","TM":"2024-07-29 08:00:00","Z":NaN})")
        << u"malformed-json"_s;
    QTest::newRow("NaN string")
        << QByteArray(R"({"table":"ST_RIVER_R","STCD":"1","TM":"2024-07-29 08:00:00","Z":"NaN"})")
        << u"not-a-number"_s;
    QTest::newRow("not a number")
        << QByteArray(R"({"table":"ST_RIVER_R","STCD":"1","TM":"2024-07-29 08:00:00","Z":"high"})")
        << u"bad-field"_s;
    QTest::newRow("no value") << QByteArray(R"({"table":"ST_RIVER_R","STCD":"1","TM":"2024-07-29 08:00:00"})")
                              << u"bad-field"_s;
    QTest::newRow("bad time") << QByteArray(R"({"table":"ST_RIVER_R","STCD":"1","TM":"yesterday","Z":1})")
                              << u"bad-field"_s;
    QTest::newRow("unknown table") << QByteArray(
                                          R"({"table":"ST_X_R","STCD":"1","TM":"2024-07-29 08:00:00","Z":1})")
                                   << u"bad-field"_s;
    QTest::newRow("no STCD") << QByteArray(R"({"table":"ST_RIVER_R","TM":"2024-07-29 08:00:00","Z":1})")
                             << u"bad-field"_s;
    QTest::newRow("array of numbers") << QByteArray("[1]") << u"malformed-json"_s;
    // Well-formed, but more than any logger sends: refused before parsing.
    QByteArray huge = R"([{"table":"ST_RIVER_R","STCD":"63201000","TM":"2024-07-29 08:00:00","Z":1})";
    huge.append(QByteArray(Sl323JsonDecoder::kMaxPayload, ' ')).append(']');
    QTest::newRow("oversized") << huge << u"oversized"_s;
  }

  void rejectsBadJson()
  {
    QFETCH(QByteArray, payload);
    QFETCH(QString, reason);
    const auto result = Sl323JsonDecoder::decode(payload);
    QVERIFY(result.readings.empty());
    QCOMPARE(result.faults.size(), 1);
    QCOMPARE(feedRejectionName(result.faults.first().reason), reason);
  }

  void keepsTheGoodReadingsOfAMixedMessage()
  {
    const auto result = Sl323JsonDecoder::decode(
        R"([{"table":"ST_RIVER_R","STCD":"63201000","TM":"2024-07-29 08:00:00","Z":5.31},
            {"table":"ST_RIVER_R","STCD":"63201000","TM":"2024-07-29 08:05:00","Z":"nan"}])");
    QCOMPARE(result.readings.size(), std::size_t(1));
    QCOMPARE(result.faults.size(), 1);
  }

  void validatesStationTimeAndValues()
  {
    const ReadingValidator validator(fixtureCatalog());
    const QDateTime now = beijing(10);
    QVERIFY(!validator.check(riverReading(kRiver, beijing(9), 5), now));
    QVERIFY(!validator.check(riverReading(kRiver, now.addSecs(120), 5), now)); // logger clock a little ahead
    QCOMPARE(validator.check(riverReading(kRiver, now.addSecs(3600), 5), now)->reason,
             FeedRejection::FutureTime);
    QCOMPARE(validator.check(riverReading(u"99999999"_s, beijing(9), 5), now)->reason,
             FeedRejection::UnknownStation);
    QCOMPARE(validator.check(riverReading(kRiver, beijing(9), std::nan("")), now)->reason,
             FeedRejection::NotANumber);
    PollutantReading unknown{u"NOBODY"_s, u"w01018"_s, 2011, beijing(9), 1.0, {}, {}, {}, {}, {}};
    QCOMPARE(validator.check(unknown, now)->reason, FeedRejection::UnknownMn);
  }

  void intakeDecodesAndRepliesToUploads()
  {
    FeedCounter counter(u"test"_s);
    Hj212Intake intake(fixtureCatalog(), counter);
    const QDateTime now = beijing(10);
    const Hj212Frame frame = upload(beijing(9, 59));
    const Hj212Intake::Outcome outcome = intake.accept(Hj212Builder::build(frame), now);
    QCOMPARE(outcome.readings.size(), std::size_t(2));
    QCOMPARE(outcome.readings[0].code, u"w01018"_s);
    QCOMPARE(outcome.readings[0].rtd, 52.5);
    QCOMPARE(outcome.readings[1].flag, Hj212DataFlag::OverLimit);
    QCOMPARE(outcome.readings[0].tm, beijing(9, 59));
    // Flag=5 asks for a reply: 9014 for an upload.
    const Hj212ParseResult reply = Hj212Parser().parse(outcome.reply);
    QVERIFY(reply.ok());
    QCOMPARE(reply.frame.cn, 9014);
    QCOMPARE(reply.frame.qn, frame.qn);
    QCOMPARE(counter.status().accepted, 2);
  }

  void intakeRejectsAndAnswersWithQnRtn()
  {
    FeedCounter counter(u"test"_s);
    Hj212Intake intake(fixtureCatalog(), counter);
    const QDateTime now = beijing(10);

    auto outcome = intake.accept(Hj212Builder::build(upload(beijing(9), kPoint, u"000000"_s)), now);
    QVERIFY(outcome.readings.empty());
    QCOMPARE(Hj212Parser().parse(outcome.reply).frame.cpValue(u"QnRtn"), u"3"_s);

    // An unknown MN gets the wrong password's answer: replies do not tell which MNs exist.
    outcome = intake.accept(Hj212Builder::build(upload(beijing(9), u"350102320000000000099999"_s)), now);
    QCOMPARE(Hj212Parser().parse(outcome.reply).frame.cpValue(u"QnRtn"), u"3"_s);

    QByteArray badCrc = Hj212Builder::build(upload(beijing(9)));
    badCrc[badCrc.size() - 3] = badCrc[badCrc.size() - 3] == '0' ? '1' : '0';
    outcome = intake.accept(badCrc, now);
    QCOMPARE(Hj212Parser().parse(outcome.reply).frame.cpValue(u"QnRtn"), u"9"_s);

    outcome = intake.accept(Hj212Builder::build(upload(beijing(12))), now); // two hours ahead
    QVERIFY(outcome.readings.empty());

    Hj212Frame nan = upload(beijing(9));
    nan.cp[1][0].value = u"NaN"_s;
    outcome = intake.accept(Hj212Builder::build(nan), now);
    QCOMPARE(outcome.readings.size(), std::size_t(1)); // the other pollutant still counts

    intake.reject(Hj212Rejection::Truncated, "##0101QN=2016");
    const FeedStatus &status = counter.status();
    QCOMPARE(status.rejected.value(FeedRejection::WrongPassword), 1);
    QCOMPARE(status.rejected.value(FeedRejection::UnknownMn), 1);
    QCOMPARE(status.rejected.value(FeedRejection::BadCrc), 1);
    QCOMPARE(status.rejected.value(FeedRejection::FutureTime), 2);
    QCOMPARE(status.rejected.value(FeedRejection::NotANumber), 1);
    QCOMPARE(status.rejected.value(FeedRejection::Truncated), 1);
    QCOMPARE(status.messages, 6);
  }

  void intakeJoinsSplitUploads()
  {
    FeedCounter counter(u"test"_s);
    Hj212Intake intake(fixtureCatalog(), counter);
    const QDateTime now = beijing(10);
    Hj212Frame frame = upload(beijing(9));
    for (int i = 0; i < 60; ++i)
      frame.addRealTimeValue(u"w%1"_s.arg(30000 + i), i);
    const QList<Hj212Frame> packets = Hj212Builder::split(frame);
    QVERIFY(packets.size() > 1);
    std::size_t readings = 0;
    for (const Hj212Frame &packet : packets) {
      const auto outcome = intake.accept(Hj212Builder::build(packet), now);
      QCOMPARE(Hj212Parser().parse(outcome.reply).frame.cn, 9014); // each packet is answered
      readings += outcome.readings.size();
    }
    QCOMPARE(readings, std::size_t(62));

    QVERIFY(intake.accept(Hj212Builder::build(packets.first()), now).readings.empty());
    intake.dropStaleUploads(now.addSecs(1));
    QCOMPARE(counter.status().rejected.value(FeedRejection::IncompleteUpload), 1);
  }
};

QTEST_GUILESS_MAIN(TestReadings)
#include "test_readings.moc"
