package io.casedesk.deposittrace;

import io.casedesk.platform.ProcessVariables;

/** Process variables of deposit-trace, defined once. */
@ProcessVariables
public final class DepositTraceVariables {

  public static final String CHAIN = "chain";
  public static final String ASSET = "asset";
  public static final String TX_ID = "txId";
  /** CREDITED, CONFIRMING, FAILED_ON_CHAIN, NOT_FOUND, NOT_OUR_ADDRESS, MISSING_MEMO or UNCLEAR. */
  public static final String VERDICT = "depositVerdict";
  /** True on the first CONFIRMING verdict only, so the customer is told once. */
  public static final String FIRST_CONFIRMING = "firstConfirming";
  public static final String CONFIRMATIONS = "confirmations";
  public static final String REQUIRED_CONFIRMATIONS = "requiredConfirmations";
  public static final String EXPECTED_CREDIT_AT = "expectedCreditAt";
  /** ISO-8601 duration until the next look at a confirming transaction. */
  public static final String RECHECK_AFTER = "recheckAfter";
  public static final String RECHECKS = "recheckCount";
  public static final String AMOUNT = "amount";
  public static final String LEDGER_ENTRY_ID = "ledgerEntryId";
  public static final String DEPOSIT_SUMMARY = "depositSummary";
  public static final String VERDICT_NOTE = "verdictNote";

  private DepositTraceVariables() {}
}
