// Personal data leaves the program masked on every output path: a table of output paths × personal
// columns (Chinese and English names, a column found by its values, an integer phone column, a
// column the project lists) where each path's output is read back (the layer's features, filters,
// the attribute table, identify, the project file, `rongcheng render` to PNG and to a PDF layout,
// `rongcheng info --sample`, the server filter) and must not hold the clear value. Only an audited
// unmask shows it, to the view that asked; who may unmask is the role file's decision.

#include "TestData.h"
#include "data/FeatureStore.h"
#include "inspect/AttributeTableModel.h"
#include "inspect/IdentifyPanel.h"
#include "inspect/IdentifyTool.h"
#include "map/VectorLayer.h"
#include "map/ViewFetcher.h"
#include "ops/AuditTrail.h"
#include "ops/OpsDatabase.h"
#include "privacy/PersonalFields.h"
#include "privacy/RoleFile.h"
#include "privacy/UnmaskController.h"
#include "project/Project.h"
#include "style/Expression.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <string_view>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const rc::Operator kAlice{u"alice"_s, u"Alice"_s, rc::OperatorRole::Operator};

/// One personal column of the fixture: its name, its two features' values as GeoJSON, and what
/// the first value must show as, written out by hand (the oracle, not the masking code).
struct Column
{
  QString name;
  QString first, second; ///< JSON values
  QString clear;         ///< the first value as text
  QString masked;
  QString maskedSecond; ///< what the second value shows as
};

const QList<Column> &columns()
{
  static const QList<Column> all{
      {u"联系电话"_s, u"\"13912345678\""_s, u"\"13900001111\""_s, u"13912345678"_s, u"139****5678"_s,
       u"139****1111"_s},
      {u"phone_number"_s, u"\"13800001111\""_s, u"\"13822223333\""_s, u"13800001111"_s, u"138****1111"_s,
       u"138****3333"_s},
      {u"tel"_s, u"\"15011112222\""_s, u"\"15033334444\""_s, u"15011112222"_s, u"150****2222"_s,
       u"150****4444"_s},
      {u"手机"_s, u"\"18800008888\""_s, u"\"18811112222\""_s, u"18800008888"_s, u"188****8888"_s,
       u"188****2222"_s},
      {u"姓名"_s, u"\"王小明\""_s, u"\"陈大文\""_s, u"王小明"_s, u"王**"_s, u"陈**"_s},
      {u"身份证号"_s, u"\"350102199003071234\""_s, u"\"11010519491231002X\""_s, u"350102199003071234"_s,
       u"350102********1234"_s, u"110105********002X"_s},
      {u"staff_name"_s, u"\"欧阳明华\""_s, u"\"林芳\""_s, u"欧阳明华"_s, u"欧阳**"_s, u"林*"_s},
      {u"staff_phone"_s, u"\"15942846440\""_s, u"\"13494474099\""_s, u"15942846440"_s, u"159****6440"_s,
       u"134****4099"_s},
      {u"reporter"_s, u"\"李四光\""_s, u"\"赵五\""_s, u"李四光"_s, u"李**"_s, u"赵*"_s},
      // Found by its values only: the name says nothing.
      {u"col_m"_s, u"\"18612345678\""_s, u"\"18687654321\""_s, u"18612345678"_s, u"186****5678"_s,
       u"186****4321"_s},
      {u"col_id"_s, u"\"11010519491231002X\""_s, u"\"350102199003071234\""_s, u"11010519491231002X"_s,
       u"110105********002X"_s, u"350102********1234"_s},
      // An integer column (GeoJSON numbers): found by its values, exported as text.
      {u"num_p"_s, u"13712345678"_s, u"13787654321"_s, u"13712345678"_s, u"137****5678"_s, u"137****4321"_s},
      // Listed by the project: masked in full.
      {u"remark"_s, u"\"暗号甲乙\""_s, u"\"口令丙丁\""_s, u"暗号甲乙"_s, u"****"_s, u"****"_s},
  };
  return all;
}

