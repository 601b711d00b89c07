package io.casedesk.cases;

/** The kinds of case the desk handles; each one is a BPMN process of its own. */
public enum CaseType {
  KYC_VERIFICATION("kyc-verification"),
  TWO_FACTOR_RESET("two-factor-reset"),
  WHITELIST_CHANGE("whitelist-change"),
  COPY_TRADING_DISPUTE("copy-trading-dispute"),
  DEPOSIT_TRACE("deposit-trace");

  private final String processKey;

  CaseType(String processKey) {
    this.processKey = processKey;
  }

  public String processKey() {
    return processKey;
  }
}
