package io.casedesk.whitelist.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.platform.JsonVariables;
import io.casedesk.whitelist.WhitelistVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Show the customer's answer to security": the reply's message, for the review form. */
@Component
public class NoteCustomerAnswerDelegate implements JavaDelegate {

  private final JsonVariables json;

  NoteCustomerAnswerDelegate(JsonVariables json) {
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CustomerReply reply = json.read(execution, CaseVariables.CUSTOMER_REPLY, CustomerReply.class);
    String message = reply.message() == null || reply.message().isBlank() ? "(no message; " + reply.documentsOrEmpty().size() + " documents)" : reply.message();
    execution.setVariable(WhitelistVariables.CUSTOMER_ANSWER, message);
  }
}
