package io.casedesk.sla;

import io.casedesk.sla.internal.ClockStore;
import io.casedesk.sla.internal.SlaTimerJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A case's two SLA clocks. Their timers are the SLA event subprocesses of the case lifecycle
 * (case-lifecycle.bpmn); their state lives here. A clock pauses while the customer has the turn and
 * resumes with the time that was left, as Zendesk's requester wait and Jira Service Management's
 * "waiting for customer" do: its timers are held, then moved by the time the customer took.
 */
@Service
public class SlaClocks {

  /** Priority points a case gains when a clock reaches 75 %. */
  public static final int AT_RISK_RAISE = 20;
  /** The priority of an escalated case. */
  public static final int BREACH_PRIORITY = 100;

  private final ClockStore state;
  private final SlaTimerJobs timers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SlaClocks(ClockStore state, SlaTimerJobs timers, ApplicationEventPublisher events, Clock clock) {
    this.state = state;
    this.timers = timers;
    this.events = events;
    this.clock = clock;
  }

  public List<SlaClockView> forCase(String caseNumber) {
    return state.forCase(caseNumber);
  }

  /** The customer has the turn (the desk asked them something): every running clock of the execution's case pauses. */
  public void customerHasTurn(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Instant now = clock.instant();
    List<SlaClock> running = state.forCase(caseNumber).stream()
        .filter(c -> c.state() == ClockState.RUNNING).map(SlaClockView::clock).toList();
    if (state.pause(caseNumber, now)) {
      running.forEach(c -> timers.hold(execution, c));
    }
  }

  /** The desk has the turn again (the customer replied): paused clocks resume with the time they had left. */
  public void deskHasTurn(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Instant now = clock.instant();
    for (SlaClockView paused : state.forCase(caseNumber)) {
      if (paused.state() != ClockState.PAUSED) {
        continue;
      }
      Duration stood = Duration.between(paused.pausedSince(), now);
      SlaClockView resumed = state.resume(caseNumber, paused.clock(), now);
      timers.resume(execution, paused.clock(), stood);
      events.publishEvent(new SlaEvents.DueMoved(caseNumber, resumed.clock(), resumed.due()));
    }
  }

  /** A person responded on the execution's case: the first-response clock is met (or, if it ran out, records when it was). */
  public void firstResponse(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Instant now = clock.instant();
    if (state.meet(caseNumber, SlaClock.FIRST_RESPONSE, now)) {
      timers.hold(execution, SlaClock.FIRST_RESPONSE);
      events.publishEvent(new SlaEvents.FirstResponse(caseNumber, now));
    }
  }

  /** The case ended: the resolution clock is met; a first-response clock nobody had to meet stops. */
  public void caseEnded(String caseNumber) {
    Instant now = clock.instant();
    state.meet(caseNumber, SlaClock.RESOLUTION, now);
    state.stop(caseNumber, SlaClock.FIRST_RESPONSE, now);
  }
}
