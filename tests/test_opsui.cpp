// The operations center in the window: personal data masked in the attribute table and the
// identify panel, unmasking only for an operator with a reason and only after the audit record,
// and the impact analysis dock giving ImpactAnalysis's own counts on a generated demo city.

#include "TestData.h"
#include "data/FeatureStore.h"
#include "demo/DemoCityGenerator.h"
#include "inspect/AttributeTableModel.h"
#include "inspect/IdentifyPanel.h"
#include "map/LayerStack.h"
#include "map/MapCanvas.h"
#include "map/VectorLayer.h"
#include "ops/AuditTrail.h"
#include "ops/ImpactOverlay.h"
#include "ops/ImpactPanel.h"
#include "ops/ImpactTool.h"
#include "ops/OpsDatabase.h"
#include "privacy/PersonalDataMask.h"
#include "privacy/RoleFile.h"
#include "privacy/UnmaskController.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

const rc::Operator kAlice{u"alice"_s, u"Alice"_s, rc::OperatorRole::Operator};
const rc::Operator kGuest{u"guest"_s, u"Guest"_s, rc::OperatorRole::Visitor};

/// A point inside the demo city where every layer has something: the first standard address.
QPointF firstAddress(const rc::FeatureStore &addresses)
{
  const rc::BBox box = addresses.featureBounds(0);
  return {(box.xMin + box.xMax) / 2, (box.yMin + box.yMax) / 2};
}

} // namespace

class TestOpsUi : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void tableMasksPersonalFields();
  void identifyMasksPersonalFields();
  void unmaskNeedsRoleAndReason();
  void unmaskIsAuditedThenShown();
  void impactDockMatchesAnalysis();
  void impactExportMasksStaff();

private:
  [[nodiscard]] rc::VectorLayer *layer(const QString &table) const;
  [[nodiscard]] int column(const rc::FeatureStore &store, const QString &name) const;
  /// A grid with a staff phone: its index.
  [[nodiscard]] std::uint32_t staffedGrid() const;

  QTemporaryDir m_dir;
  QString m_gpkg;
  rc::LayerStack m_stack;
};

void TestOpsUi::initTestCase()
{
  QVERIFY(m_dir.isValid());
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 8000;
  options.eventCount = 500;
  options.cellSiteCount = 600;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  QList<rc::VectorLayer *> layers;
  for (const QString &table : {u"districts"_s, u"communities"_s, u"grids"_s, u"addresses"_s, u"events"_s,
                               u"cell_sites"_s, u"monitoring_points"_s, u"broadcast_points"_s}) {
    auto *layer = new rc::VectorLayer(rc::VectorSource(m_gpkg, table), table);
    m_stack.addLayer(std::unique_ptr<rc::MapLayer>(layer));
    layers << layer;
  }
  rc::VectorLayer::loadNow(layers);
  for (const rc::VectorLayer *layer : std::as_const(layers))
    QVERIFY2(layer->state() == rc::MapLayer::State::Ready, qPrintable(layer->errorMessage()));
}

rc::VectorLayer *TestOpsUi::layer(const QString &table) const
{
  for (rc::MapLayer *layer : m_stack.layers())
    if (auto *vector = qobject_cast<rc::VectorLayer *>(layer); vector && vector->source().layerName == table)
      return vector;
  return nullptr;
}

int TestOpsUi::column(const rc::FeatureStore &store, const QString &name) const
{
  return store.fieldIndex(name);
}

std::uint32_t TestOpsUi::staffedGrid() const
{
  const rc::FeatureStore &grids = *layer(u"grids"_s)->features();
  const int phone = column(grids, u"staff_phone"_s);
  for (std::uint32_t f = 0; f < grids.featureCount(); ++f)
    if (!grids.text(f, phone).isEmpty())
      return f;
  return 0;
}

