package io.casedesk.sla;

import io.casedesk.platform.ProcessVariables;

/** Variables of the sla-clock process: one instance per case and clock. */
@ProcessVariables
public final class SlaClockVariables {

  /** FIRST_RESPONSE or RESOLUTION: which clock this instance keeps. */
  public static final String CLOCK = "clock";
  /** The clock's state as "Read clock" found it: RUNNING, AT_RISK (running, past 75 %), PAUSED, MET, BREACHED or STOPPED. */
  public static final String CLOCK_STATE = "clockState";
  /** When the clock runs out; every pause moves it. */
  public static final String DUE_AT = "dueAt";
  /** When 75 % of the clock has run; every pause moves it. */
  public static final String AT_RISK_AT = "atRiskAt";

  private SlaClockVariables() {}
}
