package io.casedesk.withdrawallimit;

import io.casedesk.platform.ProcessVariables;

/**
 * Process variables of withdrawal-limit-increase, defined once for delegates, the decision table,
 * forms, notifications and tests.
 */
@ProcessVariables
public final class WithdrawalLimitVariables {

  // Inputs of the withdrawal-limit decision table, gathered from the ledger and the case registry.

  /** ACTIVE, FROZEN or CLOSED. */
  public static final String ACCOUNT_STATUS = "accountStatus";
  public static final String ACCOUNT_AGE_DAYS = "accountAgeDays";
  /** Security changes (password, e-mail, phone, 2FA, whitelist, API keys) in the window before the request. */
  public static final String RECENT_SECURITY_CHANGES = "recentSecurityChanges";
  /** Whole days since the latest of those changes; null when there was none. */
  public static final String DAYS_SINCE_SECURITY_CHANGE = "daysSinceSecurityChange";
  public static final String TWO_FACTOR_ENABLED = "twoFactorEnabled";
  /** The customer's other open cases of the dispute types (casedesk.withdrawal-limit.dispute-case-types). */
  public static final String OPEN_DISPUTES = "openDisputes";
  /** The customer's other open withdrawal-limit requests. */
  public static final String OPEN_LIMIT_REQUESTS = "openLimitRequests";
  public static final String KYC_LEVEL = "kycLevel";
  /** The highest daily limit the account's KYC level allows (casedesk.withdrawal-limit.level-ceilings). */
  public static final String LEVEL_CEILING_USD = "levelCeilingUsd";
  public static final String REQUESTED_DAILY_LIMIT_USD = "requestedDailyLimitUsd";
  public static final String CURRENT_DAILY_LIMIT_USD = "currentDailyLimitUsd";
  /** The lowest KYC level whose ceiling covers the request; null when none does. */
  public static final String REQUIRED_KYC_LEVEL = "requiredKycLevel";
  /** Requested daily limit divided by the current one (the current one counted as at least 1 USD). */
  public static final String INCREASE_FACTOR = "increaseFactor";
  /** Withdrawals sent in the history window (90 days) before the request. */
  public static final String RECENT_WITHDRAWALS = "recentWithdrawals";

  // The decision, as the table gave it and the desk recorded it.

  /** The table's result (one map), read and removed by "Record decision". */
  public static final String DECISION_RESULT = "limitDecisionResult";
  /** APPROVE, NEEDS_KYC_LEVEL, REVIEW or DECLINE. */
  public static final String LIMIT_DECISION = "limitDecision";
  /** The rule's reason code, such as RECENT_SECURITY_CHANGE. */
  public static final String LIMIT_DECISION_REASON = "limitDecisionReason";
  /** kyc or compliance, for a REVIEW. */
  public static final String REVIEW_GROUP = "reviewGroup";
  /** The candidate group of the review: compliance, or the case's triage queue for kyc reviews. */
  public static final String REVIEW_QUEUE = "reviewQueue";
  public static final String NEEDED_KYC_LEVEL = "neededKycLevel";
  /** The matched rule's id in the decision table. */
  public static final String DECISION_RULE = "decisionRule";
  /** The rule that matched and the inputs it saw, in words, for the case and the audit trail. */
  public static final String DECISION_EXPLANATION = "decisionExplanation";
  /** Why the case needs a person, in the case language, for the review form. */
  public static final String REVIEW_NOTE = "reviewNote";

  // The review: the limit a person approves, and the limit the desk then applies.

  /** The reviewer's approved daily limit (a form field, prefilled with the requested one). */
  public static final String APPROVED_DAILY_LIMIT_USD = "approvedDailyLimitUsd";
  /** The daily limit the desk will apply, recorded from the table or the first review (not a form field). */
  public static final String GRANTED_DAILY_LIMIT_USD = "grantedDailyLimitUsd";
  /** The granted limit is above the ceiling of the account's level: compliance gives a second approval. */
  public static final String GRANTED_ABOVE_CEILING = "grantedAboveCeiling";

  // Texts for forms and notifications, in the case language.

  public static final String REQUESTED_LIMIT_TEXT = "requestedLimitText";
  public static final String CURRENT_LIMIT_TEXT = "currentLimitText";
  public static final String LEVEL_CEILING_TEXT = "levelCeilingText";
  public static final String NEEDED_LEVEL_CEILING_TEXT = "neededLevelCeilingText";
  public static final String GRANTED_LIMIT_TEXT = "grantedLimitText";
  /** The daily limit in force after "Set daily limit". */
  public static final String DAILY_LIMIT_NOW_TEXT = "dailyLimitNowText";
  /** The account's facts for the review forms. */
  public static final String ACCOUNT_SUMMARY = "accountSummary";
  /** The customer's request (limit, reason, documents) for the review forms. */
  public static final String REQUEST_SUMMARY = "requestSummary";

  private WithdrawalLimitVariables() {}
}