QByteArray geoJson(bool masked)
{
  QStringList features;
  const QList<QPair<double, double>> points{{119.300, 26.080}, {119.310, 26.085}};
  for (int f = 0; f < 2; ++f) {
    QStringList properties{u"\"place\":\"%1\""_s.arg(f == 0 ? u"东街口"_s : u"南门兜"_s)};
    for (const Column &c : columns()) {
      const QString value =
          masked ? u"\"%1\""_s.arg(f == 0 ? c.masked : c.maskedSecond) : (f == 0 ? c.first : c.second);
      properties << u"\"%1\":%2"_s.arg(c.name, value);
    }
    features << u"{\"type\":\"Feature\",\"properties\":{%1},\"geometry\":{\"type\":\"Point\","
                "\"coordinates\":[%2,%3]}}"_s.arg(properties.join(u','))
                    .arg(points[f].first, 0, 'f', 3)
                    .arg(points[f].second, 0, 'f', 3);
  }
  return (u"{\"type\":\"FeatureCollection\",\"features\":[%1]}"_s.arg(features.join(u','))).toUtf8();
}

QString run(const QStringList &arguments, int *exitCode = nullptr)
{
  QProcess process;
  process.start(rc::test::rongchengExecutable(), arguments);
  process.waitForFinished(120000);
  if (exitCode)
    *exitCode = process.exitCode();
  return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestPrivacy : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void fieldNames_data();
  void fieldNames();
  void outputPaths_data();
  void outputPaths();
  void unmaskIsAuditedThenShown();
  void roleFileMustBeOutOfTheOperatorsReach();

private:
  [[nodiscard]] QString writeProject(const QString &name, const QString &data, const QString &labelField,
                                     const QString &clearCategory) const;
  [[nodiscard]] std::unique_ptr<rc::VectorLayer> loadLayer(const QString &path) const;

  QTemporaryDir m_dir;
  QString m_clearData, m_maskedData;
};

void TestPrivacy::initTestCase()
{
  QVERIFY(m_dir.isValid());
  m_clearData = rc::test::writeFile(m_dir.path(), u"people.geojson"_s, geoJson(false));
  m_maskedData = rc::test::writeFile(m_dir.path(), u"masked.geojson"_s, geoJson(true));
}

void TestPrivacy::fieldNames_data()
{
  QTest::addColumn<QString>("name");
  QTest::addColumn<bool>("personal");
  for (const char *name : {"联系电话", "姓名", "手机", "身份证号", "phone_number", "tel", "staff_phone",
                           "staff_name", "reporter", "reporter_phone", "contact_name", "mobile", "id_card",
                           "sfzh", "householder", "StaffPhone", "负责人", "户主姓名"})
    QTest::newRow(name) << QString::fromUtf8(name) << true;
  // Places, codes and counts are not people.
  for (const char *name : {"name", "station_name", "grid_name", "place", "hotel", "cell_id", "house_no",
                           "stnm", "reporter_count", "operator", "门牌号码", "名称", "code"})
    QTest::newRow(name) << QString::fromUtf8(name) << false;
}

void TestPrivacy::fieldNames()
{
  QFETCH(QString, name);
  QFETCH(bool, personal);
  QCOMPARE(rc::PersonalDataMask::isPersonal(name), personal);
}

void TestPrivacy::outputPaths_data()
{
  QTest::addColumn<QString>("path");
  QTest::addColumn<int>("column");
  for (const char *path : {"features", "filter", "table", "identify", "project file", "render png",
                           "layout pdf", "info sample", "server filter"})
    for (int c = 0; c < columns().size(); ++c) {
      // `info` reads a bare data source: a project's own list cannot reach it (README, Personal data).
      if (path == std::string_view("info sample") && columns()[c].name == u"remark"_s)
        continue;
      QTest::addRow("%s × %s", path, qPrintable(columns()[c].name)) << QString::fromLatin1(path) << c;
    }
}

