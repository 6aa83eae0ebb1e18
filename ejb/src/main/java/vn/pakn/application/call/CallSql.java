package vn.pakn.application.call;

/**
 * The idempotent inserts: a second insert of the same Linkedid does nothing (ON CONFLICT DO NOTHING works on
 * PostgreSQL and on H2 in PostgreSQL mode), so two snapshots handled at once, a replay or a second node never make a
 * second row. The row is then locked and updated through JPA.
 */
final class CallSql {

    static final String INSERT_CALL = "INSERT INTO hotline_call (id, linkedid, direction, phase, revision, updated_at) "
            + "VALUES (nextval('hotline_call_seq'), ?1, ?2, 'IVR', 0, ?3) ON CONFLICT DO NOTHING";

    static final String INSERT_CALLBACK = "INSERT INTO callback_task (id, call_linkedid, reason, citizen_number, "
            + "queue_name, report_id, state, created_at, attempts, version) "
            + "VALUES (nextval('callback_task_seq'), ?1, ?2, ?3, ?4, CAST(?5 AS BIGINT), 'OPEN', ?6, 0, 0) ON CONFLICT DO NOTHING";

    private CallSql() {
    }
}
