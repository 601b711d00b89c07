package io.casedesk.whitelist.internal;

/** The BPMN messages whitelist-change waits for, correlated by case number. */
final class WhitelistMessages {

  /** The customer confirmed the change (e-mail link and 2FA code), reported by the exchange's back end. */
  static final String CONFIRMED = "WhitelistChangeConfirmed";

  /** The customer cancelled an addition during its cooling-off. */
  static final String CANCELLED = "WhitelistChangeCancelled";

  private WhitelistMessages() {}
}