void TestPrivacy::outputPaths()
{
  QFETCH(QString, path);
  QFETCH(int, column);
  const Column &c = columns()[column];
  const auto noClear = [&c](const QString &output) {
    return !output.contains(c.clear) && !output.contains(c.clear.left(3) + c.clear.mid(3, 4));
  };

  if (path == u"features"_s || path == u"filter"_s || path == u"table"_s || path == u"identify"_s ||
      path == u"server filter"_s) {
    const std::unique_ptr<rc::VectorLayer> layer = loadLayer(m_clearData);
    const std::shared_ptr<const rc::FeatureStore> store = layer->features();
    const int field = store->fieldIndex(c.name);
    QVERIFY(field >= 0);
    if (path == u"features"_s) {
      // What labels, styles, legends, exports and the big screen read.
      QCOMPARE(store->text(0, field), c.masked);
      QCOMPARE(store->attribute(0, field).toString(), c.masked);
      QCOMPARE(store->fields()[field].type, rc::FieldType::String);
      QVERIFY(store->isMasked(field));
    } else if (path == u"filter"_s) {
      // A filter is no lookup: the clear value finds nothing, the mask what it shows.
      const QString literal = c.first.startsWith(u'"') ? u"'%1'"_s.arg(c.clear) : c.clear;
      rc::Expression lookup = rc::Expression::parse(u"\"%1\" = %2"_s.arg(c.name, literal));
      QVERIFY(lookup.prepare(store->fields()));
      QVERIFY(!lookup.matches(*store, 0) && !lookup.matches(*store, 1));
      rc::Expression shown = rc::Expression::parse(u"\"%1\" = '%2'"_s.arg(c.name, c.masked));
      QVERIFY(shown.prepare(store->fields()));
      QVERIFY(shown.matches(*store, 0));
    } else if (path == u"table"_s) {
      rc::AttributeTableModel model;
      model.setStore(store);
      QTRY_VERIFY(!model.isBusy());
      QVERIFY(model.isPersonalColumn(field));
      for (int row = 0; row < model.rowCount(); ++row)
        for (const int role : {int(Qt::DisplayRole), int(rc::AttributeTableModel::ValueRole)})
          QVERIFY(noClear(model.data(model.index(row, field), role).toString()));
      QCOMPARE(model.data(model.index(model.rowOf(0), field)).toString(), c.masked);
      // Rows cannot be filtered or sorted by it.
      QVERIFY(!model.checkFilter(u"\"%1\" = '%2'"_s.arg(c.name, c.clear)));
    } else if (path == u"identify"_s) {
      rc::IdentifyResults results;
      rc::IdentifyLayerResult hit;
      hit.layer = layer.get();
      hit.layerName = layer->name();
      hit.store = store;
      hit.features = {0};
      hit.total = 1;
      results.layers << hit;
      rc::IdentifyPanel panel;
      panel.setResults(results);
      QTreeWidgetItem *feature = panel.tree()->topLevelItem(0)->child(0);
      QStringList shown{feature->text(1)};
      for (int r = 0; r < feature->childCount(); ++r)
        shown << feature->child(r)->text(1);
      QVERIFY2(noClear(shown.join(u'|')), qPrintable(shown.join(u'|')));
      QVERIFY(shown.contains(c.masked));
    } else {
      auto *fetcher = new rc::ViewFetcher(layer.get()); // the layer's
      QSignalSpy rejected(fetcher, &rc::ViewFetcher::filterRejected);
      fetcher->setServerFilter(rc::AttributeFilter{c.name, rc::AttributeFilter::Comparison::Equal, c.clear});
      QCOMPARE(rejected.count(), 1);
      QVERIFY(!fetcher->serverFilter());
    }
    return;
  }

  if (path == u"project file"_s) {
    // A project saved with categories and labels by the column (as an older version wrote them).
    const QString project = writeProject(u"saved"_s, m_clearData, c.name, c.clear);
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(noClear(text), qPrintable(text));
    // And one read back keeps none either.
    const rc::Project read = rc::ProjectFile::read(project);
    for (const rc::StyleClass &category : read.layers.front().style.classes)
      QVERIFY(noClear(category.value) && noClear(category.label));
    return;
  }

  if (path == u"render png"_s) {
    // Labels by the column: the image equals one of data holding the masked text itself.
    const QString clearProject = writeProject(u"clear"_s, m_clearData, c.name, {});
    const QString maskedProject = writeProject(u"masked"_s, m_maskedData, c.name, {});
    const QString clearPng = m_dir.filePath(u"clear.png"_s), maskedPng = m_dir.filePath(u"masked.png"_s);
    int code = -1;
    QString output = run(
        {u"render"_s, u"--project"_s, clearProject, u"--size"_s, u"400x300"_s, u"--out"_s, clearPng}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    QVERIFY(noClear(output));
    output =
        run({u"render"_s, u"--project"_s, maskedProject, u"--size"_s, u"400x300"_s, u"--out"_s, maskedPng},
            &code);
    QVERIFY2(code == 0, qPrintable(output));
    const QImage clear(clearPng), masked(maskedPng);
    QVERIFY(!clear.isNull());
    QCOMPARE(clear, masked);
    return;
  }

  if (path == u"layout pdf"_s) {
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils) is missing");
    const QString project = writeProject(u"layout"_s, m_clearData, c.name, {});
    const QString pdf = m_dir.filePath(u"layout.pdf"_s);
    int code = -1;
    const QString output = run({u"render"_s, u"--project"_s, project, u"--layout"_s, u"--out"_s, pdf}, &code);
    QVERIFY2(code == 0, qPrintable(output));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(noClear(words), qPrintable(words));
    QVERIFY2(words.contains(u"隐私测试"_s), qPrintable(words)); // the sheet's title
    // The labels, masked (pdftotext may split one that meets the scale bar).
    QVERIFY2(words.contains(c.masked) || words.contains(c.maskedSecond), qPrintable(words));
    return;
  }

  if (path == u"info sample"_s) {
    int code = -1;
    const QString output = run({u"info"_s, m_clearData, u"--sample"_s, u"2"_s}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(noClear(output), qPrintable(output));
    QVERIFY2(output.contains(c.name + u'=' + c.masked), qPrintable(output));
    return;
  }
  QFAIL("an output path without a check");
}

void TestPrivacy::unmaskIsAuditedThenShown()
{
  const std::unique_ptr<rc::VectorLayer> layer = loadLayer(m_clearData);
  rc::AttributeTableModel model;
  model.setStore(layer->features());
  QTRY_VERIFY(!model.isBusy());
  const rc::FeatureStore &store = *layer->features();
  const int row = model.rowOf(0);

  rc::UnmaskController controller(nullptr);
  controller.setOperator(kAlice);
  // Alice is no operator in the role file: refused, nothing recorded, still masked.
  controller.setAuthority(rc::test::roleFile(m_dir.filePath(u"visitors"_s), "alice visitor\n"));
  QSignalSpy refused(&controller, &rc::UnmaskController::refused);
  controller.unmask(rc::UnmaskRequest::forLayer(*layer, {0}), u"回访"_s, [&] { model.revealFeatures({0}); });
  QCOMPARE(refused.count(), 1);

  controller.setAuthority(rc::test::roleFile(m_dir.filePath(u"operators"_s), "alice operator\n"));
  QSignalSpy unmasked(&controller, &rc::UnmaskController::unmasked);
  controller.unmask(rc::UnmaskRequest::forLayer(*layer, {0}), u"回访举报人"_s,
                    [&] { model.revealFeatures({0}); });
  QTRY_COMPARE(unmasked.count(), 1);
  int personal = 0;
  for (const Column &c : columns()) {
    const int field = store.fieldIndex(c.name);
    ++personal;
    QCOMPARE(model.data(model.index(row, field)).toString(), c.clear);
  }
  QCOMPARE(unmasked.first().at(0).toInt(), personal);
  const rc::OpsDatabase database(rc::OpsDatabase::pathBeside(m_clearData));
  const QList<rc::AuditRecord> trail = rc::AuditTrail(database).history(u"people"_s, store.fid(0));
  QCOMPARE(trail.size(), personal);
  for (const rc::AuditRecord &record : trail) {
    QCOMPARE(record.action, rc::AuditAction::Unmask);
    QCOMPARE(record.actor, kAlice.id);
  }
  // The other feature, and the layer's features themselves, stay masked.
  const int phone = store.fieldIndex(u"phone_number"_s);
  QCOMPARE(model.data(model.index(model.rowOf(1), phone)).toString(), u"138****3333"_s);
  QCOMPARE(layer->features()->text(0, phone), u"138****1111"_s);
}

void TestPrivacy::roleFileMustBeOutOfTheOperatorsReach()
{
  const rc::Operator alice{u"alice"_s, u"Alice"_s, rc::OperatorRole::Operator};
  const auto trusted =
      rc::test::roleFile(m_dir.filePath(u"roles-ok"_s), "# seat 3\nalice operator\nbob visitor\n");
  QVERIFY2(trusted->isTrusted(), qPrintable(trusted->problem()));
  QVERIFY(trusted->refusal(alice).isEmpty());
  QVERIFY(!trusted->refusal({u"bob"_s, u"Bob"_s, rc::OperatorRole::Supervisor}).isEmpty());
  QVERIFY(!trusted->refusal({u"carol"_s, u"Carol"_s, rc::OperatorRole::Operator}).isEmpty());

  const QString path = m_dir.filePath(u"roles-ok/roles.d/roles"_s);
  // Owned by someone else than the trusted owner (root for the real file): not trusted.
  QVERIFY(!rc::RoleFile(path, ::getuid() + 1).isTrusted());
  QVERIFY(!rc::RoleFile(path, ::getuid() + 1).refusal(alice).isEmpty());
  // Writable by the group: not trusted.
  QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup);
  QVERIFY(!rc::RoleFile(path, ::getuid()).isTrusted());
  QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
  QVERIFY(rc::RoleFile(path, ::getuid()).isTrusted());
  // A link to a file is not the file.
  const QString link = m_dir.filePath(u"roles-ok/roles.d/link"_s);
  QVERIFY(QFile::link(path, link));
  QVERIFY(!rc::RoleFile(link, ::getuid()).isTrusted());
  // Missing: nobody may unmask.
  QVERIFY(!rc::RoleFile(m_dir.filePath(u"nowhere/roles"_s), ::getuid()).refusal(alice).isEmpty());
  // The login is the user database's, not $USER's.
  const QString login = QString::fromLocal8Bit(::getpwuid(::getuid())->pw_name);
  qputenv("USER", "someone_else");
  QCOMPARE(rc::UnmaskController::systemOperator().id, login);
}

