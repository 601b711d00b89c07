package io.casedesk.deposittrace.internal;

import io.casedesk.chain.BlockchainPort;
import io.casedesk.chain.Chain;
import io.casedesk.chain.ChainSettings;
import io.casedesk.chain.TransactionStatus.State;
import io.casedesk.chain.TransactionStatus.Transfer;
import io.casedesk.chain.TransactionStatus;
import io.casedesk.deposittrace.DepositTraceDetails;
import io.casedesk.deposittrace.DepositVerdict;
import io.casedesk.ledger.AddressOwner.Ownership;
import io.casedesk.ledger.AddressOwner;
import io.casedesk.ledger.CreditRequest;
import io.casedesk.ledger.Deposit;
import io.casedesk.ledger.LedgerPort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Decides a deposit trace from the ledger and the chain, the way a support engineer would:
 * credited already? on chain at all? failed? sent to one of our addresses, with the memo shared
 * addresses need? enough confirmations? A confirmed deposit to the customer's own address that the
 * back office has not credited is credited now (the back office's recovery credit, idempotent).
 */
@Service
class DepositTrace {

  static final String CREDITED_BY = "casedesk-trace";
  /** A deposit still confirming after this many looks goes to an agent. */
  static final int MAX_RECHECKS = 60;

  private final LedgerPort ledger;
  private final BlockchainPort chains;
  private final ChainSettings settings;
  private final Clock clock;

  DepositTrace(LedgerPort ledger, BlockchainPort chains, ChainSettings settings, Clock clock) {
    this.ledger = ledger;
    this.chains = chains;
    this.settings = settings;
    this.clock = clock;
  }

  record Finding(
      DepositVerdict verdict, long confirmations, int requiredConfirmations, Instant expectedCreditAt,
      Transfer transfer, Deposit deposit, String note) {

    static Finding of(DepositVerdict verdict, String note) {
      return new Finding(verdict, 0, 0, null, null, null, note);
    }
  }

  Finding trace(String customerUid, DepositTraceDetails details, int rechecks) {
    String chain = details.chain().name();
    Optional<Deposit> credited = ledger.findDeposit(chain, details.txId());
    if (credited.isPresent() && !credited.get().customerUid().equals(customerUid)) {
      return Finding.of(DepositVerdict.UNCLEAR, "The transaction was credited to another account (" + credited.get().customerUid() + ")");
    }
    if (credited.isPresent()) {
      return credited(credited.get(), "Credited " + credited.get().creditedAt() + " as ledger entry " + credited.get().ledgerEntryId());
    }
    TransactionStatus tx = chains.transaction(details.chain(), details.txId());
    if (tx.state() == State.NOT_FOUND) {
      return Finding.of(DepositVerdict.NOT_FOUND, "The " + chain + " node knows no transaction " + details.txId());
    }
    if (tx.state() == State.FAILED) {
      return Finding.of(DepositVerdict.FAILED_ON_CHAIN, "The transaction failed on chain (" + tx.confirmations() + " confirmations)");
    }
    Recipient recipient = recipient(details.chain(), tx);
    if (recipient.owner().ownership() == Ownership.NOT_EXCHANGE) {
      return Finding.of(DepositVerdict.NOT_OUR_ADDRESS, "No output of the transaction pays a deposit address of the exchange");
    }
    if (recipient.owner().ownership() == Ownership.EXCHANGE_WITHOUT_MEMO) {
      return new Finding(DepositVerdict.MISSING_MEMO, tx.confirmations(), 0, null, recipient.transfer(), null,
          "Paid to the exchange's shared address " + recipient.transfer().toAddress() + " without a customer's memo or tag");
    }
    if (!recipient.owner().customerUid().equals(customerUid)) {
      return new Finding(DepositVerdict.UNCLEAR, tx.confirmations(), 0, null, recipient.transfer(), null,
          "Paid to a deposit address of another account (" + recipient.owner().customerUid() + ")");
    }
    if (!details.chain().nativeAsset().equals(details.asset())) {
      return new Finding(DepositVerdict.UNCLEAR, tx.confirmations(), 0, null, null, null,
          details.asset() + " is a token on " + chain + "; token transfers are checked by an agent (the chain shows "
              + recipient.transfer().amount().stripTrailingZeros().toPlainString() + " " + details.chain().nativeAsset() + ")");
    }
    ChainSettings.Settings chainSettings = settings.of(details.chain());
    int required = chainSettings.getConfirmations();
    if (tx.state() == State.PENDING || tx.confirmations() < required) {
      if (rechecks >= MAX_RECHECKS) {
        return new Finding(DepositVerdict.UNCLEAR, tx.confirmations(), required, null, recipient.transfer(), null,
            "Still " + tx.confirmations() + " of " + required + " confirmations after " + rechecks + " checks");
      }
      long missing = required - tx.confirmations();
      Instant expected = clock.instant().plus(chainSettings.getBlockTime().multipliedBy(Math.max(1, missing)));
      return new Finding(DepositVerdict.CONFIRMING, tx.confirmations(), required, expected, recipient.transfer(), null,
          tx.confirmations() + " of " + required + " confirmations");
    }
    Deposit deposit = ledger.credit(new CreditRequest(
        customerUid, chain, details.asset(), details.txId(), recipient.transfer().amount(), CREDITED_BY));
    return new Finding(DepositVerdict.CREDITED, tx.confirmations(), required, null, recipient.transfer(), deposit,
        "Confirmed on chain (" + tx.confirmations() + " confirmations) and credited now as ledger entry " + deposit.ledgerEntryId());
  }

  private static Finding credited(Deposit deposit, String note) {
    return new Finding(DepositVerdict.CREDITED, 0, 0, null, null, deposit, note);
  }

  record Recipient(Transfer transfer, AddressOwner owner) {}

  /** The output that pays the exchange: a customer's address first, else a shared one without memo. */
  private Recipient recipient(Chain chain, TransactionStatus tx) {
    Recipient best = new Recipient(tx.transfers().isEmpty() ? null : tx.transfers().get(0), AddressOwner.of(Ownership.NOT_EXCHANGE));
    for (Transfer transfer : tx.transfers()) {
      if (transfer.toAddress() == null) {
        continue;
      }
      AddressOwner owner = ledger.addressOwner(chain.name(), transfer.toAddress(), transfer.memo());
      if (owner.ownership() == Ownership.CUSTOMER) {
        return new Recipient(transfer, owner);
      }
      if (owner.ownership() == Ownership.EXCHANGE_WITHOUT_MEMO) {
        best = new Recipient(transfer, owner);
      }
    }
    return best;
  }

  Duration recheckAfter(Chain chain) {
    return settings.of(chain).getRecheckAfter();
  }
}
