package io.casedesk.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the registry's status in step with the process. Models call it from an execution listener:
 * {@code ${caseStatus.update(execution, 'IN_REVIEW')}}.
 */
@Component("caseStatus")
public class CaseStatusListener {

  private final CaseRegistry registry;

  CaseStatusListener(CaseRegistry registry) {
    this.registry = registry;
  }

  public void update(DelegateExecution execution, String status) {
    CaseStatus next = CaseStatus.valueOf(status);
    if (next.isFinal()) {
      throw new IllegalArgumentException(status + " ends a case; use the Close case task (closeCaseDelegate)");
    }
    String caseNumber = execution.getProcessBusinessKey();
    if (Boolean.TRUE.equals(execution.getVariable(CaseVariables.ESCALATED)) && next != CaseStatus.WAITING_FOR_CUSTOMER) {
      // An escalated case stays visibly escalated until it ends or waits for the customer.
      next = CaseStatus.ESCALATED;
    }
    registry.updateStatus(caseNumber, next);
  }
}
