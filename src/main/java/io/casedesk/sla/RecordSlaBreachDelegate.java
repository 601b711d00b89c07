package io.casedesk.sla;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.cases.CaseVariables;
import io.casedesk.cases.SlaEventKind;
import io.casedesk.platform.AsDesk;
import io.casedesk.security.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record breach, escalate to supervisors": the clock (input parameter {@code clock}) ran out.
 * Records the breach, marks the case escalated and puts its open and future tasks in the
 * {@code supervisors} queue as well, at top priority.
 */
@Component
public class RecordSlaBreachDelegate implements JavaDelegate {

  static final int BREACH_PRIORITY = 100;

  private final SlaClocks clocks;
  private final CaseRegistry registry;

  RecordSlaBreachDelegate(SlaClocks clocks, CaseRegistry registry) {
    this.clocks = clocks;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.recordOnce(execution, SlaEventKind.BREACHED).ifPresent(c -> {
      execution.setVariable(CaseVariables.ESCALATED, true);
      if (c.status() != CaseStatus.WAITING_FOR_CUSTOMER) {
        registry.updateStatus(c.caseNumber(), CaseStatus.ESCALATED);
      }
      MarkSlaAtRiskDelegate.raisePriority(execution, registry, c.caseNumber(), BREACH_PRIORITY);
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      AsDesk.run(() -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()
          .forEach(t -> tasks.addCandidateGroup(t.getId(), Groups.SUPERVISORS)));
    });
  }
}
