// The shared city database (issue 8) against a real PostgreSQL + PostGIS that the test starts in a
// temporary directory: `rongcheng import` of a generated demo city, GIST index and re-import,
// map-window reads from PostGIS equal to the GeoPackage's, clear errors for a wrong password, an
// unreachable server and a read-only role, an injection attempt through a filter value and a layer
// name that changes nothing, no password in project files, and reads after a server restart.

#include "PostgisServer.h"
#include "TestData.h"

#include "auth/PostgisCredentials.h"
#include "data/FeatureStore.h"
#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "postgis/PostgisSession.h"
#include "project/Project.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTestAddresses = 6000;

using rc::test::CommandResult;
using rc::test::runRongcheng;

/// fid → address code of every address meeting `box`, read through VectorDataset as the map does.
std::map<qint64, QString> addressesIn(const QString &source, const QString &layer, const rc::BBox &box)
{
  const auto dataset = rc::VectorDataset::open(source);
  const int index = dataset->layerIndex(layer);
  if (index < 0)
    throw rc::DataError(source, u"no layer "_s + layer);
  const auto store = dataset->load(index, {}, nullptr, box);
  const int code = store->fieldIndex(u"addr_code"_s);
  std::map<qint64, QString> rows;
  for (std::size_t i = 0; i < store->featureCount(); ++i)
    rows.emplace(store->fid(i), store->text(i, code));
  return rows;
}

} // namespace

class TestPostgis : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void importCreatesIndexedTables();
  void bboxReadsMatchGeoPackage();
  void reimportIsSafe();
  void wrongPasswordIsClear();
  void rememberPasswordReadsStandardInput();
  void unreachableServerIsClear();
  void viewerRoleCannotWrite();
  void injectionChangesNothing();
  void passwordNeverSavedInProject();
  void readsSurviveServerRestart();

private:
  [[nodiscard]] qint64 rowCount(const QString &table);

  QTemporaryDir m_dir;
  rc::test::PostgisServer m_server;
  QString m_gpkg;
};

void TestPostgis::initTestCase()
{
  QVERIFY(m_dir.isValid());
  // The binaries are a build dependency (build.sh installs them): missing ones fail, never skip.
  QVERIFY2(m_server.start(), qPrintable(m_server.error()));
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = kTestAddresses;
  options.eventCount = 300;
  options.cellSiteCount = 300;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
}

qint64 TestPostgis::rowCount(const QString &table)
{
  QString output;
  if (!m_server.sql(u"SELECT count(*) FROM "_s + table, &output))
    return -1;
  return output.toLongLong();
}

void TestPostgis::importCreatesIndexedTables()
{
  const CommandResult result = runRongcheng({u"import"_s, u"--to"_s, m_server.source(m_server.kOperator),
                                             m_gpkg, u"--layers"_s, u"addresses,grids"_s});
  QVERIFY2(result.status == 0, qPrintable(result.err));
  QVERIFY2(result.out.contains(u"addresses: %1 / %1"_s.arg(kTestAddresses)), qPrintable(result.out));
  QCOMPARE(rowCount(u"addresses"_s), kTestAddresses);
  QVERIFY(rowCount(u"grids"_s) > 0);
  QString indexes;
  QVERIFY2(m_server.sql(u"SELECT indexdef FROM pg_indexes WHERE tablename = 'addresses'"_s, &indexes),
           qPrintable(m_server.error()));
  QVERIFY2(indexes.contains(u"USING gist (geom)"_s), qPrintable(indexes));

  // Into a schema of its own, created on the way.
  const CommandResult schema =
      runRongcheng({u"import"_s, u"--to"_s, m_server.source(m_server.kOperator), m_gpkg, u"--layers"_s,
                    u"addresses"_s, u"--schema"_s, u"city"_s});
  QVERIFY2(schema.status == 0, qPrintable(schema.err));
  QCOMPARE(rowCount(u"city.addresses"_s), kTestAddresses);
}

void TestPostgis::bboxReadsMatchGeoPackage()
{
  const auto geoPackage = rc::VectorDataset::open(m_gpkg);
  const rc::BBox extent = geoPackage->summary(geoPackage->layerIndex(u"addresses"_s)).extent;
  QVERIFY(!extent.isEmpty());
  // Three windows: a quarter in the middle, a thin strip, and one with nothing in it.
  const double w = extent.width();
  const double h = extent.height();
  const QList<rc::BBox> windows{
      rc::BBox(extent.xMin + w * 0.375, extent.yMin + h * 0.375, extent.xMin + w * 0.625,
               extent.yMin + h * 0.625),
      rc::BBox(extent.xMin, extent.yMin + h * 0.5, extent.xMax, extent.yMin + h * 0.52),
      rc::BBox(extent.xMax + 1, extent.yMax + 1, extent.xMax + 2, extent.yMax + 2)};
  const QString postgis = m_server.source(m_server.kViewer);
  for (const rc::BBox &window : windows) {
    const auto fromFile = addressesIn(m_gpkg, u"addresses"_s, window);
    const auto fromServer = addressesIn(postgis, u"addresses"_s, window);
    QCOMPARE(fromServer.size(), fromFile.size());
    QVERIFY(fromServer == fromFile);
  }
  QVERIFY(addressesIn(postgis, u"addresses"_s, windows[0]).size() > 100);
  QVERIFY(addressesIn(postgis, u"city.addresses"_s, windows[0]) ==
          addressesIn(m_gpkg, u"addresses"_s, windows[0]));
}