void TestOpsUi::tableMasksPersonalFields()
{
  rc::AttributeTableModel model;
  model.setStore(layer(u"grids"_s)->features());
  const rc::FeatureStore &grids = *model.store();
  const int phone = column(grids, u"staff_phone"_s);
  const int name = column(grids, u"staff_name"_s);
  QVERIFY(phone >= 0 && name >= 0);
  QVERIFY(model.isPersonalColumn(phone));
  QVERIFY(!model.isPersonalColumn(column(grids, u"grid_code"_s)));
  const std::uint32_t f = staffedGrid();
  const QString clear = grids.clearText(f, phone);
  QVERIFY(!clear.isEmpty());
  const QString shown = model.data(model.index(int(f), phone)).toString();
  QCOMPARE(shown, rc::PersonalDataMask::maskPhone(clear));
  QVERIFY(shown.contains(u"****"_s));
  QVERIFY(shown != clear);
  // What an export or a copy reads is masked too.
  QCOMPARE(model.data(model.index(int(f), phone), rc::AttributeTableModel::ValueRole).toString(), shown);
  QCOMPARE(model.data(model.index(int(f), name)).toString(),
           rc::PersonalDataMask::maskName(grids.clearText(f, name)));

  // Events carry the reporters' phones.
  rc::AttributeTableModel events;
  events.setStore(layer(u"events"_s)->features());
  const int reporter = column(*events.store(), u"reporter_phone"_s);
  QVERIFY(reporter >= 0);
  int masked = 0;
  for (int row = 0; row < events.rowCount(); ++row) {
    const QString text = events.store()->clearText(std::size_t(row), reporter);
    if (text.isEmpty())
      continue;
    QCOMPARE(events.data(events.index(row, reporter)).toString(), rc::PersonalDataMask::maskPhone(text));
    ++masked;
  }
  QVERIFY(masked > 0);

  model.revealFeatures({f});
  QCOMPARE(model.data(model.index(int(f), phone)).toString(), clear);
  model.maskAll();
  QCOMPARE(model.data(model.index(int(f), phone)).toString(), shown);

  // Neither a filter nor a sort may read through the masks.
  rc::ExpressionError error;
  const QString probe = u"\"staff_phone\" = '%1'"_s.arg(clear);
  QVERIFY(!model.checkFilter(probe, &error));
  QVERIFY2(error.message.contains(u"staff_phone"_s), qPrintable(error.message));
  QCOMPARE(error.position, 1);
  QVERIFY(!model.setFilterExpression(probe, &error));
  QCOMPARE(model.filterExpression(), QString());
  model.sort(phone);
  QVERIFY(!model.isBusy());
  QCOMPARE(model.sortColumn(), -1);
  // Other columns filter as before.
  QVERIFY(model.setFilterExpression(u"\"grid_code\" IS NOT NULL"_s, &error));
  QTRY_VERIFY(!model.isBusy());
  QCOMPARE(model.filterExpression(), u"\"grid_code\" IS NOT NULL"_s);
}

void TestOpsUi::identifyMasksPersonalFields()
{
  rc::VectorLayer *grids = layer(u"grids"_s);
  const std::uint32_t f = staffedGrid();
  rc::IdentifyResults results;
  rc::IdentifyLayerResult hit;
  hit.layer = grids;
  hit.layerName = grids->name();
  hit.store = grids->features();
  hit.features = {f};
  hit.total = 1;
  results.layers << hit;

  rc::IdentifyPanel panel;
  panel.setResults(results);
  const rc::FeatureStore &store = *grids->features();
  const QString clearPhone = store.clearText(f, column(store, u"staff_phone"_s));
  const QString clearName = store.clearText(f, column(store, u"staff_name"_s));
  const auto texts = [&panel] {
    QStringList values;
    QTreeWidgetItem *feature = panel.tree()->topLevelItem(0)->child(0);
    values << feature->text(1);
    for (int r = 0; r < feature->childCount(); ++r)
      values << feature->child(r)->text(1);
    return values;
  };
  QStringList shown = texts();
  QVERIFY(!shown.contains(clearPhone));
  QVERIFY(!shown.contains(clearName));
  QVERIFY(shown.contains(rc::PersonalDataMask::maskPhone(clearPhone)));
  QVERIFY(shown.contains(rc::PersonalDataMask::maskName(clearName)));
  QVERIFY(panel.unmaskButton()->isEnabled());

  QSignalSpy asked(&panel, &rc::IdentifyPanel::unmaskRequested);
  panel.unmaskButton()->click();
  QCOMPARE(asked.count(), 1);
  QCOMPARE(asked.first().at(0).value<rc::VectorLayer *>(), grids);

  panel.revealFeature(hit.identified(0));
  shown = texts();
  QVERIFY(shown.contains(clearPhone));
  QVERIFY(shown.contains(clearName));
  QVERIFY(!panel.unmaskButton()->isEnabled());
  // New results are masked again.
  panel.setResults(results);
  QVERIFY(!texts().contains(clearPhone));
}

