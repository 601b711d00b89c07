package io.casedesk.copytrading;

import io.casedesk.platform.ProcessVariables;

/** Process variables of copy-trading-dispute, defined once for delegates, the model, forms and tests. */
@ProcessVariables
public final class CopyTradingVariables {

  public static final String LEAD_TRADER = "leadTrader";
  /** The window as the customer sees it: {@code 2026-11-18 00:00 – 2026-11-24 00:00} (UTC). */
  public static final String WINDOW_FROM = "windowFrom";
  public static final String WINDOW_TO = "windowTo";
  public static final String CLAIM = "claim";

  /** Every lead order checked, as JSON: what the ledger says, what the reconciliation found, the fault and the compensation. */
  public static final String RECONCILIATION = "reconciliation";
  /** The same as rows for the review forms' table, texts in the case language. */
  public static final String RECONCILIATION_TABLE = "reconciliationTable";
  /** Order ids the customer named that are no lead order of the lead trader in the window (comma-separated). */
  public static final String UNKNOWN_ORDER_IDS = "unknownOrderIds";
  public static final String ORDERS_RECONCILED = "ordersReconciled";
  public static final String PLATFORM_FAULTS = "platformFaults";
  public static final String FOLLOWER_FAULTS = "followerFaults";

  /** The fault of the case from the copy-trading-case-fault decision: PLATFORM_FAULT, FOLLOWER_CONFIGURATION, LEAD_TRADER_PERFORMANCE. */
  public static final String CASE_FAULT = "caseFault";

  /** What the platform's faults cost the follower, to the cent, as text (e.g. {@code 52.83}). */
  public static final String COMPENSATION_TOTAL = "compensationTotal";
  public static final String COMPENSATION_ASSET = "compensationAsset";
  /** True when platform faults cost the follower anything. */
  public static final String COMPENSATION_DUE = "compensationDue";
  /** True when the compensation is above casedesk.copy-trading.approval-threshold: supervisors approve first. */
  public static final String APPROVAL_REQUIRED = "approvalRequired";
  public static final String APPROVAL_THRESHOLD = "approvalThreshold";
  /** Platform faults whose loss the desk cannot compute (a pair not quoted in the compensation asset): settled by hand. */
  public static final String COMPENSATION_BY_HAND = "compensationByHand";
  /** The ledger's ids of the compensations credited, comma-separated. */
  public static final String COMPENSATION_CREDITS = "compensationCredits";

  /** The finding order by order, in the case language, for the customer's message. */
  public static final String FINDING_LINES = "findingLines";

  private CopyTradingVariables() {}
}
