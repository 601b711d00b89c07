package io.casedesk.statementrequest;

import io.casedesk.platform.ProcessVariables;

/** Process variables of statement-request. */
@ProcessVariables
public final class StatementRequestVariables {

  /** The period as the customer is told it. */
  public static final String PERIOD = "statementPeriod";
  /** The reference of the prepared statement, set by the agent. */
  public static final String STATEMENT_REFERENCE = "statementReference";
  /** Comma-separated codes of the statement's sections, shown to the customer by name. */
  public static final String SECTIONS = "statementSections";

  private StatementRequestVariables() {}
}
