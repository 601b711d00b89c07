package io.casedesk.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Credits a follower what a platform-side copy-trading failure cost them. Idempotent by case and
 * order: a request for a case and order credited before is answered with that credit and credits
 * nothing again, so a retried or repeated step never pays twice.
 */
public interface CopyTradingCompensation {

  /**
   * Credits the compensation, or answers the earlier credit of the same case and order.
   *
   * @throws LedgerPort.UnknownAccountException when the account does not exist
   * @throws CompensationConflictException when the case and order were credited with another amount
   * @throws LedgerPort.LedgerUnavailableException when the back office cannot be reached (retried)
   */
  Credit credit(CompensationRequest request);

  /** The compensations credited for a case, oldest first. */
  List<Credit> credits(String caseNumber);

  /**
   * A compensation to credit.
   *
   * @param orderId the lead order whose copy failed; with the case number, the idempotency key
   * @param reason what went wrong, for the ledger entry
   * @param requestedBy who approved it
   */
  record CompensationRequest(
      String caseNumber, String orderId, String customerUid, String asset, BigDecimal amount, String reason, String requestedBy) {

    /** Case number and order: the same compensation, however often it is asked for. */
    public String idempotencyKey() {
      return caseNumber + ":" + orderId;
    }

    boolean sameAs(Credit credit) {
      return credit.customerUid().equals(customerUid) && credit.asset().equals(asset) && credit.amount().compareTo(amount) == 0;
    }
  }

  /** A compensation as the ledger booked it. */
  record Credit(
      String id, String caseNumber, String orderId, String customerUid, String asset, BigDecimal amount, Instant creditedAt,
      String requestedBy) {

    /** This credit answers the request only if it is the same compensation; otherwise the request conflicts. */
    public Credit answering(CompensationRequest request) {
      if (!request.sameAs(this)) {
        throw new CompensationConflictException(request, this);
      }
      return this;
    }
  }

  /** The case and order were compensated before with another amount, asset or account. */
  class CompensationConflictException extends RuntimeException {
    public CompensationConflictException(CompensationRequest request, Credit earlier) {
      super("Order " + request.orderId() + " of case " + request.caseNumber() + " was compensated before with "
          + (earlier == null ? "other data" : earlier.amount().toPlainString() + " " + earlier.asset() + " to " + earlier.customerUid())
          + "; asked now for " + request.amount().toPlainString() + " " + request.asset() + " to " + request.customerUid());
    }
  }
}
