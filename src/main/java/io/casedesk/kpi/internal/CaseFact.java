package io.casedesk.kpi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the KPIs know of one case: the registry row, the desk's response record, the rating and the
 * state of its two SLA clocks. Read from the desk's own tables, the same compliance audits.
 */
record CaseFact(
    String caseNumber,
    String caseType,
    String channel,
    String tier,
    String language,
    String queue,
    String status,
    Instant createdAt,
    Instant resolvedAt,
    int reopens,
    int humanSteps,
    int publicResponses,
    Instant firstPublicResponseAt,
    long firstResponseWaitSeconds,
    int customerAsks,
    Integer csat,
    String firstResponseClock,
    String resolutionClock) {

  static final String KYC = "KYC_VERIFICATION";

  boolean ended() {
    return status.equals("RESOLVED") || status.equals("REJECTED") || status.equals("CLOSED");
  }

  /** Ended with the desk's decision: resolved or rejected (a case closed for want of a reply is not). */
  boolean resolved() {
    return status.equals("RESOLVED") || status.equals("REJECTED");
  }

  boolean automated() {
    return ended() && humanSteps == 0;
  }

  boolean vip() {
    return !tier.equals("STANDARD");
  }

  boolean breached() {
    return "BREACHED".equals(firstResponseClock) || "BREACHED".equals(resolutionClock);
  }

  Duration firstResponseCalendar() {
    return firstPublicResponseAt == null ? null : Duration.between(createdAt, firstPublicResponseAt);
  }

  Duration firstResponseExcludingWait() {
    Duration calendar = firstResponseCalendar();
    return calendar == null ? null : calendar.minusSeconds(firstResponseWaitSeconds).isNegative() ? Duration.ZERO : calendar.minusSeconds(firstResponseWaitSeconds);
  }

  /** The value of a dimension of the groupBy parameter ({@link io.casedesk.kpi.Kpis#DIMENSIONS}). */
  String value(String dimension) {
    return switch (dimension) {
      case "week" -> {
        OffsetDateTime at = createdAt.atOffset(ZoneOffset.UTC);
        yield String.format("%d-W%02d", at.get(IsoFields.WEEK_BASED_YEAR), at.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      case "day" -> DateTimeFormatter.ISO_LOCAL_DATE.format(createdAt.atOffset(ZoneOffset.UTC));
      case "caseType" -> caseType;
      case "channel" -> channel;
      case "tier" -> tier;
      case "language" -> language;
      case "queue" -> queue;
      default -> throw new IllegalArgumentException(dimension);
    };
  }

  /** The cases opened in [from, to). */
  static List<CaseFact> load(JdbcClient jdbc, Instant from, Instant to) {
    return jdbc.sql(
            """
            select c.case_number, c.case_type, c.channel, c.tier, c.locale, c.queue, c.status, c.created_at, c.resolved_at, c.reopens,
              k.human_steps, k.public_responses, k.first_public_response_at, k.first_response_wait_secs, k.customer_asks,
              s.score, fr.state as fr_state, res.state as res_state
            from cd_case c
              left join cd_kpi_case k on k.case_number = c.case_number
              left join cd_csat s on s.case_number = c.case_number
              left join cd_sla_clock fr on fr.case_number = c.case_number and fr.clock = 'FIRST_RESPONSE'
              left join cd_sla_clock res on res.case_number = c.case_number and res.clock = 'RESOLUTION'
            where c.created_at >= :from and c.created_at < :to
            order by c.created_at, c.case_number
            """)
        .param("from", ResponseRecorder.utc(from))
        .param("to", ResponseRecorder.utc(to))
        .query(CaseFact::map)
        .list();
  }

  private static CaseFact map(ResultSet rs, int row) throws SQLException {
    Integer score = rs.getObject("score") == null ? null : rs.getInt("score");
    return new CaseFact(
        rs.getString("case_number"), rs.getString("case_type"), rs.getString("channel"), rs.getString("tier"),
        rs.getString("locale"), rs.getString("queue"), rs.getString("status"), instant(rs, "created_at"),
        instant(rs, "resolved_at"), rs.getInt("reopens"), rs.getInt("human_steps"), rs.getInt("public_responses"),
        instant(rs, "first_public_response_at"), rs.getLong("first_response_wait_secs"), rs.getInt("customer_asks"),
        score, rs.getString("fr_state"), rs.getString("res_state"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
