package io.casedesk.sla.internal;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaClockVariables;
import io.casedesk.sla.SlaClockView;
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

  /** sla-clock, "Read clock": the clock's state and its due times now, for the model's gateway and timers. */
  @Component("readSlaClockDelegate")
  static class ReadClock implements JavaDelegate {
    /** A running clock past 75 %: the model then waits for its due time only. */
    static final String AT_RISK = "AT_RISK";

    private final ClockStore store;

    ReadClock(ClockStore store) {
      this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SlaClock clock = SlaClock.valueOf((String) execution.getVariable(SlaClockVariables.CLOCK));
      SlaClockView view = store.find(execution.getProcessBusinessKey(), clock)
          .orElseThrow(() -> new IllegalStateException("Case " + execution.getProcessBusinessKey() + " has no " + clock + " clock"));
      String state = view.state().name();
      if (view.state() == io.casedesk.sla.ClockState.RUNNING && view.atRiskReachedAt() != null) {
        state = AT_RISK;
      }
      execution.setVariable(SlaClockVariables.CLOCK_STATE, state);
      execution.setVariable(SlaClockVariables.DUE_AT, Date.from(view.due()));
      execution.setVariable(SlaClockVariables.AT_RISK_AT, Date.from(view.atRiskAt()));
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
      clocks.customerHasTurn(execution.getProcessBusinessKey());
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
      clocks.deskHasTurn(execution.getProcessBusinessKey());
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
