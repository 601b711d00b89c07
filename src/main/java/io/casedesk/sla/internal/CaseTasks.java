package io.casedesk.sla.internal;

import io.casedesk.platform.AsDesk;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case, in whichever of its process instances they are (the type's process, a
 * called step), changed as the desk itself: an escalation must not depend on who triggered it.
 */
@Component
class CaseTasks {

  private final TaskService taskService;

  CaseTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  void raisePriority(String caseNumber, int priority) {
    AsDesk.run(() -> open(caseNumber).stream()
        .filter(t -> t.getPriority() < priority)
        .forEach(t -> taskService.setPriority(t.getId(), priority)));
  }

  void addCandidateGroup(String caseNumber, String group) {
    AsDesk.run(() -> open(caseNumber).forEach(t -> taskService.addCandidateGroup(t.getId(), group)));
  }

  void moveDue(String caseNumber, Instant due) {
    AsDesk.run(() -> open(caseNumber).forEach(t -> {
      t.setDueDate(Date.from(due));
      taskService.saveTask(t);
    }));
  }

  private List<Task> open(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
  }
}
