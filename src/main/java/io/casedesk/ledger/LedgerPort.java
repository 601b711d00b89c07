package io.casedesk.ledger;

import io.casedesk.ledger.AccountProfile.Balance;
import io.casedesk.ledger.AccountProfile.CopyTradingOrder;
import io.casedesk.ledger.AccountProfile.SavingsAccrual;
import io.casedesk.ledger.AccountProfile.Withdrawal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What CaseDesk reads from and writes to the exchange's back office. Adapters translate their
 * transport's failures into {@link LedgerUnavailableException}, which the engine retries.
 */
public interface LedgerPort {

  Optional<Account> findAccount(String uid);

  /** The account with its security state: 2FA, withdrawal lock, whitelist, recent logins. */
  Optional<AccountProfile> profile(String uid);

  List<Balance> balances(String uid);

  List<Withdrawal> withdrawals(String uid);

  /** Flexible Savings interest as booked, per day, from and to inclusive. */
  List<SavingsAccrual> savingsAccruals(String uid, String asset, LocalDate from, LocalDate to);

  /** Copy-trading orders whose lead order was placed in [from, to). */
  List<CopyTradingOrder> copyTradingOrders(String uid, Instant from, Instant to);

  /** The account's security changes at or after {@code since}, newest first. */
  List<SecurityChange> securityChanges(String uid, Instant since);

  /** Sets the account's verified KYC level; an unknown account is a {@link UnknownAccountException}. */
  void setKycLevel(String uid, int level);

  /** Whose deposit address this is on the chain; {@code memo} tells customers apart on shared addresses. */
  AddressOwner addressOwner(String chain, String address, String memo);

  /** The credited deposit of a transaction, if the back office credited it. */
  Optional<Deposit> findDeposit(String chain, String txId);

  /**
   * Credits a deposit the desk verified on chain. Idempotent: a transaction credited before is
   * returned as it was credited.
   */
  Deposit credit(CreditRequest request);

  /** The back office could not be reached or failed; the caller's job is retried. */
  class LedgerUnavailableException extends RuntimeException {
    public LedgerUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The account does not exist at the exchange. */
  class UnknownAccountException extends RuntimeException {
    public UnknownAccountException(String uid) {
      super("No account with UID " + uid);
    }
  }
}