void TestPostgis::reimportIsSafe()
{
  QString before;
  QVERIFY(m_server.sql(
      u"SELECT md5(string_agg(fid || addr_code || ST_AsText(geom), ',' ORDER BY fid)) FROM addresses"_s,
      &before));
  for (int run = 0; run < 2; ++run) {
    const CommandResult result = runRongcheng(
        {u"import"_s, u"--to"_s, m_server.source(m_server.kOperator), m_gpkg, u"--layers"_s, u"addresses"_s});
    QVERIFY2(result.status == 0, qPrintable(result.err));
  }
  QString after;
  QVERIFY(m_server.sql(
      u"SELECT md5(string_agg(fid || addr_code || ST_AsText(geom), ',' ORDER BY fid)) FROM addresses"_s,
      &after));
  QCOMPARE(after, before);
  QCOMPARE(rowCount(u"addresses"_s), kTestAddresses);
}

void TestPostgis::rememberPasswordReadsStandardInput()
{
  // No PGPASSFILE: the password piped in is the only one the import can have.
  QProcess process;
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.remove(u"PGPASSFILE"_s);
  environment.remove(u"PGPASSWORD"_s);
  process.setProcessEnvironment(environment);
  const QStringList arguments{u"import"_s,   u"--to"_s,     m_server.source(m_server.kOperator),
                              m_gpkg,        u"--layers"_s, u"addresses"_s,
                              u"--schema"_s, u"piped"_s,    u"--remember-password"_s};
  QVERIFY(!arguments.join(u' ').contains(QLatin1StringView(m_server.kOperatorPassword)));
  process.start(rc::test::rongchengExecutable(), arguments);
  QVERIFY(process.waitForStarted());
  process.write(QByteArray(m_server.kOperatorPassword) + '\n');
  process.closeWriteChannel();
  QVERIFY(process.waitForFinished(240000));
  const QString err = QString::fromUtf8(process.readAllStandardError());
  QCOMPARE(rowCount(u"piped.addresses"_s), kTestAddresses);
  // Imported (not 3, an authentication failure); 1 only where no keyring can store the password.
  QVERIFY2(process.exitCode() == 0 || process.exitCode() == 1, qPrintable(err));
  QVERIFY(!err.contains(QLatin1StringView(m_server.kOperatorPassword)));
}

void TestPostgis::wrongPasswordIsClear()
{
  const CommandResult result = runRongcheng(
      {u"import"_s, u"--to"_s, m_server.source(m_server.kOperator) + u" password=not-the-password"_s, m_gpkg,
       u"--layers"_s, u"addresses"_s});
  // libpq words its reasons in the user's language: the exit status tells them apart.
  QCOMPARE(result.status, 3);
  QVERIFY2(result.err.contains(u"rc_operator"_s), qPrintable(result.err));
  QVERIFY2(!result.err.contains(u"not-the-password"_s), qPrintable(result.err));
  QCOMPARE(rowCount(u"addresses"_s), kTestAddresses);

  try {
    (void)rc::PostgisSession::open(m_server.source(m_server.kViewer) + u" password=wrong-one"_s);
    QFAIL("a wrong password was accepted");
  } catch (const rc::PostgisError &e) {
    QCOMPARE(e.reason(), rc::PostgisError::Reason::Authentication);
    QVERIFY(!e.message().contains(u"wrong-one"_s));
  }
  try {
    (void)rc::VectorDataset::open(m_server.source(m_server.kViewer) + u" password=wrong-two"_s);
    QFAIL("a wrong password was accepted");
  } catch (const rc::DataError &e) {
    QVERIFY2(!e.message().contains(u"wrong-two"_s), e.what());
  }
}

void TestPostgis::unreachableServerIsClear()
{
  const QString nowhere = u"PG:host=127.0.0.1 port=1 dbname=rongcheng user=rc_operator connect_timeout=5"_s;
  const CommandResult result = runRongcheng({u"import"_s, u"--to"_s, nowhere, m_gpkg});
  QCOMPARE(result.status, 1);
  QVERIFY2(result.err.contains(u"port='1'"_s), qPrintable(result.err));
  try {
    (void)rc::PostgisSession::open(nowhere);
    QFAIL("a closed port accepted a connection");
  } catch (const rc::PostgisError &e) {
    QCOMPARE(e.reason(), rc::PostgisError::Reason::Connection);
  }
}

