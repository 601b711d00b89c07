package io.casedesk.replies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypes;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.CustomerReply;
import io.casedesk.platform.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Apply customer reply": merges the customer's latest reply (new documents, corrected details)
 * into the case's details, by the rules of the case's type.
 */
@Component
class ApplyCustomerReplyDelegate implements JavaDelegate {

  private final CaseTypes types;
  private final JsonVariables json;

  ApplyCustomerReplyDelegate(CaseTypes types, JsonVariables json) {
    this.types = types;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = (String) execution.getVariable(CaseVariables.CASE_TYPE);
    JsonNode details = json.read(execution, CaseVariables.CASE_DETAILS);
    CustomerReply reply = json.read(execution, CaseVariables.CUSTOMER_REPLY, CustomerReply.class);
    execution.setVariable(CaseVariables.CASE_DETAILS, json.toValue(types.of(type).mergeReply(details, reply)));
  }
}
