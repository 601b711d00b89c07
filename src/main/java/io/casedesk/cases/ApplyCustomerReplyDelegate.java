package io.casedesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.platform.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Apply customer reply" service task: merges the customer's latest reply (new documents, corrected
 * details) into the case's details, by the rules of the case's type.
 */
@Component
public class ApplyCustomerReplyDelegate implements JavaDelegate {

  private final CaseTypes definitions;
  private final JsonVariables json;

  ApplyCustomerReplyDelegate(CaseTypes definitions, JsonVariables json) {
    this.definitions = definitions;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseType type = CaseType.valueOf((String) execution.getVariable(CaseVariables.CASE_TYPE));
    JsonNode details = json.read(execution, CaseVariables.CASE_DETAILS);
    CustomerReplyRequest reply = json.read(execution, CaseVariables.CUSTOMER_REPLY, CustomerReplyRequest.class);
    execution.setVariable(CaseVariables.CASE_DETAILS, json.toValue(definitions.of(type).mergeReply(details, reply)));
  }
}
