package io.casedesk.sla.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.sla.SlaClock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.springframework.stereotype.Component;

/**
 * The timer jobs of a case's SLA event subprocesses (case-lifecycle.bpmn, and the case's own process
 * in model versions before it): held while the customer has the turn, moved by the time the customer
 * took when the desk has the turn again, held for good once a clock is met. Engine internals (job and
 * execution entities) are used here only, at the edge.
 */
@Component
public class SlaTimerJobs {

  /** The timers of each clock, by the ids of their start events. */
  static final Map<SlaClock, List<String>> TIMERS = Map.of(
      SlaClock.FIRST_RESPONSE, List.of("Event_FirstResponseAtRisk", "Event_FirstResponseDue"),
      SlaClock.RESOLUTION, List.of("Event_ResolutionAtRisk", "Event_ResolutionDue"));

  /** The case's due-time variables of each clock: due, at risk. */
  static final Map<SlaClock, List<String>> DUE_VARIABLES = Map.of(
      SlaClock.FIRST_RESPONSE, List.of(CaseVariables.FIRST_RESPONSE_DUE, CaseVariables.FIRST_RESPONSE_AT_RISK),
      SlaClock.RESOLUTION, List.of(CaseVariables.RESOLUTION_DUE, CaseVariables.RESOLUTION_AT_RISK));

  /** Holds the clock's timers of the case the execution belongs to: they keep their due dates but do not fire. */
  public void hold(DelegateExecution execution, SlaClock clock) {
    timers(execution, clock, SuspensionState.ACTIVE).forEach(job -> job.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
  }

  /** Moves the clock's held timers and the case's due times by {@code by} and lets them fire again. */
  public void resume(DelegateExecution execution, SlaClock clock, Duration by) {
    for (JobEntity job : timers(execution, clock, SuspensionState.SUSPENDED)) {
      job.setDuedate(Date.from(job.getDuedate().toInstant().plus(by)));
      job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
    }
    for (ExecutionEntity instance : caseInstances(execution)) {
      for (String name : DUE_VARIABLES.get(clock)) {
        if (instance.getVariableLocal(name) instanceof Date due) {
          instance.setVariableLocal(name, Date.from(due.toInstant().plus(by)));
        }
      }
    }
  }

  /**
   * The clock's timer jobs in the state given. They are found through the execution tree, not by a
   * query: a case's lifecycle may have been started in this very transaction (a case that waits for
   * its customer at once), and its jobs are not in the database yet. They are changed as entities,
   * so a case that also ends in this transaction deletes the jobs it changed without a conflict.
   */
  private List<JobEntity> timers(DelegateExecution execution, SlaClock clock, SuspensionState state) {
    return caseInstances(execution).stream()
        .flatMap(instance -> instance.getJobs().stream())
        .filter(job -> TIMERS.get(clock).contains(job.getActivityId()) && job.getSuspensionState() == state.getStateCode())
        .toList();
  }

  /** The process instance of the execution and the ones that called it, up to the case's lifecycle. */
  private static List<ExecutionEntity> caseInstances(DelegateExecution execution) {
    List<ExecutionEntity> instances = new ArrayList<>();
    for (ExecutionEntity instance = ((ExecutionEntity) execution).getProcessInstance(); instance != null;
        instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
      instances.add(instance);
    }
    return instances;
  }
}
