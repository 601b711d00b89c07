package io.casedesk.documents.internal;

import io.casedesk.casetype.Groups;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may open a case's documents: the people who may work the case now (the assignee of one of its
 * open tasks, or a member of one of their candidate groups, or a candidate user), supervisors and
 * compliance (the audit), and administrators.
 */
@Component
class DocumentAccess {

  static final Set<String> ALWAYS = Set.of(Groups.SUPERVISORS, Groups.COMPLIANCE, Groups.ADMIN);

  private final TaskService taskService;

  DocumentAccess(TaskService taskService) {
    this.taskService = taskService;
  }

  boolean mayView(String caseNumber, String user, Set<String> groups) {
    if (groups.stream().anyMatch(ALWAYS::contains)) {
      return true;
    }
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
      if (user.equals(task.getAssignee())) {
        return true;
      }
      for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
        boolean candidate = IdentityLinkType.CANDIDATE.equals(link.getType());
        if (candidate && (groups.contains(link.getGroupId()) || user.equals(link.getUserId()))) {
          return true;
        }
      }
    }
    return false;
  }
}
