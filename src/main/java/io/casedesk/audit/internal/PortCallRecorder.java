package io.casedesk.audit.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a call to the exchange's back office or a chain with its arguments and result (or
 * failure). Inside a case's step it belongs to that case, in the step's transaction; a failed call
 * is kept in a transaction of its own, so that the engine's rollback and retry do not erase it.
 * Outside any step but within a request (intake checks the account before the case exists) it waits
 * for the request to name its case. Recording never changes the call: a failure to record is logged.
 */
@Component
class PortCallRecorder {

  private static final Logger log = LoggerFactory.getLogger(PortCallRecorder.class);

  private final AuditLog auditLog;
  private final Actors actors;
  private final ObjectMapper json;
  private final Clock clock;

  PortCallRecorder(AuditLog auditLog, Actors actors, ObjectMapper json, Clock clock) {
    this.auditLog = auditLog;
    this.actors = actors;
    this.json = json;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  void record(String kind, Class<?> port, Method method, Object[] args, Object result, Throwable failure, Instant at, long durationMs) {
    try {
      Actors.Acting acting = actors.current();
      AuditRecord call = new AuditRecord(
          null, null, at, kind, acting.type(), acting.id(), port.getSimpleName() + "." + method.getName(),
          failure == null ? "OK" : "FAILED", null, null, durationMs, detail(method, args, result, failure));
      ExecutionEntity execution = execution();
      if (execution != null) {
        call = new AuditRecord(null, execution.getProcessBusinessKey(), at, kind, call.actorType(), call.actor(), call.operation(),
            call.outcome(), execution.getProcessInstanceId(), execution.getActivityId(), durationMs, call.detail());
        if (failure == null) {
          auditLog.record(call);
        } else {
          auditLog.recordSeparately(call);
        }
        return;
      }
      AuditContext context = AuditContext.current();
      if (context != null) {
        context.pendingCalls.add(call);
      } else {
        auditLog.recordSeparately(call);
      }
    } catch (RuntimeException e) {
      log.warn("Could not record the call {}.{} in the audit log: {}", port.getSimpleName(), method.getName(), e.toString());
    }
  }

  private String detail(Method method, Object[] args, Object result, Throwable failure) {
    ObjectNode detail = json.createObjectNode();
    ObjectNode arguments = detail.putObject("arguments");
    Parameter[] parameters = method.getParameters();
    for (int i = 0; args != null && i < args.length; i++) {
      arguments.set(parameters[i].getName(), json.valueToTree(args[i]));
    }
    if (failure == null) {
      detail.set("result", method.getReturnType() == void.class ? null : json.valueToTree(result));
    } else {
      ObjectNode error = detail.putObject("error");
      error.put("type", failure.getClass().getSimpleName());
      error.put("message", failure.getMessage());
    }
    String text = detail.toString();
    if (text.length() <= AuditLog.MAX_DETAIL) {
      return text;
    }
    // Too long to keep whole: its size and fingerprint stand in for the result.
    ObjectNode summary = detail.objectNode();
    summary.put("truncated", true);
    summary.put("chars", text.length());
    summary.put("sha256", ExportFormat.sha256(text));
    detail.set("result", summary);
    text = detail.toString();
    return text.length() <= AuditLog.MAX_DETAIL ? text : summary.toString();
  }

  private static ExecutionEntity execution() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null ? null : context.getExecution();
  }
}
