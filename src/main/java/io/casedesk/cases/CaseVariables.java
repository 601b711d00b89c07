package io.casedesk.cases;

/** Process variables every case process has, set when the case is opened. Defined once, used everywhere. */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String CASE_TYPE = "caseType";
  public static final String CUSTOMER_UID = "customerUid";
  public static final String CHANNEL = "channel";
  public static final String TIER = "tier";
  /** The supported language the case is worked in (en, zh, ru, es, vi, tr). */
  public static final String LOCALE = "locale";
  public static final String SUBJECT = "subject";
  public static final String DESCRIPTION = "description";
  /** The type's own details as JSON; replies from the customer are merged into it. */
  public static final String CASE_DETAILS = "caseDetails";
  /** The latest reply of the customer as JSON, set when a reply is correlated. */
  public static final String CUSTOMER_REPLY = "customerReply";

  /** Candidate group of the case's main steps, decided by the sla-policy DMN. */
  public static final String QUEUE = "queue";
  public static final String PRIORITY = "priority";
  public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
  public static final String FIRST_RESPONSE_AT_RISK = "firstResponseAtRisk";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String RESOLUTION_AT_RISK = "resolutionAtRisk";
  /** Set once an SLA clock ran out: new steps of the case go to supervisors as well. */
  public static final String ESCALATED = "escalated";

  /** Fields every review form of the desk uses. */
  public static final String DECISION = "decision";
  public static final String REASON_CODE = "reasonCode";
  public static final String COMMENT = "comment";
  /** Who completed a case's review: recorded by the review listeners, read by four-eyes steps. */
  public static final String REVIEWED_BY = "reviewedBy";

  /** The BPMN message a customer's reply is correlated with. */
  public static final String CUSTOMER_REPLY_MESSAGE = "CustomerReply";

  private CaseVariables() {}
}
