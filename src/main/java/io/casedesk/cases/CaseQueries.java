package io.casedesk.cases;

import io.casedesk.cases.CaseView.OpenStep;
import io.casedesk.cases.CaseView.StepKind;
import io.casedesk.cases.SlaEvents.SlaEvent;
import io.casedesk.notification.NotificationOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/** Builds the case view: the registry row, the steps the engine waits in, SLA clocks, notifications. */
@Service
class CaseQueries {

  private final CaseRegistry registry;
  private final SlaEvents slaEvents;
  private final NotificationOutbox notifications;
  private final HistoryService historyService;
  private final TaskService taskService;

  CaseQueries(
      CaseRegistry registry,
      SlaEvents slaEvents,
      NotificationOutbox notifications,
      HistoryService historyService,
      TaskService taskService) {
    this.registry = registry;
    this.slaEvents = slaEvents;
    this.notifications = notifications;
    this.historyService = historyService;
    this.taskService = taskService;
  }

  CaseView view(String caseNumber) {
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    List<SlaEvent> events = slaEvents.forCase(caseNumber);
    return new CaseView(
        c.caseNumber(), c.type(), c.status(), c.customerUid(), c.channel(), c.tier(), c.locale(), c.requestedLocale(),
        c.localeFallback(), c.subject(), c.queue(), c.priority(), c.createdAt(), c.firstResponseDue(), c.resolutionDue(),
        c.status().isFinal() ? List.of() : openSteps(c.processInstanceId()),
        c.outcome() == null ? null : new CaseView.Outcome(c.outcome(), c.outcomeReason(), c.resolvedAt()),
        new CaseView.Sla(
            clock(SlaClock.FIRST_RESPONSE, c.firstResponseDue(), c.firstResponseAt(), events),
            clock(SlaClock.RESOLUTION, c.resolutionDue(), c.resolvedAt(), events)),
        notifications.forCase(caseNumber));
  }

  private List<OpenStep> openSteps(String processInstanceId) {
    List<OpenStep> steps = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).initializeFormKeys().list()) {
      List<String> groups =
          taskService.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
              .map(IdentityLink::getGroupId)
              .toList();
      steps.add(
          new OpenStep(
              task.getTaskDefinitionKey(), task.getName(), StepKind.TASK, groups, task.getAssignee(),
              task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getPriority()));
    }
    for (HistoricActivityInstance waiting :
        historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).unfinished().activityType("receiveTask").list()) {
      steps.add(new OpenStep(waiting.getActivityId(), waiting.getActivityName(), StepKind.WAITING_FOR_CUSTOMER, List.of(), null, null, null));
    }
    return steps;
  }

  private static CaseView.Clock clock(SlaClock clock, Instant due, Instant metAt, List<SlaEvent> events) {
    return new CaseView.Clock(due, metAt, at(events, clock, SlaEventKind.AT_RISK), at(events, clock, SlaEventKind.BREACHED));
  }

  private static Instant at(List<SlaEvent> events, SlaClock clock, SlaEventKind kind) {
    return events.stream().filter(e -> e.clock() == clock && e.kind() == kind).map(SlaEvent::at).findFirst().orElse(null);
  }
}
