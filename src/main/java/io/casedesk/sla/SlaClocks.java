package io.casedesk.sla;

import io.casedesk.casetype.CaseMessages;
import io.casedesk.platform.AsDesk;
import io.casedesk.sla.internal.ClockStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A case's two SLA clocks. The clocks' timers live in the {@code sla-clock} model, one instance per
 * clock; the state lives here. A clock pauses while the customer has the turn and resumes with the
 * time that was left, as Zendesk's requester wait and Jira Service Management's "waiting for
 * customer" do; each change tells the clock instances to read their state again, so their timers
 * move with it.
 */
@Service
public class SlaClocks {

  /** Priority points a case gains when a clock reaches 75 %. */
  public static final int AT_RISK_RAISE = 20;
  /** The priority of an escalated case. */
  public static final int BREACH_PRIORITY = 100;

  private final ClockStore state;
  private final RuntimeService runtimeService;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SlaClocks(ClockStore state, RuntimeService runtimeService, ApplicationEventPublisher events, Clock clock) {
    this.state = state;
    this.runtimeService = runtimeService;
    this.events = events;
    this.clock = clock;
  }

  public List<SlaClockView> forCase(String caseNumber) {
    return state.forCase(caseNumber);
  }

  /** The customer has the turn (the desk asked them something): every running clock pauses. */
  public void customerHasTurn(String caseNumber) {
    if (state.pause(caseNumber, clock.instant())) {
      clocksChanged(caseNumber);
    }
  }

  /** The desk has the turn again (the customer replied): paused clocks resume with the time they had left. */
  public void deskHasTurn(String caseNumber) {
    Instant now = clock.instant();
    List<SlaClockView> resumed = state.resume(caseNumber, now);
    if (resumed.isEmpty()) {
      return;
    }
    resumed.forEach(c -> events.publishEvent(new SlaEvents.DueMoved(caseNumber, c.clock(), c.due())));
    clocksChanged(caseNumber);
  }

  /** A person responded: the first-response clock is met (or, if it ran out, records when it was). */
  public void firstResponse(String caseNumber) {
    Instant now = clock.instant();
    if (state.meet(caseNumber, SlaClock.FIRST_RESPONSE, now)) {
      events.publishEvent(new SlaEvents.FirstResponse(caseNumber, now));
      clocksChanged(caseNumber);
    }
  }

  /** The case ended: the resolution clock is met; a first-response clock nobody had to meet stops. */
  public void caseEnded(String caseNumber) {
    Instant now = clock.instant();
    state.meet(caseNumber, SlaClock.RESOLUTION, now);
    state.stop(caseNumber, SlaClock.FIRST_RESPONSE, now);
  }

  private void clocksChanged(String caseNumber) {
    AsDesk.run(() -> runtimeService.createMessageCorrelation(CaseMessages.SLA_CLOCK_CHANGED)
        .processInstanceBusinessKey(caseNumber)
        .correlateAllWithResult());
  }
}
