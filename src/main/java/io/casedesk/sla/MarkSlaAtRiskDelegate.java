package io.casedesk.sla;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseVariables;
import io.casedesk.cases.SlaClock;
import io.casedesk.cases.SlaEventKind;
import io.casedesk.cases.SlaEvents;
import io.casedesk.platform.TaskInputs;
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
  private final SlaEvents events;
  private final CaseRegistry registry;

  MarkSlaAtRiskDelegate(SlaClocks clocks, SlaEvents events, CaseRegistry registry) {
    this.clocks = clocks;
    this.events = events;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SlaClock clock = TaskInputs.required(execution, "clock", SlaClock.class);
    clocks.running(execution, clock).ifPresent(c -> {
      if (!events.record(c.caseNumber(), clock, SlaEventKind.AT_RISK)) {
        return;
      }
      int raised = Math.min(MAX_PRIORITY, c.priority() + PRIORITY_RAISE);
      raisePriority(execution, raised);
      registry.updatePriority(c.caseNumber(), raised);
    });
  }

  static void raisePriority(DelegateExecution execution, int priority) {
    execution.setVariable(CaseVariables.PRIORITY, priority);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().stream()
        .filter(t -> t.getPriority() < priority)
        .forEach(t -> tasks.setPriority(t.getId(), priority));
  }
}
