package io.casedesk.kpi.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The desk's figures as Micrometer meters, scraped at {@code /actuator/prometheus}:
 * {@code casedesk_cases_open{queue}}, {@code casedesk_sla_breaches_total{clock}},
 * {@code casedesk_notifications{status}} read from the database (so every node of a cluster reports
 * the same, whole picture; each scrape reads it once), and the timers
 * {@code casedesk_first_response_seconds{tier}} and {@code casedesk_resolution_seconds{tier}}, recorded
 * on the node whose step committed the first response or the end of a case (Prometheus sums the nodes).
 */
@Component
class KpiMetrics implements MeterBinder {

  static final String OPEN_CASES = "casedesk.cases.open";
  static final String SLA_BREACHES = "casedesk.sla.breaches";
  static final String NOTIFICATIONS = "casedesk.notifications";
  static final String FIRST_RESPONSE = "casedesk.first.response";
  static final String RESOLUTION = "casedesk.resolution";
  static final List<String> NOTIFICATION_STATES = List.of("PENDING", "SENDING", "SENT", "FAILED");
  static final List<String> CLOCKS = List.of("FIRST_RESPONSE", "RESOLUTION");
  /** One scrape reads the database once: its gauges share what was read (a scrape takes milliseconds). */
  private static final long MAX_AGE_NANOS = Duration.ofMillis(250).toNanos();
  /** The queues of the triage table (processes/sla-policy.dmn), shown from the start; others as they appear. */
  static final List<String> TRIAGE_QUEUES = List.of("kyc", "security", "support", "tradingdesk", "vipconcierge");

  private final JdbcClient jdbc;
  private MeterRegistry registry;
  private final Set<String> queues = new HashSet<>();
  private Snapshot snapshot;
  private long loadedAt;

  KpiMetrics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Snapshot(Map<String, Long> openByQueue, Map<String, Long> notifications, Map<String, Long> breaches) {}

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    this.registry = registry;
    for (String status : NOTIFICATION_STATES) {
      Gauge.builder(NOTIFICATIONS, this, m -> m.snapshot().notifications().getOrDefault(status, 0L))
          .description("Customer notifications in the outbox, by delivery status").tag("status", status).register(registry);
    }
    for (String clock : CLOCKS) {
      FunctionCounter.builder(SLA_BREACHES, this, m -> m.snapshot().breaches().getOrDefault(clock, 0L))
          .description("SLA clocks that ran out, of every case the database holds").tag("clock", clock).register(registry);
    }
    TRIAGE_QUEUES.forEach(this::openCasesGauge);
    snapshot();
  }

  /** The database's counts, read again when the last read is older than a few seconds. */
  synchronized Snapshot snapshot() {
    if (snapshot == null || System.nanoTime() - loadedAt > MAX_AGE_NANOS) {
      snapshot = new Snapshot(
          counts("select queue as k, count(*) as n from cd_case where status not in ('RESOLVED', 'REJECTED', 'CLOSED') group by queue"),
          counts("select status as k, count(*) as n from cd_notification group by status"),
          counts("select clock as k, count(*) as n from cd_sla_clock where breached_at is not null group by clock"));
      loadedAt = System.nanoTime();
      snapshot.openByQueue().keySet().forEach(this::openCasesGauge);
    }
    return snapshot;
  }

  private void openCasesGauge(String queue) {
    if (registry != null && queues.add(queue)) {
      Gauge.builder(OPEN_CASES, this, m -> m.snapshot().openByQueue().getOrDefault(queue, 0L))
          .description("Cases not yet ended, by the queue triage gave them").tag("queue", queue).register(registry);
    }
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString("k"), rs.getLong("n"))).list();
    return counts;
  }

  /** A first response by a person committed: its time from the case's creation. */
  void firstResponse(String tier, Duration elapsed) {
    afterCommit(FIRST_RESPONSE, "From case creation to the first public response by a person", tier, elapsed);
  }

  /** A case ended: its time from creation. */
  void resolution(String tier, Duration elapsed) {
    afterCommit(RESOLUTION, "From case creation to its end", tier, elapsed);
  }

  private void afterCommit(String name, String description, String tier, Duration elapsed) {
    MeterRegistry meters = registry;
    if (meters == null) {
      return;
    }
    Runnable record = () -> Timer.builder(name).description(description).tag("tier", tier).register(meters).record(elapsed);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          record.run();
        }
      });
    } else {
      record.run();
    }
  }
}
