package io.casedesk.deposittrace;

/** What the desk concludes about a deposit the customer misses. */
public enum DepositVerdict {
  CREDITED,
  CONFIRMING,
  FAILED_ON_CHAIN,
  NOT_FOUND,
  NOT_OUR_ADDRESS,
  MISSING_MEMO,
  UNCLEAR
}
