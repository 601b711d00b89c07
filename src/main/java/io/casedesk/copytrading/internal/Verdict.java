package io.casedesk.copytrading.internal;

/** What the reconciliation found about one copy, most telling first. */
enum Verdict {
  /** The lead's order is not fully filled: a maker order is copied only once it is. */
  LEAD_ORDER_PENDING,
  /** The lead order has no copy at all in the follower's account. */
  COPY_MISSING,
  /** A copy was tried and not placed; the ledger usually says why. */
  NOT_PLACED,
  /** Filled further from the lead's price than the pair's cap allows. */
  SLIPPAGE_BEYOND_CAP,
  /** Filled only in part. */
  PARTLY_FILLED,
  /** Placed later after the lead's fill than casedesk.copy-trading.late-after. */
  LATE,
  /** Placed in time, filled in full within the cap. */
  CORRECT
}
