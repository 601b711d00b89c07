package io.casedesk.sla;

/** Where an SLA clock stands. */
public enum ClockState {
  /** Counting down; at 75 % the case is at risk. */
  RUNNING,
  /** Stopped while the customer has the turn; resumes with the time that was left. */
  PAUSED,
  /** The step it measures happened in time (for resolution: the case ended in time). */
  MET,
  /** It ran out before the step it measures; the case was escalated. */
  BREACHED,
  /** The case ended before the step happened, and no person had to take it (resolved by the desk alone). */
  STOPPED;

  /** Whether the clock still counts (or will again, after a pause). */
  public boolean counting() {
    return this == RUNNING || this == PAUSED;
  }
}
