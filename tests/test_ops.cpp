// The operations center's core (issue 7): the case workflow's state machine, transition by
// transition, through the real workflow and its SQLite store; grid assignment by location against
// a walk over every grid of a generated demo city; impact analysis and `rongcheng impact` counts
// against a walk over every feature; the walks read the GeoPackage with OGR and use the test's
// own haversine and ray casting (PlainGeometry), not the analysis's GEOS and projections;
// `rongcheng impact` errors; personal-data masking, unmasking and its audit record; undo of one's
// own last change and refusal of someone else's.

#include "PlainGeometry.h"
#include "TestData.h"

#include "auth/Operator.h"
#include "base/Error.h"
#include "data/FeatureStore.h"
#include "data/VectorDataset.h"
#include "demo/DemoCityGenerator.h"
#include "ops/AuditTrail.h"
#include "ops/EventWorkflow.h"
#include "ops/GridLocator.h"
#include "ops/ImpactAnalysis.h"
#include "ops/ImpactExport.h"
#include "ops/OpsDatabase.h"
#include "privacy/PersonalDataMask.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <limits>
#include <numbers>
#include <random>
#include <set>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rc::CaseState)
Q_DECLARE_METATYPE(rc::CaseAction)

namespace {

using rc::CaseAction;
using rc::CaseState;

const rc::Operator kAlice{u"alice"_s, u"林晓"_s, rc::OperatorRole::Operator};
const rc::Operator kBob{u"bob"_s, u"陈伟"_s, rc::OperatorRole::Supervisor};
const rc::Operator kVisitor{u"guest"_s, u"来宾"_s, rc::OperatorRole::Visitor};

/// The workflow as the issue and GB/T 30428 practice describe it, written out independently of
/// the implementation's table: every (state, action) pair not listed here must be refused.
const std::map<std::pair<CaseState, CaseAction>, CaseState> kLegal{
    {{CaseState::Draft, CaseAction::Collect}, CaseState::Collected},
    {{CaseState::Draft, CaseAction::Void}, CaseState::Voided},
    {{CaseState::Collected, CaseAction::Register}, CaseState::Registered},
    {{CaseState::Collected, CaseAction::Void}, CaseState::Voided},
    {{CaseState::Registered, CaseAction::Dispatch}, CaseState::Dispatched},
    {{CaseState::Registered, CaseAction::Void}, CaseState::Voided},
    {{CaseState::Dispatched, CaseAction::StartHandling}, CaseState::Handling},
    {{CaseState::Dispatched, CaseAction::ReturnDispatch}, CaseState::Registered},
    {{CaseState::Handling, CaseAction::Feedback}, CaseState::FedBack},
    {{CaseState::FedBack, CaseAction::Close}, CaseState::Closed},
    {{CaseState::FedBack, CaseAction::SendBack}, CaseState::Handling},
    {{CaseState::Closed, CaseAction::SendBack}, CaseState::Handling},
    {{CaseState::Closed, CaseAction::Evaluate}, CaseState::Evaluated},
};

/// A square grid cell of `size` degrees with its lower left corner at x, y.
void addSquare(rc::FeatureStoreBuilder &builder, qint64 fid, double x, double y, double size)
{
  builder.beginFeature(fid, rc::GeometryKind::Polygon);
  const double ring[] = {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
  builder.addRing(ring, true);
}

/// Two grids side by side near Fuzhou's centre: 350102001001001 has staff, 350102001001002 none.
std::shared_ptr<const rc::FeatureStore> twoGrids()
{
  rc::Fields fields;
  for (const QString &name : {u"grid_code"_s, u"community_code"_s, u"community"_s, u"town"_s, u"district"_s,
                              u"staff_name"_s, u"staff_phone"_s})
    fields.push_back({name, rc::FieldType::String, {}});
  rc::FeatureStoreBuilder builder(fields);
  addSquare(builder, 1, 119.29, 26.07, 0.01);
  for (const auto &[field, value] : std::vector<std::pair<int, QByteArray>>{{0, "350102001001001"},
                                                                            {1, "350102001001"},
                                                                            {2, "北光社区"},
                                                                            {3, "鼓东街道"},
                                                                            {4, "鼓楼区"},
                                                                            {5, "王斌"},
                                                                            {6, "15942846440"}})
    builder.setText(field, value);
  addSquare(builder, 2, 119.30, 26.07, 0.01);
  for (const auto &[field, value] : std::vector<std::pair<int, QByteArray>>{
           {0, "350102001001002"}, {1, "350102001001"}, {2, "北光社区"}, {3, "鼓东街道"}, {4, "鼓楼区"}})
    builder.setText(field, value);
  return builder.finish();
}

rc::EventIntake goodIntake()
{
  rc::EventIntake input;
  input.eventClass = u"市容环境"_s;
  input.subclass = u"暴露垃圾"_s;
  input.description = u"路边垃圾堆积"_s;
  input.source = u"12345"_s;
  input.reporterName = u"欧阳明月"_s;
  input.reporterPhone = u"13812345678"_s;
  input.hasLocation = true;
  input.lon = 119.295;
  input.lat = 26.075;
  return input;
}

struct CliRun
{
  int exitCode = -1;
  QByteArray out, err;
};

/// An impact query as the walk sees it: the polygons of its WKT as OGR parses them, or its point;
/// and its buffer in metres.
struct PlainQuery
{
  rc::test::PlainMultiPolygon area;
  double lon = 0, lat = 0;
  double metres = 0;

  static PlainQuery around(double lon, double lat, double metres) { return {{}, lon, lat, metres}; }
  static PlainQuery inside(const QString &wkt, double metres = 0)
  {
    return {rc::test::plainPolygonsFromWkt(wkt), 0, 0, metres};
  }
};

/// What the walk says of one feature: inside the area for certain, outside for certain, or too
/// near its edge for the approximations the analysis is allowed to tell.
enum class Verdict : quint8 { Hit, Miss, Either };

/// Per layer, the fids the analysis must report and those it may report or leave out.
struct ExpectedHits
{
  std::set<qint64> hit, either;
};

/// The verdict for a feature `gapMetres` from the query's point or polygons (negative inside).
Verdict judge(double gapMetres, double bufferMetres)
{
  // The analysis buffers in Gauss-Krüger metres whose scale over Fuzhou is off by less than 1e-4,
  // and draws a circle as a 128-gon, up to 0.03 % inside the true one; a centimetre for rounding.
  if (gapMetres < bufferMetres * (1 - 5e-4) - 0.01)
    return Verdict::Hit;
  if (gapMetres > bufferMetres * (1 + 1e-4) + 0.01)
    return Verdict::Miss;
  return Verdict::Either;
}

/// Metres from the query's point or polygons to the feature, negative where they overlap.
double gapMetres(const PlainQuery &query, const rc::test::PlainFeature &feature)
{
  double gap = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < feature.points.size(); i += 2) {
    const double x = feature.points[i], y = feature.points[i + 1];
    gap = std::min(gap, query.area.empty() ? rc::test::haversineMetres(query.lon, query.lat, x, y)
                                           : rc::test::signedDistanceMetres(query.area, x, y));
  }
  if (!feature.polygons.empty())
    gap = std::min(gap, query.area.empty()
                            ? rc::test::signedDistanceMetres(feature.polygons, query.lon, query.lat)
                            : rc::test::polygonGapMetres(feature.polygons, query.area));
  return gap;
}

/// True when the boxes are certainly more than `metres` apart: a degree of latitude is at least
/// 110.5 km, and one of longitude below 30°N at least that times cos 30°.
bool boxesApart(const std::array<double, 4> &a, const std::array<double, 4> &b, double metres)
{
  const double dy = (metres + 100) / 110'500, dx = dy / std::cos(30 * std::numbers::pi / 180);
  return a[2] < b[0] - dx || b[2] < a[0] - dx || a[3] < b[1] - dy || b[3] < a[1] - dy;
}

} // namespace

