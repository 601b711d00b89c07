package io.casedesk.copytrading;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The {@code details} of a COPY_TRADING_DISPUTE: the lead trader the customer follows, the window
 * of at most 31 days in which the lead's orders are checked, optionally the lead orders in question,
 * and what the customer says went wrong.
 */
public record CopyTradingDisputeDetails(
    @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{2,64}", message = "must be the lead trader's name on the exchange (letters, digits, _ . -)")
        String leadTrader,
    @NotNull Instant from,
    @NotNull Instant to,
    @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be a lead order id such as LO-88120") String> orderIds,
    @NotNull Claim claim) {

  /** What the customer says went wrong. */
  public enum Claim {
    /** A lead order was not copied. */
    NOT_COPIED,
    /** A copy was filled at a price far from the lead's, or only in part. */
    WRONG_FILL,
    /** The customer lost money and does not know why. */
    UNEXPECTED_LOSS,
    /** The lead closed a position and the copy was not closed. */
    CLOSURE_NOT_HONOURED
  }
}
