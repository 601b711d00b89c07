package io.casedesk.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something that happened to a case which the exchange's back end may want to know without polling:
 * a Spring application event, published by the case registry in the transaction of the change, so it
 * exists exactly when the change commits. Several may come from one change (a breach: {@code
 * case.sla_breached}, {@code case.escalated}, {@code case.status_changed}), in that order.
 *
 * @param type one of the constants below
 * @param status the case's status after the change
 * @param previousStatus its status before, where the change moved it
 * @param data what else the event says: the clock, the outcome and its reason
 */
public record CaseEvent(
    String type,
    String caseNumber,
    String caseType,
    String customerUid,
    CaseStatus status,
    CaseStatus previousStatus,
    Instant occurredAt,
    Map<String, String> data) {

  public static final String OPENED = "case.opened";
  public static final String STATUS_CHANGED = "case.status_changed";
  public static final String WAITING_FOR_CUSTOMER = "case.waiting_for_customer";
  public static final String SLA_AT_RISK = "case.sla_at_risk";
  public static final String SLA_BREACHED = "case.sla_breached";
  public static final String ESCALATED = "case.escalated";
  public static final String RESOLVED = "case.resolved";
  public static final String REJECTED = "case.rejected";
  public static final String CLOSED = "case.closed";

  /** Every type, in the order of a case's life. */
  public static final List<String> TYPES =
      List.of(OPENED, STATUS_CHANGED, WAITING_FOR_CUSTOMER, SLA_AT_RISK, SLA_BREACHED, ESCALATED, RESOLVED, REJECTED, CLOSED);

  public static CaseEvent of(String type, CaseRecord c, CaseStatus status, CaseStatus previous, Instant at, Map<String, String> data) {
    return new CaseEvent(type, c.caseNumber(), c.type(), c.customerUid(), status, previous, at, data);
  }
}
