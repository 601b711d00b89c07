package io.casedesk.copytrading.internal;

import io.casedesk.ledger.AccountProfile.CopyTradingOrder;
import io.casedesk.ledger.LeadTraderOrders.LeadOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reconciles a follower's copies against the lead trader's orders, from ledger data only: for each
 * lead order in the window the copy and its fill, flagged when missing, not placed, late, filled
 * beyond the pair's slippage cap or only partly. Prices are compared exactly (the fill against the
 * cap price), never through a rounded percentage.
 *
 * <p>Compensation, for an order the fault decision gives to the platform, is what the follower lost
 * against a correct copy: one filled at the lead's price within the cap, so at worst at the cap price.
 * For the filled part that is the price beyond the cap; for the part not filled, what the correct copy
 * would have made up to where the lead left the trade. Never negative; rounded up to the cent, in the
 * follower's favour.
 */
@Component
class CopyTradeReconciliation {

  /** Compensation is paid in the quote asset of the pairs copy trading runs on. */
  static final String COMPENSATION_ASSET = "USDT";
  static final int MONEY_SCALE = 2;
  /** Slippage fractions are kept to 8 places (0.000001 %), for display only: decisions compare prices. */
  static final int SLIPPAGE_SCALE = 8;

  private final CopyTradingSettings settings;

  CopyTradeReconciliation(CopyTradingSettings settings) {
    this.settings = settings;
  }

  /** The orders checked, oldest first, and the order ids the customer named that are none of them. */
  record Reconciled(List<OrderFinding> orders, List<String> unknownOrderIds) {}

  Reconciled reconcile(String leadTrader, List<LeadOrder> leadOrders, List<CopyTradingOrder> copies, List<String> orderIds) {
    Map<String, LeadOrder> leads = new LinkedHashMap<>();
    leadOrders.stream().filter(o -> leadTrader.equals(o.leadTrader())).forEach(o -> leads.put(o.id(), o));
    Map<String, CopyTradingOrder> copyOf = new LinkedHashMap<>();
    for (CopyTradingOrder copy : copies) {
      if (leadTrader.equals(copy.leadTrader())) {
        // A lead order tried twice keeps the copy that was placed.
        copyOf.merge(copy.leadOrderId(), copy, (first, second) -> placed(first) ? first : second);
      }
    }
    Set<String> ids = new LinkedHashSet<>(leads.keySet());
    ids.addAll(copyOf.keySet());
    List<String> asked = orderIds == null ? List.of() : orderIds.stream().distinct().toList();
    List<OrderFinding> orders = ids.stream()
        .filter(id -> asked.isEmpty() || asked.contains(id))
        .map(id -> finding(leads.get(id), copyOf.get(id)))
        .sorted(Comparator.comparing((OrderFinding o) -> o.leadFilledAt() == null ? Instant.MAX : o.leadFilledAt())
            .thenComparing(OrderFinding::leadOrderId))
        .toList();
    List<String> unknown = asked.stream().filter(id -> !ids.contains(id)).toList();
    return new Reconciled(orders, unknown);
  }

  private OrderFinding finding(LeadOrder lead, CopyTradingOrder copy) {
    String symbol = copy != null ? copy.symbol() : lead.symbol();
    String side = copy != null ? copy.side() : lead.side();
    boolean buy = OrderFinding.BUY.equals(side);
    BigDecimal leadPrice = copy != null && copy.leadPrice() != null ? copy.leadPrice() : lead.price();
    BigDecimal quantity = copy != null ? copy.quantity() : lead.copyQuantity();
    BigDecimal filled = copy != null && copy.filledQuantity() != null ? copy.filledQuantity() : BigDecimal.ZERO;
    boolean placed = filled.signum() > 0;
    BigDecimal cap = settings.cap(symbol);
    BigDecimal capPrice = buy ? leadPrice.multiply(BigDecimal.ONE.add(cap)) : leadPrice.multiply(BigDecimal.ONE.subtract(cap));
    BigDecimal fill = placed ? copy.fillPrice() : null;
    BigDecimal slippage = fill == null ? null
        : (buy ? fill.subtract(leadPrice) : leadPrice.subtract(fill)).divide(leadPrice, SLIPPAGE_SCALE, RoundingMode.HALF_UP);
    boolean beyondCap = fill != null && (buy ? fill.compareTo(capPrice) > 0 : fill.compareTo(capPrice) < 0);
    Instant leadFilledAt = lead != null && lead.filledAt() != null ? lead.filledAt() : copy != null ? copy.leadPlacedAt() : lead.placedAt();
    Instant placedAt = copy == null ? null : copy.placedAt();
    boolean late = placed && placedAt != null && Duration.between(leadFilledAt, placedAt).compareTo(settings.getLateAfter()) > 0;
    return new OrderFinding(
        lead != null ? lead.id() : copy.leadOrderId(), copy == null ? null : copy.id(), symbol, side,
        leadPrice, fill, quantity, filled, cap, capPrice, slippage, lead == null ? null : lead.exitPrice(), leadFilledAt, placedAt,
        copy == null ? null : copy.failureReason(),
        lead != null && !lead.filled() && !placed, placed, late, beyondCap, placed && filled.compareTo(quantity) < 0,
        null, null);
  }

  private static boolean placed(CopyTradingOrder copy) {
    return copy.filledQuantity() != null && copy.filledQuantity().signum() > 0;
  }

  /**
   * What a platform fault on this order cost the follower, in {@link #COMPENSATION_ASSET}, rounded up
   * to the cent: the price beyond the cap on the filled part, and with {@code compensateUnfilled} what
   * the part not filled would have made; null when the pair is quoted in another asset and the desk
   * cannot say.
   */
  BigDecimal compensation(OrderFinding order, boolean compensateUnfilled) {
    if (!order.symbol().endsWith(COMPENSATION_ASSET)) {
      return null;
    }
    BigDecimal loss = BigDecimal.ZERO;
    if (order.beyondCap() && order.fillPrice() != null) {
      loss = loss.add(pastCapPrice(order, order.fillPrice()).multiply(order.filledQuantity()));
    }
    BigDecimal unfilled = order.quantity().subtract(order.filledQuantity());
    if (compensateUnfilled && unfilled.signum() > 0 && order.exitPrice() != null) {
      loss = loss.add(pastCapPrice(order, order.exitPrice()).multiply(unfilled).max(BigDecimal.ZERO));
    }
    return loss.max(BigDecimal.ZERO).setScale(MONEY_SCALE, RoundingMode.UP);
  }

  /**
   * Price minus cap price for a buy, cap price minus price for a sell: for the copy's fill, what the
   * follower paid too much (or got too little) per unit; for the lead's exit, what a correct copy
   * would have made per unit.
   */
  private static BigDecimal pastCapPrice(OrderFinding order, BigDecimal price) {
    return order.buys() ? price.subtract(order.capPrice()) : order.capPrice().subtract(price);
  }

  /** Compensations above this need a supervisor's approval. */
  BigDecimal approvalThreshold() {
    return settings.getApprovalThreshold();
  }
}
