package io.casedesk.casetype;

import io.casedesk.platform.ProcessVariables;

/**
 * Process variables every case has, set when the case is opened and passed by the case lifecycle to
 * the type's process. Defined once, used everywhere.
 */
@ProcessVariables
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_TYPE = "caseType";
  /** The BPMN process of the case's type, which the case lifecycle calls. */
  public static final String PROCESS_KEY = "processKey";
  public static final String CUSTOMER_UID = "customerUid";
  public static final String CHANNEL = "channel";
  public static final String TIER = "tier";
  /** The supported language the case is worked in (en, zh, ru, es, vi, tr). */
  public static final String LOCALE = "locale";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  /** The type's own details as JSON; replies from the customer are merged into it. */
  public static final String CASE_DETAILS = "caseDetails";

  /** Candidate group of the case's main steps, decided by the sla-policy DMN. */
  public static final String QUEUE = "queue";
  public static final String PRIORITY = "priority";
  public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
  public static final String FIRST_RESPONSE_AT_RISK = "firstResponseAtRisk";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String RESOLUTION_AT_RISK = "resolutionAtRisk";

  // Set by the case's steps on the way.

  /** The latest reply of the customer as JSON, set when a reply is correlated. */
  public static final String CUSTOMER_REPLY = "customerReply";

  /** Fields every review form of the desk uses. */
  public static final String DECISION = "decision";
  public static final String REASON_CODE = "reasonCode";
  public static final String COMMENT = "comment";
  /** Who completed a case's review: recorded by the review listener, read by four-eyes steps. */
  public static final String REVIEWED_BY = "reviewedBy";
  /** The first review, kept apart because a second approval reuses decision, reasonCode and comment. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON_CODE = "reviewReasonCode";
  public static final String REVIEW_COMMENT = "reviewComment";
  /** Who gave a four-eyes step's second approval. */
  public static final String SECOND_APPROVAL_BY = "secondApprovalBy";

  /** How the type's process ended the case, set by "Record outcome", read by the lifecycle's "Close case". */
  public static final String OUTCOME_STATUS = "outcomeStatus";
  public static final String OUTCOME = "outcome";
  public static final String OUTCOME_REASON = "outcomeReason";

  /** Set by model versions before the case lifecycle, when an SLA clock ran out. */
  public static final String ESCALATED = "escalated";

  private CaseVariables() {}
}