void TestOpsUi::unmaskNeedsRoleAndReason()
{
  rc::VectorLayer *grids = layer(u"grids"_s);
  rc::UnmaskController controller(nullptr);
  controller.setAuthority(rc::test::roleFile(m_dir.path(), "alice operator\n"));
  controller.setOperator(kGuest);
  QSignalSpy refused(&controller, &rc::UnmaskController::refused);
  bool revealed = false;
  controller.unmask(rc::UnmaskRequest::forLayer(*grids, {staffedGrid()}), u"curious"_s,
                    [&] { revealed = true; });
  QCOMPARE(refused.count(), 1);
  QVERIFY(!controller.isBusy());

  controller.setOperator(kAlice);
  controller.unmask(rc::UnmaskRequest::forLayer(*grids, {staffedGrid()}), u"   "_s, [&] { revealed = true; });
  QCOMPARE(refused.count(), 2);
  std::vector<std::uint32_t> many(rc::UnmaskController::kMaxFeatures + 1);
  std::iota(many.begin(), many.end(), 0u);
  controller.unmask(rc::UnmaskRequest::forLayer(*grids, many), u"audit"_s, [&] { revealed = true; });
  QCOMPARE(refused.count(), 3);
  QVERIFY(!revealed);
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(m_gpkg));
  QCOMPARE(rc::AuditTrail(database).count(), 0);
}

void TestOpsUi::unmaskIsAuditedThenShown()
{
  rc::VectorLayer *grids = layer(u"grids"_s);
  rc::AttributeTableModel model;
  model.setStore(grids->features());
  const rc::FeatureStore &store = *grids->features();
  const std::uint32_t f = staffedGrid();
  const int phone = column(store, u"staff_phone"_s);

  rc::UnmaskController controller(nullptr);

  controller.setAuthority(rc::test::roleFile(m_dir.path(), "alice operator\n"));
  controller.setOperator(kAlice);
  QSignalSpy unmasked(&controller, &rc::UnmaskController::unmasked);
  QSignalSpy failed(&controller, &rc::UnmaskController::failed);
  bool recordedBeforeReveal = false;
  controller.unmask(rc::UnmaskRequest::forLayer(*grids, {f}), u"回访网格员"_s, [&] {
    // Checked from the GUI thread's own connection: the records must exist before the reveal.
    const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(m_gpkg));
    recordedBeforeReveal = rc::AuditTrail(database).count() > 0;
    model.revealFeatures({f});
  });
  QVERIFY(controller.isBusy());
  // Nothing is shown before the worker has written the trail.
  QVERIFY(model.data(model.index(int(f), phone)).toString() != store.clearText(f, phone));
  QTRY_COMPARE(unmasked.count(), 1);
  QCOMPARE(failed.count(), 0);
  QVERIFY(recordedBeforeReveal);
  QCOMPARE(model.data(model.index(int(f), phone)).toString(), store.clearText(f, phone));

  int personalValues = 0;
  QStringList fields;
  for (int c = 0; c < store.fields().size(); ++c)
    if (store.isMasked(c) && !store.clearText(f, c).isEmpty()) {
      ++personalValues;
      fields << store.fields()[c].name;
    }
  QCOMPARE(unmasked.first().at(0).toInt(), personalValues);
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(m_gpkg));
  const QList<rc::AuditRecord> trail = rc::AuditTrail(database).history(u"grids"_s, store.fid(f));
  QCOMPARE(trail.size(), personalValues);
  for (const rc::AuditRecord &record : trail) {
    QCOMPARE(record.action, rc::AuditAction::Unmask);
    QCOMPARE(record.actor, kAlice.id);
    QCOMPARE(record.note, u"回访网格员"_s);
    QVERIFY(fields.contains(record.field));
    QVERIFY(record.at.isValid());
  }
}

