package io.casedesk.replies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseProblems;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.casetype.CaseMessages;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.platform.JsonVariables;
import io.casedesk.replies.CustomerReplies;
import io.casedesk.web.ClientProblem;
import io.casedesk.web.InvalidRequestException;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Relays a customer's reply to the step of the case that waits for it, or, after the case ended, to {@link Reopenings}. */
@Service
class CaseReplies implements CustomerReplies {

  private final CaseRegistry registry;
  private final CaseTypes types;
  private final RuntimeService runtimeService;
  private final JsonVariables json;
  private final TransactionTemplate transactions;
  private final Reopenings reopenings;

  CaseReplies(CaseRegistry registry, CaseTypes types, RuntimeService runtimeService, JsonVariables json, TransactionTemplate transactions,
      Reopenings reopenings) {
    this.reopenings = reopenings;
    this.registry = registry;
    this.types = types;
    this.runtimeService = runtimeService;
    this.json = json;
    this.transactions = transactions;
  }

  /** The case waits for no reply right now: 409. */
  static class NotWaitingForReply extends ClientProblem {
    NotWaitingForReply(String caseNumber) {
      super(HttpStatus.CONFLICT, "not-waiting-for-reply", "The case waits for no reply",
          "Case " + caseNumber + " is not waiting for a reply from the customer.");
    }
  }

  @Override
  public ReplyOutcome reply(String caseNumber, CustomerReply reply) {
    if ((reply.message() == null || reply.message().isBlank()) && reply.documentsOrEmpty().isEmpty() && reply.details() == null) {
      throw new InvalidRequestException("message", "a reply needs a message, documents or corrected details");
    }
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    if (c.status().isFinal()) {
      return reopenings.afterEnd(c, reply);
    }
    EventSubscription waiting = waitingStep(caseNumber).orElse(null);
    if (waiting == null) {
      throw new NotWaitingForReply(caseNumber);
    }
    // Merge now as the process will, so a reply that would leave the details invalid is refused before it is stored.
    JsonNode details = json.readTyped(runtimeService.getVariableTyped(waiting.getExecutionId(), CaseVariables.CASE_DETAILS, false));
    types.of(c.type()).mergeReply(details, reply);
    try {
      transactions.executeWithoutResult(
          tx ->
              runtimeService
                  .createMessageCorrelation(CaseMessages.CUSTOMER_REPLY)
                  .processInstanceId(waiting.getProcessInstanceId())
                  .setVariable(CaseVariables.CUSTOMER_REPLY, json.toValue(reply))
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // The case stopped waiting between the check and the correlation (a timer closed it, say).
      throw new NotWaitingForReply(caseNumber);
    }
    return new ReplyOutcome(ReplyOutcome.Kind.CONTINUED, caseNumber);
  }

  /** The step that waits for the customer, in whichever of the case's process instances it is. */
  private Optional<EventSubscription> waitingStep(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .flatMap(instance -> runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
            .eventType("message").eventName(CaseMessages.CUSTOMER_REPLY).list().stream())
        .findFirst();
  }
}
