package io.casedesk.ledger.internal;

import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.ledger.LeadTraderOrders;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lead traders' orders in the embedded back office, with the copy size the follower's settings
 * give: the lead's quantity times the copy ratio, at most the follower's own cap per order.
 */
@Component
@ConditionalOnProperty(name = "casedesk.ledger.adapter", havingValue = "embedded", matchIfMissing = true)
class EmbeddedLeadTraderOrders implements LeadTraderOrders {

  /** Copy quantities are cut to the exchange's quantity step, never rounded up beyond the follower's settings. */
  static final int QUANTITY_SCALE = 8;

  private final JdbcClient jdbc;
  private final EmbeddedBackOffice backOffice;

  EmbeddedLeadTraderOrders(JdbcClient jdbc, EmbeddedBackOffice backOffice) {
    this.jdbc = jdbc;
    this.backOffice = backOffice;
  }

  @Override
  public List<LeadOrder> followedOrders(String leadTrader, String followerUid, Instant from, Instant to) {
    backOffice.requireAvailable();
    return jdbc.sql(
            """
            select o.*, f.copy_ratio, f.max_order_value from ledger_lead_order o
            join ledger_copy_follow f on f.lead_trader = o.lead_trader and f.follower_uid = :follower
              and f.followed_from <= o.placed_at and (f.followed_until is null or f.followed_until > o.placed_at)
            where o.lead_trader = :lead and o.placed_at >= :from and o.placed_at < :to
            order by o.placed_at, o.id
            """)
        .param("lead", leadTrader)
        .param("follower", followerUid)
        .param("from", from.atOffset(ZoneOffset.UTC))
        .param("to", to.atOffset(ZoneOffset.UTC))
        .query(EmbeddedLeadTraderOrders::order)
        .list();
  }

  private static LeadOrder order(ResultSet rs, int row) throws SQLException {
    BigDecimal price = rs.getBigDecimal("price");
    return new LeadOrder(rs.getString("id"), rs.getString("lead_trader"), rs.getString("symbol"), rs.getString("side"),
        rs.getString("order_type"), rs.getString("status"), price.stripTrailingZeros(), rs.getBigDecimal("quantity").stripTrailingZeros(),
        rs.getBigDecimal("filled_quantity").stripTrailingZeros(), instant(rs, "placed_at"), instant(rs, "filled_at"),
        copyQuantity(rs.getBigDecimal("quantity"), price, rs.getBigDecimal("copy_ratio"), rs.getBigDecimal("max_order_value")),
        rs.getBigDecimal("exit_price").stripTrailingZeros(), instant(rs, "exited_at"));
  }

  static BigDecimal copyQuantity(BigDecimal leadQuantity, BigDecimal price, BigDecimal ratio, BigDecimal maxOrderValue) {
    BigDecimal quantity = leadQuantity.multiply(ratio).setScale(QUANTITY_SCALE, RoundingMode.DOWN);
    if (maxOrderValue != null && quantity.multiply(price).compareTo(maxOrderValue) > 0) {
      quantity = maxOrderValue.divide(price, QUANTITY_SCALE, RoundingMode.DOWN);
    }
    return quantity.stripTrailingZeros();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