class TestOps : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void init();
  void cleanup();

  void stateMachineTable_data();
  void stateMachineTable();
  void workflowTransition_data();
  void workflowTransition();
  void transitionsNeedReasonsAndRoles();
  void draftsKeepBadInput_data();
  void draftsKeepBadInput();
  void draftCollectsOnceFixed();
  void dispatchRefusedWithoutStaff();
  void stepsRecordWhoAndWhen();
  void overdueByClassTimeLimit();
  void undoOwnLastChange();
  void undoRefusesSomeoneElses();
  void undoOfIntakeRemovesCase();
  void auditTrailIsAppendOnly();

  void gridAssignmentMatchesBruteForce();
  void impactMatchesBruteForce_data();
  void impactMatchesBruteForce();
  void impactBufferIsTwoKilometres();
  void impactRejectsBadInput_data();
  void impactRejectsBadInput();
  void impactExports();

  void cliImpactPrintsCounts();
  void cliImpactErrors_data();
  void cliImpactErrors();

  void maskPhone_data();
  void maskPhone();
  void maskIdNumber_data();
  void maskIdNumber();
  void maskName_data();
  void maskName();
  void maskByField();
  void unmaskIsAudited();

private:
  /// A case brought to `state` through legal steps only.
  qint64 caseIn(CaseState state);
  CliRun runCli(const QStringList &arguments) const;
  /// Walks every feature of every layer as OGR read it: the answer the analysis must give.
  std::array<ExpectedHits, rc::kImpactLayerCount> walk(const PlainQuery &query) const;
  /// Empty when the analysis's hits of `layer` agree with the walk's; else what differs.
  QString compareWithWalk(const rc::ImpactResult &result, rc::ImpactLayer layer, const ExpectedHits &expected,
                          const PlainQuery &query) const;

  QTemporaryDir m_dir;
  QString m_gpkg;
  /// The six layers read with OGR, addresses and grids with their grid_code.
  std::array<std::vector<rc::test::PlainFeature>, rc::kImpactLayerCount> m_plain;
  std::unique_ptr<rc::ImpactAnalysis> m_impact;
  std::unique_ptr<rc::GridLocator> m_cityGrids;
  std::unique_ptr<rc::GridLocator> m_twoGrids;
  // Per test: a fresh workflow database and clock.
  QDateTime m_now;
  std::unique_ptr<rc::OpsDatabase> m_database;
  std::unique_ptr<rc::EventWorkflow> m_workflow;
  int m_databaseSerial = 0;
};

void TestOps::initTestCase()
{
  QVERIFY(m_dir.isValid());
  rc::DemoCityOptions options;
  options.outDir = m_dir.filePath(u"city"_s);
  options.basemapDir = QStringLiteral(RC_SOURCE_DIR) + u"/resources/basemap"_s;
  options.addressCount = 20000;
  options.eventCount = 2000;
  options.cellSiteCount = 1500;
  try {
    rc::DemoCityGenerator::generate(options, {});
  } catch (const rc::DemoDataError &e) {
    QFAIL(e.what());
  }
  m_gpkg = rc::DemoCityGenerator::geoPackagePath(options.outDir);
  m_impact = std::make_unique<rc::ImpactAnalysis>(rc::ImpactData::load(m_gpkg));
  m_cityGrids =
      std::make_unique<rc::GridLocator>(m_impact->data().layers[std::size_t(rc::ImpactLayer::Grids)]);
  m_twoGrids = std::make_unique<rc::GridLocator>(twoGrids());
  for (const rc::ImpactLayer layer : rc::kImpactLayers) {
    const bool coded = layer == rc::ImpactLayer::Addresses || layer == rc::ImpactLayer::Grids;
    m_plain[std::size_t(layer)] =
        rc::test::readPlainLayer(m_gpkg, rc::impactLayerTable(layer), coded ? u"grid_code"_s : QString());
  }
}

void TestOps::init()
{
  m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone(8 * 3600));
  m_database = std::make_unique<rc::OpsDatabase>(m_dir.filePath(u"ops%1.sqlite"_s.arg(++m_databaseSerial)));
  m_workflow = std::make_unique<rc::EventWorkflow>(*m_database, *m_twoGrids, rc::TimeLimits(),
                                                   [this] { return m_now; });
}

void TestOps::cleanup()
{
  m_workflow.reset();
  m_database.reset();
}

qint64 TestOps::caseIn(CaseState state)
{
  if (state == CaseState::Draft) {
    // A draft that a fix has made collectable: intake without a location, then the location.
    rc::EventIntake input = goodIntake();
    input.hasLocation = false;
    const rc::EventCase draft = m_workflow->intake(input, kAlice);
    return m_workflow->revise(draft.id, goodIntake(), kAlice).id;
  }
  const qint64 id = m_workflow->intake(goodIntake(), kAlice).id;
  const std::vector<std::pair<CaseState, std::vector<CaseAction>>> paths{
      {CaseState::Collected, {}},
      {CaseState::Registered, {CaseAction::Register}},
      {CaseState::Dispatched, {CaseAction::Register, CaseAction::Dispatch}},
      {CaseState::Handling, {CaseAction::Register, CaseAction::Dispatch, CaseAction::StartHandling}},
      {CaseState::FedBack,
       {CaseAction::Register, CaseAction::Dispatch, CaseAction::StartHandling, CaseAction::Feedback}},
      {CaseState::Closed,
       {CaseAction::Register, CaseAction::Dispatch, CaseAction::StartHandling, CaseAction::Feedback,
        CaseAction::Close}},
      {CaseState::Evaluated,
       {CaseAction::Register, CaseAction::Dispatch, CaseAction::StartHandling, CaseAction::Feedback,
        CaseAction::Close, CaseAction::Evaluate}},
      {CaseState::Voided, {CaseAction::Void}},
  };
  for (const auto &[target, actions] : paths)
    if (target == state)
      for (const CaseAction action : actions)
        (void)m_workflow->apply(id, action, kBob, u"ok"_s);
  return id;
}

void TestOps::stateMachineTable_data()
{
  QTest::addColumn<CaseState>("from");
  QTest::addColumn<CaseAction>("action");
  for (int s = 0; s < rc::kCaseStateCount; ++s)
    for (int a = 0; a < rc::kCaseActionCount; ++a)
      QTest::addRow("%s-%s", qPrintable(rc::caseStateKey(CaseState(s))),
                    qPrintable(rc::caseActionKey(CaseAction(a))))
          << CaseState(s) << CaseAction(a);
}

void TestOps::stateMachineTable()
{
  QFETCH(CaseState, from);
  QFETCH(CaseAction, action);
  const auto expected = kLegal.find({from, action});
  const std::optional<CaseState> next = rc::CaseStateMachine::next(from, action);
  if (expected == kLegal.end()) {
    QVERIFY(!next.has_value());
    QVERIFY(!rc::CaseStateMachine::actionsFrom(from).contains(action));
  } else {
    QVERIFY(next.has_value());
    QCOMPARE(*next, expected->second);
    QVERIFY(rc::CaseStateMachine::actionsFrom(from).contains(action));
  }
  // Keys round-trip: the database stores them.
  QCOMPARE(rc::caseStateFromKey(rc::caseStateKey(from)), std::optional<CaseState>(from));
  QCOMPARE(rc::caseActionFromKey(rc::caseActionKey(action)), std::optional<CaseAction>(action));
  QCOMPARE(rc::CaseStateMachine::isFinal(from), from == CaseState::Evaluated || from == CaseState::Voided);
}

