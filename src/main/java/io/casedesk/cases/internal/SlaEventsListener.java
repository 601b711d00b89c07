package io.casedesk.cases.internal;

import io.casedesk.cases.CaseEvent;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaEvents;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the registry's priority, due times, first response and escalation in step with the SLA clocks. */
@Component
class SlaEventsListener {

  private final CaseRegistry registry;
  private final ApplicationEventPublisher events;

  SlaEventsListener(CaseRegistry registry, ApplicationEventPublisher events) {
    this.registry = registry;
    this.events = events;
  }

  @EventListener
  void on(SlaEvents.AtRisk event) {
    registry.updatePriority(event.caseNumber(), event.priority());
    publish(CaseEvent.SLA_AT_RISK, event.caseNumber(), event.clock(), event.at());
  }

  @EventListener
  void on(SlaEvents.Breached event) {
    publish(CaseEvent.SLA_BREACHED, event.caseNumber(), event.clock(), event.at());
    registry.escalate(event.caseNumber(), event.priority());
  }

  /** The exchange's back end hears of the clock (before the escalation a breach brings). */
  private void publish(String type, String caseNumber, SlaClock clock, Instant at) {
    registry.find(caseNumber).ifPresent(c ->
        events.publishEvent(CaseEvent.of(type, c, c.status(), null, at, Map.of("clock", clock.name()))));
  }

  @EventListener
  void on(SlaEvents.DueMoved event) {
    registry.moveDue(event.caseNumber(), event.clock() == SlaClock.FIRST_RESPONSE, event.due());
  }

  @EventListener
  void on(SlaEvents.FirstResponse event) {
    registry.recordFirstResponse(event.caseNumber());
  }
}
