package io.casedesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.platform.JsonVariables;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Relays a customer's reply to the case that waits for it. */
@Service
class CaseReplies {

  private final CaseRegistry registry;
  private final CaseTypes definitions;
  private final RuntimeService runtimeService;
  private final JsonVariables json;
  private final TransactionTemplate transactions;

  CaseReplies(
      CaseRegistry registry,
      CaseTypes definitions,
      RuntimeService runtimeService,
      JsonVariables json,
      TransactionTemplate transactions) {
    this.registry = registry;
    this.definitions = definitions;
    this.runtimeService = runtimeService;
    this.json = json;
    this.transactions = transactions;
  }

  void reply(String caseNumber, CustomerReplyRequest reply) {
    if ((reply.message() == null || reply.message().isBlank()) && reply.documentsOrEmpty().isEmpty() && reply.details() == null) {
      throw new InvalidRequestException("message", "a reply needs a message, documents or corrected details");
    }
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    if (c.status().isFinal() || !waitsForReply(c.processInstanceId())) {
      throw new CaseProblems.NotWaitingForReply(caseNumber);
    }
    // Merge now as the process will, so a reply that would leave the details invalid is refused before it is stored.
    JsonNode details = json.readTyped(runtimeService.getVariableTyped(c.processInstanceId(), CaseVariables.CASE_DETAILS, false));
    definitions.of(c.type()).mergeReply(details, reply);
    try {
      transactions.executeWithoutResult(
          tx ->
              runtimeService
                  .createMessageCorrelation(CaseVariables.CUSTOMER_REPLY_MESSAGE)
                  .processInstanceId(c.processInstanceId())
                  .setVariable(CaseVariables.CUSTOMER_REPLY, json.toValue(reply))
                  .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      // The case stopped waiting between the check and the correlation (a timer closed it, say).
      throw new CaseProblems.NotWaitingForReply(caseNumber);
    }
  }

  private boolean waitsForReply(String processInstanceId) {
    return runtimeService
            .createEventSubscriptionQuery()
            .processInstanceId(processInstanceId)
            .eventType("message")
            .eventName(CaseVariables.CUSTOMER_REPLY_MESSAGE)
            .count()
        > 0;
  }
}