void TestOps::workflowTransition_data()
{
  stateMachineTable_data();
}

void TestOps::workflowTransition()
{
  QFETCH(CaseState, from);
  QFETCH(CaseAction, action);
  const qint64 id = caseIn(from);
  const rc::EventCase before = *m_workflow->find(id);
  QCOMPARE(before.state, from);
  const qint64 records = m_workflow->audit().count();
  const auto expected = kLegal.find({from, action});
  m_now = m_now.addSecs(600);
  if (expected == kLegal.end()) {
    try {
      (void)m_workflow->apply(id, action, kBob, u"reason"_s);
      QFAIL("an illegal transition was accepted");
    } catch (const rc::Error &e) {
      QCOMPARE(e.code(), rc::Error::Code::IllegalTransition);
      QVERIFY2(e.message().contains(QString::number(id)), qPrintable(e.message()));
    }
    QCOMPARE(*m_workflow->find(id), before);
    QCOMPARE(m_workflow->audit().count(), records);
    return;
  }
  const rc::EventCase after = m_workflow->apply(id, action, kBob, u"reason"_s);
  QCOMPARE(after.state, expected->second);
  QCOMPARE(*m_workflow->find(id), after);
  QCOMPARE(after.steps.size(), before.steps.size() + 1);
  QCOMPARE(after.steps.back().state, expected->second);
  QCOMPARE(after.steps.back().actor, kBob.id);
  QCOMPARE(after.steps.back().at, m_now);
  QCOMPARE(m_workflow->audit().count(), records + 1);
  const rc::AuditRecord last = m_workflow->audit().history(rc::AuditTrail::kCaseSubject, id).back();
  QCOMPARE(last.action, rc::AuditAction::Transition);
  QCOMPARE(last.step, rc::caseActionKey(action));
  QCOMPARE(last.actor, kBob.id);
  if (action == CaseAction::Dispatch) {
    QCOMPARE(after.assignee.kind, rc::DispatchTarget::Kind::GridStaff);
    QCOMPARE(after.assignee.name, u"王斌"_s);
  }
}

void TestOps::transitionsNeedReasonsAndRoles()
{
  const qint64 id = caseIn(CaseState::FedBack);
  try {
    (void)m_workflow->apply(id, CaseAction::SendBack, kBob, u"  "_s);
    QFAIL("a send-back without a reason was accepted");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::InvalidInput);
  }
  try {
    (void)m_workflow->apply(id, CaseAction::Close, kVisitor);
    QFAIL("a visitor closed a case");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::PermissionDenied);
  }
  QCOMPARE(m_workflow->find(id)->state, CaseState::FedBack);
  try {
    (void)m_workflow->apply(424242, CaseAction::Register, kBob);
    QFAIL("a missing case was changed");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::NotFound);
  }
}

void TestOps::draftsKeepBadInput_data()
{
  QTest::addColumn<int>("kind");
  QTest::addColumn<QString>("message");
  QTest::newRow("no location") << 0 << u"no location"_s;
  QTest::newRow("outside the city") << 1 << u"outside the city"_s;
  QTest::newRow("grid without staff") << 2 << u"no staff"_s;
  QTest::newRow("time limit past") << 3 << u"already past"_s;
  QTest::newRow("no class") << 4 << u"event class"_s;
}

void TestOps::draftsKeepBadInput()
{
  QFETCH(int, kind);
  QFETCH(QString, message);
  rc::EventIntake input = goodIntake();
  switch (kind) {
  case 0:
    input.hasLocation = false;
    break;
  case 1:
    input.lon = 116.397;
    input.lat = 39.909;
    break; // Beijing
  case 2:
    input.lon = 119.305;
    break; // the grid without staff
  case 3:
    input.deadline = m_now.addSecs(-3600);
    break;
  case 4:
    input.eventClass.clear();
    break;
  }
  const rc::EventCase c = m_workflow->intake(input, kAlice);
  QCOMPARE(c.state, CaseState::Draft);
  QVERIFY2(c.problems.join(u' ').contains(message), qPrintable(c.problems.join(u' ')));
  // Nothing lost: the draft is in the database with everything that was typed.
  const std::optional<rc::EventCase> stored = m_workflow->find(c.id);
  QVERIFY(stored.has_value());
  QCOMPARE(*stored, c);
  QCOMPARE(stored->reporterPhone, input.reporterPhone);
  QCOMPARE(stored->description, input.description);
  // A draft with problems cannot move on, and stays a draft.
  try {
    (void)m_workflow->apply(c.id, CaseAction::Collect, kAlice);
    QFAIL("a draft with problems was collected");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Refused);
    QVERIFY(e.message().contains(message));
  }
  QCOMPARE(m_workflow->find(c.id)->state, CaseState::Draft);
}

void TestOps::draftCollectsOnceFixed()
{
  rc::EventIntake input = goodIntake();
  input.lon = 119.305; // no staff there
  const rc::EventCase draft = m_workflow->intake(input, kAlice);
  QCOMPARE(draft.state, CaseState::Draft);
  QCOMPARE(draft.gridCode, u"350102001001002"_s);
  input.department = u"市城管委"_s;
  const rc::EventCase revised = m_workflow->revise(draft.id, input, kAlice);
  QCOMPARE(revised.state, CaseState::Draft);
  QVERIFY(revised.problems.isEmpty());
  const rc::EventCase collected = m_workflow->apply(draft.id, CaseAction::Collect, kAlice);
  QCOMPARE(collected.state, CaseState::Collected);
  (void)m_workflow->apply(draft.id, CaseAction::Register, kAlice);
  const rc::EventCase dispatched = m_workflow->apply(draft.id, CaseAction::Dispatch, kAlice);
  QCOMPARE(dispatched.assignee.kind, rc::DispatchTarget::Kind::Department);
  QCOMPARE(dispatched.assignee.name, u"市城管委"_s);
}

void TestOps::dispatchRefusedWithoutStaff()
{
  rc::EventIntake input = goodIntake();
  input.lon = 119.305;
  input.department = u"市水务局"_s;
  const qint64 id = m_workflow->intake(input, kAlice).id;
  (void)m_workflow->apply(id, CaseAction::Register, kAlice);
  const rc::EventCase registered = *m_workflow->find(id);
  try {
    (void)m_workflow->apply(id, CaseAction::Dispatch, kAlice, {},
                            {rc::DispatchTarget::Kind::GridStaff, {}, {}});
    QFAIL("a dispatch to a grid without staff was accepted");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Refused);
    QVERIFY2(e.message().contains(u"350102001001002"_s) && e.message().contains(u"no staff"_s),
             qPrintable(e.message()));
  }
  QCOMPARE(*m_workflow->find(id), registered);
  const rc::EventCase dispatched = m_workflow->apply(
      id, CaseAction::Dispatch, kAlice, {}, {rc::DispatchTarget::Kind::Department, u"市建设局"_s, {}});
  QCOMPARE(dispatched.assignee.name, u"市建设局"_s);
}

