package io.casedesk.copytrading.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.copytrading.CopyTradingDisputeDetails;
import io.casedesk.copytrading.CopyTradingVariables;
import io.casedesk.web.InvalidRequestException.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * COPY_TRADING_DISPUTE, "did the platform fail my copies, or did the lead trader trade badly?": the
 * follower's copies are reconciled against the lead's orders on ledger data, the fault is decided per
 * order and for the case in a decision table, platform faults are compensated once, and the trading
 * desk reviews the finding before the customer gets it. A reply may correct the lead trader, the
 * window, the orders or the claim.
 */
@Component
class CopyTradingCaseType implements CaseTypeDefinition {

  /** The longest window a dispute may ask about. */
  static final Duration LONGEST_WINDOW = Duration.ofDays(31);
  static final String REVIEW_TASK = "Task_ReviewFinding";

  private final DetailsReader reader;
  private final Clock clock;

  CopyTradingCaseType(DetailsReader reader, Clock clock) {
    this.reader = reader;
    this.clock = clock;
  }

  @Override
  public String key() {
    return "COPY_TRADING_DISPUTE";
  }

  @Override
  public String processKey() {
    return "copy-trading-dispute";
  }

  @Override
  public Class<?> detailsType() {
    return CopyTradingDisputeDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    CopyTradingDisputeDetails d = reader.read(details, CopyTradingDisputeDetails.class, "details", (read, problems) -> {
      if (read.from() != null && read.to() != null) {
        if (!read.from().isBefore(read.to())) {
          problems.add(new FieldProblem("details.to", "must lie after details.from"));
        } else if (Duration.between(read.from(), read.to()).compareTo(LONGEST_WINDOW) > 0) {
          problems.add(new FieldProblem("details.to", "the window is at most 31 days from details.from"));
        }
      }
      if (read.from() != null && read.from().isAfter(clock.instant())) {
        problems.add(new FieldProblem("details.from", "must not lie in the future"));
      }
    });
    List<String> orderIds = d.orderIds() == null ? null : d.orderIds().stream().distinct().toList();
    return reader.tree(new CopyTradingDisputeDetails(d.leadTrader(), d.from(), d.to(), orderIds, d.claim()));
  }

  @Override
  public Map<String, Object> startVariables(JsonNode details) {
    return Map.of(
        CopyTradingVariables.LEAD_TRADER, details.get("leadTrader").asText(),
        CopyTradingVariables.CLAIM, details.get("claim").asText());
  }

  /** A finding needs orders: with none in the window the agent asks the customer or rejects. */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (decision.approves() && REVIEW_TASK.equals(task.getTaskDefinitionKey())
        && Integer.valueOf(0).equals(task.getVariable(CopyTradingVariables.ORDERS_RECONCILED))) {
      return List.of("No order of " + task.getVariable(CopyTradingVariables.LEAD_TRADER)
          + " was found for this follower in the window, so there is no finding to confirm. Ask the customer for the lead trader,"
          + " the period or the orders, or reject the dispute.");
    }
    return List.of();
  }
}
