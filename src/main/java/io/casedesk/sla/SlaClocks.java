package io.casedesk.sla;

import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.SlaClock;
import io.casedesk.cases.SlaEventKind;
import io.casedesk.cases.SlaEvents;
import io.casedesk.platform.TaskInputs;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * SLA clocks of a case. A clock stops when the step it measures happened: the first response for
 * FIRST_RESPONSE, the end of the case for both.
 */
@Component
class SlaClocks {

  private final CaseRegistry registry;
  private final SlaEvents events;

  SlaClocks(CaseRegistry registry, SlaEvents events) {
    this.registry = registry;
    this.events = events;
  }

  /**
   * Records that the clock named by the task's input parameter {@code clock} reached {@code kind},
   * and returns the case, unless the clock had stopped or the event was recorded before (a timer
   * job that is retried must not act twice).
   */
  Optional<CaseRecord> recordOnce(DelegateExecution execution, SlaEventKind kind) {
    SlaClock clock = TaskInputs.required(execution, "clock", SlaClock.class);
    return registry
        .find(execution.getProcessBusinessKey())
        .filter(c -> !c.status().isFinal())
        .filter(c -> clock != SlaClock.FIRST_RESPONSE || c.firstResponseAt() == null)
        .filter(c -> events.record(c.caseNumber(), clock, kind));
  }
}
