package io.casedesk.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * What support may change about how an account is secured, through the exchange's back office: reset
 * a lost second factor, lock withdrawals for a while, lift that lock. Every operation belongs to a
 * case and is idempotent by its case number, because a retried job may repeat a call whose answer was
 * lost: a case resets an account's 2FA once, and holds at most one withdrawal lock on it.
 * Unreachable back offices are {@link LedgerPort.LedgerUnavailableException} (the engine retries),
 * unknown accounts {@link LedgerPort.UnknownAccountException}.
 */
public interface AccountSecurityAdministration {

  /**
   * Turns the account's second factor off, so the customer can bind a new one at the next login, and
   * records a {@link SecurityChange.Kind#TWO_FACTOR_RESET} with the case number. Repeated for the same
   * case, it changes nothing and answers the first reset.
   */
  TwoFactorReset resetTwoFactor(String uid, String caseNumber);

  /**
   * Locks the account's withdrawals until {@code until} on behalf of the case. The case's lock is one
   * lock: locking again for the same case moves its end (or locks again after a lift), it never adds a
   * second one. Locks of other cases stay as they are; the account is locked until the latest end.
   */
  WithdrawalLock lockWithdrawals(String uid, String caseNumber, Instant until);

  /** Lifts the case's lock; lifting it again changes nothing. Empty when the case never locked the account. */
  Optional<WithdrawalLock> liftWithdrawalLock(String uid, String caseNumber);

  /** A second factor reset by support. */
  record TwoFactorReset(String uid, String caseNumber, Instant resetAt) {}

  /** A case's withdrawal lock: from when, until when, and when it was lifted (null while it holds). */
  record WithdrawalLock(String uid, String caseNumber, Instant lockedAt, Instant lockedUntil, Instant liftedAt) {}
}