void TestOps::stepsRecordWhoAndWhen()
{
  const QDateTime start = m_now;
  const qint64 id = m_workflow->intake(goodIntake(), kAlice).id;
  m_now = m_now.addSecs(300);
  (void)m_workflow->apply(id, CaseAction::Register, kBob, u"立案"_s);
  m_now = m_now.addSecs(300);
  const rc::EventCase c = m_workflow->apply(id, CaseAction::Dispatch, kAlice);
  QCOMPARE(c.steps.size(), 3);
  QCOMPARE(c.steps[0].state, CaseState::Collected);
  QCOMPARE(c.steps[0].actor, kAlice.id);
  QCOMPARE(c.steps[0].at, start);
  QCOMPARE(c.steps[1].state, CaseState::Registered);
  QCOMPARE(c.steps[1].actor, kBob.id);
  QCOMPARE(c.steps[1].note, u"立案"_s);
  QCOMPARE(c.steps[2].at, start.addSecs(600));
  QCOMPARE(c.reached(CaseState::Registered), start.addSecs(300));
  QCOMPARE(c.gridCode, u"350102001001001"_s);
  QCOMPARE(c.community, u"北光社区"_s);
  QCOMPARE(c.communityCode, u"350102001001"_s);
  QCOMPARE(c.district, u"鼓楼区"_s);
}

void TestOps::overdueByClassTimeLimit()
{
  rc::EventIntake input = goodIntake();
  input.eventClass = u"突发事件"_s; // 2 hours
  const qint64 id = m_workflow->intake(input, kAlice).id;
  QCOMPARE(m_workflow->find(id)->deadline, m_now.addSecs(2 * 3600));
  const QDateTime reported = m_now;
  m_now = reported.addSecs(3600);
  QVERIFY(!m_workflow->find(id)->isOverdue(m_now));
  QVERIFY(m_workflow->overdue().isEmpty());
  m_now = reported.addSecs(3 * 3600);
  QVERIFY(m_workflow->find(id)->isOverdue(m_now));
  QCOMPARE(m_workflow->find(id)->overdueSeconds(m_now), 3600);
  QCOMPARE(m_workflow->overdue().size(), 1);
  for (const CaseAction action : {CaseAction::Register, CaseAction::Dispatch, CaseAction::StartHandling,
                                  CaseAction::Feedback, CaseAction::Close})
    (void)m_workflow->apply(id, action, kBob);
  m_now = reported.addSecs(10 * 3600);
  const rc::EventCase closed = *m_workflow->find(id);
  QVERIFY(!closed.isOverdue(m_now));
  QCOMPARE(closed.overdueSeconds(m_now), 3600); // closed an hour late, and that stays so
  QVERIFY(m_workflow->overdue().isEmpty());
  // Another class, another limit; an explicit deadline wins.
  rc::TimeLimits limits;
  QCOMPARE(limits.hours(u"施工管理"_s), 72.0);
  input.eventClass = u"施工管理"_s;
  input.deadline = m_now.addSecs(5 * 3600);
  QCOMPARE(m_workflow->intake(input, kAlice).deadline, m_now.addSecs(5 * 3600));
}

void TestOps::undoOwnLastChange()
{
  const qint64 id = m_workflow->intake(goodIntake(), kAlice).id;
  const rc::EventCase collected = *m_workflow->find(id);
  (void)m_workflow->apply(id, CaseAction::Register, kAlice);
  const rc::EventCase registered = *m_workflow->find(id);
  (void)m_workflow->apply(id, CaseAction::Dispatch, kAlice);
  QCOMPARE(m_workflow->find(id)->state, CaseState::Dispatched);

  std::optional<rc::EventCase> restored = m_workflow->undoLastChange(kAlice);
  QVERIFY(restored.has_value());
  QCOMPARE(*restored, registered);
  QCOMPARE(*m_workflow->find(id), registered);
  restored = m_workflow->undoLastChange(kAlice);
  QCOMPARE(*restored, collected);
  // Undo records are kept and name what they revert.
  const QList<rc::AuditRecord> history = m_workflow->audit().history(rc::AuditTrail::kCaseSubject, id);
  QCOMPARE(history.size(), 5);
  QCOMPARE(history[3].action, rc::AuditAction::Undo);
  QCOMPARE(history[3].undoes, history[2].id);
  QCOMPARE(history[4].undoes, history[1].id);
  // An undone change cannot be undone again.
  try {
    (void)m_workflow->undo(history[2].id, kAlice);
    QFAIL("a change was undone twice");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Refused);
  }
  // The workflow goes on from the restored state.
  QCOMPARE(m_workflow->apply(id, CaseAction::Register, kAlice).state, CaseState::Registered);
}

void TestOps::undoRefusesSomeoneElses()
{
  const qint64 id = m_workflow->intake(goodIntake(), kAlice).id;
  (void)m_workflow->apply(id, CaseAction::Register, kAlice);
  (void)m_workflow->apply(id, CaseAction::Dispatch, kBob);
  const rc::EventCase dispatched = *m_workflow->find(id);
  const QList<rc::AuditRecord> history = m_workflow->audit().history(rc::AuditTrail::kCaseSubject, id);
  const qint64 bobsChange = history.back().id;

  // Alice's last change was followed by Bob's: hers can no longer be undone.
  try {
    (void)m_workflow->undoLastChange(kAlice);
    QFAIL("an undo overwrote someone else's later change");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Refused);
    QVERIFY2(e.message().contains(kBob.id), qPrintable(e.message()));
  }
  // Nor may she undo Bob's.
  try {
    (void)m_workflow->undo(bobsChange, kAlice);
    QFAIL("someone else's change was undone");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::PermissionDenied);
  }
  QCOMPARE(*m_workflow->find(id), dispatched);
  // Bob may; then Alice's is the last one again.
  QCOMPARE(m_workflow->undoLastChange(kBob)->state, CaseState::Registered);
  QCOMPARE(m_workflow->undoLastChange(kAlice)->state, CaseState::Collected);
  // A visitor has nothing to undo and may not try.
  try {
    (void)m_workflow->undoLastChange(kVisitor);
    QFAIL("a visitor undid something");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::PermissionDenied);
  }
}

void TestOps::undoOfIntakeRemovesCase()
{
  const rc::EventCase c = m_workflow->intake(goodIntake(), kAlice);
  QVERIFY(!m_workflow->undoLastChange(kAlice).has_value());
  QVERIFY(!m_workflow->find(c.id).has_value());
  const QList<rc::AuditRecord> history = m_workflow->audit().history(rc::AuditTrail::kCaseSubject, c.id);
  QCOMPARE(history.size(), 2);
  QCOMPARE(rc::EventCase::fromJson(QJsonDocument::fromJson(history[0].after).object()), c);
  try {
    (void)m_workflow->undoLastChange(kAlice);
    QFAIL("there was nothing left to undo");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::NotFound);
  }
}

void TestOps::auditTrailIsAppendOnly()
{
  (void)m_workflow->intake(goodIntake(), kAlice);
  for (const char *change : {"UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"}) {
    try {
      m_database->connection().exec(change);
      QFAIL(change);
    } catch (const rc::sqlite::Error &e) {
      QVERIFY2(e.detail().contains(u"append-only"_s), qPrintable(e.message()));
    }
  }
  QCOMPARE(m_workflow->audit().count(), 1);
  QCOMPARE(m_workflow->audit().by(kAlice.id).front().actor, kAlice.id);
}

