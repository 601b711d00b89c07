package io.casedesk.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's audit log, insert-only: {@code cd_audit_event} and the links of decisions evaluated
 * for a case before its process started ({@code cd_audit_decision}). Writes join the caller's
 * transaction, except {@link #recordSeparately}, which must survive its rollback.
 */
@Repository
class AuditLog {

  /** The largest detail kept; a longer one is summarized by its size and hash (see PortCallRecorder). */
  static final int MAX_DETAIL = 16_000;

  private final JdbcClient jdbc;
  private final TransactionTemplate separate;

  AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void record(AuditRecord r) {
    jdbc.sql(
            """
            insert into cd_audit_event (case_number, occurred_at, kind, actor_type, actor, operation, outcome,
              process_instance_id, activity_id, duration_ms, detail)
            values (:caseNumber, :at, :kind, :actorType, :actor, :operation, :outcome, :pid, :activity, :duration, :detail)
            """)
        .param("caseNumber", r.caseNumber())
        .param("at", utc(r.at()))
        .param("kind", r.kind())
        .param("actorType", r.actorType().name())
        .param("actor", clip(r.actor(), 64))
        .param("operation", clip(r.operation(), 200))
        .param("outcome", clip(r.outcome(), 20))
        .param("pid", r.processInstanceId())
        .param("activity", clip(r.activityId(), 255))
        .param("duration", r.durationMs())
        .param("detail", r.detail())
        .update();
  }

  /** In a transaction of its own: the record stays when the caller's transaction rolls back (a failed call). */
  void recordSeparately(AuditRecord r) {
    separate.executeWithoutResult(tx -> record(r));
  }

  List<AuditRecord> forCase(String caseNumber) {
    return jdbc.sql("select * from cd_audit_event where case_number = :n order by occurred_at, id")
        .param("n", caseNumber)
        .query(AuditLog::map)
        .list();
  }

  List<AuditRecord> ofKind(String kind, int offset, int limit) {
    return jdbc.sql("select * from cd_audit_event where kind = :kind order by occurred_at desc, id desc limit :limit offset :offset")
        .param("kind", kind)
        .param("limit", limit)
        .param("offset", offset)
        .query(AuditLog::map)
        .list();
  }

  long countOfKind(String kind) {
    return jdbc.sql("select count(*) from cd_audit_event where kind = :kind").param("kind", kind).query(Long.class).single();
  }

  void linkDecision(String decisionInstanceId, String caseNumber, String decisionKey, Instant at) {
    jdbc.sql(
            """
            insert into cd_audit_decision (decision_instance_id, case_number, decision_key, linked_at)
            values (:id, :n, :key, :at)
            """)
        .param("id", decisionInstanceId)
        .param("n", caseNumber)
        .param("key", decisionKey)
        .param("at", utc(at))
        .update();
  }

  List<String> linkedDecisions(String caseNumber) {
    return jdbc.sql("select decision_instance_id from cd_audit_decision where case_number = :n")
        .param("n", caseNumber)
        .query(String.class)
        .list();
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static AuditRecord map(ResultSet rs, int row) throws SQLException {
    Number duration = (Number) rs.getObject("duration_ms");
    return new AuditRecord(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("kind"),
        ActorType.valueOf(rs.getString("actor_type")),
        rs.getString("actor"),
        rs.getString("operation"),
        rs.getString("outcome"),
        rs.getString("process_instance_id"),
        rs.getString("activity_id"),
        duration == null ? null : duration.longValue(),
        rs.getString("detail"));
  }
}
