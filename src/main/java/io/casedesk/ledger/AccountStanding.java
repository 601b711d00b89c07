package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an account weighs and how long it has existed, as the back office values it: when it was
 * opened and its holdings (available and locked) at the back office's current USD prices. Support
 * weighs both before it does something that could hand an account over.
 */
public interface AccountStanding {

  /** The account's standing; empty for an account the exchange does not know. */
  Optional<Standing> standing(String uid);

  /**
   * {@code balanceUsd} is the sum of the holdings that have a price; a holding without one has a null
   * {@code usdPrice} and {@code usdValue}, so the total says nothing about it.
   */
  record Standing(String uid, Instant openedAt, BigDecimal balanceUsd, List<Holding> holdings, Instant pricedAt) {

    /** The assets held that the back office could not value. */
    public List<String> unpricedAssets() {
      return holdings.stream().filter(h -> h.usdPrice() == null && h.amount().signum() != 0).map(Holding::asset).toList();
    }
  }

  /** One asset held, available and locked together, with its USD price and value. */
  record Holding(String asset, BigDecimal amount, BigDecimal usdPrice, BigDecimal usdValue) {}
}
