package io.casedesk.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * The account's withdrawal whitelist in the exchange's back office: the addresses funds may be
 * withdrawn to. The desk changes it only here, after the customer confirmed the change; each change
 * names its case, is idempotent by case number and operation (a retried step never adds or removes
 * twice) and is recorded by the back office as a security change of the account. Adapters translate
 * their transport's failures into {@link LedgerPort.LedgerUnavailableException}, which the engine
 * retries.
 */
public interface WithdrawalWhitelist {

  /**
   * Adds the address, usable for withdrawals from {@link Addition#usableFrom()} on (the cooling-off
   * before that). A repeat for the same case returns the entry that case added.
   *
   * @throws AlreadyWhitelistedException when the whitelist already holds the address (with that memo)
   * @throws LedgerPort.UnknownAccountException when the exchange has no such account
   */
  Entry add(Addition addition);

  /**
   * Removes the address at once. A repeat for the same case answers as the first call did.
   *
   * @return the entry removed, or empty when the whitelist did not hold the address
   * @throws LedgerPort.UnknownAccountException when the exchange has no such account
   */
  Optional<Entry> remove(Removal removal);

  /**
   * Takes back what a case added, whether its cooling-off is still running or not: the customer
   * cancelled. Idempotent: nothing left to take back is an empty answer.
   *
   * @return the entry taken off the whitelist, or empty when there was none
   */
  Optional<Entry> cancelAddition(String customerUid, String caseNumber);

  /** What to add: where to, for which asset, under which label, usable from when, for which case. */
  record Addition(
      String customerUid, String chain, String asset, String address, String memo, String label, Instant usableFrom,
      String caseNumber) {}

  /** What to remove, for which case. */
  record Removal(String customerUid, String chain, String address, String memo, String caseNumber) {}

  /** An address on the whitelist: usable from {@code usableFrom} on; {@code caseNumber} is the case that added it, if one did. */
  record Entry(
      String chain, String asset, String address, String memo, String label, Instant addedAt, Instant usableFrom,
      String caseNumber) {}

  /** The whitelist holds the address already (added earlier, by the customer or another case). */
  class AlreadyWhitelistedException extends RuntimeException {
    public AlreadyWhitelistedException(String chain, String address) {
      super("The whitelist already holds " + chain + " address " + address);
    }
  }
}