void TestOps::gridAssignmentMatchesBruteForce()
{
  const rc::FeatureStore &grids = m_cityGrids->grids();
  const std::vector<rc::test::PlainFeature> &plainGrids = m_plain[std::size_t(rc::ImpactLayer::Grids)];
  QVERIFY(plainGrids.size() > 1000);
  // Random points over the whole city's box (land, water and sea), and every 10th address.
  std::array<double, 4> extent = plainGrids.front().box;
  for (const rc::test::PlainFeature &grid : plainGrids)
    extent = {std::min(extent[0], grid.box[0]), std::min(extent[1], grid.box[1]),
              std::max(extent[2], grid.box[2]), std::max(extent[3], grid.box[3])};
  std::mt19937_64 random(7);
  std::uniform_real_distribution<double> x(extent[0], extent[2]), y(extent[1], extent[3]);
  std::vector<std::pair<double, double>> points;
  for (int i = 0; i < 3000; ++i)
    points.emplace_back(x(random), y(random));
  const std::vector<rc::test::PlainFeature> &addresses = m_plain[std::size_t(rc::ImpactLayer::Addresses)];
  for (std::size_t i = 0; i < addresses.size(); i += 10)
    points.emplace_back(addresses[i].points[0], addresses[i].points[1]);
  // Points on grid edges and corners, where two grids meet.
  for (std::size_t i = 0; i < plainGrids.size(); i += 97) {
    const std::vector<double> &ring = plainGrids[i].polygons.front().rings.front();
    points.emplace_back(ring[0], ring[1]);
    points.emplace_back((ring[0] + ring[2]) / 2, (ring[1] + ring[3]) / 2);
  }
  int inside = 0, onEdges = 0, agreedWithAddress = 0;
  for (std::size_t p = 0; p < points.size(); ++p) {
    const auto [px, py] = points[p];
    // The grids that hold the point by ray casting, and those whose edge it is within a centimetre
    // of: there rounding may put it in either grid, or (on the city's edge) in none.
    std::vector<const rc::test::PlainFeature *> holding, touching;
    for (const rc::test::PlainFeature &grid : plainGrids) {
      if (boxesApart(grid.box, {px, py, px, py}, 1))
        continue;
      if (rc::test::distanceToBoundaryMetres(grid.polygons, px, py) <= 0.01)
        touching.push_back(&grid);
      else if (rc::test::contains(grid.polygons, px, py))
        holding.push_back(&grid);
    }
    QVERIFY2(holding.size() <= 1, "grids overlap");
    const std::optional<rc::GridAssignment> found = m_cityGrids->locate(px, py);
    const QString where = u"%1, %2"_s.arg(px, 0, 'f', 9).arg(py, 0, 'f', 9);
    if (holding.empty() && touching.empty()) {
      if (found)
        QFAIL(qPrintable(where + u" lies in no grid, yet "_s + found->gridCode + u" was found"_s));
      continue;
    }
    if (holding.empty() && !found) {
      ++onEdges;
      continue;
    }
    if (!found)
      QFAIL(qPrintable(where + u" lies in grid "_s + holding.front()->text + u", yet none was found"_s));
    const qint64 fid = grids.fid(found->feature);
    const auto isFound = [fid](const rc::test::PlainFeature *grid) { return grid->fid == fid; };
    const std::vector<const rc::test::PlainFeature *> &allowed = holding.empty() ? touching : holding;
    const auto expected = std::find_if(allowed.begin(), allowed.end(), isFound);
    QVERIFY2(expected != allowed.end(), qPrintable(where + u": grid fid %1 found"_s.arg(fid)));
    QCOMPARE(found->gridCode, (*expected)->text);
    QVERIFY(found->gridCode.startsWith(found->communityCode));
    ++(holding.empty() ? onEdges : inside);
    if (p >= 3000 && p < 3000 + (addresses.size() + 9) / 10 &&
        addresses[(p - 3000) * 10].text == found->gridCode)
      ++agreedWithAddress;
  }
  qInfo("%d points inside a grid, %d on grid edges", inside, onEdges);
  QVERIFY(inside > 2000);
  QVERIFY(onEdges >= 2 * int(plainGrids.size() / 97));
  // The generator put each address in its grid; the locator finds the same one.
  QVERIFY2(agreedWithAddress >= int(addresses.size() / 10) * 99 / 100,
           qPrintable(u"%1 of %2"_s.arg(agreedWithAddress).arg(addresses.size() / 10)));
  QVERIFY(!m_cityGrids->locate(116.397, 39.909).has_value());
}

std::array<ExpectedHits, rc::kImpactLayerCount> TestOps::walk(const PlainQuery &query) const
{
  const std::array<double, 4> queryBox =
      query.area.empty() ? std::array<double, 4>{query.lon, query.lat, query.lon, query.lat}
                         : rc::test::bounds(query.area);
  std::array<ExpectedHits, rc::kImpactLayerCount> expected;
  for (const rc::ImpactLayer layer : rc::kImpactLayers)
    for (const rc::test::PlainFeature &feature : m_plain[std::size_t(layer)]) {
      if ((feature.points.empty() && feature.polygons.empty()) ||
          boxesApart(feature.box, queryBox, query.metres))
        continue;
      switch (judge(gapMetres(query, feature), query.metres)) {
      case Verdict::Hit:
        expected[std::size_t(layer)].hit.insert(feature.fid);
        break;
      case Verdict::Either:
        expected[std::size_t(layer)].either.insert(feature.fid);
        break;
      case Verdict::Miss:
        break;
      }
    }
  return expected;
}

QString TestOps::compareWithWalk(const rc::ImpactResult &result, rc::ImpactLayer layer,
                                 const ExpectedHits &expected, const PlainQuery &query) const
{
  const rc::FeatureStore &store = m_impact->data().layer(layer);
  std::set<qint64> found;
  for (const std::uint32_t i : result.features(layer))
    found.insert(store.fid(i));
  QStringList problems;
  const auto gapOf = [&](qint64 fid) {
    for (const rc::test::PlainFeature &feature : m_plain[std::size_t(layer)])
      if (feature.fid == fid)
        return gapMetres(query, feature);
    return std::numeric_limits<double>::quiet_NaN();
  };
  for (const qint64 fid : expected.hit)
    if (!found.contains(fid) && problems.size() < 5)
      problems << u"fid %1 missed (%2 m from the query, buffer %3 m)"_s.arg(fid)
                      .arg(gapOf(fid), 0, 'f', 3)
                      .arg(query.metres);
  for (const qint64 fid : found)
    if (!expected.hit.contains(fid) && !expected.either.contains(fid) && problems.size() < 5)
      problems << u"fid %1 counted (%2 m from the query, buffer %3 m)"_s.arg(fid)
                      .arg(gapOf(fid), 0, 'f', 3)
                      .arg(query.metres);
  return problems.isEmpty() ? QString() : rc::impactLayerTable(layer) + u": "_s + problems.join(u"; "_s);
}

