package io.casedesk.kpi.internal;

import io.casedesk.kpi.KpiReport;
import io.casedesk.kpi.KpiSettings;
import io.casedesk.kpi.Kpis;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the facts of the window's cases from the database and computes their figures. */
@Service
class KpiService implements Kpis {

  private final JdbcClient jdbc;
  private final KpiSettings settings;
  private final Clock clock;

  KpiService(JdbcClient jdbc, KpiSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public KpiReport report(Instant from, Instant to, List<String> groupBy) {
    return new KpiCalculator(settings.getTargets()).report(CaseFact.load(jdbc, from, to), from, to, groupBy, clock.instant());
  }
}
