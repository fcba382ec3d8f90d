// The roles of the shared operations schema (issue 14, part 2) against a real PostgreSQL that the
// test starts: `rongcheng db init` run by an administrator, idempotent and versioned; a seat never
// runs DDL and is told to run `db init` on a missing, older or newer schema; a viewer and an
// operator who may not unmask find no clear personal value anywhere they can read (scanned with
// psql, a second tool); an operator cannot change, delete or truncate audit rows, disable the
// trigger or forge who and when; and only members of rc_unmask read in clear.

#include "PostgisServer.h"
#include "TestData.h"

#include "auth/Operator.h"
#include "base/Error.h"
#include "ops/AuditTrail.h"
#include "ops/DatabaseRoleAuthority.h"
#include "ops/PostgisAuditLog.h"
#include "ops/PostgisCaseLedger.h"
#include "postgis/OpsRoles.h"
#include "postgis/PostgisSession.h"

#include <QDateTime>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

using rc::test::CommandResult;
using rc::test::runRongcheng;

/// Login roles the test makes: an operator, an operator who may unmask, and (rc_viewer) a viewer.
constexpr const char *kOperatorSeat = "dora";
constexpr const char *kSupervisorSeat = "carol";

// The clear personal values the test writes; none may be readable without rc_unmask.
const QString kReporterName = u"欧阳明月"_s;
const QString kReporterPhone = u"13812345678"_s;
const QString kStaffName = u"王斌"_s;
const QString kStaffPhone = u"15942846440"_s;

rc::EventCase personalCase()
{
  rc::EventCase c;
  c.eventClass = u"市容环境"_s;
  c.description = u"楼道堆放杂物"_s;
  c.source = u"12345"_s;
  c.reporterName = kReporterName;
  c.reporterPhone = kReporterPhone;
  c.state = rc::CaseState::Dispatched;
  c.assignee = {rc::DispatchTarget::Kind::GridStaff, kStaffName, kStaffPhone};
  c.reportedAt = QDateTime::currentDateTimeUtc();
  return c;
}

rc::AuditRecord caseRecord(rc::AuditAction action)
{
  rc::AuditRecord record;
  record.action = action;
  record.subject = rc::AuditTrail::kCaseSubject;
  return record;
}

} // namespace

class TestOpsRoles : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase();
  void seatOnUninitialisedDatabaseIsToldToRunInit();
  void initIsRunOnceByAnAdministrator();
  void initIsIdempotent();
  void seatRefusesAnotherVersion();
  void onlyUnmaskMembersReadInClear();
  void maskedSaveKeepsClearValues();
  void noClearPersonalValueWithoutUnmask_data();
  void noClearPersonalValueWithoutUnmask();
  void operatorCannotTamperWithAudit();
  void auditWhoAndWhenComeFromServer();

private:
  /// Every value `role` can read in rc_ops, each table and view it may select from, each column
  /// it may read, as text; the relations read go to `relations`.
  [[nodiscard]] QStringList readableValues(const char *role, QStringList *relations);
  [[nodiscard]] QString superuserValue(const QString &query);

  rc::test::PostgisServer m_server;
  qint64 m_caseId = 0;
};

void TestOpsRoles::initTestCase()
{
  QVERIFY2(m_server.start(), qPrintable(m_server.error()));
}

QString TestOpsRoles::superuserValue(const QString &query)
{
  QString output;
  if (!m_server.sql(query, &output))
    return u"error: "_s + m_server.error();
  return output;
}

