package io.casedesk.sla;

import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.SlaClock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Whether a case's SLA clock still runs: it stops when the step it measures happened. */
@Component
class SlaClocks {

  private final CaseRegistry registry;

  SlaClocks(CaseRegistry registry) {
    this.registry = registry;
  }

  /** The case, if the clock still runs for it. */
  Optional<CaseRecord> running(DelegateExecution execution, SlaClock clock) {
    return registry
        .find(execution.getProcessBusinessKey())
        .filter(c -> !c.status().isFinal())
        .filter(c -> clock != SlaClock.FIRST_RESPONSE || c.firstResponseAt() == null);
  }
}
