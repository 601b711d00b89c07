package io.casedesk.cases.internal;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.platform.TaskInputs;
import io.casedesk.sla.SlaClocks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Close case" (case lifecycle): ends the case in the registry with the task's input parameters
 * {@code status} (RESOLVED, REJECTED, CLOSED) and {@code outcome}, and stops its SLA clocks. The
 * reason of a rejection is the outcome's reason, else the last decision's {@code reasonCode}.
 * Model versions before the case lifecycle end their cases with it directly.
 */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final CaseRegistry registry;
  private final SlaClocks clocks;

  CloseCaseDelegate(CaseRegistry registry, SlaClocks clocks) {
    this.registry = registry;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseStatus status = TaskInputs.required(execution, "status", CaseStatus.class);
    String outcome = TaskInputs.required(execution, "outcome");
    if (!status.isFinal()) {
      throw new IllegalStateException(status + " does not end a case");
    }
    // Only a rejection has a reason; a case closed for want of a reply must not inherit an earlier one.
    Object reason = null;
    if (status == CaseStatus.REJECTED) {
      reason = execution.getVariable(CaseVariables.OUTCOME_REASON);
      if (reason == null) {
        reason = execution.getVariable(CaseVariables.REASON_CODE);
      }
    }
    String caseNumber = execution.getProcessBusinessKey();
    registry.close(caseNumber, status, outcome, reason == null ? null : reason.toString());
    clocks.caseEnded(caseNumber);
  }
}
