package io.casedesk.sla.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClocks;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the SLA models: one small delegate per task, each bound by
 * {@code camunda:delegateExpression} to its bean name.
 */
final class SlaDelegates {

  private SlaDelegates() {}

  /** case-lifecycle, "Start SLA clocks": both clocks from the due times triage gave the case. */
  @Component("startSlaClocksDelegate")
  static class StartClocks implements JavaDelegate {
    private final ClockStore store;

    StartClocks(ClockStore store) {
      this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String caseNumber = execution.getProcessBusinessKey();
      int priority = ((Number) execution.getVariable(CaseVariables.PRIORITY)).intValue();
      store.start(caseNumber, SlaClock.FIRST_RESPONSE, date(execution, CaseVariables.FIRST_RESPONSE_DUE),
          date(execution, CaseVariables.FIRST_RESPONSE_AT_RISK), priority);
      store.start(caseNumber, SlaClock.RESOLUTION, date(execution, CaseVariables.RESOLUTION_DUE),
          date(execution, CaseVariables.RESOLUTION_AT_RISK), priority);
    }
  }

  /** "Mark case at risk, raise priority": 75 % of the clock has run. */
  @Component("markSlaAtRiskDelegate")
  static class MarkAtRisk implements JavaDelegate {
    private final SlaTimers timers;

    MarkAtRisk(SlaTimers timers) {
      this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      timers.atRisk(execution);
    }
  }

  /** "Record breach, escalate to supervisors": the clock ran out. */
  @Component("recordSlaBreachDelegate")
  static class RecordBreach implements JavaDelegate {
    private final SlaTimers timers;

    RecordBreach(SlaTimers timers) {
      this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
      timers.breached(execution);
    }
  }

  /** customer-reply-wait, "Pause SLA clocks": the customer has the turn. */
  @Component("pauseSlaClocksDelegate")
  static class Pause implements JavaDelegate {
    private final SlaClocks clocks;

    Pause(SlaClocks clocks) {
      this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
      clocks.customerHasTurn(execution);
    }
  }

  /** customer-reply-wait, "Resume SLA clocks": the customer replied, the desk has the turn. */
  @Component("resumeSlaClocksDelegate")
  static class Resume implements JavaDelegate {
    private final SlaClocks clocks;

    Resume(SlaClocks clocks) {
      this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
      clocks.deskHasTurn(execution);
    }
  }

  static Instant date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (!(value instanceof Date date)) {
      throw new IllegalStateException("The case has no due time " + name);
    }
    return date.toInstant();
  }
}
