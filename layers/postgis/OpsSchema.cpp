#include "postgis/OpsSchema.h"

#include "base/Error.h"
#include "postgis/PostgisStatement.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

using Statements = std::initializer_list<const char *>;

/// The group roles, made by whoever may create roles (a cluster's roles are shared by its
/// databases, so one may exist already); the caller joins rc_owner to act as it.
constexpr Statements kRoles = {
    "DO $$DECLARE name text; BEGIN"
    " FOREACH name IN ARRAY ARRAY['rc_owner', 'rc_operator', 'rc_viewer', 'rc_unmask'] LOOP"
    "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN"
    "   EXECUTE format('CREATE ROLE %I NOLOGIN', name); END IF;"
    " END LOOP;"
    " IF NOT pg_has_role(current_user, 'rc_owner', 'MEMBER') THEN GRANT rc_owner TO CURRENT_USER; END IF; "
    "END$$",
};

/// Run as the administrator: the schema and what seats made in it before there was an owner role
/// (they created the tables on connecting) pass to rc_owner, so no seat owns the audit trail.
constexpr Statements kOwnership = {
    "CREATE SCHEMA IF NOT EXISTS rc_ops AUTHORIZATION rc_owner",
    "ALTER SCHEMA rc_ops OWNER TO rc_owner",
    "DO $$DECLARE object text; BEGIN"
    " FOR object IN SELECT oid::regclass::text FROM pg_class WHERE relnamespace = 'rc_ops'::regnamespace"
    "  AND relkind = 'r' AND relowner <> 'rc_owner'::regrole LOOP"
    "  EXECUTE format('ALTER TABLE %s OWNER TO rc_owner', object); END LOOP;"
    " FOR object IN SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace = 'rc_ops'::regnamespace"
    "  AND proowner <> 'rc_owner'::regrole LOOP"
    "  EXECUTE format('ALTER FUNCTION %s OWNER TO rc_owner', object); END LOOP; END$$",
    "SET LOCAL ROLE rc_owner",
    "CREATE TABLE IF NOT EXISTS rc_ops.schema_version (version integer PRIMARY KEY,"
    " applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)",
};

