package io.casedesk.cases;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case registry table. It joins the engine's transaction (one DataSource, one transaction
 * manager), so a case row and its process instance are stored together or not at all.
 */
@Repository
public class CaseRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Registers a new case; its process instance follows in the same transaction. */
  public void insert(CaseRecord c) {
    jdbc.sql(
            """
            insert into cd_case (case_number, case_type, customer_uid, channel, tier, locale, requested_locale,
              locale_fallback, subject, status, queue, priority, process_instance_id, created_at, first_response_due,
              resolution_due, updated_at, opened_by)
            values (:caseNumber, :type, :uid, :channel, :tier, :locale, :requestedLocale, :localeFallback, :subject, :status,
              :queue, :priority, :pid, :createdAt, :firstResponseDue, :resolutionDue, :createdAt, :openedBy)
            """)
        .param("caseNumber", c.caseNumber())
        .param("type", c.type())
        .param("uid", c.customerUid())
        .param("channel", c.channel().name())
        .param("tier", c.tier().name())
        .param("locale", c.locale())
        .param("requestedLocale", c.requestedLocale())
        .param("localeFallback", c.localeFallback())
        .param("subject", c.subject())
        .param("status", c.status().name())
        .param("queue", c.queue())
        .param("priority", c.priority())
        .param("pid", c.processInstanceId())
        .param("createdAt", utc(c.createdAt()))
        .param("firstResponseDue", utc(c.firstResponseDue()))
        .param("resolutionDue", utc(c.resolutionDue()))
        .param("openedBy", c.openedBy())
        .update();
  }

  public void attachProcessInstance(String caseNumber, String processInstanceId) {
    jdbc.sql("update cd_case set process_instance_id = :pid where case_number = :n")
        .param("pid", processInstanceId)
        .param("n", caseNumber)
        .update();
  }

  public Optional<CaseRecord> find(String caseNumber) {
    return jdbc.sql("select * from cd_case where case_number = :n")
        .param("n", caseNumber)
        .query(CaseRegistry::map)
        .optional();
  }

  /** The customer's cases of these types that have not ended, oldest first. */
  public List<CaseRecord> openCasesOf(String customerUid, Collection<String> types) {
    if (types.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select * from cd_case
            where customer_uid = :uid and case_type in (:types) and status not in ('RESOLVED', 'REJECTED', 'CLOSED')
            order by created_at
            """)
        .param("uid", customerUid)
        .param("types", List.copyOf(types))
        .query(CaseRegistry::map)
        .list();
  }

  /** Moves an open case to a new status; a case that has ended keeps its final status. */
  public void updateStatus(String caseNumber, CaseStatus status) {
    jdbc.sql(
            """
            update cd_case set status = :status, updated_at = :now
            where case_number = :n and status not in ('RESOLVED', 'REJECTED', 'CLOSED')
            """)
        .param("status", status.name())
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  /** Records the desk's first response; later responses leave it as it is. */
  public void recordFirstResponse(String caseNumber) {
    jdbc.sql(
            """
            update cd_case set first_response_at = :now, updated_at = :now
            where case_number = :n and first_response_at is null
            """)
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  /** An SLA clock ran out: the case shows ESCALATED until it ends or waits for the customer. */
  public void escalate(String caseNumber, int priority) {
    jdbc.sql(
            """
            update cd_case set escalated = true, priority = :p, updated_at = :now,
              status = case when status in ('WAITING_FOR_CUSTOMER', 'RESOLVED', 'REJECTED', 'CLOSED') then status else 'ESCALATED' end
            where case_number = :n
            """)
        .param("p", priority)
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  /** A clock resumed after the customer replied and is due later now. */
  public void moveDue(String caseNumber, boolean firstResponse, Instant due) {
    jdbc.sql("update cd_case set " + (firstResponse ? "first_response_due" : "resolution_due") + " = :due, updated_at = :now where case_number = :n")
        .param("due", utc(due))
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  public void updatePriority(String caseNumber, int priority) {
    // Never lowers it: a case escalated by one clock stays at the top when the other reaches 75 %.
    jdbc.sql("update cd_case set priority = case when priority < :p then :p else priority end, updated_at = :now where case_number = :n")
        .param("p", priority)
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  /** Ends a case with its final status and outcome. */
  public void close(String caseNumber, CaseStatus status, String outcome, String reason) {
    if (!status.isFinal()) {
      throw new IllegalArgumentException(status + " does not end a case");
    }
    jdbc.sql(
            """
            update cd_case set status = :status, outcome = :outcome, outcome_reason = :reason,
              resolved_at = :now, updated_at = :now
            where case_number = :n
            """)
        .param("status", status.name())
        .param("outcome", outcome)
        .param("reason", reason)
        .param("now", now())
        .param("n", caseNumber)
        .update();
  }

  private OffsetDateTime now() {
    return utc(clock.instant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static CaseRecord map(ResultSet rs, int row) throws SQLException {
    return new CaseRecord(
        rs.getString("case_number"),
        rs.getString("case_type"),
        rs.getString("customer_uid"),
        Channel.valueOf(rs.getString("channel")),
        Tier.valueOf(rs.getString("tier")),
        rs.getString("locale"),
        rs.getString("requested_locale"),
        rs.getBoolean("locale_fallback"),
        rs.getString("subject"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getString("queue"),
        rs.getInt("priority"),
        rs.getString("process_instance_id"),
        instant(rs, "created_at"),
        instant(rs, "first_response_due"),
        instant(rs, "resolution_due"),
        instant(rs, "first_response_at"),
        instant(rs, "resolved_at"),
        rs.getString("outcome"),
        rs.getString("outcome_reason"),
        rs.getString("opened_by"),
        rs.getBoolean("escalated"));
  }
}
