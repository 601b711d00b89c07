package io.casedesk.cases;

/** The customer's service tier. */
public enum Tier {
  STANDARD,
  VIP,
  INSTITUTIONAL
}
