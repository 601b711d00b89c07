package io.casedesk.replies;

import io.casedesk.platform.ProcessVariables;

/** Variables of the reopened-case process (case-reopened.bpmn) beyond the case's shared ones. */
@ProcessVariables
public final class ReopenedCaseVariables {

  /** The reopened-case process: an agent answers the customer's reply and the case is resolved again. */
  public static final String PROCESS_KEY = "case-reopened";
  /** The customer's reply that reopened the case, for the agent to read. */
  public static final String REPLY_MESSAGE = "replyMessage";
  /** The agent's answer, sent to the customer. */
  public static final String COMMENT = "comment";

  private ReopenedCaseVariables() {}
}
