package io.casedesk.copytrading.internal;

import io.casedesk.copytrading.Fault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One lead order and the follower's copy of it, as the reconciliation found them; after the fault
 * decision also whose fault the result is and, for a platform fault, the compensation. Kept as the
 * JSON variable {@code reconciliation}, amounts as exact decimal texts.
 *
 * @param quantity the copy's intended quantity (the ledger's copy order, else the follower's settings)
 * @param cap the pair's slippage cap, a fraction of the lead's price
 * @param capPrice the worst price a correct copy may have: lead × (1 + cap) for a buy, lead × (1 − cap) for a sell
 * @param slippage how much worse than the lead's price the copy was filled, a fraction (negative: better)
 * @param exitPrice where the lead left the trade (or its mark price while open)
 */
record OrderFinding(
    String leadOrderId,
    String copyOrderId,
    String symbol,
    String side,
    @ExactDecimal BigDecimal leadPrice,
    @ExactDecimal BigDecimal fillPrice,
    @ExactDecimal BigDecimal quantity,
    @ExactDecimal BigDecimal filledQuantity,
    @ExactDecimal BigDecimal cap,
    @ExactDecimal BigDecimal capPrice,
    @ExactDecimal BigDecimal slippage,
    @ExactDecimal BigDecimal exitPrice,
    Instant leadFilledAt,
    Instant placedAt,
    String failureReason,
    boolean leadOrderPending,
    boolean copyPlaced,
    boolean late,
    boolean beyondCap,
    boolean partlyFilled,
    Fault fault,
    @ExactDecimal BigDecimal compensation) {

  static final String BUY = "BUY";

  boolean buys() {
    return BUY.equals(side);
  }

  /** Everything found, most telling first; CORRECT alone when nothing is wrong. */
  List<Verdict> verdicts() {
    if (leadOrderPending) {
      return List.of(Verdict.LEAD_ORDER_PENDING);
    }
    if (!copyPlaced) {
      return List.of(copyOrderId == null ? Verdict.COPY_MISSING : Verdict.NOT_PLACED);
    }
    List<Verdict> found = new ArrayList<>();
    if (beyondCap) {
      found.add(Verdict.SLIPPAGE_BEYOND_CAP);
    }
    if (partlyFilled) {
      found.add(Verdict.PARTLY_FILLED);
    }
    if (late) {
      found.add(Verdict.LATE);
    }
    return found.isEmpty() ? List.of(Verdict.CORRECT) : found;
  }

  /** How long after the lead's fill the copy was placed; null when it was not. */
  Duration delay() {
    return leadFilledAt == null || placedAt == null ? null : Duration.between(leadFilledAt, placedAt);
  }

  OrderFinding decided(Fault fault, BigDecimal compensation) {
    return new OrderFinding(leadOrderId, copyOrderId, symbol, side, leadPrice, fillPrice, quantity, filledQuantity, cap, capPrice,
        slippage, exitPrice, leadFilledAt, placedAt, failureReason, leadOrderPending, copyPlaced, late, beyondCap, partlyFilled,
        fault, compensation);
  }
}
