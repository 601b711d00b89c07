package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: a history event handler beside the engine's own, for what its history cannot link.
 *
 * <ul>
 *   <li>A decision evaluated outside any process in a request (triage, which intake evaluates before
 *       the case exists) is linked to the case whose lifecycle starts in the same request, in the
 *       start's transaction, so the trail shows the triage decision with its inputs, matched rule and
 *       outputs. Back-office calls made in that request before the start are recorded for the case.
 *   <li>A process instance moved to another model version (migration) is recorded with the versions
 *       before and after and who moved it.
 * </ul>
 *
 * The handler only looks at event types; everything else passes untouched.
 */
@Component
class CaseLinkingHistory extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(CaseLinkingHistory.class);

  private final ObjectProvider<AuditLog> auditLog;
  private final ObjectProvider<Actors> actors;
  private final ObjectProvider<JdbcClient> jdbc;
  private final ObjectProvider<ObjectMapper> json;
  private final ObjectProvider<Clock> clock;

  CaseLinkingHistory(ObjectProvider<AuditLog> auditLog, ObjectProvider<Actors> actors, ObjectProvider<JdbcClient> jdbc,
      ObjectProvider<ObjectMapper> json, ObjectProvider<Clock> clock) {
    this.auditLog = auditLog;
    this.actors = actors;
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers();
    if (handlers == null) {
      handlers = new ArrayList<>();
      configuration.setCustomHistoryEventHandlers(handlers);
    }
    handlers.add(new Handler());
  }

  private final class Handler implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      try {
        handle(event);
      } catch (RuntimeException e) {
        // The engine's own history is written regardless; the audit's link is lost and says so.
        log.warn("Could not link {} to its case in the audit log: {}", event.getClass().getSimpleName(), e.toString());
      }
    }

    private void handle(HistoryEvent event) {
      if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
        standaloneDecision(evaluation);
      } else if (event instanceof HistoricProcessInstanceEventEntity process) {
        if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
          caseStarted(process);
        } else if (process.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_MIGRATE)) {
          migrated(process);
        }
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }

  private void standaloneDecision(HistoricDecisionEvaluationEvent evaluation) {
    HistoricDecisionInstanceEntity decision = evaluation.getRootHistoricDecisionInstance();
    AuditContext context = AuditContext.current();
    if (context == null || decision == null || decision.getProcessInstanceId() != null || decision.getCaseInstanceId() != null) {
      return;
    }
    // A later evaluation of the same table in the same request replaces an earlier one.
    List<HistoricDecisionInstanceEntity> evaluated = new ArrayList<>();
    evaluated.add(decision);
    if (evaluation.getRequiredHistoricDecisionInstances() != null) {
      evaluated.addAll(evaluation.getRequiredHistoricDecisionInstances());
    }
    context.pendingDecisions.put(decision.getDecisionDefinitionKey(), evaluated);
  }

  /** A case's root process started (the lifecycle, or a type's process of a model before it). */
  private void caseStarted(HistoricProcessInstanceEventEntity process) {
    AuditContext context = AuditContext.current();
    String caseNumber = process.getBusinessKey();
    if (context == null || caseNumber == null || process.getSuperProcessInstanceId() != null) {
      return;
    }
    context.startedCase = caseNumber;
    AuditLog log = auditLog.getObject();
    var now = clock.getObject().instant();
    for (List<HistoricDecisionInstanceEntity> evaluated : context.pendingDecisions.values()) {
      for (HistoricDecisionInstanceEntity decision : evaluated) {
        if (decision.getId() != null) {
          log.linkDecision(decision.getId(), caseNumber, decision.getDecisionDefinitionKey(), now);
        }
      }
    }
    context.pendingDecisions.clear();
    for (AuditRecord call : context.pendingCalls) {
      log.record(call.withCase(caseNumber));
    }
    context.pendingCalls.clear();
  }

  private void migrated(HistoricProcessInstanceEventEntity process) {
    try {
      String before = jdbc.getObject().sql("select PROC_DEF_ID_ from ACT_HI_PROCINST where ID_ = :id")
          .param("id", process.getProcessInstanceId()).query(String.class).optional().orElse(null);
      var detail = json.getObject().createObjectNode();
      detail.put("fromDefinitionId", before);
      detail.put("toDefinitionId", process.getProcessDefinitionId());
      detail.put("toVersion", process.getProcessDefinitionVersion());
      Actors.Acting acting = actors.getObject().current();
      auditLog.getObject().record(new AuditRecord(
          null, process.getBusinessKey(), clock.getObject().instant(), AuditRecord.PROCESS_MIGRATED, acting.type(), acting.id(),
          "migrate " + process.getProcessDefinitionKey(), "OK", process.getProcessInstanceId(), null, null, detail.toString()));
    } catch (RuntimeException e) {
      log.warn("Could not record the migration of process instance {}: {}", process.getProcessInstanceId(), e.toString());
    }
  }
}
