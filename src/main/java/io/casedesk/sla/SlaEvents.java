package io.casedesk.sla;

import java.time.Instant;

/**
 * What the SLA clocks tell the rest of the desk: Spring application events, published in the
 * transaction of the step that caused them, so listeners' changes commit or roll back with it.
 */
public final class SlaEvents {

  private SlaEvents() {}

  /** Every event of a case's clocks: what a listener that follows a case's SLA standing listens to. */
  public interface CaseSlaEvent {
    String caseNumber();
  }

  /** A clock reached 75 %: the case and its tasks now have {@code priority}. */
  public record AtRisk(String caseNumber, SlaClock clock, int priority, Instant at) implements CaseSlaEvent {}

  /** A clock ran out: the case is escalated to supervisors at {@code priority}. */
  public record Breached(String caseNumber, SlaClock clock, int priority, Instant at) implements CaseSlaEvent {}

  /** The customer has the turn: the case's running clocks paused. */
  public record Paused(String caseNumber, Instant at) implements CaseSlaEvent {}

  /** A clock resumed after a pause and is now due at {@code due}. */
  public record DueMoved(String caseNumber, SlaClock clock, Instant due) implements CaseSlaEvent {}

  /** A person responded on the case for the first time. */
  public record FirstResponse(String caseNumber, Instant at) implements CaseSlaEvent {}
}
