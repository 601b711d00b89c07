package io.casedesk.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;

/**
 * What one HTTP request produced before the desk knew which case it belongs to: calls to the back
 * office or a chain made outside any process (intake checks the account before the case exists) and
 * decisions evaluated outside any process (triage). The case lifecycle's start in the same request
 * names the case; whatever is still pending when the request ends is recorded then.
 */
final class AuditContext {

  private static final ThreadLocal<AuditContext> CURRENT = new ThreadLocal<>();

  final List<AuditRecord> pendingCalls = new ArrayList<>();
  /** Decision instances by their table's key; their ids are assigned when the engine stores them. */
  final Map<String, List<HistoricDecisionInstanceEntity>> pendingDecisions = new LinkedHashMap<>();
  /** The case whose lifecycle started in this request, if one did. */
  String startedCase;

  static AuditContext open() {
    AuditContext context = new AuditContext();
    CURRENT.set(context);
    return context;
  }

  static AuditContext current() {
    return CURRENT.get();
  }

  static void close() {
    CURRENT.remove();
  }
}
