package io.casedesk.cases.internal;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the registry's status in step with the case's steps. Models call it from an execution
 * listener: {@code ${caseStatus.update(execution, 'IN_REVIEW')}}.
 */
// Public: models call its method through the expression language, which needs a public class.
@Component("caseStatus")
public class CaseStatusListener {

  private final CaseRegistry registry;

  CaseStatusListener(CaseRegistry registry) {
    this.registry = registry;
  }

  public void update(DelegateExecution execution, String status) {
    CaseStatus next = CaseStatus.valueOf(status);
    if (next.isFinal()) {
      throw new IllegalArgumentException(status + " ends a case; the case lifecycle's Close case does that");
    }
    registry.updateStatus(execution.getProcessBusinessKey(), next);
  }
}
