package io.casedesk.casetype;

/** The customer's service tier. */
public enum Tier {
  STANDARD,
  VIP,
  INSTITUTIONAL
}
