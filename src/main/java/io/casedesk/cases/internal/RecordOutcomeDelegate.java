package io.casedesk.cases.internal;

import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.platform.TaskInputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record outcome" (a case type's last step): how the type's process ends the case, from the task's
 * input parameters {@code status} (RESOLVED, REJECTED, CLOSED) and {@code outcome}. The case
 * lifecycle reads it and closes the case, in one place for every type.
 */
@Component
class RecordOutcomeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    CaseStatus status = TaskInputs.required(execution, "status", CaseStatus.class);
    if (!status.isFinal()) {
      throw new IllegalStateException("Service task " + execution.getCurrentActivityId() + ": " + status + " does not end a case");
    }
    // On the process instance itself: the task's input parameter "outcome" would hide a variable of that name.
    DelegateExecution process = execution.getProcessInstance();
    process.setVariableLocal(CaseVariables.OUTCOME_STATUS, status.name());
    process.setVariableLocal(CaseVariables.OUTCOME, TaskInputs.required(execution, "outcome"));
    Object reason = status == CaseStatus.REJECTED ? execution.getVariable(CaseVariables.REASON_CODE) : null;
    process.setVariableLocal(CaseVariables.OUTCOME_REASON, reason == null ? null : reason.toString());
  }
}
