package io.casedesk.copytrading;

/**
 * Whose fault a copy's result is, per order and for the case (decided by
 * {@code processes/copy-trading-fault.dmn}). Only platform faults are compensated.
 */
public enum Fault {
  /** The platform failed: the copy was not placed, late, filled beyond the pair's slippage cap, or only partly, through no cause of the follower. */
  PLATFORM_FAULT,
  /** The follower's own account or settings stopped the copy: margin, minimum size, their own cap. */
  FOLLOWER_CONFIGURATION,
  /** The copy was placed as the lead's order was: the result is the lead trader's trading. */
  LEAD_TRADER_PERFORMANCE,
  /** Nobody's: a lead order still pending, or a copy held back by the protection meant to hold it back. Per order only. */
  NO_FAULT
}
