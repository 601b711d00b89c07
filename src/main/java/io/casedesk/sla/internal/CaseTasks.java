package io.casedesk.sla.internal;

import io.casedesk.platform.AsDesk;
import io.casedesk.platform.CaseOpenTasks;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case, in whichever of its process instances they are (the type's process, a
 * called step), changed as the desk itself: an escalation must not depend on who triggered it.
 */
@Component
class CaseTasks {

  private final TaskService taskService;
  private final CaseOpenTasks openTasks;

  CaseTasks(TaskService taskService, CaseOpenTasks openTasks) {
    this.taskService = taskService;
    this.openTasks = openTasks;
  }

  void raisePriority(String caseNumber, int priority) {
    AsDesk.run(() -> openTasks.of(caseNumber).stream()
        .filter(t -> t.getPriority() < priority)
        .forEach(t -> taskService.setPriority(t.getId(), priority)));
  }

  /** Raises the priority of the case's open tasks and offers them to the group as well (one lookup). */
  void escalate(String caseNumber, int priority, String group) {
    AsDesk.run(() -> openTasks.of(caseNumber).forEach(t -> {
      if (t.getPriority() < priority) {
        taskService.setPriority(t.getId(), priority);
      }
      taskService.addCandidateGroup(t.getId(), group);
    }));
  }

  void moveDue(String caseNumber, Instant due) {
    AsDesk.run(() -> openTasks.of(caseNumber).forEach(t -> {
      t.setDueDate(Date.from(due));
      taskService.saveTask(t);
    }));
  }
}
