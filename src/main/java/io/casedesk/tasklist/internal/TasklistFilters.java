package io.casedesk.tasklist.internal;

import io.casedesk.casetype.Groups;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.routing.LanguageQueues;
import io.casedesk.tasklist.TaskCard;
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
 * Tasklist filters for the desk's queues, created at start-up when missing and brought up to date
 * when the desk's definition changed: one per language queue, one per specialist queue, "Escalated",
 * "My tasks" and "My queues" (the unassigned tasks of the person's queues; a queue's own filter shows its
 * claimed tasks as well, with their assignee). Each shows the task card ({@link TaskCard}) and is readable by the
 * queue's group and by supervisors (everyone, for the personal filters).
 *
 * <p>The filters carry no sorting of their own: Tasklist sorts by what its sort bar shows, and the
 * desk's Tasklist configuration makes that priority (highest first), then due date. Each filter's
 * property {@value #DESK_FILTER} names what it is, so the webapps show its name, description and
 * card labels in the language of the person's browser ({@link WebappNames}); the stored names are
 * the English ones.
 *
 * <p>Filters have no unique name in the engine, so two nodes starting at the same moment could each
 * create them: start-up runs on one node at a time (the start-up lock of {@code platform}), and a
 * filter is saved together with its grants in one transaction, so a node that dies in between leaves
 * neither behind.
 */
@Component
class TasklistFilters implements ApplicationRunner {

  /** The property that names a desk filter: its kind and, for a queue, the queue's group. */
  static final String DESK_FILTER = "casedeskFilter";
  /** Raised when the desk's filter definition changes, so that existing filters are updated once. */
  static final int VERSION = 2;

  static final String MY_TASKS = "myTasks";
  static final String MY_QUEUES = "myQueues";
  static final String QUEUE = "queue";
  static final String ESCALATED = "escalated";

  record DeskFilter(String name, String kind, String group, TaskQuery query, List<String> readers) {
    Map<String, Object> marker() {
      Map<String, Object> marker = new LinkedHashMap<>();
      marker.put("kind", kind);
      if (group != null) {
        marker.put("group", group);
      }
      marker.put("version", VERSION);
      return marker;
    }
  }

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final LanguageQueues languageQueues;
  private final DeskMessages messages;
  private final DeskNames names;
  private final TransactionTemplate transactions;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      LanguageQueues languageQueues, DeskMessages messages, DeskNames names, TransactionTemplate transactions) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.languageQueues = languageQueues;
    this.messages = messages;
    this.names = names;
    this.transactions = transactions;
  }

  List<DeskFilter> filters() {
    List<DeskFilter> filters = new ArrayList<>();
    filters.add(new DeskFilter("My tasks", MY_TASKS, null,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), List.of(Authorization.ANY)));
    filters.add(new DeskFilter("My queues", MY_QUEUES, null,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(), List.of(Authorization.ANY)));
    for (String queue : languageQueues.languageBound()) {
      for (SupportedLanguage language : SupportedLanguage.values()) {
        String name = messages.text("queue." + queue, SupportedLanguage.EN) + " (" + language.tag() + ")";
        filters.add(queue(name, LanguageQueues.variant(queue, language)));
      }
    }
    for (String specialists : List.of(Groups.VIP_CONCIERGE, Groups.SECURITY, Groups.TRADING_DESK, Groups.COMPLIANCE)) {
      filters.add(queue(messages.text("queue." + specialists, SupportedLanguage.EN), specialists));
    }
    filters.add(new DeskFilter("Escalated", ESCALATED, Groups.SUPERVISORS,
        taskService.createTaskQuery().taskCandidateGroup(Groups.SUPERVISORS).includeAssignedTasks(), List.of(Groups.SUPERVISORS)));
    return filters;
  }

  /** Every open task of the queue, claimed ones with their assignee (whom a supervisor may change). */
  private DeskFilter queue(String name, String group) {
    return new DeskFilter(name, QUEUE, group, taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(),
        List.of(group, Groups.SUPERVISORS));
  }

  @Override
  public void run(ApplicationArguments args) {
    List<DeskFilter> filters = filters();
    for (int i = 0; i < filters.size(); i++) {
      DeskFilter f = filters.get(i);
      Map<String, Object> properties = properties(f, i);
      transactions.executeWithoutResult(tx -> {
        Filter filter = filterService.createFilterQuery().filterName(f.name()).singleResult();
        if (filter == null) {
          filter = filterService.newTaskFilter(f.name());
        }
        if (!properties.equals(filter.getProperties())) {
          filter.setQuery(f.query());
          filter.setProperties(properties);
          filterService.saveFilter(filter);
        }
        grantRead(filter, f.readers());
      });
    }
  }

  private Map<String, Object> properties(DeskFilter f, int position) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description(f, SupportedLanguage.EN));
    properties.put("priority", position);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", variables(SupportedLanguage.EN));
    properties.put(DESK_FILTER, f.marker());
    return properties;
  }

  /** The card's lines, labelled in the language. */
  List<Map<String, Object>> variables(SupportedLanguage language) {
    List<Map<String, Object>> variables = new ArrayList<>();
    TaskCard.LINES.forEach((variable, label) -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("name", variable);
      line.put("label", messages.text(label, language));
      variables.add(line);
    });
    return variables;
  }

  /** A desk filter's name in the language, from its marker. */
  String name(String kind, String group, SupportedLanguage language) {
    return switch (kind) {
      case MY_TASKS -> messages.text("filter.myTasks", language);
      case MY_QUEUES -> messages.text("filter.myQueues", language);
      case ESCALATED -> messages.text("filter.escalated", language);
      default -> names.queue(group, language).orElse(group);
    };
  }

  String description(String kind, String group, SupportedLanguage language) {
    return switch (kind) {
      case MY_TASKS -> messages.text("filter.myTasks.description", language);
      case MY_QUEUES -> messages.text("filter.myQueues.description", language);
      case ESCALATED -> messages.text("filter.escalated.description", language);
      default -> messages.format("filter.queue.description", language, Map.of("queue", names.queue(group, language).orElse(group)));
    };
  }

  private String description(DeskFilter f, SupportedLanguage language) {
    return description(f.kind(), f.group(), language);
  }

  private void grantRead(Filter filter, List<String> readers) {
    for (String reader : readers) {
      // A personal filter is for everyone: a global authorization (the engine's form for "all users").
      boolean everyone = Authorization.ANY.equals(reader);
      var existing = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId());
      if ((everyone ? existing.authorizationType(Authorization.AUTH_TYPE_GLOBAL) : existing.groupIdIn(reader)).count() > 0) {
        continue;
      }
      Authorization authorization =
          authorizationService.createNewAuthorization(everyone ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
      if (everyone) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(reader);
      }
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filter.getId());
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