void TestOps::impactMatchesBruteForce_data()
{
  QTest::addColumn<QString>("wkt");
  QTest::addColumn<double>("lon");
  QTest::addColumn<double>("lat");
  QTest::addColumn<double>("metres");
  QTest::newRow("2 km, city centre") << QString() << 119.2965 << 26.0745 << 2000.0;
  QTest::newRow("2 km, 解放大桥 on the Min") << QString() << 119.303 << 26.049 << 2000.0;
  QTest::newRow("500 m, 魁岐") << QString() << 119.3885 << 26.0355 << 500.0;
  QTest::newRow("5 km, 琯头 by the coast") << QString() << 119.580345 << 26.099138 << 5000.0;
  QTest::newRow("polygon") << u"POLYGON((119.27 26.06,119.33 26.06,119.34 26.10,119.29 26.11,119.27 26.06))"_s
                           << 0.0 << 0.0 << 0.0;
  QTest::newRow("polygon with a hole")
      << u"POLYGON((119.25 26.03,119.36 26.03,119.36 26.12,119.25 26.12,119.25 26.03),"
         "(119.28 26.06,119.32 26.06,119.32 26.09,119.28 26.09,119.28 26.06))"_s
      << 0.0 << 0.0 << 0.0;
  QTest::newRow("multipolygon with a 300 m buffer")
      << u"MULTIPOLYGON(((119.28 26.07,119.29 26.07,119.29 26.08,119.28 26.07)),"
         "((119.50 25.95,119.52 25.95,119.52 25.97,119.50 25.97,119.50 25.95)))"_s
      << 0.0 << 0.0 << 300.0;
}

void TestOps::impactMatchesBruteForce()
{
  QFETCH(QString, wkt);
  QFETCH(double, lon);
  QFETCH(double, lat);
  QFETCH(double, metres);
  const rc::ImpactQuery query =
      wkt.isEmpty() ? rc::ImpactQuery::around(lon, lat, metres) : rc::ImpactQuery::inside(wkt, metres);
  const PlainQuery plain =
      wkt.isEmpty() ? PlainQuery::around(lon, lat, metres) : PlainQuery::inside(wkt, metres);
  QVERIFY(wkt.isEmpty() || !plain.area.empty());
  const rc::ImpactResult result = m_impact->run(query);
  const std::array<ExpectedHits, rc::kImpactLayerCount> expected = walk(plain);
  qsizetype total = 0;
  QStringList figures;
  for (const rc::ImpactLayer layer : rc::kImpactLayers) {
    const ExpectedHits &layerExpected = expected[std::size_t(layer)];
    const QString problems = compareWithWalk(result, layer, layerExpected, plain);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    figures << u"%1 %2 (walk: %3 + %4 at the edge)"_s.arg(rc::impactLayerTable(layer))
                   .arg(result.count(layer))
                   .arg(layerExpected.hit.size())
                   .arg(layerExpected.either.size());
    // The edge band is thin: the walk decides nearly every feature itself.
    QVERIFY(layerExpected.either.size() <= std::max<std::size_t>(3, layerExpected.hit.size() / 50));
    total += result.count(layer);
  }
  qInfo("%s", qPrintable(figures.join(u", "_s)));
  QVERIFY(result.count(rc::ImpactLayer::Grids) > 0);
  QVERIFY(result.count(rc::ImpactLayer::Communities) > 0);
  QVERIFY(total > result.count(rc::ImpactLayer::Grids) + result.count(rc::ImpactLayer::Communities));
  // The same query over just the neighbourhood read from the file gives the same features.
  const rc::ImpactData part = rc::ImpactData::load(m_gpkg, rc::ImpactAnalysis::searchBounds(query));
  rc::ImpactAnalysis local(part);
  const rc::ImpactResult again = local.run(query);
  for (const rc::ImpactLayer layer : rc::kImpactLayers) {
    QCOMPARE(again.count(layer), result.count(layer));
    std::set<qint64> fids, localFids;
    for (const std::uint32_t i : result.features(layer))
      fids.insert(m_impact->data().layer(layer).fid(i));
    for (const std::uint32_t i : again.features(layer))
      localFids.insert(part.layer(layer).fid(i));
    QCOMPARE(localFids, fids);
  }
}

void TestOps::impactBufferIsTwoKilometres()
{
  // Independent of GEOS and of the projection: the test's own haversine on the ellipsoid.
  const QPointF centre(119.2965, 26.0745);
  const rc::ImpactResult result = m_impact->run(rc::ImpactQuery::around(centre.x(), centre.y(), 2000));
  QVERIFY(std::abs(result.areaSquareMetres / (std::numbers::pi * 2000 * 2000) - 1) < 0.002);
  const rc::FeatureStore &addresses = m_impact->data().layer(rc::ImpactLayer::Addresses);
  const std::vector<std::uint32_t> &hits = result.features(rc::ImpactLayer::Addresses);
  QVERIFY(hits.size() > 100);
  std::size_t next = 0;
  for (std::uint32_t i = 0; i < addresses.featureCount(); ++i) {
    const double metres = rc::test::haversineMetres(centre.x(), centre.y(), addresses.firstVertex(i)[0],
                                                    addresses.firstVertex(i)[1]);
    const bool hit = next < hits.size() && hits[next] == i;
    if (hit)
      ++next;
    // The buffer is a 128-gon in Gauss-Krüger metres: within a metre of the true circle.
    if (hit)
      QVERIFY2(metres <= 2001, qPrintable(u"address %1 at %2 m counted"_s.arg(i).arg(metres)));
    else
      QVERIFY2(metres >= 1998, qPrintable(u"address %1 at %2 m missed"_s.arg(i).arg(metres)));
  }
}

void TestOps::impactRejectsBadInput_data()
{
  QTest::addColumn<QString>("wkt");
  QTest::addColumn<double>("lon");
  QTest::addColumn<double>("lat");
  QTest::addColumn<double>("metres");
  QTest::addColumn<int>("code");
  const int invalid = int(rc::Error::Code::InvalidInput), outside = int(rc::Error::Code::OutsideCity);
  QTest::newRow("not WKT") << u"POLYGON((119 26, 119.1"_s << 0.0 << 0.0 << 0.0 << invalid;
  QTest::newRow("a point, not an area") << u"POINT(119.3 26.08)"_s << 0.0 << 0.0 << 0.0 << invalid;
  QTest::newRow("self-intersecting") << u"POLYGON((119.2 26.0,119.3 26.1,119.3 26.0,119.2 26.1,119.2 26.0))"_s
                                     << 0.0 << 0.0 << 0.0 << invalid;
  QTest::newRow("metres, not degrees")
      << u"POLYGON((429000 2885000,431000 2885000,431000 2887000,429000 2885000))"_s << 0.0 << 0.0 << 0.0
      << invalid;
  QTest::newRow("empty") << u"POLYGON EMPTY"_s << 0.0 << 0.0 << 0.0 << invalid;
  QTest::newRow("polygon in Beijing")
      << u"POLYGON((116.3 39.9,116.4 39.9,116.4 40.0,116.3 39.9))"_s << 0.0 << 0.0 << 0.0 << outside;
  QTest::newRow("point in Beijing") << QString() << 116.397 << 39.909 << 2000.0 << outside;
  QTest::newRow("far out at sea") << QString() << 121.5 << 25.5 << 2000.0 << outside;
  QTest::newRow("zero buffer") << QString() << 119.3 << 26.08 << 0.0 << invalid;
  QTest::newRow("negative buffer") << QString() << 119.3 << 26.08 << -5.0 << invalid;
  QTest::newRow("huge buffer") << QString() << 119.3 << 26.08 << 1e7 << invalid;
  QTest::newRow("latitude out of range") << QString() << 119.3 << 126.08 << 2000.0 << invalid;
  QTest::newRow("not a number") << QString() << qQNaN() << 26.08 << 2000.0 << invalid;
}

void TestOps::impactRejectsBadInput()
{
  QFETCH(QString, wkt);
  QFETCH(double, lon);
  QFETCH(double, lat);
  QFETCH(double, metres);
  QFETCH(int, code);
  const rc::ImpactQuery query =
      wkt.isEmpty() ? rc::ImpactQuery::around(lon, lat, metres) : rc::ImpactQuery::inside(wkt, metres);
  try {
    (void)m_impact->run(query);
    QFAIL("bad input was analysed");
  } catch (const rc::Error &e) {
    QCOMPARE(int(e.code()), code);
    QVERIFY(!e.message().isEmpty());
  }
}

