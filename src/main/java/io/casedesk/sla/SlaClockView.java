package io.casedesk.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of a case: when it is due now (every pause moves it), when it reached 75 % and
 * 100 %, when it was met, and how long it stood still while the customer had the turn.
 */
public record SlaClockView(
    SlaClock clock,
    ClockState state,
    Instant due,
    Instant atRiskAt,
    Instant atRiskReachedAt,
    Instant breachedAt,
    Instant metAt,
    Instant pausedSince,
    Duration pausedTotal,
    int pauses) {

  public boolean breached() {
    return breachedAt != null;
  }
}