/// Version 1: the tables as seats made them before (IF NOT EXISTS keeps their rows), the
/// server-side audit stamp, the masked views and the privileges of the groups.
constexpr Statements kVersion1 = {
    "CREATE TABLE IF NOT EXISTS rc_ops.cases (id bigserial PRIMARY KEY, version integer NOT NULL,"
    " state text NOT NULL, event_class text, grid_code text, district text, reported_at timestamptz,"
    " deadline timestamptz, updated_at timestamptz NOT NULL, updated_by text NOT NULL, data jsonb NOT NULL)",
    "CREATE INDEX IF NOT EXISTS cases_state ON rc_ops.cases (state)",
    "CREATE INDEX IF NOT EXISTS cases_updated_at ON rc_ops.cases (updated_at)",
    "CREATE TABLE IF NOT EXISTS rc_ops.audit (id bigserial PRIMARY KEY, at timestamptz NOT NULL,"
    " actor text NOT NULL, action text NOT NULL, subject text NOT NULL, record_id bigint NOT NULL,"
    " step text, field text, note text, before text, after text, undoes bigint)",
    "CREATE INDEX IF NOT EXISTS audit_record ON rc_ops.audit (subject, record_id)",
    "CREATE INDEX IF NOT EXISTS audit_actor ON rc_ops.audit (actor)",
    "CREATE INDEX IF NOT EXISTS audit_undoes ON rc_ops.audit (undoes)",
    "CREATE TABLE IF NOT EXISTS rc_ops.alarm_acks (id bigserial PRIMARY KEY, alarm_key text NOT NULL,"
    " raised_at timestamptz NOT NULL, acknowledged_by text NOT NULL, acknowledged_at timestamptz NOT NULL,"
    " note text)",
    "CREATE INDEX IF NOT EXISTS alarm_acks_key ON rc_ops.alarm_acks (alarm_key, acknowledged_at)",
    "CREATE TABLE IF NOT EXISTS rc_ops.alarms (id bigserial PRIMARY KEY, version integer NOT NULL,"
    " alarm_key text NOT NULL, rule text NOT NULL, source text NOT NULL, parameter text NOT NULL,"
    " severity integer NOT NULL, state text NOT NULL, condition_active boolean NOT NULL,"
    " value double precision NOT NULL, threshold double precision NOT NULL, peak double precision NOT NULL,"
    " raised_at timestamptz NOT NULL, acknowledged_at timestamptz, acknowledged_by text, note text,"
    " cleared_at timestamptz, escalated_at timestamptz, normal_since timestamptz,"
    " escalation_level integer NOT NULL, updated_at timestamptz NOT NULL)",
    "CREATE INDEX IF NOT EXISTS alarms_key ON rc_ops.alarms (alarm_key, raised_at)",
    "CREATE INDEX IF NOT EXISTS alarms_open ON rc_ops.alarms (state, cleared_at)",

    // Append-only even to the owner and the superuser; seats cannot drop the triggers, which
    // needs ownership.
    "CREATE OR REPLACE FUNCTION rc_ops.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'rc_ops.audit is append-only' USING ERRCODE = 'insufficient_privilege'; END$$",
    "CREATE OR REPLACE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON rc_ops.audit"
    " FOR EACH ROW EXECUTE FUNCTION rc_ops.refuse_audit_change()",
    "CREATE OR REPLACE TRIGGER audit_no_truncate BEFORE TRUNCATE ON rc_ops.audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION rc_ops.refuse_audit_change()",
    // Who and when come from the server, whatever the client sent: the login role (session_user,
    // which SET ROLE to a group cannot hide) and the transaction's time.
    "CREATE OR REPLACE FUNCTION rc_ops.stamp_audit() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN NEW.actor := session_user; NEW.at := date_trunc('milliseconds', now()); RETURN NEW; END$$",
    "CREATE OR REPLACE TRIGGER audit_stamp BEFORE INSERT ON rc_ops.audit"
    " FOR EACH ROW EXECUTE FUNCTION rc_ops.stamp_audit()",

    // Masks as the seats show them: the first character of a name, a mobile number's first three
    // and last four digits, a shorter number's last four.
    "CREATE OR REPLACE FUNCTION rc_ops.mask_name(value text) RETURNS text LANGUAGE sql IMMUTABLE AS"
    " $$SELECT CASE WHEN coalesce(value, '') = '' THEN value"
    " ELSE left(value, 1) || repeat('*', greatest(char_length(value) - 1, 1)) END$$",
    "CREATE OR REPLACE FUNCTION rc_ops.mask_phone(value text) RETURNS text LANGUAGE sql IMMUTABLE AS"
    " $$SELECT CASE WHEN coalesce(value, '') = '' THEN value"
    " WHEN char_length(value) >= 11 THEN left(value, 3) || repeat('*', char_length(value) - 7) || "
    "right(value, 4)"
    " WHEN char_length(value) > 4 THEN repeat('*', char_length(value) - 4) || right(value, 4)"
    " ELSE repeat('*', char_length(value)) END$$",
    // The personal keys of a case's JSON (EventCase::toJson); a missing key stays missing.
    "CREATE OR REPLACE FUNCTION rc_ops.mask_case(data jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS"
    " $$SELECT data || jsonb_strip_nulls(jsonb_build_object("
    " 'reporter_name', rc_ops.mask_name(data->>'reporter_name'),"
    " 'reporter_phone', rc_ops.mask_phone(data->>'reporter_phone'),"
    " 'assignee_name', rc_ops.mask_name(data->>'assignee_name'),"
    " 'assignee_phone', rc_ops.mask_phone(data->>'assignee_phone')))$$",
    // An audit snapshot is a case's JSON; one that does not parse is withheld rather than shown.
    "CREATE OR REPLACE FUNCTION rc_ops.mask_snapshot(value text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS"
    " $$BEGIN IF value IS NULL OR left(ltrim(value), 1) <> '{' THEN RETURN value; END IF;"
    " RETURN rc_ops.mask_case(value::jsonb)::text;"
    " EXCEPTION WHEN invalid_text_representation THEN RETURN NULL; END$$",
    // A seat that reads masked values saves them back unchanged: the stored clear value stays.
    "CREATE OR REPLACE FUNCTION rc_ops.keep_personal_values() RETURNS trigger LANGUAGE plpgsql AS"
    " $$DECLARE key text; masked jsonb := rc_ops.mask_case(OLD.data); BEGIN"
    " FOREACH key IN ARRAY ARRAY['reporter_name', 'reporter_phone', 'assignee_name', 'assignee_phone'] LOOP"
    "  IF NEW.data->>key IS DISTINCT FROM OLD.data->>key AND NEW.data->>key = masked->>key THEN"
    "   NEW.data := jsonb_set(NEW.data, ARRAY[key], OLD.data->key); END IF;"
    " END LOOP; RETURN NEW; END$$",
    "CREATE OR REPLACE TRIGGER cases_keep_personal BEFORE UPDATE ON rc_ops.cases"
    " FOR EACH ROW EXECUTE FUNCTION rc_ops.keep_personal_values()",
    "CREATE OR REPLACE VIEW rc_ops.cases_masked AS SELECT id, version, state, event_class, grid_code,"
    " district, reported_at, deadline, updated_at, updated_by, rc_ops.mask_case(data) AS data FROM "
    "rc_ops.cases",
    "CREATE OR REPLACE VIEW rc_ops.audit_masked AS SELECT id, at, actor, action, subject, record_id, step,"
    " field, note, rc_ops.mask_snapshot(before) AS before, rc_ops.mask_snapshot(after) AS after, undoes"
    " FROM rc_ops.audit",

    // Grants made before (seats' default privileges) go: only what follows holds.
    "REVOKE ALL ON ALL TABLES IN SCHEMA rc_ops FROM PUBLIC, rc_operator, rc_viewer, rc_unmask",
    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA rc_ops FROM PUBLIC, rc_operator, rc_viewer, rc_unmask",
    "REVOKE UPDATE, DELETE, TRUNCATE ON rc_ops.audit FROM CURRENT_USER",
    "GRANT USAGE ON SCHEMA rc_ops TO rc_operator, rc_viewer, rc_unmask",
    "GRANT SELECT ON rc_ops.schema_version, rc_ops.cases_masked, rc_ops.audit_masked, rc_ops.alarms,"
    " rc_ops.alarm_acks TO rc_operator, rc_viewer, rc_unmask",
    "GRANT SELECT ON rc_ops.cases, rc_ops.audit TO rc_unmask",
    // Operators write whole cases but read the personal column only through the masked view.
    "GRANT SELECT (id, version, state, event_class, grid_code, district, reported_at, deadline, updated_at,"
    " updated_by), INSERT, UPDATE, DELETE ON rc_ops.cases TO rc_operator",
    "GRANT SELECT (id, at, actor), INSERT ON rc_ops.audit TO rc_operator",
    "GRANT INSERT, UPDATE ON rc_ops.alarms TO rc_operator",
    "GRANT INSERT ON rc_ops.alarm_acks TO rc_operator",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA rc_ops TO rc_operator",
};