QString TestPrivacy::writeProject(const QString &name, const QString &data, const QString &labelField,
                                  const QString &clearCategory) const
{
  rc::Project project;
  project.title = u"隐私测试"_s;
  project.startExtent = {119.295, 26.075, 119.315, 26.090};
  rc::ProjectLayer layer;
  layer.source = data;
  layer.name = u"people"_s;
  layer.personalFields = {u"remark"_s};
  layer.style = rc::VectorStyle::defaultFor(0);
  layer.style.labels.enabled = true;
  layer.style.labels.field = labelField;
  layer.style.labels.size = 12;
  if (!clearCategory.isEmpty()) {
    layer.style.kind = rc::RendererKind::Categorized;
    layer.style.field = labelField;
    rc::StyleClass category;
    category.value = clearCategory;
    category.label = clearCategory;
    category.symbols = layer.style.symbols();
    layer.style.classes = {category};
  }
  project.layers = {layer};
  const QString path = m_dir.filePath(name + u".rcproj"_s);
  rc::ProjectFile::write(project, path);
  return path;
}

std::unique_ptr<rc::VectorLayer> TestPrivacy::loadLayer(const QString &path) const
{
  rc::VectorSource source(path);
  source.personalFields = {u"remark"_s};
  auto layer = std::make_unique<rc::VectorLayer>(source);
  rc::VectorLayer::loadNow({layer.get()});
  if (layer->state() != rc::MapLayer::State::Ready)
    qFatal("%s", qPrintable(layer->errorMessage()));
  return layer;
}

QTEST_MAIN(TestPrivacy)
#include "test_privacy.moc"
