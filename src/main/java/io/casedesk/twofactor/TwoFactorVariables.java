package io.casedesk.twofactor;

import io.casedesk.platform.ProcessVariables;

/** Process variables of two-factor-reset and withdrawal-lock, defined once for delegates, forms and tests. */
@ProcessVariables
public final class TwoFactorVariables {

  public static final String LOST_FACTOR = "lostFactor";
  /** The day the factor was lost, ISO-8601 ({@code 2026-11-27}). */
  public static final String LOST_ON = "lostOn";
  public static final String REQUEST_IP = "requestIp";

  // Takeover checks, before anyone acts.
  public static final String REQUEST_IP_KNOWN = "requestIpKnown";
  public static final String REQUEST_DEVICE_KNOWN = "requestDeviceKnown";
  /** The withdrawals requested since the loss, as JSON, for the on-chain check. */
  public static final String WITHDRAWALS_SINCE_LOSS = "withdrawalsSinceLoss";
  public static final String NEW_ADDRESS_WITHDRAWALS = "newAddressWithdrawals";
  public static final String SECURITY_CHANGES_SINCE_LOSS = "securityChangesSinceLoss";
  /** Days since the account's last security change within a year; null when there was none. */
  public static final String DAYS_SINCE_SECURITY_CHANGE = "daysSinceSecurityChange";
  /** A withdrawal to a new address or a security change after the loss. */
  public static final String SUSPECTED_TAKEOVER = "suspectedTakeover";

  // Documents.
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  /** Comma-separated document codes the customer still has to send. */
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  public static final String DOCUMENT_EXPIRED = "documentExpired";

  // Risk, from the two-factor-risk decision.
  public static final String BALANCE_USD = "balanceUsd";
  public static final String ACCOUNT_AGE_DAYS = "accountAgeDays";
  /** LOW or HIGH; HIGH needs a second approval. */
  public static final String RISK = "risk";
  /** Comma-separated reason codes of the decision's HIGH rules. */
  public static final String RISK_REASONS = "riskReasons";

  // The reset and the lock, recorded on the case.
  /** Whether this case holds a withdrawal lock on the account. */
  public static final String WITHDRAWALS_LOCKED = "withdrawalsLocked";
  /** The lock's end, ISO-8601 instant. */
  public static final String WITHDRAWAL_LOCK_END = "withdrawalLockEnd";
  /** The lock's end as customers read it, {@code 2026-12-03 10:00} (UTC). */
  public static final String WITHDRAWALS_LOCKED_UNTIL = "withdrawalsLockedUntil";
  public static final String TWO_FACTOR_RESET_AT = "twoFactorResetAt";
  public static final String WITHDRAWALS_UNLOCKED_AT = "withdrawalsUnlockedAt";

  // Read-only context of the review forms, in the case's language.
  public static final String REQUEST_SUMMARY = "requestSummary";
  public static final String IDENTITY_DOCUMENT_SUMMARY = "identityDocumentSummary";
  public static final String DOCUMENTS_SUMMARY = "documentsSummary";
  public static final String DOCUMENT_NOTE = "documentNote";
  public static final String LOGIN_CHECK_NOTE = "loginCheckNote";
  public static final String ACTIVITY_NOTE = "activityNote";
  public static final String ON_CHAIN_NOTE = "onChainNote";
  public static final String TAKEOVER_NOTE = "takeoverNote";
  public static final String WITHDRAWAL_LOCK_NOTE = "withdrawalLockNote";
  public static final String RISK_NOTE = "riskNote";

  private TwoFactorVariables() {}
}
