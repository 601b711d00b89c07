package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the back office knows of a lead trader's own orders, as a follower's copy engine saw them: the
 * lead's price and fill, when the order was fully filled (a maker order is copied only then), the
 * size the follower's copy settings gave it, and where the lead left the trade. The follower's copies
 * themselves are {@link LedgerPort#copyTradingOrders}.
 */
public interface LeadTraderOrders {

  /**
   * The lead trader's orders placed in [from, to) while {@code followerUid} followed them, oldest
   * first; none for a lead trader the exchange does not know or the follower did not follow.
   */
  List<LeadOrder> followedOrders(String leadTrader, String followerUid, Instant from, Instant to);

  /**
   * One order of a lead trader.
   *
   * @param type MARKET or LIMIT (a maker order, copied once fully filled)
   * @param status FILLED, PARTIALLY_FILLED, NEW (still pending) or CANCELLED
   * @param price the lead's average fill price (the limit price while nothing is filled)
   * @param filledAt when the order was fully filled; null while it is not
   * @param copyQuantity the quantity the follower's copy settings (ratio, own cap) gave the copy
   * @param exitPrice the price at which the lead left the trade this order opened (for a sell: bought
   *     back), or while the trade is open, the mark price when asked
   * @param exitedAt when the lead left the trade; null while it is open
   */
  record LeadOrder(
      String id, String leadTrader, String symbol, String side, String type, String status, BigDecimal price,
      BigDecimal quantity, BigDecimal filledQuantity, Instant placedAt, Instant filledAt, BigDecimal copyQuantity,
      BigDecimal exitPrice, Instant exitedAt) {

    public static final String FILLED = "FILLED";

    public boolean filled() {
      return FILLED.equals(status);
    }
  }
}
