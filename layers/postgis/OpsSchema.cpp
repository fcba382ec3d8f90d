#include "postgis/OpsSchema.h"

#include "postgis/PostgisStatement.h"

namespace rc {

namespace {

/// Each statement on its own: libpq runs one statement per parameterised call.
constexpr const char *kSchema[] = {
    "CREATE SCHEMA IF NOT EXISTS rc_ops",
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
    "CREATE OR REPLACE FUNCTION rc_ops.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS"
    " $$BEGIN RAISE EXCEPTION 'rc_ops.audit is append-only' USING ERRCODE = 'insufficient_privilege'; END$$",
    "CREATE OR REPLACE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON rc_ops.audit"
    " FOR EACH ROW EXECUTE FUNCTION rc_ops.refuse_audit_change()",
    "CREATE OR REPLACE TRIGGER audit_no_truncate BEFORE TRUNCATE ON rc_ops.audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION rc_ops.refuse_audit_change()",
    "REVOKE UPDATE, DELETE, TRUNCATE ON rc_ops.audit FROM PUBLIC, CURRENT_USER",
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
};

} // namespace

void OpsSchema::create(PostgisStatements &statements)
{
  PostgisTransaction transaction(statements);
  // Two seats starting at once must not both create the tables.
  statements.exec("SELECT pg_advisory_xact_lock(hashtext('rc_ops.schema'))");
  // "already exists, skipping" is the normal case, not news for the log.
  statements.exec("SET LOCAL client_min_messages = warning");
  for (const char *statement : kSchema)
    statements.exec(statement);
  transaction.commit();
}

} // namespace rc
