package io.casedesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SLA clocks of cases that ran to 75 % or 100 %; each at most once per case, clock and kind. */
@Repository
public class SlaEvents {

  private final JdbcClient jdbc;
  private final Clock clock;

  SlaEvents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the event unless it was recorded before; answers whether it is new. */
  public boolean record(String caseNumber, SlaClock slaClock, SlaEventKind kind) {
    int existing =
        jdbc.sql("select count(*) from cd_sla_event where case_number = :n and clock = :c and kind = :k")
            .param("n", caseNumber)
            .param("c", slaClock.name())
            .param("k", kind.name())
            .query(Integer.class)
            .single();
    if (existing > 0) {
      return false;
    }
    jdbc.sql("insert into cd_sla_event (case_number, clock, kind, occurred_at) values (:n, :c, :k, :at)")
        .param("n", caseNumber)
        .param("c", slaClock.name())
        .param("k", kind.name())
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    return true;
  }

  public List<SlaEvent> forCase(String caseNumber) {
    return jdbc.sql("select clock, kind, occurred_at from cd_sla_event where case_number = :n order by occurred_at")
        .param("n", caseNumber)
        .query(
            (rs, row) ->
                new SlaEvent(
                    SlaClock.valueOf(rs.getString("clock")),
                    SlaEventKind.valueOf(rs.getString("kind")),
                    CaseRegistry.instant(rs, "occurred_at")))
        .list();
  }

  public record SlaEvent(SlaClock clock, SlaEventKind kind, Instant at) {}
}