/// Migration n brings the schema from version n - 1 to n.
constexpr const Statements *kMigrations[] = {&kVersion1};
static_assert(std::size(kMigrations) == OpsSchema::kVersion);

int storedVersion(PostgisStatements &statements)
{
  return int(statements.exec("SELECT coalesce(max(version), 0) FROM rc_ops.schema_version").integer(0, 0));
}

} // namespace

int OpsSchema::initialize(PostgisStatements &statements)
{
  PostgisTransaction transaction(statements);
  // Two administrators at once must not both migrate.
  statements.exec("SELECT pg_advisory_xact_lock(hashtext('rc_ops.schema'))");
  // "already exists, skipping" is the normal case, not news for the log.
  statements.exec("SET LOCAL client_min_messages = warning");
  for (const Statements *part : {&kRoles, &kOwnership})
    for (const char *statement : *part)
      statements.exec(statement);
  const int from = storedVersion(statements);
  for (int version = from + 1; version <= kVersion; ++version) {
    for (const char *statement : *kMigrations[version - 1])
      statements.exec(statement);
    statements.exec("INSERT INTO rc_ops.schema_version (version) VALUES ($1)", {QByteArray::number(version)});
  }
  transaction.commit();
  return std::max(0, kVersion - from);
}

void OpsSchema::require(PostgisStatements &statements, const QString &source)
{
  const PostgisRows schema =
      statements.exec("SELECT has_schema_privilege(oid, 'USAGE') FROM pg_namespace WHERE nspname = 'rc_ops'");
  if (schema.count() == 0)
    throw Error(Error::Code::Storage,
                tr("%1 holds no shared operations schema: an administrator sets it up once with "
                   "“rongcheng db init --to …”")
                    .arg(source));
  if (schema.text(0, 0) != u"t")
    throw Error(Error::Code::PermissionDenied,
                tr("the database role %1 may not use the shared operations schema on %2: an administrator "
                   "grants it rc_operator or rc_viewer")
                    .arg(statements.exec("SELECT session_user").text(0, 0), source));
  const bool versioned =
      statements.exec("SELECT to_regclass('rc_ops.schema_version') IS NOT NULL").text(0, 0) == u"t";
  const int version = versioned ? storedVersion(statements) : 0;
  if (version < kVersion)
    throw Error(Error::Code::Storage,
                tr("the shared operations schema on %1 is version %2, this program needs version %3: an "
                   "administrator upgrades it with “rongcheng db init --to …”")
                    .arg(source)
                    .arg(version)
                    .arg(kVersion));
  if (version > kVersion)
    throw Error(Error::Code::Storage,
                tr("the shared operations schema on %1 is version %2, newer than this program knows (%3): "
                   "update Rongcheng")
                    .arg(source)
                    .arg(version)
                    .arg(kVersion));
}

} // namespace rc
