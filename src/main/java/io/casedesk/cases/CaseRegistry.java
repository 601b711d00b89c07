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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The case registry table. It joins the engine's transaction (one DataSource, one transaction
 * manager), so a case row and its process instance are stored together or not at all. Each change
 * a back end may want to hear of is published as a {@link CaseEvent} in that transaction.
 */
@Repository
public class CaseRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CaseRegistry(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
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
    events.publishEvent(CaseEvent.of(CaseEvent.OPENED, c, c.status(), null, c.createdAt(), Map.of()));
  }

  public void attachProcessInstance(String caseNumber, String processInstanceId) {
    jdbc.sql("update cd_case set process_instance_id = :pid where case_number = :n")
        .param("pid", processInstanceId)
        .param("n", caseNumber)
        .update();
  }

  /** The cases matching the criteria, newest first, one page of them. */
  public CaseSearch search(CaseSearch.Criteria criteria, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    if (criteria.customerUid() != null) {
      where.append(" and customer_uid = :uid");
      params.put("uid", criteria.customerUid());
    }
    if (criteria.status() != null) {
      where.append(" and status = :status");
      params.put("status", criteria.status().name());
    }
    if (criteria.type() != null) {
      where.append(" and case_type = :type");
      params.put("type", criteria.type());
    }
    if (criteria.from() != null) {
      where.append(" and created_at >= :from");
      params.put("from", utc(criteria.from()));
    }
    if (criteria.to() != null) {
      where.append(" and created_at < :to");
      params.put("to", utc(criteria.to()));
    }
    long total = jdbc.sql("select count(*) from cd_case" + where).params(params).query(Long.class).single();
    List<CaseSearch.CaseSummary> items = jdbc.sql("select * from cd_case" + where
            + " order by created_at desc, case_number desc limit :limit offset :offset")
        .params(params)
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(CaseRegistry::map)
        .list().stream()
        .map(c -> new CaseSearch.CaseSummary(c.caseNumber(), c.type(), c.status(), c.subject(), c.queue(), c.priority(),
            c.createdAt(), c.resolvedAt(), c.outcome()))
        .toList();
    return new CaseSearch(items, page, size, total);
  }

  public Optional<CaseRecord> find(String caseNumber) {
    return jdbc.sql("select * from cd_case where case_number = :n")
        .param("n", caseNumber)
        .query(CaseRegistry::map)
        .optional();
  }

  /** How many cases have not ended. */
  public long countOpen() {
    return jdbc.sql("select count(*) from cd_case where status not in ('RESOLVED', 'REJECTED', 'CLOSED')").query(Long.class).single();
  }

  /** Cases resolved or rejected at or after {@code since}, in the order they were. */
  public List<CaseRecord> decidedSince(Instant since) {
    return jdbc.sql("select * from cd_case where resolved_at >= :since and status in ('RESOLVED', 'REJECTED') order by resolved_at, case_number")
        .param("since", utc(since))
        .query(CaseRegistry::map)
        .list();
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

  /**
   * Moves an open case to a new status; a case that has ended keeps its final status, and an
   * escalated case shows ESCALATED until it ends or waits for the customer.
   */
  public void updateStatus(String caseNumber, CaseStatus status) {
    Optional<CaseRecord> before = lock(caseNumber);
    jdbc.sql(
            """
            update cd_case set updated_at = :now,
              status = case when escalated = true and :status <> 'WAITING_FOR_CUSTOMER' then 'ESCALATED' else :status end
            where case_number = :n and status not in ('RESOLVED', 'REJECTED', 'CLOSED')
            """)
        .param("status", status.name())
        .param("now", now())
        .param("n", caseNumber)
        .update();
    before.filter(c -> !c.status().isFinal()).ifPresent(c -> statusChanged(c,
        c.escalated() && status != CaseStatus.WAITING_FOR_CUSTOMER ? CaseStatus.ESCALATED : status, Map.of()));
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
    Optional<CaseRecord> before = lock(caseNumber);
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
    before.ifPresent(c -> {
      CaseStatus after = c.status() == CaseStatus.WAITING_FOR_CUSTOMER || c.status().isFinal() ? c.status() : CaseStatus.ESCALATED;
      if (!c.escalated()) {
        events.publishEvent(CaseEvent.of(CaseEvent.ESCALATED, c, after, c.status(), clock.instant(), Map.of()));
      }
      statusChanged(c, after, Map.of());
    });
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
    Optional<CaseRecord> before = lock(caseNumber);
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
    Map<String, String> outcomeData = new HashMap<>();
    outcomeData.put("outcome", outcome);
    if (reason != null) {
      outcomeData.put("reason", reason);
    }
    before.ifPresent(c -> {
      statusChanged(c, status, outcomeData);
      String type = switch (status) {
        case RESOLVED -> CaseEvent.RESOLVED;
        case REJECTED -> CaseEvent.REJECTED;
        default -> CaseEvent.CLOSED;
      };
      events.publishEvent(CaseEvent.of(type, c, status, c.status(), clock.instant(), Map.copyOf(outcomeData)));
    });
  }

  /**
   * The customer replied to the resolved case within the reopen window: it is open again, counted in
   * {@code reopens}. Returns false (and changes nothing) for a case that is not RESOLVED.
   */
  public boolean reopen(String caseNumber) {
    Optional<CaseRecord> before = lock(caseNumber);
    if (before.isEmpty() || before.get().status() != CaseStatus.RESOLVED) {
      return false;
    }
    jdbc.sql(
            """
            update cd_case set status = 'OPEN', reopens = reopens + 1, escalated = false, updated_at = :now
            where case_number = :n
            """)
        .param("now", now())
        .param("n", caseNumber)
        .update();
    statusChanged(before.get(), CaseStatus.OPEN, Map.of());
    return true;
  }

  /** Records that {@code caseNumber} follows up {@code previousCase} (a reply after the reopen window, or to a closed case). */
  public void linkToPrevious(String caseNumber, String previousCase) {
    jdbc.sql("update cd_case set previous_case = :p where case_number = :n")
        .param("p", previousCase)
        .param("n", caseNumber)
        .update();
  }

  /** How a case continues others: how often it was reopened, the case it follows up, the cases that follow it up. */
  public CaseLinks links(String caseNumber) {
    var row = jdbc.sql("select reopens, previous_case from cd_case where case_number = :n")
        .param("n", caseNumber)
        .query((rs, i) -> new Object[] {rs.getInt("reopens"), rs.getString("previous_case")})
        .optional();
    List<String> followUps = jdbc.sql("select case_number from cd_case where previous_case = :n order by created_at, case_number")
        .param("n", caseNumber)
        .query(String.class)
        .list();
    return row.map(r -> new CaseLinks((Integer) r[0], (String) r[1], followUps)).orElse(new CaseLinks(0, null, List.of()));
  }

  /** @param reopens how often the customer reopened the case @param previousCase the case this one follows up, if any */
  public record CaseLinks(int reopens, String previousCase, List<String> followUps) {}

  /** The case row, locked until the transaction ends: changes of one case are numbered in the order they commit. */
  private Optional<CaseRecord> lock(String caseNumber) {
    return jdbc.sql("select * from cd_case where case_number = :n for update")
        .param("n", caseNumber)
        .query(CaseRegistry::map)
        .optional();
  }

  private void statusChanged(CaseRecord before, CaseStatus after, Map<String, String> data) {
    if (before.status() == after) {
      return;
    }
    events.publishEvent(CaseEvent.of(CaseEvent.STATUS_CHANGED, before, after, before.status(), clock.instant(), Map.copyOf(data)));
    if (after == CaseStatus.WAITING_FOR_CUSTOMER) {
      events.publishEvent(CaseEvent.of(CaseEvent.WAITING_FOR_CUSTOMER, before, after, before.status(), clock.instant(), Map.of()));
    }
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
