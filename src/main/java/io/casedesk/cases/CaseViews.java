package io.casedesk.cases;

import io.casedesk.cases.CaseView.OpenStep;
import io.casedesk.cases.CaseView.StepKind;
import io.casedesk.casetype.CaseMessages;
import io.casedesk.notification.NotificationOutbox;
import io.casedesk.sla.ClockState;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClockView;
import io.casedesk.sla.SlaClocks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Builds the case view: the registry row, the steps the case waits in (in whichever of its process
 * instances: the lifecycle, the type's process, a called step), the SLA clocks and notifications.
 */
@Service
public class CaseViews {

  private final CaseRegistry registry;
  private final SlaClocks slaClocks;
  private final NotificationOutbox notifications;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  CaseViews(
      CaseRegistry registry,
      SlaClocks slaClocks,
      NotificationOutbox notifications,
      HistoryService historyService,
      RuntimeService runtimeService,
      TaskService taskService) {
    this.registry = registry;
    this.slaClocks = slaClocks;
    this.notifications = notifications;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  public CaseView view(String caseNumber) {
    CaseRecord c = registry.find(caseNumber).orElseThrow(() -> new CaseProblems.CaseNotFound(caseNumber));
    List<SlaClockView> clocks = slaClocks.forCase(caseNumber);
    CaseRegistry.CaseLinks links = registry.links(caseNumber);
    return new CaseView(
        c.caseNumber(), c.type(), c.status(), c.customerUid(), c.channel(), c.tier(), c.locale(), c.requestedLocale(),
        c.localeFallback(), c.subject(), c.queue(), c.priority(), c.createdAt(), c.firstResponseDue(), c.resolutionDue(),
        c.status().isFinal() ? List.of() : openSteps(caseNumber, c.status() == CaseStatus.WAITING_FOR_CUSTOMER),
        c.outcome() == null ? null : new CaseView.Outcome(c.outcome(), c.outcomeReason(), c.resolvedAt()),
        new CaseView.Sla(clock(clocks, SlaClock.FIRST_RESPONSE, c), clock(clocks, SlaClock.RESOLUTION, c)),
        notifications.forCase(caseNumber), links.reopens(), links.previousCase(), links.followUps());
  }

  private List<OpenStep> openSteps(String caseNumber, boolean waitingForCustomer) {
    List<OpenStep> steps = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).initializeFormKeys().list()) {
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
    if (!waitingForCustomer) {
      return steps; // only a case waiting for its customer has a step that waits for a reply
    }
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()) {
      boolean waits = runtimeService.createEventSubscriptionQuery().processInstanceId(instance.getId())
          .eventType("message").eventName(CaseMessages.CUSTOMER_REPLY).count() > 0;
      if (!waits) {
        continue;
      }
      for (HistoricActivityInstance waiting : historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).unfinished().activityType("receiveTask").list()) {
        steps.add(new OpenStep(waiting.getActivityId(), waiting.getActivityName(), StepKind.WAITING_FOR_CUSTOMER, List.of(), null, null, null));
      }
    }
    return steps;
  }

  /** A clock as its row has it; a case without clock rows shows its due times only. */
  private static CaseView.Clock clock(List<SlaClockView> clocks, SlaClock which, CaseRecord c) {
    return clocks.stream().filter(v -> v.clock() == which).findFirst()
        .map(v -> new CaseView.Clock(v.state(), v.due(), v.metAt(), v.atRiskReachedAt(), v.breachedAt(), v.pausedSince(), v.pausedTotal(), v.pauses()))
        .orElseGet(() -> new CaseView.Clock(
            c.status().isFinal() ? ClockState.MET : ClockState.RUNNING,
            which == SlaClock.FIRST_RESPONSE ? c.firstResponseDue() : c.resolutionDue(),
            which == SlaClock.FIRST_RESPONSE ? c.firstResponseAt() : c.resolvedAt(), null, null, null, Duration.ZERO, 0));
  }
}
