package io.casedesk.cases;

/** The two clocks every case runs against. */
public enum SlaClock {
  FIRST_RESPONSE,
  RESOLUTION
}
