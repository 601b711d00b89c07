package io.casedesk.withdrawallimit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.casetype.CaseTypeDefinition;
import io.casedesk.casetype.DetailsReader;
import io.casedesk.casetype.ReviewDecision;
import io.casedesk.withdrawallimit.WithdrawalLimitDetails;
import io.casedesk.withdrawallimit.WithdrawalLimitVariables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * WITHDRAWAL_LIMIT_INCREASE: a customer asks for a higher daily withdrawal limit. The
 * withdrawal-limit decision table decides most requests on its own; the rest reach a person, who may
 * approve a limit of their own choosing (field {@code approvedDailyLimitUsd}) up to the one asked for.
 */
@Component
class WithdrawalLimitCaseType implements CaseTypeDefinition {

  static final String KEY = "WITHDRAWAL_LIMIT_INCREASE";
  static final String PROCESS_KEY = "withdrawal-limit-increase";
  static final String REVIEW_TASK = "Task_ReviewRequest";

  private final DetailsReader reader;

  WithdrawalLimitCaseType(DetailsReader reader) {
    this.reader = reader;
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public Class<?> detailsType() {
    return WithdrawalLimitDetails.class;
  }

  @Override
  public JsonNode validateDetails(JsonNode details) {
    WithdrawalLimitDetails d = reader.read(details, WithdrawalLimitDetails.class, "details");
    // One spelling per amount (25000, not 25000.00 or 2.5E+4), as the ledger and the notifications show it.
    return reader.tree(new WithdrawalLimitDetails(d.requestedDailyLimitUsd().stripTrailingZeros(), d.reason(), d.documents()));
  }

  @Override
  public Set<String> personFields() {
    return Stream.concat(ReviewDecision.FIELDS.stream(), Stream.of(WithdrawalLimitVariables.APPROVED_DAILY_LIMIT_USD))
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * An approval must name the daily limit approved: more than the current limit, at most what the
   * customer asked for, in USD with at most 2 decimals.
   */
  @Override
  public List<String> refusals(DelegateTask task, ReviewDecision decision) {
    if (!decision.approves() || !REVIEW_TASK.equals(task.getTaskDefinitionKey())) {
      return List.of();
    }
    BigDecimal approved = amount(task.getVariable(WithdrawalLimitVariables.APPROVED_DAILY_LIMIT_USD));
    if (approved == null || approved.signum() <= 0 || approved.stripTrailingZeros().scale() > 2) {
      return List.of("Enter the approved daily limit in USD, with at most 2 decimals.");
    }
    BigDecimal requested = amount(task.getVariable(WithdrawalLimitVariables.REQUESTED_DAILY_LIMIT_USD));
    BigDecimal current = amount(task.getVariable(WithdrawalLimitVariables.CURRENT_DAILY_LIMIT_USD));
    if (requested != null && approved.compareTo(requested) > 0) {
      return List.of("The approved limit cannot be higher than the " + UsdAmounts.plain(requested) + " USD the customer asked for.");
    }
    if (current != null && approved.compareTo(current) <= 0) {
      return List.of("The approved limit must be higher than the current daily limit of " + UsdAmounts.plain(current)
          + " USD; to keep it, reject the request.");
    }
    return List.of();
  }

  static BigDecimal amount(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
