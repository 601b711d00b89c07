package io.casedesk.routing.internal;

import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.routing.LanguageQueues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist filters for the desk's queues, created at start-up when missing: one per language queue,
 * one per specialist queue, "Escalated", "My tasks" and "My queues". Each sorts by priority (highest
 * first), then due date, shows case number, customer, language and routing note, and is readable by
 * the queue's group (everyone, for the personal filters) once authorization is on.
 *
 * <p>Filters have no unique name in the engine, so two nodes starting at the same moment could each
 * create them: start-up runs on one node at a time (the start-up lock of {@code platform}), and a
 * filter is saved together with its grant in one transaction, so a node that dies in between leaves
 * neither behind.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  static final Map<String, String> DISPLAY_NAMES = Map.of("support", "Support", "kyc", "KYC");

  record QueueFilter(String name, String description, TaskQuery query, String group) {}

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final LanguageQueues languageQueues;
  private final TransactionTemplate transactions;

  TasklistFilters(
      FilterService filterService, TaskService taskService, AuthorizationService authorizationService, LanguageQueues languageQueues,
      TransactionTemplate transactions) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.languageQueues = languageQueues;
    this.transactions = transactions;
  }

  List<QueueFilter> filters() {
    List<QueueFilter> filters = new ArrayList<>();
    filters.add(new QueueFilter("My tasks", "Tasks assigned to me",
        sorted(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), Authorization.ANY));
    filters.add(new QueueFilter("My queues", "Unassigned tasks of all my queues",
        sorted(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()), Authorization.ANY));
    for (String queue : languageQueues.languageBound()) {
      for (SupportedLanguage language : SupportedLanguage.values()) {
        filters.add(queue(DISPLAY_NAMES.getOrDefault(queue, queue) + " (" + language.tag() + ")", LanguageQueues.variant(queue, language)));
      }
    }
    filters.add(queue("VIP concierge", "vipconcierge"));
    filters.add(queue("Security", "security"));
    filters.add(queue("Trading desk", "tradingdesk"));
    filters.add(queue("Compliance", "compliance"));
    filters.add(queue("Escalated", "supervisors"));
    return filters;
  }

  private QueueFilter queue(String name, String group) {
    return new QueueFilter(name, "Queue " + group, sorted(taskService.createTaskQuery().taskCandidateGroup(group)), group);
  }

  private static TaskQuery sorted(TaskQuery query) {
    return query.orderByTaskPriority().desc().orderByDueDate().asc();
  }

  @Override
  public void run(ApplicationArguments args) {
    List<QueueFilter> filters = filters();
    for (int i = 0; i < filters.size(); i++) {
      QueueFilter f = filters.get(i);
      int position = i;
      transactions.executeWithoutResult(tx -> {
        if (filterService.createFilterQuery().filterName(f.name()).count() == 0) {
          Filter filter = filterService.newTaskFilter(f.name());
          filter.setQuery(f.query());
          filter.setProperties(properties(f, position));
          filterService.saveFilter(filter);
          grantRead(filter, f.group());
        }
      });
    }
  }

  private static Map<String, Object> properties(QueueFilter f, int position) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", f.description());
    properties.put("priority", position);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put(
        "variables",
        List.of(
            Map.of("name", "caseNumber", "label", "Case"),
            Map.of("name", "customerUid", "label", "Customer UID"),
            Map.of("name", "locale", "label", "Language"),
            Map.of("name", LanguageRoutingListener.ROUTING_NOTE, "label", "Routing")));
    return properties;
  }

  private void grantRead(Filter filter, String group) {
    // A personal filter is for everyone: a global authorization (the engine's form for "all users").
    boolean everyone = Authorization.ANY.equals(group);
    Authorization authorization =
        authorizationService.createNewAuthorization(everyone ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
    if (everyone) {
      authorization.setUserId(Authorization.ANY);
    } else {
      authorization.setGroupId(group);
    }
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filter.getId());
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
