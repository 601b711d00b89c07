package io.casedesk.sla.internal;

import io.casedesk.sla.ClockState;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClockView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SLA clocks' state, one row per case and clock. Every change is a conditional update, so a
 * timer job that runs twice (a retry, a second node) changes a clock once.
 */
@Repository
public class ClockStore {

  private final JdbcClient jdbc;

  ClockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Starts a clock unless it exists (a case on a model version before the lifecycle, whose timer fires). */
  public void startIfMissing(String caseNumber, SlaClock clock, Instant due, Instant atRisk, int basePriority) {
    if (find(caseNumber, clock).isEmpty()) {
      start(caseNumber, clock, due, atRisk, basePriority);
    }
  }

  /** Starts a clock of a case being opened. */
  public void start(String caseNumber, SlaClock clock, Instant due, Instant atRisk, int basePriority) {
    jdbc.sql("""
            insert into cd_sla_clock (case_number, clock, state, due_at, at_risk_at, base_priority)
            values (:n, :c, 'RUNNING', :due, :risk, :p)
            """)
        .param("n", caseNumber).param("c", clock.name()).param("due", utc(due)).param("risk", utc(atRisk)).param("p", basePriority)
        .update();
  }

  public Optional<SlaClockView> find(String caseNumber, SlaClock clock) {
    return jdbc.sql("select * from cd_sla_clock where case_number = :n and clock = :c")
        .param("n", caseNumber).param("c", clock.name())
        .query(ClockStore::map).optional();
  }

  public List<SlaClockView> forCase(String caseNumber) {
    return jdbc.sql("select * from cd_sla_clock where case_number = :n order by clock")
        .param("n", caseNumber).query(ClockStore::map).list();
  }

  public int basePriority(String caseNumber) {
    return jdbc.sql("select max(base_priority) from cd_sla_clock where case_number = :n")
        .param("n", caseNumber).query(Integer.class).optional().orElse(0);
  }

  /** Marks 75 % reached; true the first time only. */
  public boolean reachAtRisk(String caseNumber, SlaClock clock, Instant now) {
    return jdbc.sql("""
            update cd_sla_clock set at_risk_reached_at = :now
            where case_number = :n and clock = :c and state in ('RUNNING', 'BREACHED') and at_risk_reached_at is null
            """)
        .param("now", utc(now)).param("n", caseNumber).param("c", clock.name()).update() == 1;
  }

  /** Marks the clock run out; true the first time only. */
  public boolean breach(String caseNumber, SlaClock clock, Instant now) {
    return jdbc.sql("""
            update cd_sla_clock set state = 'BREACHED', breached_at = :now
            where case_number = :n and clock = :c and state = 'RUNNING'
            """)
        .param("now", utc(now)).param("n", caseNumber).param("c", clock.name()).update() == 1;
  }

  /** Records that the clock's step happened; a breached clock stays breached. True the first time only. */
  public boolean meet(String caseNumber, SlaClock clock, Instant now) {
    return jdbc.sql("""
            update cd_sla_clock
            set met_at = :now,
                state = case when state = 'BREACHED' then 'BREACHED' else 'MET' end,
                paused_seconds = paused_seconds + case when paused_since is null then 0 else :pausedNow end,
                paused_since = null
            where case_number = :n and clock = :c and met_at is null and state <> 'STOPPED'
            """)
        .param("now", utc(now)).param("n", caseNumber).param("c", clock.name())
        .param("pausedNow", pausedSeconds(caseNumber, clock, now))
        .update() == 1;
  }

  /** The case ended before the clock's step happened and no person took it. */
  public void stop(String caseNumber, SlaClock clock, Instant now) {
    jdbc.sql("""
            update cd_sla_clock
            set state = 'STOPPED',
                paused_seconds = paused_seconds + case when paused_since is null then 0 else :pausedNow end,
                paused_since = null
            where case_number = :n and clock = :c and state in ('RUNNING', 'PAUSED')
            """)
        .param("n", caseNumber).param("c", clock.name()).param("pausedNow", pausedSeconds(caseNumber, clock, now))
        .update();
  }

  /** Pauses every counting clock of the case; true if one was running. */
  public boolean pause(String caseNumber, Instant now) {
    return jdbc.sql("""
            update cd_sla_clock set state = 'PAUSED', paused_since = :now, pauses = pauses + 1
            where case_number = :n and state = 'RUNNING'
            """)
        .param("now", utc(now)).param("n", caseNumber).update() > 0;
  }

  /** Resumes one paused clock, its due times moved by the time it stood still; returns it resumed. */
  public SlaClockView resume(String caseNumber, SlaClock clock, Instant now) {
    find(caseNumber, clock).filter(c -> c.state() == ClockState.PAUSED).ifPresent(c -> resume(caseNumber, c, now));
    return find(caseNumber, clock).orElseThrow();
  }

  private void resume(String caseNumber, SlaClockView paused, Instant now) {
    Duration stood = Duration.between(paused.pausedSince(), now);
    jdbc.sql("""
            update cd_sla_clock
            set state = 'RUNNING', paused_since = null, paused_seconds = paused_seconds + :s,
                due_at = :due, at_risk_at = :risk
            where case_number = :n and clock = :c and state = 'PAUSED'
            """)
        .param("s", stood.toSeconds())
        .param("due", utc(paused.due().plus(stood))).param("risk", utc(paused.atRiskAt().plus(stood)))
        .param("n", caseNumber).param("c", paused.clock().name())
        .update();
  }

  private long pausedSeconds(String caseNumber, SlaClock clock, Instant now) {
    return find(caseNumber, clock)
        .filter(c -> c.pausedSince() != null)
        .map(c -> Duration.between(c.pausedSince(), now).toSeconds())
        .orElse(0L);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static SlaClockView map(ResultSet rs, int row) throws SQLException {
    return new SlaClockView(
        SlaClock.valueOf(rs.getString("clock")),
        ClockState.valueOf(rs.getString("state")),
        instant(rs, "due_at"),
        instant(rs, "at_risk_at"),
        instant(rs, "at_risk_reached_at"),
        instant(rs, "breached_at"),
        instant(rs, "met_at"),
        instant(rs, "paused_since"),
        Duration.ofSeconds(rs.getLong("paused_seconds")),
        rs.getInt("pauses"));
  }
}
