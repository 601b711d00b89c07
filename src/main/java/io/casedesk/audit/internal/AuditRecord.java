package io.casedesk.audit.internal;

import java.time.Instant;

/**
 * One row of the desk's audit log ({@code cd_audit_event}): what the engine's history lacks. The
 * {@code detail} is JSON.
 */
record AuditRecord(
    Long id,
    String caseNumber,
    Instant at,
    String kind,
    ActorType actorType,
    String actor,
    String operation,
    String outcome,
    String processInstanceId,
    String activityId,
    Long durationMs,
    String detail) {

  static final String LEDGER_CALL = "LEDGER_CALL";
  static final String CHAIN_CALL = "CHAIN_CALL";
  static final String API_REQUEST = "API_REQUEST";
  static final String EXPORT = "EXPORT";
  static final String PROCESS_MIGRATED = "PROCESS_MIGRATED";

  AuditRecord withCase(String number) {
    return new AuditRecord(id, number, at, kind, actorType, actor, operation, outcome, processInstanceId, activityId, durationMs, detail);
  }
}
