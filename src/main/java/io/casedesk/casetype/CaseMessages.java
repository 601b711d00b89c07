package io.casedesk.casetype;

/** Names of the BPMN messages and errors the shared models exchange with the desk and with each other. */
public final class CaseMessages {

  /** A customer's reply, correlated by case number to the step that waits for it. */
  public static final String CUSTOMER_REPLY = "CustomerReply";

  /** The customer-reply wait ends with this error when nobody replied; the case lifecycle then closes the case. */
  public static final String NO_CUSTOMER_REPLY = "NoCustomerReply";

  private CaseMessages() {}
}
