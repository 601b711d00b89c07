package io.casedesk.ledger;

import java.util.Optional;

/**
 * What CaseDesk reads from and writes to the exchange's back office. Adapters translate their
 * transport's failures into {@link LedgerUnavailableException}, which the engine retries.
 */
public interface LedgerPort {

  Optional<Account> findAccount(String uid);

  /** Sets the account's verified KYC level; an unknown account is a {@link UnknownAccountException}. */
  void setKycLevel(String uid, int level);

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
