package io.casedesk.audit.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.web.InvalidRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds cases for compliance: by customer UID, case type, the day range they were opened in, a
 * person who worked them (assignee of one of their tasks, or anyone in the engine's operation log
 * of their process instances), outcome, status, SLA breach and four-eyes step (a second approval
 * was given). Reads the case registry, the SLA clocks and the engine's history tables, newest first.
 */
@Service
class AuditSearch {

  static final int MAX_PAGE_SIZE = 100;
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
  private static final Pattern TEXT = Pattern.compile("[A-Za-z0-9@._-]{1,64}");

  /** Any filter may be empty. {@code from} and {@code to} are days (UTC), both included. */
  record Criteria(String customerUid, String type, LocalDate from, LocalDate to, String agent, String outcome, String status,
      Boolean slaBreached, Boolean fourEyes) {

    static Criteria of(String uid, String type, String from, String to, String agent, String outcome, String status,
        String slaBreached, String fourEyes) {
      Map<String, String> errors = new LinkedHashMap<>();
      Criteria criteria = new Criteria(
          text("customerUid", uid, TEXT, errors), text("type", type, CODE, errors), day("from", from, errors), day("to", to, errors),
          text("agent", agent, TEXT, errors), text("outcome", outcome, CODE, errors), text("status", status, CODE, errors),
          yesNo("slaBreached", slaBreached, errors), yesNo("fourEyes", fourEyes, errors));
      if (criteria.from() != null && criteria.to() != null && criteria.to().isBefore(criteria.from())) {
        errors.put("to", "must not be before from");
      }
      if (!errors.isEmpty()) {
        throw new InvalidRequestException(errors.entrySet().stream()
            .map(e -> new InvalidRequestException.FieldProblem(e.getKey(), e.getValue())).toList());
      }
      return criteria;
    }

    /** The filters that are set, for an export's manifest and the page's links. */
    Map<String, Object> asMap() {
      Map<String, Object> set = new LinkedHashMap<>();
      put(set, "customerUid", customerUid);
      put(set, "type", type);
      put(set, "from", from == null ? null : from.toString());
      put(set, "to", to == null ? null : to.toString());
      put(set, "agent", agent);
      put(set, "outcome", outcome);
      put(set, "status", status);
      put(set, "slaBreached", slaBreached);
      put(set, "fourEyes", fourEyes);
      return set;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
      if (value != null) {
        map.put(key, value);
      }
    }

    private static String text(String field, String value, Pattern pattern, Map<String, String> errors) {
      if (value == null || value.isBlank()) {
        return null;
      }
      String v = value.trim();
      if (!pattern.matcher(v).matches()) {
        errors.put(field, "must match " + pattern.pattern());
      }
      return v;
    }

    private static LocalDate day(String field, String value, Map<String, String> errors) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        errors.put(field, "must be a day as YYYY-MM-DD");
        return null;
      }
    }

    private static Boolean yesNo(String field, String value, Map<String, String> errors) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes" -> true;
        case "false", "no" -> false;
        default -> {
          errors.put(field, "must be true or false");
          yield null;
        }
      };
    }
  }

  record Found(String caseNumber, String type, String customerUid, String status, String outcome, Instant openedAt, Instant endedAt,
      String openedBy, boolean slaBreached, boolean fourEyes, List<String> agents) {}

  record Page(int page, int size, long total, List<Found> items) {}

  private final JdbcClient jdbc;

  AuditSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Page search(Criteria criteria, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidRequestException(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to " + MAX_PAGE_SIZE);
    }
    Query where = where(criteria);
    long total = where.bind(jdbc.sql("select count(*) from cd_case c where " + where.sql)).query(Long.class).single();
    List<Found> items = where.bind(jdbc.sql("select c.*, " + BREACHED + " as sla_breached, " + FOUR_EYES + " as four_eyes"
            + " from cd_case c where " + where.sql + " order by c.created_at desc, c.case_number desc limit :limit offset :offset"))
        .param("limit", size)
        .param("offset", (long) page * size)
        .query(this::found)
        .list();
    return new Page(page, size, total, items);
  }

  /** Every matching case number, oldest first (for an export of a search). */
  List<String> caseNumbers(Criteria criteria, int max) {
    Query where = where(criteria);
    return where.bind(jdbc.sql("select c.case_number from cd_case c where " + where.sql + " order by c.created_at, c.case_number limit :limit"))
        .param("limit", max)
        .query(String.class)
        .list();
  }

  long count(Criteria criteria) {
    Query where = where(criteria);
    return where.bind(jdbc.sql("select count(*) from cd_case c where " + where.sql)).query(Long.class).single();
  }

  static final String BREACHED = "(exists (select 1 from cd_sla_clock s where s.case_number = c.case_number and s.breached_at is not null))";
  static final String FOUR_EYES = "(exists (select 1 from ACT_HI_PROCINST p join ACT_HI_VARINST v on v.PROC_INST_ID_ = p.ID_"
      + " where p.BUSINESS_KEY_ = c.case_number and v.NAME_ = '" + CaseVariables.SECOND_APPROVAL_BY + "'))";
  static final String WORKED_BY = "(exists (select 1 from ACT_HI_PROCINST p join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_"
      + " where p.BUSINESS_KEY_ = c.case_number and t.ASSIGNEE_ = :agent)"
      + " or exists (select 1 from ACT_HI_PROCINST p join ACT_HI_OP_LOG o on o.PROC_INST_ID_ = p.ID_"
      + " where p.BUSINESS_KEY_ = c.case_number and o.USER_ID_ = :agent))";

  private record Query(String sql, Map<String, Object> params) {
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      params.forEach(spec::param);
      return spec;
    }
  }

  private static Query where(Criteria q) {
    List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    Map<String, Object> params = new LinkedHashMap<>();
    if (q.customerUid() != null) {
      conditions.add("c.customer_uid = :uid");
      params.put("uid", q.customerUid());
    }
    if (q.type() != null) {
      conditions.add("c.case_type = :type");
      params.put("type", q.type());
    }
    if (q.from() != null) {
      conditions.add("c.created_at >= :from");
      params.put("from", q.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (q.to() != null) {
      conditions.add("c.created_at < :to");
      params.put("to", q.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (q.outcome() != null) {
      conditions.add("c.outcome = :outcome");
      params.put("outcome", q.outcome());
    }
    if (q.status() != null) {
      conditions.add("c.status = :status");
      params.put("status", q.status());
    }
    if (q.slaBreached() != null) {
      conditions.add((q.slaBreached() ? "" : "not ") + BREACHED);
    }
    if (q.fourEyes() != null) {
      conditions.add((q.fourEyes() ? "" : "not ") + FOUR_EYES);
    }
    if (q.agent() != null) {
      conditions.add(WORKED_BY);
      params.put("agent", q.agent());
    }
    return new Query(String.join(" and ", conditions), params);
  }

  private Found found(ResultSet rs, int row) throws SQLException {
    String caseNumber = rs.getString("case_number");
    return new Found(caseNumber, rs.getString("case_type"), rs.getString("customer_uid"), rs.getString("status"), rs.getString("outcome"),
        instant(rs, "created_at"), instant(rs, "resolved_at"), rs.getString("opened_by"), rs.getBoolean("sla_breached"),
        rs.getBoolean("four_eyes"), agents(caseNumber));
  }

  /** The people who worked the case: assignees of its tasks and users in its operation log. */
  private List<String> agents(String caseNumber) {
    return jdbc.sql("""
            select distinct who from (
              select t.ASSIGNEE_ as who from ACT_HI_PROCINST p join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_
                where p.BUSINESS_KEY_ = :n and t.ASSIGNEE_ is not null
              union
              select o.USER_ID_ as who from ACT_HI_PROCINST p join ACT_HI_OP_LOG o on o.PROC_INST_ID_ = p.ID_
                where p.BUSINESS_KEY_ = :n and o.USER_ID_ is not null
            ) people order by who
            """)
        .param("n", caseNumber)
        .query(String.class)
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