void TestOpsRoles::seatOnUninitialisedDatabaseIsToldToRunInit()
{
  try {
    rc::PostgisCaseLedger ledger(m_server.source(m_server.kOperator));
    QFAIL("a seat opened a database without the shared schema");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::Storage);
    QVERIFY2(e.message().contains(u"rongcheng db init"_s), qPrintable(e.message()));
  }
  // The seat may create schemas (rc_operator may), yet made nothing.
  QCOMPARE(superuserValue(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'rc_ops'"_s), u"0"_s);
}

void TestOpsRoles::initIsRunOnceByAnAdministrator()
{
  // An operator may not: it cannot join the owner role.
  const CommandResult refused =
      runRongcheng({u"db"_s, u"init"_s, u"--to"_s, m_server.source(m_server.kOperator)});
  QVERIFY2(refused.status == 4, qPrintable(refused.err));
  QCOMPARE(superuserValue(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'rc_ops'"_s), u"0"_s);

  const CommandResult result =
      runRongcheng({u"db"_s, u"init"_s, u"--to"_s, m_server.source(m_server.kAdmin)});
  QVERIFY2(result.status == 0, qPrintable(result.err));
  QCOMPARE(superuserValue(u"SELECT string_agg(version::text, ',') FROM rc_ops.schema_version"_s), u"1"_s);
  // Everything belongs to the NOLOGIN owner, not to the administrator nor to any seat.
  QCOMPARE(superuserValue(u"SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class"
                          " WHERE relnamespace = 'rc_ops'::regnamespace"_s),
           u"rc_owner"_s);
  QCOMPARE(superuserValue(u"SELECT nspowner::regrole FROM pg_namespace WHERE nspname = 'rc_ops'"_s),
           u"rc_owner"_s);
  QCOMPARE(superuserValue(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'rc_owner'"_s), u"f"_s);

  for (const auto &[role, groups] :
       {std::pair{kOperatorSeat, QStringList{u"rc_operator"_s}},
        std::pair{kSupervisorSeat, QStringList{u"rc_operator"_s, u"rc_unmask"_s}}})
    QVERIFY2(m_server.addLogin(QLatin1StringView(role), groups), qPrintable(m_server.error()));
}

void TestOpsRoles::initIsIdempotent()
{
  const QString before = superuserValue(u"SELECT count(*) FROM rc_ops.schema_version"_s);
  const CommandResult again = runRongcheng({u"db"_s, u"init"_s, u"--to"_s, m_server.source(m_server.kAdmin)});
  QVERIFY2(again.status == 0, qPrintable(again.err));
  QCOMPARE(superuserValue(u"SELECT count(*) FROM rc_ops.schema_version"_s), before);
  // A seat connecting changes nothing either: no lock on the audit trail, no CREATE OR REPLACE.
  const QString triggers =
      u"SELECT string_agg(tgname || ':' || xmin::text, ',' ORDER BY tgname) FROM pg_trigger"
      " WHERE tgrelid = 'rc_ops.audit'::regclass"_s;
  const QString triggersBefore = superuserValue(triggers);
  try {
    rc::PostgisCaseLedger ledger(m_server.source(kOperatorSeat));
    QVERIFY(ledger.isWritable());
  } catch (const rc::Error &e) {
    QFAIL(e.what());
  }
  QCOMPARE(superuserValue(triggers), triggersBefore);
  QVERIFY(triggersBefore.contains(u"audit_append_only"_s) && triggersBefore.contains(u"audit_stamp"_s));
}

void TestOpsRoles::seatRefusesAnotherVersion()
{
  const auto refusal = [this] {
    try {
      rc::PostgisCaseLedger ledger(m_server.source(kOperatorSeat));
    } catch (const rc::Error &e) {
      return e.message();
    }
    return QString();
  };
  QVERIFY(m_server.sql(u"INSERT INTO rc_ops.schema_version (version) VALUES (99)"_s));
  QVERIFY2(refusal().contains(u"update Rongcheng"_s), qPrintable(refusal()));
  QVERIFY(m_server.sql(u"DELETE FROM rc_ops.schema_version"_s));
  QVERIFY2(refusal().contains(u"rongcheng db init"_s), qPrintable(refusal()));
  // A role in none of the groups is told so.
  QVERIFY(m_server.addLogin(u"stranger"_s, {}));
  try {
    rc::PostgisCaseLedger ledger(m_server.source("stranger"));
    QFAIL("a role without a group opened the shared cases");
  } catch (const rc::Error &e) {
    QCOMPARE(e.code(), rc::Error::Code::PermissionDenied);
    QVERIFY2(e.message().contains(u"stranger"_s), qPrintable(e.message()));
  }
  // db init brings the version back (its migration is idempotent) and the seat opens again.
  QVERIFY2(m_server.initOpsSchema(), qPrintable(m_server.error()));
  QCOMPARE(refusal(), QString());
}

void TestOpsRoles::onlyUnmaskMembersReadInClear()
{
  for (const auto &[role, expected] : {std::pair{kSupervisorSeat, true}, std::pair{kOperatorSeat, false},
                                       std::pair{rc::test::PostgisServer::kViewer, false}}) {
    const auto session = rc::PostgisSession::open(m_server.source(role));
    QCOMPARE(rc::OpsRoles::mayUnmask(*session), expected);
    // The unmask path asks the same question; the seat's own Operator does not change the answer.
    rc::Operator supervisor{u"anyone"_s, u"anyone"_s, rc::OperatorRole::Supervisor};
    QCOMPARE(rc::DatabaseRoleAuthority(*session).refusal(supervisor).isEmpty(), expected);
  }

  // The supervisor records a case with its reporter and its assignee; it reads them back in clear.
  rc::PostgisCaseLedger supervisor(m_server.source(kSupervisorSeat));
  rc::EventCase c = personalCase();
  rc::AuditRecord record = caseRecord(rc::AuditAction::Intake);
  supervisor.commit(c, record, false);
  m_caseId = c.id;
  const std::optional<rc::EventCase> read = supervisor.find(c.id);
  QVERIFY(read);
  QCOMPARE(read->reporterName, kReporterName);
  QCOMPARE(read->assignee.phone, kStaffPhone);

  // The operator reads it masked: the first character of a name, the first three and last four
  // digits of a mobile number.
  rc::PostgisCaseLedger operatorSeat(m_server.source(kOperatorSeat));
  const std::optional<rc::EventCase> masked = operatorSeat.find(c.id);
  QVERIFY(masked);
  QCOMPARE(masked->reporterName, u"欧***"_s);
  QCOMPARE(masked->reporterPhone, u"138****5678"_s);
  QCOMPARE(masked->assignee.name, u"王*"_s);
  QCOMPARE(masked->assignee.phone, u"159****6440"_s);
  QCOMPARE(masked->description, c.description);
  // Its audit record too.
  const QList<rc::AuditRecord> history = operatorSeat.history(rc::AuditTrail::kCaseSubject, c.id);
  QCOMPARE(history.size(), 1);
  QVERIFY(!history.front().after.contains(kReporterPhone.toUtf8()));
  QVERIFY(history.front().after.contains("138****5678"));

  // Around the ledger, the server refuses the tables themselves.
  for (const char *role : {kOperatorSeat, rc::test::PostgisServer::kViewer}) {
    for (const QString &query : {u"SELECT data FROM rc_ops.cases"_s, u"SELECT after FROM rc_ops.audit"_s}) {
      QVERIFY2(!m_server.sqlAs(role, query), qPrintable(query));
      QVERIFY2(m_server.error().contains(u"42501"_s), qPrintable(m_server.error())); // insufficient privilege
    }
  }
}

void TestOpsRoles::maskedSaveKeepsClearValues()
{
  // The operator saves the case it read masked (a step): the clear values stay stored.
  rc::PostgisCaseLedger operatorSeat(m_server.source(kOperatorSeat));
  rc::EventCase c = *operatorSeat.find(m_caseId);
  c.state = rc::CaseState::Handling;
  rc::AuditRecord record = caseRecord(rc::AuditAction::Transition);
  record.step = u"start_handling"_s;
  operatorSeat.commit(c, record, false);
  QCOMPARE(superuserValue(u"SELECT data->>'reporter_name' || ',' || (data->>'reporter_phone') || ',' ||"
                          " (data->>'assignee_name') || ',' || (data->>'assignee_phone') || ',' || state"
                          " FROM rc_ops.cases WHERE id = %1"_s.arg(m_caseId)),
           u"%1,%2,%3,%4,handling"_s.arg(kReporterName, kReporterPhone, kStaffName, kStaffPhone));
  // A value the operator typed anew is stored as typed.
  c = *operatorSeat.find(m_caseId);
  c.reporterPhone = u"13900001111"_s;
  record = caseRecord(rc::AuditAction::Edit);
  operatorSeat.commit(c, record, false);
  QCOMPARE(superuserValue(u"SELECT data->>'reporter_phone' FROM rc_ops.cases WHERE id = %1"_s.arg(m_caseId)),
           u"13900001111"_s);
  c = *operatorSeat.find(m_caseId);
  c.reporterPhone = kReporterPhone;
  record = caseRecord(rc::AuditAction::Edit);
  operatorSeat.commit(c, record, false);

  // An unmask record in the shared trail, as the privacy layer writes it.
  rc::PostgisAuditLog trail(m_server.source(kSupervisorSeat));
  rc::AuditRecord unmask;
  unmask.action = rc::AuditAction::Unmask;
  unmask.subject = u"grids"_s;
  unmask.recordId = 1;
  unmask.field = u"staff_phone"_s;
  unmask.note = u"联系网格员核实"_s;
  trail.append(unmask);
}

void TestOpsRoles::noClearPersonalValueWithoutUnmask_data()
{
  QTest::addColumn<QString>("role");
  QTest::newRow("viewer") << QString::fromLatin1(rc::test::PostgisServer::kViewer);
  QTest::newRow("operator") << QString::fromLatin1(kOperatorSeat);
}

QStringList TestOpsRoles::readableValues(const char *role, QStringList *relations)
{
  // The catalog, asked as the role itself: every relation of rc_ops with a column it may select.
  QString listed;
  if (!m_server.sqlAs(
          role,
          u"SELECT c.oid::regclass || '|' || string_agg(quote_ident(a.attname) || '::text', ', '"
          " ORDER BY a.attnum) FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
          " WHERE c.relnamespace = 'rc_ops'::regnamespace AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"
          " AND a.attnum > 0 AND NOT a.attisdropped"
          " AND has_column_privilege(c.oid, a.attnum, 'SELECT') GROUP BY c.oid"_s,
          &listed))
    return {u"catalog: "_s + m_server.error()};
  QStringList values;
  for (const QString &line : listed.split(u'\n', Qt::SkipEmptyParts)) {
    const QString relation = line.section(u'|', 0, 0);
    relations->append(relation);
    QString rows;
    if (!m_server.sqlAs(role, u"SELECT concat_ws(' | ', %1) FROM %2"_s.arg(line.section(u'|', 1), relation),
                        &rows))
      return {relation + u": "_s + m_server.error()};
    values += rows.split(u'\n', Qt::SkipEmptyParts);
  }
  return values;
}

void TestOpsRoles::noClearPersonalValueWithoutUnmask()
{
  QFETCH(QString, role);
  QStringList relations;
  const QStringList values = readableValues(role.toLatin1().constData(), &relations);
  // Not an empty scan: the cases and the trail are there, masked.
  QVERIFY2(relations.contains(u"rc_ops.cases_masked"_s) && relations.contains(u"rc_ops.audit_masked"_s),
           qPrintable(relations.join(u',')));
  QVERIFY(values.size() >= 5);
  QVERIFY(values.join(u'\n').contains(u"138****5678"_s));
  for (const QString &value : values)
    for (const QString &clear : {kReporterName, kReporterPhone, kStaffName, kStaffPhone})
      QVERIFY2(!value.contains(clear), qPrintable(role + u" reads "_s + clear + u" in: "_s + value));
  qInfo("%s: %lld values read in %s", qPrintable(role), qlonglong(values.size()),
        qPrintable(relations.join(u", "_s)));
}

void TestOpsRoles::operatorCannotTamperWithAudit()
{
  const QString count = superuserValue(u"SELECT count(*) FROM rc_ops.audit"_s);
  QVERIFY(count.toInt() >= 4);
  // With psql, around the program: every change of the trail or its protection is refused.
  for (const QString &sql :
       {u"UPDATE rc_ops.audit SET actor = 'mallory'"_s, u"DELETE FROM rc_ops.audit"_s,
        u"TRUNCATE rc_ops.audit"_s, u"ALTER TABLE rc_ops.audit DISABLE TRIGGER audit_append_only"_s,
        u"ALTER TABLE rc_ops.audit DISABLE TRIGGER audit_stamp"_s,
        u"DROP TRIGGER audit_stamp ON rc_ops.audit"_s, u"ALTER TABLE rc_ops.audit OWNER TO dora"_s,
        u"CREATE OR REPLACE FUNCTION rc_ops.stamp_audit() RETURNS trigger LANGUAGE plpgsql AS"
        " $$BEGIN RETURN NEW; END$$"_s,
        u"SET session_replication_role = replica; DELETE FROM rc_ops.audit"_s,
        u"SET ROLE rc_owner; DELETE FROM rc_ops.audit"_s}) {
    QVERIFY2(!m_server.sqlAs(kOperatorSeat, sql), qPrintable(sql));
    // insufficient_privilege: not granted, not the owner, not a superuser's setting.
    QVERIFY2(m_server.error().contains(u"42501"_s), qPrintable(m_server.error()));
  }
  QCOMPARE(superuserValue(u"SELECT count(*) FROM rc_ops.audit"_s), count);
  QCOMPARE(superuserValue(u"SELECT count(*) FROM rc_ops.audit WHERE actor = 'mallory'"_s), u"0"_s);
  QCOMPARE(superuserValue(
               u"SELECT string_agg(tgname || ':' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger"
               " WHERE tgrelid = 'rc_ops.audit'::regclass"_s),
           u"audit_append_only:O,audit_no_truncate:O,audit_stamp:O"_s);
}

void TestOpsRoles::auditWhoAndWhenComeFromServer()
{
  // A client that claims another actor and another time: the server records its own.
  QVERIFY2(
      m_server.sqlAs(kOperatorSeat,
                     u"SET ROLE rc_operator; INSERT INTO rc_ops.audit (at, actor, action, subject,"
                     " record_id, note) VALUES ('2001-01-01', 'mallory', 'edit', 'case', 1, 'forged')"_s),
      qPrintable(m_server.error()));
  QCOMPARE(superuserValue(u"SELECT actor || ',' || (abs(extract(epoch FROM now() - at)) < 300)::text"
                          " FROM rc_ops.audit WHERE note = 'forged'"_s),
           u"dora,true"_s);
  // Through the program: the record learns what the server stored.
  rc::PostgisAuditLog trail(m_server.source(kOperatorSeat));
  rc::AuditRecord record;
  record.action = rc::AuditAction::Unmask;
  record.subject = u"grids"_s;
  record.recordId = 2;
  record.field = u"staff_name"_s;
  record.actor = u"mallory"_s;
  record.at = QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
  trail.append(record);
  QCOMPARE(record.actor, u"dora"_s);
  QVERIFY(qAbs(record.at.secsTo(QDateTime::currentDateTimeUtc())) < 300);
  QCOMPARE(superuserValue(u"SELECT actor FROM rc_ops.audit WHERE id = %1"_s.arg(record.id)), u"dora"_s);
}

QTEST_GUILESS_MAIN(TestOpsRoles)
#include "test_opsroles.moc"
