package io.casedesk.sla;

/** The two clocks every case runs against. */
public enum SlaClock {
  FIRST_RESPONSE,
  RESOLUTION
}