void TestOps::impactExports()
{
  const rc::ImpactResult result = m_impact->run(rc::ImpactQuery::around(119.2965, 26.0745, 1000));
  const QString csv = m_dir.filePath(u"list.csv"_s), gpkg = m_dir.filePath(u"list.gpkg"_s);
  rc::ImpactExport::write(m_impact->data(), result, csv);
  rc::ImpactExport::write(m_impact->data(), result, gpkg);

  QFile file(csv);
  QVERIFY(file.open(QIODevice::ReadOnly));
  const QList<QByteArray> lines = file.readAll().split('\n');
  QVERIFY(lines[0].startsWith("\xEF\xBB\xBFlayer,fid,code,name,lon,lat"));
  qsizetype total = 0;
  for (const rc::ImpactLayer layer : rc::kImpactLayers)
    total += result.count(layer);
  QCOMPARE(lines.size() - 2, total); // header and the empty piece after the last line break

  GDALDatasetUniquePtr dataset(GDALDataset::Open(gpkg.toUtf8().constData(), GDAL_OF_VECTOR));
  QVERIFY(dataset);
  for (const rc::ImpactLayer layer : rc::kImpactLayers) {
    OGRLayer *table = dataset->GetLayerByName(rc::impactLayerTable(layer).toUtf8().constData());
    QVERIFY(table);
    QCOMPARE(table->GetFeatureCount(), result.count(layer));
  }
  QCOMPARE(dataset->GetLayerByName("impact_area")->GetFeatureCount(), 1);
  // Staff names and phones of grids leave masked.
  OGRLayer *grids = dataset->GetLayerByName("grids");
  int masked = 0;
  for (const auto &feature : *grids) {
    const QString phone = QString::fromUtf8(feature->GetFieldAsString("staff_phone"));
    const QString name = QString::fromUtf8(feature->GetFieldAsString("staff_name"));
    if (!phone.isEmpty()) {
      QVERIFY2(phone.contains(u"****"_s), qPrintable(phone));
      ++masked;
    }
    if (!name.isEmpty())
      QVERIFY2(name.contains(u'*'), qPrintable(name));
  }
  QVERIFY(masked > 0);
  try {
    rc::ImpactExport::write(m_impact->data(), result, m_dir.filePath(u"list.xlsx"_s));
    QFAIL("an unknown export format was accepted");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::InvalidInput);
  }
}

CliRun TestOps::runCli(const QStringList &arguments) const
{
  QProcess process;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
  env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
  env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
  process.setProcessEnvironment(env);
  process.start(rc::test::rongchengExecutable(), QStringList{u"impact"_s} + arguments);
  CliRun run;
  if (!process.waitForFinished(120000))
    return run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = process.readAllStandardOutput();
  run.err = process.readAllStandardError();
  return run;
}

void TestOps::cliImpactPrintsCounts()
{
  // The counts printed are checked against the walk over the GeoPackage, not against an analysis
  // run in this process: the command line must find what is there.
  const auto checkCounts = [this](const QByteArray &out, const PlainQuery &query) -> QString {
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(out, &error);
    if (!json.isObject())
      return u"not a JSON object: "_s + QString::fromUtf8(out);
    if (json.object().size() != qsizetype(rc::kImpactLayerCount))
      return u"not six counts: "_s + QString::fromUtf8(out);
    const std::array<ExpectedHits, rc::kImpactLayerCount> expected = walk(query);
    for (const rc::ImpactLayer layer : rc::kImpactLayers) {
      const QJsonValue count = json.object().value(rc::impactLayerTable(layer));
      const ExpectedHits &e = expected[std::size_t(layer)];
      if (!count.isDouble() || count.toInteger() < qint64(e.hit.size()) ||
          count.toInteger() > qint64(e.hit.size() + e.either.size()))
        return u"%1: %2 printed, the walk finds %3 and %4 more too near the edge to call"_s
            .arg(rc::impactLayerTable(layer),
                 QString::fromUtf8(QJsonDocument(json.object()).toJson(QJsonDocument::Compact)))
            .arg(e.hit.size())
            .arg(e.either.size());
    }
    return {};
  };
  CliRun run = runCli({u"--db"_s, m_gpkg, u"--point"_s, u"119.303,26.049"_s, u"--buffer"_s, u"2000"_s});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  QString problem = checkCounts(run.out, PlainQuery::around(119.303, 26.049, 2000));
  QVERIFY2(problem.isEmpty(), qPrintable(problem));
  QCOMPARE(run.out.count('\n'), 1);

  const QString wkt = u"POLYGON((119.27 26.06,119.33 26.06,119.34 26.10,119.29 26.11,119.27 26.06))"_s;
  const QString out = m_dir.filePath(u"cli-list.gpkg"_s);
  run = runCli({u"--db"_s, m_gpkg, u"--polygon"_s, wkt, u"--out"_s, out});
  QVERIFY2(run.exitCode == 0, run.err.constData());
  problem = checkCounts(run.out, PlainQuery::inside(wkt));
  QVERIFY2(problem.isEmpty(), qPrintable(problem));
  // The list written holds what was counted.
  GDALDatasetUniquePtr dataset(GDALDataset::Open(out.toUtf8().constData(), GDAL_OF_VECTOR));
  QVERIFY(dataset);
  QCOMPARE(dataset->GetLayerByName("addresses")->GetFeatureCount(),
           QJsonDocument::fromJson(run.out).object().value(u"addresses"_s).toInteger());
}

void TestOps::cliImpactErrors_data()
{
  QTest::addColumn<QStringList>("arguments");
  QTest::addColumn<int>("exitCode");
  QTest::addColumn<QString>("mention");
  const QString db = u"@DB@"_s;
  QTest::newRow("bad WKT") << QStringList{u"--db"_s, db, u"--polygon"_s, u"POLYGON((119 26, 119.1"_s} << 2
                           << u"WKT"_s;
  QTest::newRow("point outside the city")
      << QStringList{u"--db"_s, db, u"--point"_s, u"116.397,39.909"_s, u"--buffer"_s, u"2000"_s} << 3
      << u"116.397000"_s;
  QTest::newRow("missing layer") << QStringList{u"--db"_s,         u"@NOCELLS@"_s, u"--point"_s,
                                                u"119.30,26.08"_s, u"--buffer"_s,  u"500"_s}
                                 << 1 << u"cell_sites"_s;
  QTest::newRow("missing file") << QStringList{u"--db"_s,     u"/nonexistent/city.gpkg"_s,
                                               u"--point"_s,  u"119.30,26.08"_s,
                                               u"--buffer"_s, u"500"_s}
                                << 1 << u"/nonexistent/city.gpkg"_s;
  QTest::newRow("point without buffer")
      << QStringList{u"--db"_s, db, u"--point"_s, u"119.30,26.08"_s} << 2 << u"--buffer"_s;
  QTest::newRow("point and polygon")
      << QStringList{u"--db"_s,     db,     u"--point"_s,   u"119.30,26.08"_s,
                     u"--buffer"_s, u"5"_s, u"--polygon"_s, u"POLYGON((119 26,119.1 26,119.1 26.1,119 26))"_s}
      << 2 << u"--polygon"_s;
  QTest::newRow("garbled point") << QStringList{u"--db"_s,     db,      u"--point"_s, u"119.30;26.08"_s,
                                                u"--buffer"_s, u"500"_s}
                                 << 2 << u"119.30;26.08"_s;
  QTest::newRow("negative buffer") << QStringList{u"--db"_s,     db,      u"--point"_s, u"119.30,26.08"_s,
                                                  u"--buffer"_s, u"-10"_s}
                                   << 2 << u"-10"_s;
  QTest::newRow("no db") << QStringList{u"--point"_s, u"119.30,26.08"_s, u"--buffer"_s, u"500"_s} << 2
                         << u"--db"_s;
}

