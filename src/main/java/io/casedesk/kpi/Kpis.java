package io.casedesk.kpi;

import java.time.Instant;
import java.util.List;

/** The support KPIs of the cases opened in a window, overall and grouped (see {@link KpiReport}). */
public interface Kpis {

  /** The dimensions {@code groupBy} may name. */
  List<String> DIMENSIONS = List.of("week", "day", "caseType", "channel", "tier", "language", "queue");

  KpiReport report(Instant from, Instant to, List<String> groupBy);
}