void TestOpsUi::impactDockMatchesAnalysis()
{
  rc::MapCanvas canvas(&m_stack);
  canvas.resize(800, 600);
  rc::ImpactTool tool(&canvas);
  rc::ImpactPanel panel(&m_stack, &canvas, &tool);
  QSignalSpy finished(&panel, &rc::ImpactPanel::finished);
  QSignalSpy failed(&panel, &rc::ImpactPanel::failed);
  const QPointF centre = firstAddress(*layer(u"addresses"_s)->features());
  panel.analyseAt(centre.x(), centre.y(), 1500);
  QVERIFY(panel.isBusy());
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
  QCOMPARE(failed.count(), 0);
  // The buffer in the field is the one counted and drawn: an area of π r² (a polygonal circle is
  // within 0.5 % of it), whatever the field held before the call.
  QCOMPARE(panel.bufferMetres(), 1500.0);
  QVERIFY(std::abs(panel.result()->areaSquareMetres / (M_PI * 1500.0 * 1500.0) - 1) < 0.005);

  // The reference: a fresh analysis over the GeoPackage itself.
  rc::ImpactAnalysis reference(rc::ImpactData::load(m_gpkg));
  const rc::ImpactResult expected = reference.run(rc::ImpactQuery::around(centre.x(), centre.y(), 1500));
  qsizetype total = 0;
  for (const rc::ImpactLayer which : rc::kImpactLayers) {
    QCOMPARE(panel.shownCount(which), expected.count(which));
    QCOMPARE(panel.result()->features(which), expected.features(which));
    total += expected.count(which);
  }
  QVERIFY(expected.count(rc::ImpactLayer::Addresses) > 0);
  QVERIFY(total > expected.count(rc::ImpactLayer::Addresses));
  qInfo("impact at %.5f,%.5f r=1500 m: %s", centre.x(), centre.y(),
        QJsonDocument(expected.countsJson()).toJson(QJsonDocument::Compact).constData());

  // The hits are the layers' selections, the area is drawn.
  QCOMPARE(layer(u"addresses"_s)->selection(), expected.features(rc::ImpactLayer::Addresses));
  QCOMPARE(layer(u"cell_sites"_s)->selection(), expected.features(rc::ImpactLayer::CellSites));
  QVERIFY(panel.overlay()->isShown());
  QVERIFY(panel.overlay()->rings().first().size() > 8);

  // Outside the city: a message, not a crash, and the last result stays.
  panel.analyseAt(130.0, 10.0, 500);
  QTRY_COMPARE(failed.count(), 1);
  QCOMPARE(panel.shownCount(rc::ImpactLayer::Addresses), expected.count(rc::ImpactLayer::Addresses));
  QCOMPARE(panel.bufferMetres(), 1500.0);

  panel.clearResult();
  QVERIFY(layer(u"addresses"_s)->selection().empty());
  QVERIFY(!panel.overlay()->isShown());
}

void TestOpsUi::impactExportMasksStaff()
{
  rc::MapCanvas canvas(&m_stack);
  rc::ImpactTool tool(&canvas);
  rc::ImpactPanel panel(&m_stack, &canvas, &tool);
  QSignalSpy finished(&panel, &rc::ImpactPanel::finished);
  QSignalSpy exported(&panel, &rc::ImpactPanel::exported);
  QSignalSpy failed(&panel, &rc::ImpactPanel::failed);
  const QPointF centre = firstAddress(*layer(u"addresses"_s)->features());
  panel.analyseAt(centre.x(), centre.y(), 3000);
  QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
  QVERIFY(panel.result()->count(rc::ImpactLayer::Grids) > 0);

  const QString csv = m_dir.filePath(u"impact.csv"_s);
  panel.exportTo(csv);
  QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
  QCOMPARE(failed.count(), 0);
  QFile file(csv);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(file.readAll());
  const rc::FeatureStore &grids = *layer(u"grids"_s)->features();
  const int phone = column(grids, u"staff_phone"_s);
  for (const std::uint32_t f : panel.result()->features(rc::ImpactLayer::Grids))
    if (!grids.text(f, phone).isEmpty())
      QVERIFY2(!text.contains(grids.text(f, phone)), "a staff phone in clear in the export");
  const int lines = int(text.count(u'\n'));
  qsizetype hits = 0;
  for (const rc::ImpactLayer which : rc::kImpactLayers)
    hits += panel.result()->count(which);
  QCOMPARE(lines, int(hits) + 1);

  const QString gpkg = m_dir.filePath(u"impact.gpkg"_s);
  panel.exportTo(gpkg);
  QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 30000);
  QVERIFY(QFile::exists(gpkg));
  panel.exportTo(m_dir.filePath(u"impact.txt"_s));
  QTRY_COMPARE(failed.count(), 1);
}

QTEST_MAIN(TestOpsUi)
#include "test_opsui.moc"