void TestPostgis::viewerRoleCannotWrite()
{
  const CommandResult result = runRongcheng(
      {u"import"_s, u"--to"_s, m_server.source(m_server.kViewer), m_gpkg, u"--layers"_s, u"addresses"_s});
  QCOMPARE(result.status, 4);
  QVERIFY2(result.err.contains(u"rc_viewer"_s), qPrintable(result.err));
  QCOMPARE(rowCount(u"addresses"_s), kTestAddresses);
  QVERIFY(!rc::PostgisSession::open(m_server.source(m_server.kViewer))->mayCreateIn(u"city"_s));
  QVERIFY(rc::PostgisSession::open(m_server.source(m_server.kOperator))->mayCreateIn(u"city"_s));
  QVERIFY(rc::PostgisSession::open(m_server.source(m_server.kOperator))->mayCreateIn(u"not_yet"_s));
}

void TestPostgis::injectionChangesNothing()
{
  const QString attack = u"x'; DROP TABLE addresses; --"_s;
  const auto session = rc::PostgisSession::open(m_server.source(m_server.kOperator));
  QVERIFY(session->fidsWhereEquals(u"addresses"_s, u"addr_code"_s, attack).isEmpty());
  QVERIFY(session->fidsWhereEquals(u"addresses"_s, u"road"_s, u"' OR '1'='1"_s).isEmpty());
  // A real value finds exactly its own feature, as in the GeoPackage.
  const auto dataset = rc::VectorDataset::open(m_gpkg);
  const auto store = dataset->load(dataset->layerIndex(u"addresses"_s));
  const std::size_t pick = store->featureCount() / 2;
  QCOMPARE(session->fidsWhereEquals(u"addresses"_s, u"addr_code"_s,
                                    store->text(pick, store->fieldIndex(u"addr_code"_s))),
           QList<qint64>{store->fid(pick)});
  // A column name is an identifier, quoted as one: an attack there is an unknown column.
  QVERIFY_THROWS_EXCEPTION(
      rc::PostgisError,
      (void)session->fidsWhereEquals(u"addresses"_s, u"fid = fid; DROP TABLE addresses; --"_s, u"1"_s));
  const CommandResult layer =
      runRongcheng({u"import"_s, u"--to"_s, m_server.source(m_server.kOperator), m_gpkg, u"--layers"_s,
                    u"addresses\"; DROP TABLE addresses; --"_s});
  QCOMPARE(layer.status, 2);
  QCOMPARE(rowCount(u"addresses"_s), kTestAddresses);
}

void TestPostgis::passwordNeverSavedInProject()
{
  const QString secret = u"sekrit 'quoted' pw"_s;
  const QString withPassword =
      m_server.source(m_server.kViewer) + u" password='sekrit \\'quoted\\' pw' tables=addresses"_s;
  QCOMPARE(rc::PostgisCredentials::passwordOf(withPassword), secret);
  QCOMPARE(rc::PostgisCredentials::keyringKey(withPassword),
           u"rc_viewer@127.0.0.1:%1/rongcheng"_s.arg(m_server.port()));
  rc::Project project;
  rc::ProjectLayer layer;
  layer.source = withPassword;
  layer.layerName = u"addresses"_s;
  project.layers.append(layer);
  const QString path = m_dir.filePath(u"seat.rcproj"_s);
  rc::ProjectFile::write(project, path);
  QFile file(path);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QByteArray saved = file.readAll();
  QVERIFY2(!saved.contains("sekrit") && !saved.contains("password"), saved.constData());
  // The saved source still opens: the password comes from libpq's file (the keyring in the app).
  const rc::Project reread = rc::ProjectFile::read(path);
  QCOMPARE(reread.layers.size(), 1);
  QVERIFY(reread.layers[0].source.contains(u"tables="_s));
  const auto dataset = rc::VectorDataset::open(reread.layers[0].source);
  QCOMPARE(dataset->summary(0).featureCount, kTestAddresses);
}

void TestPostgis::readsSurviveServerRestart()
{
  const QString source = m_server.source(m_server.kViewer);
  const rc::BBox everywhere(-180, -90, 180, 90);
  QCOMPARE(qint64(addressesIn(source, u"addresses"_s, everywhere).size()), kTestAddresses);
  QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
  QCOMPARE(qint64(addressesIn(source, u"addresses"_s, everywhere).size()), kTestAddresses);
}

QTEST_GUILESS_MAIN(TestPostgis)
#include "test_postgis.moc"
