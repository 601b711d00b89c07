package io.casedesk.cases;

/** What happened to an SLA clock. */
public enum SlaEventKind {
  /** Three quarters of the clock ran without the step it measures. */
  AT_RISK,
  /** The clock ran out. */
  BREACHED
}
