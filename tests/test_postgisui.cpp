// PostGIS in the window (issue 8): the catalog of a real server (tables with geometry and their
// SRIDs, a table without geometry, an unknown SRID), the connection editor's test on a wrong
// password and a closed port, saved connections without password, adding a table from the
// browser as a layer, the import dialog for an operator and a viewer, and the role in the status
// bar. The dialogs are grabbed to PNG under the test output folder for a person to look at.

#include "PostgisServer.h"
#include "TestData.h"

#include "LanguageManager.h"
#include "MainWindow.h"
#include "auth/PostgisCredentials.h"
#include "data/VectorDataset.h"
#include "live/LiveController.h"
#include "map/LayerStack.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"
#include "ops/CaseDesk.h"
#include "ops/EventTools.h"
#include "postgis/PostgisBrowserDialog.h"
#include "postgis/PostgisCatalog.h"
#include "postgis/PostgisConnectionEditor.h"
#include "postgis/PostgisConnections.h"
#include "postgis/PostgisImportDialog.h"
#include "postgis/PostgisImporter.h"
#include "postgis/PostgisSession.h"
#include "postgis/PostgisTools.h"
#include "project/LayerOpener.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gdal_utils.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWorkerMs = 20000;

/// The fixed part of a translated message between two of its arguments (without the bracket that
/// opens the second), to find it in a longer text in any language.
QString between(const QString &format, const QString &before, const QString &after)
{
  QString text = format.section(before, 1).section(after, 0, 0);
  while (text.endsWith(u'(') || text.endsWith(u'（') || text.endsWith(u'“'))
    text.chop(1);
  return text;
}

void grab(QWidget *widget, const QString &name)
{
  const QString dir = QStringLiteral(RC_TEST_OUTPUT_DIR) + u"/postgisui"_s;
  QDir().mkpath(dir);
  widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestPostgisUi : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void catalogListsTablesAndProblems();
  void testConnectionReportsErrors();
  void savedConnectionHoldsNoPassword();
  void browserAddsTableAsLayer();
  void importDialogForOperatorAndViewer();
  void statusShowsRole();
  void sharedDatabaseSwitchesAtRunTime();

private:
  rc::PostgisConnection connectionFor(const char *role, const QString &name) const;
  [[nodiscard]] qint64 rowCount(const QString &table);

  QTemporaryDir m_dir;
  rc::test::PostgisServer m_server;
  QString m_gpkg;
  std::unique_ptr<rc::LanguageManager> m_languages;
};

rc::PostgisConnection TestPostgisUi::connectionFor(const char *role, const QString &name) const
{
  rc::PostgisConnection connection;
  connection.name = name;
  connection.host = u"127.0.0.1"_s;
  connection.port = m_server.port();
  connection.database = QString::fromLatin1(rc::test::PostgisServer::kDatabase);
  connection.user = QString::fromLatin1(role);
  connection.sslMode = u"disable"_s;
  return connection;
}

qint64 TestPostgisUi::rowCount(const QString &table)
{
  QString output;
  if (!m_server.sql(u"SELECT count(*) FROM "_s + table, &output))
    return -1;
  return output.trimmed().toLongLong();
}

