package io.casedesk.cases.internal;

import io.casedesk.cases.CaseRegistry;
import io.casedesk.sla.SlaClock;
import io.casedesk.sla.SlaEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the registry's priority, due times, first response and escalation in step with the SLA clocks. */
@Component
class SlaEventsListener {

  private final CaseRegistry registry;

  SlaEventsListener(CaseRegistry registry) {
    this.registry = registry;
  }

  @EventListener
  void on(SlaEvents.AtRisk event) {
    registry.updatePriority(event.caseNumber(), event.priority());
  }

  @EventListener
  void on(SlaEvents.Breached event) {
    registry.escalate(event.caseNumber(), event.priority());
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
