package io.casedesk.copytrading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crafted copy-trading data in the embedded back office for the tests' own follower 10000049: each
 * test gets a lead trader of its own, so no test sees another's orders.
 */
final class CopyTradingLedgerData {

  static final String FOLLOWER = "10000049";
  private static final AtomicInteger LEADS = new AtomicInteger();

  private final JdbcClient jdbc;
  final String leadTrader;
  private int orders;

  private CopyTradingLedgerData(JdbcClient jdbc, String leadTrader) {
    this.jdbc = jdbc;
    this.leadTrader = leadTrader;
  }

  /** A new lead trader the follower copies one for one (ratio 1) from before the demo window. */
  static CopyTradingLedgerData newLeadTrader(JdbcClient jdbc) {
    CopyTradingLedgerData data = new CopyTradingLedgerData(jdbc, "testlead" + LEADS.incrementAndGet() + "x" + System.nanoTime() % 100_000);
    jdbc.sql("""
            insert into ledger_copy_follow (follower_uid, lead_trader, copy_ratio, max_order_value, followed_from, followed_until)
            values (:f, :l, 1, null, :from, null)
            """)
        .param("f", FOLLOWER).param("l", data.leadTrader).param("from", Instant.parse("2026-11-01T00:00:00Z").atOffset(java.time.ZoneOffset.UTC))
        .update();
    return data;
  }

  /** A filled market order of the lead; returns its id. */
  String leadOrder(String symbol, String side, String price, String quantity, Instant at, String exitPrice) {
    return leadOrder(symbol, side, "MARKET", "FILLED", price, quantity, at, at, exitPrice);
  }

  String leadOrder(String symbol, String side, String type, String status, String price, String quantity, Instant placedAt, Instant filledAt,
      String exitPrice) {
    String id = leadTrader.toUpperCase() + "-" + (++orders);
    jdbc.sql("""
            insert into ledger_lead_order (id, lead_trader, symbol, side, order_type, status, price, quantity, filled_quantity, placed_at, filled_at, exit_price, exited_at)
            values (:id, :l, :s, :side, :type, :status, :p, :q, :fq, :placed, :filled, :exit, null)
            """)
        .param("id", id).param("l", leadTrader).param("s", symbol).param("side", side).param("type", type).param("status", status)
        .param("p", new BigDecimal(price)).param("q", new BigDecimal(quantity))
        .param("fq", "FILLED".equals(status) ? new BigDecimal(quantity) : BigDecimal.ZERO)
        .param("placed", placedAt.atOffset(java.time.ZoneOffset.UTC))
        .param("filled", filledAt == null ? null : filledAt.atOffset(java.time.ZoneOffset.UTC))
        .param("exit", new BigDecimal(exitPrice))
        .update();
    return id;
  }

  /** The follower's copy of a lead order. */
  void copy(String leadOrderId, String symbol, String side, String status, String leadPrice, String fillPrice, String quantity,
      String filledQuantity, String failureReason, Instant leadPlacedAt, Instant placedAt) {
    jdbc.sql("""
            insert into ledger_copy_order (id, customer_uid, lead_trader, lead_order_id, symbol, side, status, lead_price, fill_price,
              quantity, filled_quantity, failure_reason, lead_placed_at, placed_at)
            values (:id, :f, :l, :lo, :s, :side, :status, :lp, :fp, :q, :fq, :reason, :lpa, :pa)
            """)
        .param("id", "C-" + leadOrderId).param("f", FOLLOWER).param("l", leadTrader).param("lo", leadOrderId).param("s", symbol)
        .param("side", side).param("status", status).param("lp", new BigDecimal(leadPrice))
        .param("fp", fillPrice == null ? null : new BigDecimal(fillPrice)).param("q", new BigDecimal(quantity))
        .param("fq", new BigDecimal(filledQuantity)).param("reason", failureReason)
        .param("lpa", leadPlacedAt.atOffset(java.time.ZoneOffset.UTC))
        .param("pa", placedAt == null ? null : placedAt.atOffset(java.time.ZoneOffset.UTC))
        .update();
  }
}
