package io.casedesk.sla.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.Groups;
import io.casedesk.platform.EveryUserTaskListener;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClockView;
import io.casedesk.sla.SlaClocks;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every user task of every case. A new task gets the case's SLA standing: the resolution due time
 * as it stands after pauses, the raised priority of a case at risk, and supervisors as a candidate
 * group once a clock ran out. The first claim or completion by a person is the case's first response.
 */
@Component
@Order(EveryUserTaskListener.ESCALATION)
class SlaTaskListener implements EveryUserTaskListener {

  private final ClockStore store;
  private final SlaClocks clocks;

  SlaTaskListener(ClockStore store, SlaClocks clocks) {
    this.store = store;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (caseNumber == null) {
      return;
    }
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> standing(task, caseNumber);
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          clocks.firstResponse(task.getExecution());
        }
      }
      case EVENTNAME_COMPLETE -> clocks.firstResponse(task.getExecution());
      default -> {}
    }
  }

  private void standing(DelegateTask task, String caseNumber) {
    List<SlaClockView> caseClocks = store.forCase(caseNumber);
    if (caseClocks.stream().anyMatch(SlaClockView::breached) || Boolean.TRUE.equals(task.getVariable(CaseVariables.ESCALATED))) {
      task.addCandidateGroup(Groups.SUPERVISORS);
      task.setPriority(SlaClocks.BREACH_PRIORITY);
    } else if (caseClocks.stream().anyMatch(c -> c.atRiskReachedAt() != null)) {
      task.setPriority(Math.max(task.getPriority(), Math.min(SlaClocks.BREACH_PRIORITY, store.basePriority(caseNumber) + SlaClocks.AT_RISK_RAISE)));
    }
    caseClocks.stream()
        .filter(c -> c.clock() == SlaClock.RESOLUTION && c.state().counting())
        .findFirst()
        .ifPresent(c -> task.setDueDate(Date.from(c.due())));
  }
}
