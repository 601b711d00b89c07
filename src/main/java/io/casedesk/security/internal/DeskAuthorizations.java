package io.casedesk.security.internal;

import io.casedesk.casetype.Groups;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.routing.LanguageQueues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The desk's roles as engine authorizations, granted to groups at start-up when missing (an
 * administrator's later changes in Admin are kept). Tasks need no grant here: the engine gives a
 * task's candidate groups read and work permission on that task alone, so agents see and work
 * only the tasks of their queues.
 *
 * <ul>
 *   <li>Agents and specialists: Tasklist; read process definitions (names, forms).
 *   <li>Supervisors: Tasklist and Cockpit; read and reassign every task (and look up the person they
 *       assign it to); create filters of their own; read every case.
 *   <li>Compliance: Cockpit and Tasklist; read definitions, history and the operation log; change nothing.
 *   <li>Analysts: Cockpit; deploy and read definitions; no tasks, no case data.
 *   <li>Intake service account: nothing in the engine; it uses the case API only.
 * </ul>
 */
@Component
@Order(10)
class DeskAuthorizations implements ApplicationRunner {

  static final String ALL = Authorization.ANY;

  private final AuthorizationService authorizations;
  private final LanguageQueues languageQueues;

  DeskAuthorizations(AuthorizationService authorizations, LanguageQueues languageQueues) {
    this.authorizations = authorizations;
    this.languageQueues = languageQueues;
  }

  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {
    String key() {
      return group + "|" + resource.resourceType() + "|" + resourceId;
    }
  }

  List<String> workingGroups() {
    List<String> groups = new ArrayList<>();
    for (String queue : Stream.concat(languageQueues.languageBound().stream(),
        Stream.of(Groups.VIP_CONCIERGE, Groups.SECURITY, Groups.TRADING_DESK, Groups.COMPLIANCE)).toList()) {
      if (!languageQueues.isLanguageBound(queue)) {
        groups.add(queue);
      }
      for (SupportedLanguage language : SupportedLanguage.values()) {
        groups.add(LanguageQueues.variant(queue, language));
      }
    }
    groups.add(Groups.SUPERVISORS);
    return groups;
  }

  List<Grant> grants() {
    List<Grant> grants = new ArrayList<>();
    // Administrators may do everything, as the webapps' first-user setup would grant them.
    for (Resource resource : Resources.values()) {
      grants.add(new Grant(Groups.ADMIN, resource, ALL, Permissions.ALL));
    }
    for (String group : workingGroups()) {
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ALL, Permissions.READ));
    }
    String supervisors = Groups.SUPERVISORS;
    grants.add(new Grant(supervisors, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(new Grant(supervisors, Resources.TASK, ALL, Permissions.READ, Permissions.UPDATE));
    // Tasklist checks that the new assignee exists before it reassigns; filters of their own for what they watch.
    grants.add(new Grant(supervisors, Resources.USER, ALL, Permissions.READ));
    grants.add(new Grant(supervisors, Resources.FILTER, ALL, Permissions.CREATE));
    grants.add(new Grant(supervisors, Resources.PROCESS_INSTANCE, ALL, Permissions.READ));
    grants.add(new Grant(supervisors, Resources.DECISION_DEFINITION, ALL, Permissions.READ));
    grants.add(new Grant(supervisors, Resources.PROCESS_DEFINITION, ALL,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK));

    String compliance = Groups.COMPLIANCE;
    grants.add(new Grant(compliance, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(new Grant(compliance, Resources.PROCESS_DEFINITION, ALL,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE));
    grants.add(new Grant(compliance, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY));
    grants.add(new Grant(compliance, Resources.DEPLOYMENT, ALL, Permissions.READ));
    grants.add(new Grant(compliance, Resources.OPERATION_LOG_CATEGORY, ALL, UserOperationLogCategoryPermissions.READ));

    String analysts = Groups.ANALYSTS;
    grants.add(new Grant(analysts, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(new Grant(analysts, Resources.DEPLOYMENT, ALL, Permissions.CREATE, Permissions.READ));
    grants.add(new Grant(analysts, Resources.PROCESS_DEFINITION, ALL, Permissions.READ));
    grants.add(new Grant(analysts, Resources.DECISION_DEFINITION, ALL, Permissions.READ));
    grants.add(new Grant(analysts, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ));
    return grants;
  }

  /** The engine keeps one authorization per group, resource type and id: grants for the same one are merged. */
  @Override
  public void run(ApplicationArguments args) {
    Map<String, List<Grant>> byAuthorization = grants().stream().collect(Collectors.groupingBy(Grant::key, LinkedHashMap::new, Collectors.toList()));
    for (List<Grant> same : byAuthorization.values()) {
      Grant first = same.get(0);
      boolean exists =
          authorizations.createAuthorizationQuery()
                  .groupIdIn(first.group())
                  .resourceType(first.resource())
                  .resourceId(first.resourceId())
                  .count()
              > 0;
      if (!exists) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(first.group());
        authorization.setResource(first.resource());
        authorization.setResourceId(first.resourceId());
        same.stream().flatMap(g -> Arrays.stream(g.permissions())).forEach(authorization::addPermission);
        try {
          authorizations.saveAuthorization(authorization);
        } catch (RuntimeException e) {
          // Another node of the cluster granted it at the same moment: the engine keeps one per key.
          if (authorizations.createAuthorizationQuery().groupIdIn(first.group()).resourceType(first.resource())
              .resourceId(first.resourceId()).count() == 0) {
            throw e;
          }
        }
      }
    }
  }
}
