package io.casedesk.chain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a chain says about a transaction: whether it exists, is pending, confirmed (with how many
 * confirmations) or failed, and what it transferred to whom.
 */
public record TransactionStatus(State state, long confirmations, List<Transfer> transfers) {

  public enum State {
    NOT_FOUND,
    PENDING,
    CONFIRMED,
    FAILED
  }

  /** One payment inside the transaction: recipient, amount in the chain's native unit, and memo or tag if any. */
  public record Transfer(String toAddress, BigDecimal amount, String memo) {}

  public static TransactionStatus notFound() {
    return new TransactionStatus(State.NOT_FOUND, 0, List.of());
  }
}
