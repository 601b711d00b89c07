package io.casedesk.whitelist.internal;

import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.web.ClientProblem;
import io.casedesk.whitelist.WhitelistConfirmation;
import io.casedesk.whitelist.WhitelistConfirmations;
import io.casedesk.whitelist.WhitelistVariables;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Relays what the exchange's back end reports about a whitelist change, the customer's confirmation
 * and cancellation, to the case that waits for it: a message correlated by the case number (the
 * business key of the case's process instances; only the whitelist-change instance waits for these).
 * A case that does not wait for it is a 409, and nothing is stored.
 */
@Service
class WhitelistRequests implements WhitelistConfirmations {

  private final CaseRegistry registry;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final Clock clock;

  WhitelistRequests(CaseRegistry registry, RuntimeService runtimeService, TransactionTemplate transactions, Clock clock) {
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The case waits for no confirmation: 409. */
  static class NotWaitingForConfirmation extends ClientProblem {
    NotWaitingForConfirmation(String caseNumber) {
      super(HttpStatus.CONFLICT, "not-waiting-for-confirmation", "The case waits for no confirmation",
          "Case " + caseNumber + " is not waiting for the customer's confirmation: it is no whitelist change,"
              + " it was confirmed already, its confirmation expired, or it has ended.");
    }
  }

  /** The case has no addition in its cooling-off: 409. */
  static class NotCancellable extends ClientProblem {
    NotCancellable(String caseNumber) {
      super(HttpStatus.CONFLICT, "not-cancellable", "Nothing to cancel",
          "Case " + caseNumber + " has no whitelist addition in its cooling-off that could be cancelled:"
              + " it is no addition, it has not been added yet, its cooling-off is over, or it has ended.");
    }
  }

  @Override
  public void confirm(String caseNumber, WhitelistConfirmation confirmation) {
    Instant now = clock.instant();
    correlate(caseNumber, WhitelistMessages.CONFIRMED, Map.of(
        WhitelistVariables.CUSTOMER_CONFIRMED, true,
        WhitelistVariables.CONFIRMED_AT, Date.from(now),
        WhitelistVariables.CONFIRMATION_NOTE, note(now, confirmation)),
        () -> new NotWaitingForConfirmation(caseNumber));
  }

  void cancel(String caseNumber) {
    correlate(caseNumber, WhitelistMessages.CANCELLED, Map.of(), () -> new NotCancellable(caseNumber));
  }

  private void correlate(String caseNumber, String message, Map<String, Object> variables, Supplier<ClientProblem> notWaiting) {
    registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    try {
      transactions.executeWithoutResult(tx -> runtimeService.createMessageCorrelation(message)
          .processInstanceBusinessKey(caseNumber)
          .setVariables(variables)
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw notWaiting.get();
    }
  }

  private static String note(Instant at, WhitelistConfirmation confirmation) {
    StringBuilder note = new StringBuilder("confirmed ").append(WhitelistTimes.forPeople(at)).append(" by e-mail link and 2FA code");
    if (confirmation != null && confirmation.ipAddress() != null) {
      note.append(", from ").append(confirmation.ipAddress());
    }
    if (confirmation != null && confirmation.device() != null && !confirmation.device().isBlank()) {
      note.append(" (").append(confirmation.device().trim()).append(')');
    }
    return note.toString();
  }
}
