package io.casedesk.sla;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseVariables;
import io.casedesk.platform.EveryUserTaskListener;
import io.casedesk.security.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every user task of every case: the first claim or completion by a person is the case's first
 * response, and a task created after an escalation goes to supervisors as well.
 */
@Component
@Order(EveryUserTaskListener.ESCALATION)
class CaseTaskListener implements EveryUserTaskListener {

  private final CaseRegistry registry;

  CaseTaskListener(CaseRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (caseNumber == null) {
      return;
    }
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        if (Boolean.TRUE.equals(task.getVariable(CaseVariables.ESCALATED))) {
          task.addCandidateGroup(Groups.SUPERVISORS);
        }
      }
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          registry.recordFirstResponse(caseNumber);
        }
      }
      case EVENTNAME_COMPLETE -> registry.recordFirstResponse(caseNumber);
      default -> {}
    }
  }
}
