package io.casedesk.sla.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.Groups;
import io.casedesk.platform.TaskInputs;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClocks;
import io.casedesk.sla.SlaEvents;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What happens when an SLA clock's timer fires: at 75 % the case rises in priority, at 100 % it is
 * escalated to supervisors. Each at most once per case and clock, however often the job runs.
 */
@Component
class SlaTimers {

  /** The timer tasks' input parameter naming their clock. */
  static final String CLOCK = "clock";

  private final ClockStore store;
  private final CaseTasks tasks;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SlaTimers(ClockStore store, CaseTasks tasks, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.tasks = tasks;
    this.events = events;
    this.clock = clock;
  }

  void atRisk(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    SlaClock which = clockOf(execution);
    Instant now = clock.instant();
    if (store.reachAtRisk(caseNumber, which, now)) {
      int priority = Math.min(SlaClocks.BREACH_PRIORITY, store.basePriority(caseNumber) + SlaClocks.AT_RISK_RAISE);
      tasks.raisePriority(caseNumber, priority);
      events.publishEvent(new SlaEvents.AtRisk(caseNumber, which, priority, now));
    }
  }

  void breached(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    SlaClock which = clockOf(execution);
    Instant now = clock.instant();
    if (store.breach(caseNumber, which, now)) {
      tasks.escalate(caseNumber, SlaClocks.BREACH_PRIORITY, Groups.SUPERVISORS);
      // Model versions before the case lifecycle read this variable when they create a task.
      execution.setVariable(CaseVariables.ESCALATED, true);
      events.publishEvent(new SlaEvents.Breached(caseNumber, which, SlaClocks.BREACH_PRIORITY, now));
    }
  }

  /**
   * The clock a timer belongs to: the task's input parameter {@code clock}. Model versions before the
   * case lifecycle ran these timers in the case's own process, whose clock rows may be missing; they
   * are started from its due times then.
   */
  private SlaClock clockOf(DelegateExecution execution) {
    SlaClock which = TaskInputs.required(execution, CLOCK, SlaClock.class);
    if (execution.getVariable(CaseVariables.FIRST_RESPONSE_DUE) != null) {
      boolean first = which == SlaClock.FIRST_RESPONSE;
      store.startIfMissing(execution.getProcessBusinessKey(), which,
          instant(execution, first ? CaseVariables.FIRST_RESPONSE_DUE : CaseVariables.RESOLUTION_DUE),
          instant(execution, first ? CaseVariables.FIRST_RESPONSE_AT_RISK : CaseVariables.RESOLUTION_AT_RISK),
          ((Number) execution.getVariable(CaseVariables.PRIORITY)).intValue());
    }
    return which;
  }

  private static Instant instant(DelegateExecution execution, String name) {
    return SlaDelegates.date(execution, name);
  }
}