void TestPostgisUi::initTestCase()
{
  QVERIFY(m_dir.isValid());
  // Settings in the temporary folder: the test reads the file back and leaves the user's alone.
  QSettings::setDefaultFormat(QSettings::IniFormat);
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
  QCoreApplication::setOrganizationName(u"RongchengTest"_s);
  QCoreApplication::setApplicationName(u"postgisui"_s);
  m_languages = std::make_unique<rc::LanguageManager>();
  m_languages->applyPreference();
  QVERIFY2(m_server.start(), qPrintable(m_server.error()));

  // A small GeoPackage of two layers from the GeoJSON fixture (3 points, a line, a polygon).
  const QString geojson =
      rc::test::writeFile(m_dir.path(), u"fixture.geojson"_s, rc::test::fuzhouFixtureGeoJson());
  m_gpkg = m_dir.filePath(u"small.gpkg"_s);
  GDALAllRegister();
  for (const char *layer : {"places", "places_copy"}) {
    const bool first = qstrcmp(layer, "places") == 0;
    QList<QByteArray> arguments{"-f", "GPKG", "-nln", layer};
    if (!first)
      arguments << "-update";
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
      argv.push_back(argument.data());
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *options = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH source = GDALOpenEx(geojson.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    QVERIFY(source);
    int error = 0;
    GDALDatasetH out =
        GDALVectorTranslate(first ? m_gpkg.toUtf8().constData() : nullptr,
                            first ? nullptr
                                  : GDALOpenEx(m_gpkg.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE,
                                               nullptr, nullptr, nullptr),
                            1, &source, options, &error);
    QVERIFY(out && !error);
    GDALClose(out);
    GDALClose(source);
    GDALVectorTranslateOptionsFree(options);
  }

  rc::PostgisImportOptions import;
  import.source = m_gpkg;
  import.target = m_server.source(rc::test::PostgisServer::kOperator);
  const auto imported = rc::PostgisImporter::run(import);
  QCOMPARE(imported.size(), 2);
  // Made by the operator, so the viewer reads them too (default privileges).
  QVERIFY2(m_server.sql(u"SET ROLE rc_operator;"
                        " CREATE TABLE notes (id integer, body text);"
                        " CREATE TABLE nowhere (id integer, geom geometry(Point));"
                        " INSERT INTO nowhere VALUES (1, ST_MakePoint(1, 2));"
                        " CREATE TABLE elsewhere (id integer, geom geometry(Point, 990001));"
                        " RESET ROLE; CREATE TABLE secret (id integer, geom geometry(Point, 4326));"_s),
           qPrintable(m_server.error()));
}

void TestPostgisUi::catalogListsTablesAndProblems()
{
  const auto session = rc::PostgisSession::open(m_server.source(rc::test::PostgisServer::kViewer));
  const QList<rc::PostgisCatalogEntry> entries = rc::PostgisCatalog::list(*session);
  QStringList seen;
  for (const rc::PostgisCatalogEntry &entry : entries)
    seen << u"%1.%2(%3) %4 %5"_s.arg(entry.schema, entry.table, entry.geometryColumn)
                .arg(entry.srid)
                .arg(entry.sridKnown);
  // Exactly the tables made, in order; PostGIS's own (spatial_ref_sys) left out.
  QCOMPARE(seen, (QStringList{u"public.elsewhere(geom) 990001 0"_s, u"public.notes() 0 0"_s,
                              u"public.nowhere(geom) 0 0"_s, u"public.places(geom) 4326 1"_s,
                              u"public.places_copy(geom) 4326 1"_s, u"public.secret() 0 0"_s}));
  for (const rc::PostgisCatalogEntry &entry : entries) {
    if (entry.table == u"places"_s) {
      QVERIFY(rc::PostgisCatalog::problemOf(entry).isEmpty());
      QVERIFY(rc::PostgisCatalog::warningOf(entry).isEmpty());
      QCOMPARE(entry.estimatedRows, rowCount(u"places"_s)); // analysed by the import
    }
    if (entry.table == u"secret"_s) // the superuser's, not granted to the viewer
      QCOMPARE(rc::PostgisCatalog::problemOf(entry), rc::PostgisCatalog::tr("this role may not read it"));
    if (entry.table == u"notes"_s)
      QCOMPARE(rc::PostgisCatalog::problemOf(entry),
               rc::PostgisCatalog::tr("no geometry column: not a map layer"));
    if (entry.table == u"nowhere"_s || entry.table == u"elsewhere"_s) {
      QVERIFY(rc::PostgisCatalog::problemOf(entry).isEmpty());
      QVERIFY(!rc::PostgisCatalog::warningOf(entry).isEmpty());
    }
  }
}

void TestPostgisUi::testConnectionReportsErrors()
{
  rc::PostgisConnectionEditor editor(connectionFor(rc::test::PostgisServer::kOperator, u"operator"_s));
  editor.show();
  QSignalSpy finished(&editor, &rc::PostgisConnectionEditor::testFinished);

  editor.setPassword(u"not-the-password"_s);
  QTest::mouseClick(editor.findChild<QPushButton *>(u"testConnection"_s), Qt::LeftButton);
  QVERIFY(finished.wait(kWorkerMs));
  QCOMPARE(finished.takeFirst().at(0).toBool(), false);
  QVERIFY2(editor.testResult().contains(
               between(rc::PostgisSession::tr("%1: wrong user name or password (%2)"), u"%1"_s, u"%2"_s)),
           qPrintable(editor.testResult()));
  QVERIFY(editor.testResult().contains(u"rc_operator"_s));
  QVERIFY(!editor.testResult().contains(u"not-the-password"_s));
  grab(&editor, u"connection-wrong-password"_s);

  editor.setPassword(QString::fromLatin1(rc::test::PostgisServer::kOperatorPassword));
  editor.testConnection();
  QVERIFY(finished.wait(kWorkerMs));
  QCOMPARE(finished.takeFirst().at(0).toBool(), true);
  QVERIFY2(editor.testResult().contains(u"rc_operator"_s) &&
               editor.testResult().contains(u"PostgreSQL 15"_s) &&
               editor.testResult().contains(rc::PostgisConnectionEditor::tr("operator: may write")),
           qPrintable(editor.testResult()));
  grab(&editor, u"connection-ok"_s);

  rc::PostgisConnectionEditor closed(connectionFor(rc::test::PostgisServer::kOperator, u"closed"_s));
  closed.findChild<QWidget *>(u"port"_s)->setProperty("value", 1);
  QSignalSpy closedFinished(&closed, &rc::PostgisConnectionEditor::testFinished);
  closed.testConnection();
  QVERIFY(closedFinished.wait(kWorkerMs));
  QVERIFY2(closed.testResult().contains(between(
               rc::PostgisSession::tr("%1: cannot connect to the database server (%2)"), u"%1"_s, u"%2"_s)),
           qPrintable(closed.testResult()));
  QVERIFY(closed.testResult().contains(u"port='1'"_s));
}

void TestPostgisUi::savedConnectionHoldsNoPassword()
{
  const QString secret = u"s3cret-Pw-xyz"_s;
  rc::PostgisConnectionEditor editor(rc::PostgisConnection{});
  editor.show();
  QVERIFY(QTest::qWaitForWindowExposed(&editor));
  const rc::PostgisConnection wanted = connectionFor(rc::test::PostgisServer::kViewer, u"城市库 viewer"_s);
  // Typed as a user would, field after field with Tab.
  // QTest types Latin-1 only: the Chinese name is set, the rest typed.
  auto *name = editor.findChild<QLineEdit *>(u"name"_s);
  name->setFocus();
  name->setText(wanted.name);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
  QTest::keyClicks(QApplication::focusWidget(), wanted.host);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  QCOMPARE(QApplication::focusWidget()->objectName(), u"port"_s);
  QApplication::focusWidget()->setProperty("value", wanted.port);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  QTest::keyClicks(QApplication::focusWidget(), wanted.database);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  QTest::keyClicks(QApplication::focusWidget(), wanted.user);
  QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  QCOMPARE(QApplication::focusWidget()->objectName(), u"password"_s);
  QTest::keyClicks(QApplication::focusWidget(), secret);
  editor.findChild<QWidget *>(u"sslMode"_s)->setProperty("currentIndex", 0);
  editor.findChild<QWidget *>(u"sharedDatabase"_s)->setProperty("checked", true);
  grab(&editor, u"connection-new"_s);
  QCOMPARE(editor.connection(), wanted);

  QSignalSpy accepted(&editor, &QDialog::accepted);
  editor.accept();
  QVERIFY(accepted.count() == 1 || accepted.wait(kWorkerMs));

  QCOMPARE(rc::PostgisConnections::byName(wanted.name), wanted);
  QCOMPARE(QSettings().value(u"ops/sharedDatabase"_s).toString(), wanted.source());
  QVERIFY(!wanted.source().contains(u"password"_s));
  QSettings settings;
  for (const QString &key : settings.allKeys())
    QVERIFY2(!settings.value(key).toString().contains(secret), qPrintable(key));
  settings.sync();
  QFile file(settings.fileName());
  QVERIFY(file.open(QIODevice::ReadOnly));
  QVERIFY(!file.readAll().contains(secret.toUtf8()));
  // Without a keyring (no Secret Service here) the password lives in this process only, and the
  // user is told so.
  if (!editor.keyringNotice().isEmpty())
    QVERIFY(rc::PostgisCredentials::resolve(wanted.source()).contains(secret));
  qInfo() << "keyring:" << (editor.keyringNotice().isEmpty() ? u"stored"_s : editor.keyringNotice());
  // The made-up password would now win over the test server's password file.
  rc::PostgisCredentials::forget(wanted.source());
  QVERIFY(!rc::PostgisCredentials::resolve(wanted.source()).contains(secret));
}

void TestPostgisUi::browserAddsTableAsLayer()
{
  rc::PostgisConnections::save(connectionFor(rc::test::PostgisServer::kOperator, u"operator"_s));
  rc::MainWindow window(m_languages.get());
  window.resize(1000, 700);
  window.show();
  window.postgisTools()->addLayerAction()->trigger();
  rc::PostgisBrowserDialog *browser = window.postgisTools()->browser();
  QVERIFY(browser);
  QSignalSpy listed(browser, &rc::PostgisBrowserDialog::listed);
  browser->connectTo(u"operator"_s);
  QVERIFY(listed.wait(kWorkerMs));
  QVERIFY2(listed.takeFirst().at(0).toBool(), qPrintable(browser->message()));
  grab(browser, u"browser"_s);

  QTreeWidget *tree = browser->tree();
  QCOMPARE(tree->topLevelItemCount(), 1);
  QTreeWidgetItem *schema = tree->topLevelItem(0);
  QCOMPARE(schema->text(0), u"public"_s);
  QTreeWidgetItem *places = nullptr;
  for (int i = 0; i < schema->childCount(); ++i) {
    QTreeWidgetItem *item = schema->child(i);
    if (item->text(0) == u"notes"_s)
      QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
    if (item->text(0) == u"nowhere"_s)
      QVERIFY(!item->icon(4).isNull() && (item->flags() & Qt::ItemIsSelectable));
    if (item->text(0) == u"places"_s)
      places = item;
  }
  QVERIFY(places);
  tree->setFocus();
  tree->setCurrentItem(places);
  places->setSelected(true);
  QVERIFY(browser->findChild<QPushButton *>(u"addToMap"_s)->isEnabled());
  QSignalSpy added(window.layers(), &rc::LayerStack::layerAdded);
  QTest::keyClick(tree, Qt::Key_Return);
  QVERIFY(added.count() == 1 || added.wait(kWorkerMs));
  auto *layer = qobject_cast<rc::VectorLayer *>(added.first().at(0).value<rc::MapLayer *>());
  QVERIFY(layer);
  QCOMPARE(layer->name(), u"places"_s);
  QVERIFY(layer->source().path.contains(u"tables='places'"_s));
  QVERIFY(!layer->source().path.contains(u"password"_s));
  const qint64 rows = rowCount(u"places"_s);
  QVERIFY(rows > 0);
  // A database layer reads what is in view: show it all and compare with the table.
  if (rc::ViewFetcher *fetcher = rc::ViewFetcher::of(layer)) {
    QSignalSpy fetched(fetcher, &rc::ViewFetcher::fetchFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!layer->extent().isEmpty(), kWorkerMs);
    const rc::BBox extent = layer->extent();
    fetcher->setView(rc::BBox(extent.xMin - 1, extent.yMin - 1, extent.xMax + 1, extent.yMax + 1),
                     layer->crs(), 1000);
    QVERIFY(fetched.wait(kWorkerMs));
  } else {
    QTRY_COMPARE_WITH_TIMEOUT(layer->state(), rc::MapLayer::State::Ready, kWorkerMs);
  }
  QCOMPARE(qint64(layer->features()->featureCount()), rows);
  QCOMPARE(window.postgisTools()->databaseRole(), u"rc_operator"_s);
}

void TestPostgisUi::importDialogForOperatorAndViewer()
{
  rc::PostgisConnections::save(connectionFor(rc::test::PostgisServer::kOperator, u"operator"_s));
  rc::PostgisConnections::save(connectionFor(rc::test::PostgisServer::kViewer, u"viewer"_s));
  rc::PostgisImportDialog dialog;
  dialog.show();
  QVERIFY(QTest::qWaitForWindowExposed(&dialog));
  QSignalSpy listed(&dialog, &rc::PostgisImportDialog::sourceListed);
  QSignalSpy checked(&dialog, &rc::PostgisImportDialog::accessChecked);
  dialog.setSourcePath(m_gpkg);
  QVERIFY(listed.wait(kWorkerMs));
  QVERIFY(listed.takeFirst().at(0).toBool());
  checked.clear();
  dialog.setSchema(u"imported"_s);
  dialog.setConnection(u"operator"_s);
  QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && checked.last().at(0).toBool(), kWorkerMs);
  QVERIFY(dialog.canImport());
  dialog.setCheckedLayers({u"places"_s});

  QSignalSpy finished(&dialog, &rc::PostgisImportDialog::finished);
  QVERIFY(dialog.findChild<QPushButton *>(u"import"_s)->isEnabled());
  QTest::mouseClick(dialog.findChild<QPushButton *>(u"import"_s), Qt::LeftButton);
  QVERIFY2(finished.wait(kWorkerMs), qPrintable(dialog.findChild<QProgressBar *>(u"progress"_s)->format() +
                                                u' ' + QString::number(dialog.isRunning())));
  grab(&dialog, u"import-operator"_s);
  const QList<rc::PostgisImportRow> results = dialog.results();
  QCOMPARE(results.size(), 1);
  QVERIFY2(results[0].error.isEmpty(), qPrintable(results[0].error));
  QCOMPARE(results[0].table, u"imported.places"_s);
  QCOMPARE(results[0].featureCount, rowCount(u"imported.places"_s));
  QCOMPARE(results[0].featureCount, rowCount(u"places"_s));

  // Again: the table is replaced, not doubled.
  dialog.start();
  QVERIFY(finished.wait(kWorkerMs));
  QCOMPARE(rowCount(u"imported.places"_s), rowCount(u"places"_s));

  // Stop at once: whatever the worker reached, a layer reported imported is whole and a layer
  // reported stopped left no table behind.
  dialog.setSchema(u"stopped"_s);
  QTRY_VERIFY_WITH_TIMEOUT(dialog.canImport(), kWorkerMs);
  dialog.setCheckedLayers({u"places"_s, u"places_copy"_s});
  dialog.start();
  dialog.cancel();
  QVERIFY(finished.wait(kWorkerMs));
  QCOMPARE(dialog.results().size(), 2);
  for (const rc::PostgisImportRow &row : dialog.results()) {
    QString exists;
    QVERIFY(m_server.sql(u"SELECT to_regclass('stopped.%1') IS NOT NULL"_s.arg(row.layer), &exists));
    QCOMPARE(exists.trimmed(), row.error.isEmpty() ? u"t"_s : u"f"_s);
    if (row.error.isEmpty())
      QCOMPARE(rowCount(u"stopped."_s + row.layer), rowCount(u"places"_s));
  }

  checked.clear();
  dialog.setConnection(u"viewer"_s);
  QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), kWorkerMs);
  QCOMPARE(checked.last().at(0).toBool(), false);
  QVERIFY2(dialog.accessMessage().contains(u"rc_viewer"_s) &&
               dialog.accessMessage().contains(
                   between(rc::PostgisImporter::tr("%1: the database role “%2” may not create tables in "
                                                   "schema “%3”; import with an operator role"),
                           u"%2"_s, u"%3"_s)),
           qPrintable(dialog.accessMessage()));
  QVERIFY(!dialog.canImport());
  QVERIFY(!dialog.findChild<QPushButton *>(u"import"_s)->isEnabled());
  grab(&dialog, u"import-viewer"_s);
}

