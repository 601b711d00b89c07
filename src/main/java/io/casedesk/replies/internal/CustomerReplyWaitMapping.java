package io.casedesk.replies.internal;

import io.casedesk.casetype.CaseVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * What a case type's process hands the customer-reply wait ("Wait for customer reply") and takes
 * back: the wait needs the case's language, type, subject and details (to remind the customer and to
 * merge the reply), not everything the type knows; it gives back the merged details and the reply.
 */
@Component("customerReplyWaitMapping")
class CustomerReplyWaitMapping implements DelegateVariableMapping {

  static final List<String> IN = List.of(
      CaseVariables.CASE_NUMBER, CaseVariables.CASE_TYPE, CaseVariables.LOCALE, CaseVariables.SUBJECT, CaseVariables.CASE_DETAILS);
  static final List<String> OUT = List.of(CaseVariables.CASE_DETAILS, CaseVariables.CUSTOMER_REPLY);

  @Override
  public void mapInputVariables(DelegateExecution caseProcess, VariableMap wait) {
    for (String name : IN) {
      wait.putValueTyped(name, caseProcess.getVariableTyped(name));
    }
  }

  @Override
  public void mapOutputVariables(DelegateExecution caseProcess, VariableScope wait) {
    for (String name : OUT) {
      caseProcess.setVariable(name, wait.getVariableTyped(name));
    }
  }
}
