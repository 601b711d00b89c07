package io.casedesk.replies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.FollowUpCases;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.kpi.KpiSettings;
import io.casedesk.platform.JsonVariables;
import io.casedesk.replies.CustomerReplies.ReplyOutcome;
import io.casedesk.replies.ReopenedCaseVariables;
import io.casedesk.web.ClientProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's reply to a case that ended. To a RESOLVED case within {@code casedesk.kpi.reopen-window}
 * of its resolution it reopens the case: status OPEN, {@code reopens} counted, and the reopened-case
 * process (case-reopened.bpmn) gives an agent of the case's queue the reply to answer, after which the
 * case is resolved again. To a CLOSED or REJECTED case, or a resolved one after the window, it opens a
 * follow-up: a new case of the same type and customer, linked to the old one.
 */
@Service
class Reopenings {

  private final CaseRegistry registry;
  private final CaseTypes types;
  private final FollowUpCases followUps;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final JsonVariables json;
  private final TransactionTemplate transactions;
  private final KpiSettings settings;
  private final Clock clock;

  Reopenings(CaseRegistry registry, CaseTypes types, FollowUpCases followUps, RuntimeService runtimeService,
      HistoryService historyService, JsonVariables json, TransactionTemplate transactions, KpiSettings settings, Clock clock) {
    this.registry = registry;
    this.types = types;
    this.followUps = followUps;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.json = json;
    this.transactions = transactions;
    this.settings = settings;
    this.clock = clock;
  }

  /** The case's details as its type's process last held them are gone: no follow-up can be opened from it. */
  static class NoDetailsToFollowUp extends ClientProblem {
    NoDetailsToFollowUp(String caseNumber) {
      super(HttpStatus.CONFLICT, "no-follow-up", "The case cannot be followed up",
          "Case " + caseNumber + " has ended and its details are no longer kept; open a new case.");
    }
  }

  ReplyOutcome afterEnd(CaseRecord c, CustomerReply reply) {
    Instant now = clock.instant();
    boolean withinWindow = c.status() == CaseStatus.RESOLVED && c.resolvedAt() != null
        && !now.isAfter(c.resolvedAt().plus(settings.getReopenWindow()));
    if (withinWindow) {
      Boolean reopened = transactions.execute(tx -> reopen(c, reply, now));
      if (Boolean.TRUE.equals(reopened)) {
        return new ReplyOutcome(ReplyOutcome.Kind.REOPENED, c.caseNumber());
      }
    }
    JsonNode details = lastDetails(c).orElseThrow(() -> new NoDetailsToFollowUp(c.caseNumber()));
    return new ReplyOutcome(ReplyOutcome.Kind.FOLLOW_UP, followUps.openFollowUp(c, details, reply));
  }

  private boolean reopen(CaseRecord c, CustomerReply reply, Instant now) {
    if (!registry.reopen(c.caseNumber())) {
      return false; // reopened (or otherwise changed) by a concurrent reply
    }
    runtimeService.startProcessInstanceByKey(ReopenedCaseVariables.PROCESS_KEY, c.caseNumber(), Variables.createVariables()
        .putValue(CaseVariables.CASE_NUMBER, c.caseNumber())
        .putValue(CaseVariables.CASE_TYPE, c.type())
        .putValue(CaseVariables.LOCALE, c.locale())
        .putValue(CaseVariables.SUBJECT, c.subject())
        .putValue(CaseVariables.CUSTOMER_UID, c.customerUid())
        .putValue(CaseVariables.QUEUE, c.queue())
        .putValue(CaseVariables.PRIORITY, c.priority())
        .putValue(CaseVariables.RESOLUTION_DUE, Date.from(now.plus(settings.getReopenedAnswerWithin())))
        .putValue(CaseVariables.OUTCOME, c.outcome())
        .putValue(CaseVariables.CUSTOMER_REPLY, json.toValue(reply))
        .putValue(ReopenedCaseVariables.REPLY_MESSAGE, reply.message() == null ? "" : reply.message()));
    return true;
  }

  /** The details the case's own process held last (history keeps them after the case ended). */
  private java.util.Optional<JsonNode> lastDetails(CaseRecord c) {
    String processKey = types.of(c.type()).processKey();
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(c.caseNumber()).processDefinitionKey(processKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
    if (instance == null) {
      return java.util.Optional.empty();
    }
    HistoricVariableInstance details = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(CaseVariables.CASE_DETAILS).disableCustomObjectDeserialization()
        .list().stream().findFirst().orElse(null);
    return details == null || details.getTypedValue() == null ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(json.readTyped(details.getTypedValue()));
  }
}
