package io.casedesk.cases;

import io.casedesk.platform.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close case" service task: ends the case in the registry with the task's input parameters
 * {@code status} (RESOLVED, REJECTED, CLOSED) and {@code outcome}; the reason is the last
 * decision's {@code reasonCode}, if any.
 */
@Component
public class CloseCaseDelegate implements JavaDelegate {

  private final CaseRegistry registry;

  CloseCaseDelegate(CaseRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStatus status = TaskInputs.required(execution, "status", CaseStatus.class);
    String outcome = TaskInputs.required(execution, "outcome");
    // Only a rejection has a reason; a case closed for want of a reply must not inherit an earlier one.
    Object reason = status == CaseStatus.REJECTED ? execution.getVariable(CaseVariables.REASON_CODE) : null;
    registry.close(execution.getProcessBusinessKey(), status, outcome, reason == null ? null : reason.toString());
  }
}
