package io.casedesk.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of triage for one case: who works it, how urgent it is, and its two SLA clocks.
 * A clock is "at risk" once three quarters of it have run.
 */
public record Triage(String queue, int priority, Duration firstResponse, Duration resolution) {

  static final double AT_RISK_SHARE = 0.75;

  public Instant firstResponseDue(Instant openedAt) {
    return openedAt.plus(firstResponse);
  }

  public Instant firstResponseAtRisk(Instant openedAt) {
    return openedAt.plus(atRisk(firstResponse));
  }

  public Instant resolutionDue(Instant openedAt) {
    return openedAt.plus(resolution);
  }

  public Instant resolutionAtRisk(Instant openedAt) {
    return openedAt.plus(atRisk(resolution));
  }

  private static Duration atRisk(Duration clock) {
    return Duration.ofSeconds((long) (clock.toSeconds() * AT_RISK_SHARE));
  }
}
