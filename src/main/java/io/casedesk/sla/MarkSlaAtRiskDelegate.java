package io.casedesk.sla;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseVariables;
import io.casedesk.cases.SlaEventKind;
import io.casedesk.platform.AsDesk;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Mark case at risk, raise priority": 75 % of the clock (input parameter {@code clock}) has run.
 * Records it and raises the priority of the case and its open tasks, so they rise in every inbox.
 */
@Component
public class MarkSlaAtRiskDelegate implements JavaDelegate {

  static final int PRIORITY_RAISE = 20;
  static final int MAX_PRIORITY = 100;

  private final SlaClocks clocks;
  private final CaseRegistry registry;

  MarkSlaAtRiskDelegate(SlaClocks clocks, CaseRegistry registry) {
    this.clocks = clocks;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    clocks.recordOnce(execution, SlaEventKind.AT_RISK).ifPresent(c -> {
      int raised = Math.min(MAX_PRIORITY, c.priority() + PRIORITY_RAISE);
      raisePriority(execution, registry, c.caseNumber(), raised);
    });
  }

  /** Sets the priority of the case, of its open tasks and of the tasks it will create. */
  static void raisePriority(DelegateExecution execution, CaseRegistry registry, String caseNumber, int priority) {
    execution.setVariable(CaseVariables.PRIORITY, priority);
    registry.updatePriority(caseNumber, priority);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    AsDesk.run(() -> tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(t -> t.getPriority() < priority)
        .forEach(t -> tasks.setPriority(t.getId(), priority)));
  }
}
