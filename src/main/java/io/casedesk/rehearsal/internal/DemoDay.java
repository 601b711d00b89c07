package io.casedesk.rehearsal.internal;

import io.casedesk.rehearsal.DayOutcome;
import io.casedesk.rehearsal.Rehearsal;
import io.casedesk.rehearsal.RehearsalSettings;
import io.casedesk.rehearsal.Staffing;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo profile's day at the exchange: on the first start of an empty demo database, one
 * rehearsed day (as the surge rehearsal plays it, at the demo's volume) is played into the desk,
 * {@code days-ago} days back, so the KPI page and {@code GET /api/kpis} have figures from the start.
 * Its cases are ordinary cases of simulated customers (accounts 9xxxxxxxx, opened by
 * {@code rehearsal}); the compliance views show them as any other. The job executor pauses while the
 * engine's clock is driven through the day, and runs again with the real clock afterwards.
 */
@Component
@ConditionalOnProperty(name = "casedesk.rehearsal.demo-day.enabled", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo's users (security's DemoUsers), under the start-up lock
class DemoDay implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDay.class);

  private final Rehearsal rehearsal;
  private final RehearsalSettings settings;
  private final JdbcClient jdbc;
  private final ProcessEngine engine;
  private final Clock clock;
  private DayOutcome played;

  DemoDay(Rehearsal rehearsal, RehearsalSettings settings, JdbcClient jdbc, ProcessEngine engine, Clock clock) {
    this.rehearsal = rehearsal;
    this.settings = settings;
    this.jdbc = jdbc;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from cd_case").query(Long.class).single() > 0) {
      return; // not a fresh demo database: its cases are the demo user's
    }
    RehearsalSettings.DemoDay day = settings.getDemoDay();
    var now = clock.instant();
    var start = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(day.getDaysAgo()).atStartOfDay(ZoneOffset.UTC).toInstant();
    Staffing staffing = Staffing.of(settings.getAgents(), settings.getVipAgents(), settings.getSpecialists());
    log.info("Playing the demo day {} ({} cases) into the fresh demo database", start, day.getCases());
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    boolean wasActive = jobExecutor != null && jobExecutor.isActive();
    if (wasActive) {
      jobExecutor.shutdown();
    }
    try {
      DayOutcome outcome = played = rehearsal.play(settings.getSeed(), 1.0, day.getCases(), staffing, start, now.minus(Duration.ofMinutes(1)));
      log.info("Demo day played: {} cases opened, {} tasks worked, {} ratings", outcome.opened().size(), outcome.tasksWorked(),
          outcome.ratings().size());
    } finally {
      if (wasActive) {
        jobExecutor.start();
      }
    }
  }

  /** The day this start played, as the simulation saw it; empty when the database had cases already. */
  Optional<DayOutcome> played() {
    return Optional.ofNullable(played);
  }
}
