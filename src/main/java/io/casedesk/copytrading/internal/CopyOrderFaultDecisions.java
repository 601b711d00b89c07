package io.casedesk.copytrading.internal;

import io.casedesk.copytrading.Fault;
import io.casedesk.platform.AsDesk;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Whose fault one copy's result is, from the analysts' table {@code copy-order-fault} in
 * {@code processes/copy-trading-fault.dmn} (its latest version), given what the reconciliation found
 * and the reason the ledger gives for a failed copy.
 */
@Component
class CopyOrderFaultDecisions {

  static final String DECISION = "copy-order-fault";

  private final DecisionService decisions;

  CopyOrderFaultDecisions(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The fault, and whether the part of the copy not filled is compensated too (when the fault is the platform's). */
  record FaultDecision(Fault fault, boolean compensateUnfilled) {}

  FaultDecision decide(OrderFinding order) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("leadOrderPending", order.leadOrderPending());
    inputs.put("copyPlaced", order.copyPlaced());
    inputs.put("failureReason", order.failureReason());
    inputs.put("beyondCap", order.beyondCap());
    inputs.put("partlyFilled", order.partlyFilled());
    inputs.put("late", order.late());
    DmnDecisionResultEntries result =
        AsDesk.query(() -> decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate().getSingleResult());
    if (result == null || result.getEntry("fault") == null) {
      throw new IllegalStateException("The decision " + DECISION + " gave no fault for order " + order.leadOrderId());
    }
    return new FaultDecision(Fault.valueOf(result.getEntry("fault").toString()), Boolean.TRUE.equals(result.getEntry("compensateUnfilled")));
  }
}
