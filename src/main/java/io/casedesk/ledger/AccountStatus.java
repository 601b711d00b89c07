package io.casedesk.ledger;

/** The account's standing at the exchange. */
public enum AccountStatus {
  ACTIVE,
  FROZEN,
  CLOSED
}