void TestPostgisUi::statusShowsRole()
{
  rc::MainWindow window(m_languages.get());
  rc::PostgisTools *tools = window.postgisTools();
  QSignalSpy checked(tools, &rc::PostgisTools::accessChecked);
  QSignalSpy writable(tools, &rc::PostgisTools::databaseWritableChanged);

  tools->checkAccess(m_server.source(rc::test::PostgisServer::kViewer));
  QVERIFY(checked.wait(kWorkerMs));
  QCOMPARE(tools->statusLabel()->text(), rc::PostgisTools::tr("PostGIS: %1 · read-only").arg(u"rc_viewer"_s));
  QVERIFY(!tools->databaseWritable());
  QVERIFY(!tools->importAction()->isEnabled());

  tools->checkAccess(m_server.source(rc::test::PostgisServer::kOperator));
  QVERIFY(checked.wait(kWorkerMs));
  QCOMPARE(tools->statusLabel()->text(),
           rc::PostgisTools::tr("PostGIS: %1 · operator").arg(u"rc_operator"_s));
  QVERIFY(tools->databaseWritable());
  QVERIFY(tools->importAction()->isEnabled());
  QCOMPARE(writable.count(), 1);
  QCOMPARE(writable.first().at(0).toBool(), true);
}

void TestPostgisUi::sharedDatabaseSwitchesAtRunTime()
{
  // The administrator's `rongcheng db init`, which seats never run themselves.
  QVERIFY2(m_server.initOpsSchema(), qPrintable(m_server.error()));
  QSettings().remove(u"ops/sharedDatabase"_s);
  rc::MainWindow window(m_languages.get());
  rc::LiveController *live = window.liveController();
  rc::CaseDesk *desk = window.eventTools()->desk();
  QVERIFY(live->sharedDatabase().isEmpty());
  window.postgisTools()->addLayerAction()->trigger();
  rc::PostgisBrowserDialog *browser = window.postgisTools()->browser();
  QVERIFY(browser);

  // The connection editor made the operator's database the shared one: the desk and the alarms
  // (no feeds here: the shared ones) switch to it, no restart.
  const QString shared = m_server.source(rc::test::PostgisServer::kOperator);
  QSignalSpy replaced(live->model(), &rc::LiveModel::alarmsReplaced);
  emit browser->sharedDatabaseChanged(shared);
  QCOMPARE(desk->sharedDatabase(), shared);
  QCOMPARE(live->sharedDatabase(), shared);
  QVERIFY(replaced.wait(kWorkerMs)); // the shared alarms, read on the live thread

  // Shared no more: this seat's own again, and no shared alarms are shown.
  emit browser->sharedDatabaseChanged({});
  QVERIFY(desk->sharedDatabase().isEmpty());
  QVERIFY(live->sharedDatabase().isEmpty());
  QTRY_COMPARE_WITH_TIMEOUT(replaced.size(), 2, kWorkerMs);
  QVERIFY(replaced.back().front().value<QList<rc::Alarm>>().isEmpty());
}

QTEST_MAIN(TestPostgisUi)
#include "test_postgisui.moc"