void TestOps::cliImpactErrors()
{
  QFETCH(QStringList, arguments);
  QFETCH(int, exitCode);
  QFETCH(QString, mention);
  // A copy of the city without its 5G sites, for the missing-layer case.
  const QString noCells = m_dir.filePath(u"nocells.gpkg"_s);
  if (!QFile::exists(noCells)) {
    QVERIFY(QFile::copy(m_gpkg, noCells));
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(noCells.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
    QVERIFY(dataset);
    for (int i = 0; i < dataset->GetLayerCount(); ++i)
      if (QByteArray(dataset->GetLayer(i)->GetName()) == "cell_sites")
        QCOMPARE(dataset->DeleteLayer(i), OGRERR_NONE);
  }
  for (QString &argument : arguments)
    argument.replace(u"@DB@"_s, m_gpkg).replace(u"@NOCELLS@"_s, noCells);
  const CliRun run = runCli(arguments);
  QCOMPARE(run.exitCode, exitCode);
  QVERIFY2(run.out.isEmpty(), run.out.constData());
  const QString err = QString::fromUtf8(run.err);
  QVERIFY2(err.contains(u"rongcheng impact:"_s) && err.contains(mention), qPrintable(err));
}

void TestOps::maskPhone_data()
{
  QTest::addColumn<QString>("phone");
  QTest::addColumn<QString>("masked");
  QTest::newRow("mobile") << u"13812345678"_s << u"138****5678"_s;
  QTest::newRow("mobile with spaces") << u"138 1234 5678"_s << u"138****5678"_s;
  QTest::newRow("mobile +86") << u"+86 138-1234-5678"_s << u"+86 138****5678"_s;
  QTest::newRow("landline") << u"0591-87654321"_s << u"0591-****4321"_s;
  QTest::newRow("hotline-like short") << u"12345"_s << u"*2345"_s;
  QTest::newRow("tiny") << u"110"_s << u"***"_s;
  QTest::newRow("empty") << QString() << QString();
}

void TestOps::maskPhone()
{
  QFETCH(QString, phone);
  QFETCH(QString, masked);
  QCOMPARE(rc::PersonalDataMask::maskPhone(phone), masked);
}

void TestOps::maskIdNumber_data()
{
  QTest::addColumn<QString>("id");
  QTest::addColumn<QString>("masked");
  QTest::newRow("18 digits") << u"350102199001011234"_s << u"350102********1234"_s;
  QTest::newRow("check letter x") << u"35010219900101123x"_s << u"350102********123X"_s;
  QTest::newRow("15 digits") << u"350102900101123"_s << u"350102*****1123"_s;
  QTest::newRow("not an id") << u"ABC123"_s << u"******"_s;
}

void TestOps::maskIdNumber()
{
  QFETCH(QString, id);
  QFETCH(QString, masked);
  QCOMPARE(rc::PersonalDataMask::maskIdNumber(id), masked);
}

void TestOps::maskName_data()
{
  QTest::addColumn<QString>("name");
  QTest::addColumn<QString>("masked");
  QTest::newRow("two characters") << u"张三"_s << u"张*"_s;
  QTest::newRow("three characters") << u"林梦鹏"_s << u"林**"_s;
  QTest::newRow("compound surname") << u"欧阳明月"_s << u"欧阳**"_s;
  QTest::newRow("compound surname, one given") << u"司马光"_s << u"司马*"_s;
  QTest::newRow("two characters starting like a compound") << u"欧阳"_s << u"欧*"_s;
  QTest::newRow("one character") << u"王"_s << u"王"_s;
  QTest::newRow("latin") << u"Li Wei"_s << u"L* W**"_s;
}

void TestOps::maskName()
{
  QFETCH(QString, name);
  QFETCH(QString, masked);
  QCOMPARE(rc::PersonalDataMask::maskName(name), masked);
}

void TestOps::maskByField()
{
  using rc::PersonalDataMask;
  QCOMPARE(PersonalDataMask::display(u"reporter_phone", u"13494474099"_s), u"134****4099"_s);
  QCOMPARE(PersonalDataMask::display(u"staff_phone", u"15942846440"_s), u"159****6440"_s);
  QCOMPARE(PersonalDataMask::display(u"staff_name", u"王斌"_s), u"王*"_s);
  QCOMPARE(PersonalDataMask::display(u"reporter_name", u"欧阳明月"_s), u"欧阳**"_s);
  QCOMPARE(PersonalDataMask::display(u"id_number", u"350102199001011234"_s), u"350102********1234"_s);
  // Names of places and sites are not personal.
  QCOMPARE(PersonalDataMask::display(u"name", u"北光社区"_s), u"北光社区"_s);
  QCOMPARE(PersonalDataMask::display(u"community", u"北光社区"_s), u"北光社区"_s);
  QCOMPARE(PersonalDataMask::display(u"grid_code", u"350102001001001"_s), u"350102001001001"_s);
  QVERIFY(PersonalDataMask::isPersonal(u"REPORTER_PHONE"));
  QVERIFY(!PersonalDataMask::isPersonal(u"event_id"));
}

void TestOps::unmaskIsAudited()
{
  rc::PersonalDataAccess access(m_workflow->audit());
  const rc::PersonalRecord record{u"grids"_s, 42};
  const qint64 before = m_workflow->audit().count();
  try {
    (void)access.unmask(kVisitor, u"curious"_s, record, u"staff_phone"_s, u"15942846440"_s);
    QFAIL("a visitor saw personal data");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::PermissionDenied);
  }
  try {
    (void)access.unmask(kAlice, u"  "_s, record, u"staff_phone"_s, u"15942846440"_s);
    QFAIL("personal data was shown without a reason");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::InvalidInput);
  }
  QCOMPARE(m_workflow->audit().count(), before);

  QCOMPARE(access.unmask(kAlice, u"回访举报人"_s, record, u"staff_phone"_s, u"15942846440"_s),
           u"15942846440"_s);
  QCOMPARE(m_workflow->audit().count(), before + 1);
  const QList<rc::AuditRecord> trail = m_workflow->audit().history(u"grids"_s, 42);
  QCOMPARE(trail.size(), 1);
  QCOMPARE(trail[0].action, rc::AuditAction::Unmask);
  QCOMPARE(trail[0].actor, kAlice.id);
  QCOMPARE(trail[0].field, u"staff_phone"_s);
  QCOMPARE(trail[0].note, u"回访举报人"_s);
  QVERIFY(trail[0].at.isValid());
  // The clear value itself is not in the trail.
  QVERIFY(!trail[0].before.contains("15942846440") && !trail[0].after.contains("15942846440"));
  // An unmask is not a change an undo could revert.
  try {
    (void)m_workflow->undo(trail[0].id, kAlice);
    QFAIL("an unmask was undone");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Refused);
  }
}

QTEST_GUILESS_MAIN(TestOps)
#include "test_ops.moc"
