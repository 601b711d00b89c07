package io.casedesk.cases;

/** Where a case stands, as the exchange's back end and the agents see it. */
public enum CaseStatus {
  OPEN,
  WAITING_FOR_CUSTOMER,
  IN_REVIEW,
  ESCALATED,
  RESOLVED,
  REJECTED,
  CLOSED;

  /** A case in a final status has ended; SLA clocks no longer run for it. */
  public boolean isFinal() {
    return this == RESOLVED || this == REJECTED || this == CLOSED;
  }
}
