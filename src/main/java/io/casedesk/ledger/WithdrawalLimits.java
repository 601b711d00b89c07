package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An account's withdrawal limits at the exchange, in USD: a daily limit over a sliding 24-hour window
 * and a monthly one over 30 days, as the back office enforces them. The desk reads them and raises
 * the daily limit when a request is approved. Adapters translate their transport's failures into
 * {@link LedgerPort.LedgerUnavailableException}, which the engine retries.
 */
public interface WithdrawalLimits {

  /** The account's limits and when the account was opened; empty for an account the exchange does not know. */
  Optional<AccountLimits> limits(String uid);

  /**
   * Sets the account's daily limit. Idempotent by {@code change.idempotencyKey()}: a retry with the
   * same key and limit returns the change as it was made; the same key with another account or limit
   * is a {@link ConflictingLimitChangeException}. A monthly limit below the new daily one is raised to
   * it. An unknown account is a {@link LedgerPort.UnknownAccountException}.
   */
  LimitChange setDailyLimit(DailyLimitChange change);

  /** The limits in force and the account's opening date, which limits grow with. */
  record AccountLimits(String uid, BigDecimal dailyLimitUsd, BigDecimal monthlyLimitUsd, Instant accountOpenedAt, Instant updatedAt) {}

  /** A new daily limit, asked for by a case step ({@code idempotencyKey}: the case number) on someone's behalf. */
  record DailyLimitChange(String uid, BigDecimal dailyLimitUsd, String idempotencyKey, String requestedBy) {}

  /** A change the back office made: the daily limit before and after, and the monthly limit after it. */
  record LimitChange(
      String uid, BigDecimal previousDailyLimitUsd, BigDecimal dailyLimitUsd, BigDecimal monthlyLimitUsd, String idempotencyKey, Instant changedAt) {}

  /** The idempotency key was used before for another change; retrying cannot help. */
  class ConflictingLimitChangeException extends RuntimeException {
    public ConflictingLimitChangeException(String idempotencyKey) {
      super("The limit change " + idempotencyKey + " was already made with another account or limit");
    }
  }
}
