package io.casedesk.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters for the desk's queues, created at start-up when missing: each sorts by priority
 * (highest first), then due date, and shows the case number and customer beside the task name.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  record QueueFilter(String name, String description, TaskQuery query) {}

  private final FilterService filterService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  List<QueueFilter> filters() {
    return List.of(
        new QueueFilter("My tasks", "Tasks assigned to me", sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"))),
        new QueueFilter("My queues", "Unassigned tasks of all my groups", sorted(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned())),
        queue("KYC", "kyc"),
        queue("VIP concierge", "vipconcierge"),
        queue("Security", "security"),
        queue("Trading desk", "tradingdesk"),
        queue("General support", "support"),
        queue("Compliance", "compliance"),
        queue("Escalated", "supervisors"));
  }

  private QueueFilter queue(String name, String group) {
    return new QueueFilter(name, "Queue of group " + group, sorted(taskService.createTaskQuery().taskCandidateGroup(group)));
  }

  private static TaskQuery sorted(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  @Override
  public void run(ApplicationArguments args) {
    List<QueueFilter> filters = filters();
    for (int i = 0; i < filters.size(); i++) {
      QueueFilter f = filters.get(i);
      if (filterService.createFilterQuery().filterName(f.name()).count() > 0) {
        continue;
      }
      Filter filter = filterService.newTaskFilter(f.name());
      filter.setQuery(f.query());
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", f.description());
      properties.put("priority", i);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      properties.put(
          "variables",
          List.of(
              Map.of("name", "caseNumber", "label", "Case"),
              Map.of("name", "customerUid", "label", "Customer UID"),
              Map.of("name", "locale", "label", "Language")));
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    }
  }
}
