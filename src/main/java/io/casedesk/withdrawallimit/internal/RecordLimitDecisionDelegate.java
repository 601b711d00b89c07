package io.casedesk.withdrawallimit.internal;

import static io.casedesk.withdrawallimit.WithdrawalLimitVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.Groups;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.AccountStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record decision": takes the withdrawal-limit table's result, holds it to the desk's safety rules,
 * explains it (the rule that matched and its inputs, from the engine's decision history) on the case
 * and in the desk's record of the request, and prepares what the next steps and forms show.
 *
 * <p>Safety rules, whatever the table says: the desk approves on its own only an active account
 * without a security change in the window, at a limit above the current one, at most the one asked
 * for and within the ceiling of the account's level. Any other automatic approval goes to a person
 * instead (reason {@code SAFETY_OVERRIDE}; compliance when the limit is above the ceiling).
 */
@Component
public class RecordLimitDecisionDelegate implements JavaDelegate {

  static final String APPROVE = "APPROVE";
  static final String NEEDS_KYC_LEVEL = "NEEDS_KYC_LEVEL";
  static final String REVIEW = "REVIEW";
  static final String DECLINE = "DECLINE";
  static final String SAFETY_OVERRIDE = "SAFETY_OVERRIDE";
  private static final Set<String> DECISIONS = Set.of(APPROVE, NEEDS_KYC_LEVEL, REVIEW, DECLINE);
  private static final Set<String> REVIEW_GROUPS = Set.of("kyc", Groups.COMPLIANCE);

  private final DecisionExplanations explanations;
  private final LimitRequests requests;
  private final WithdrawalLimitSettings settings;
  private final DeskMessages messages;
  private final Clock clock;

  RecordLimitDecisionDelegate(
      DecisionExplanations explanations, LimitRequests requests, WithdrawalLimitSettings settings, DeskMessages messages, Clock clock) {
    this.explanations = explanations;
    this.requests = requests;
    this.settings = settings;
    this.messages = messages;
    this.clock = clock;
  }

  /** The table's outputs, as the model's business rule task maps them (one result). */
  record Outcome(String decision, String reason, String reviewGroup, BigDecimal approved, Integer neededKycLevel) {

    static Outcome of(Object result, String table) {
      if (!(result instanceof Map<?, ?> map) || map.get("decision") == null) {
        throw new IllegalStateException("The " + table + " decision table gave no decision; every request must match a rule");
      }
      Object needed = map.get("neededKycLevel");
      return new Outcome(
          String.valueOf(map.get("decision")), map.get("reason") == null ? null : String.valueOf(map.get("reason")),
          map.get("reviewGroup") == null ? null : String.valueOf(map.get("reviewGroup")),
          WithdrawalLimitCaseType.amount(map.get("approvedDailyLimitUsd")),
          needed instanceof Number n ? n.intValue() : null);
    }
  }

  /** What the account looked like to the table, for the safety rules. */
  record Seen(String accountStatus, int securityChanges, BigDecimal requested, BigDecimal current, BigDecimal ceiling, int kycLevel) {}

  /** The table's outcome held to the safety rules: an automatic approval they do not allow becomes a review. */
  static Outcome safe(Outcome outcome, Seen seen) {
    if (!APPROVE.equals(outcome.decision())) {
      return outcome;
    }
    BigDecimal approved = outcome.approved();
    boolean unsafe = !AccountStatus.ACTIVE.name().equals(seen.accountStatus()) || seen.securityChanges() > 0
        || approved == null || approved.compareTo(seen.current()) <= 0 || approved.compareTo(seen.requested()) > 0
        || approved.compareTo(seen.ceiling()) > 0;
    if (!unsafe) {
      return outcome;
    }
    boolean aboveCeiling = seen.requested().compareTo(seen.ceiling()) > 0;
    return new Outcome(REVIEW, SAFETY_OVERRIDE, aboveCeiling ? Groups.COMPLIANCE : "kyc", null, null);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = execution.getProcessBusinessKey();
    Seen seen = new Seen(
        (String) execution.getVariable(ACCOUNT_STATUS), ((Number) execution.getVariable(RECENT_SECURITY_CHANGES)).intValue(),
        WithdrawalLimitCaseType.amount(execution.getVariable(REQUESTED_DAILY_LIMIT_USD)),
        WithdrawalLimitCaseType.amount(execution.getVariable(CURRENT_DAILY_LIMIT_USD)),
        WithdrawalLimitCaseType.amount(execution.getVariable(LEVEL_CEILING_USD)), ((Number) execution.getVariable(KYC_LEVEL)).intValue());
    Outcome table = Outcome.of(execution.getVariable(DECISION_RESULT), DecisionExplanations.DECISION_KEY);
    validate(table, seen);
    Outcome outcome = safe(table, seen);
    execution.removeVariable(DECISION_RESULT);

    var recorded = requests.find(caseNumber).map(LimitRequests.LimitRequest::decisionInstanceId).orElse(null);
    var explained = explanations.latest(execution.getProcessInstanceId(), recorded);
    String explanation = explained.map(DecisionExplanations.Explanation::text)
        .orElse("The engine keeps no decision history here; the table decided " + table.decision() + " (" + table.reason() + ").");
    if (outcome != table) {
      explanation = "The table approved, but the desk approves on its own only an active account without a recent security change, "
          + "above its current limit and within what was asked and the level's ceiling: a person decides (" + SAFETY_OVERRIDE + ").\n"
          + explanation;
    }
    explanation = GatherLimitFactsDelegate.clip(explanation);

    String language = (String) execution.getVariable(CaseVariables.LOCALE);
    execution.setVariable(LIMIT_DECISION, outcome.decision());
    execution.setVariable(LIMIT_DECISION_REASON, outcome.reason());
    execution.setVariable(DECISION_RULE, explained.map(DecisionExplanations.Explanation::ruleId).orElse(null));
    execution.setVariable(DECISION_EXPLANATION, explanation);
    execution.setVariable(REVIEW_GROUP, outcome.reviewGroup());
    execution.setVariable(NEEDED_KYC_LEVEL, outcome.neededKycLevel());
    String reviewQueue = null;
    switch (outcome.decision()) {
      case APPROVE -> {
        execution.setVariable(GRANTED_DAILY_LIMIT_USD, UsdAmounts.plain(outcome.approved()));
        execution.setVariable(GRANTED_ABOVE_CEILING, false);
        execution.setVariable(GRANTED_LIMIT_TEXT, UsdAmounts.text(outcome.approved(), language));
      }
      case NEEDS_KYC_LEVEL -> execution.setVariable(NEEDED_LEVEL_CEILING_TEXT, UsdAmounts.text(settings.ceiling(outcome.neededKycLevel()), language));
      case DECLINE -> execution.setVariable(CaseVariables.REASON_CODE, outcome.reason());
      case REVIEW -> {
        reviewQueue = reviewQueue(outcome.reviewGroup(), (String) execution.getVariable(CaseVariables.QUEUE));
        execution.setVariable(REVIEW_QUEUE, reviewQueue);
        execution.setVariable(REVIEW_NOTE, messages.find("review-note." + outcome.reason(), SupportedLanguage.of(language).orElse(SupportedLanguage.FALLBACK))
            .orElse(outcome.reason()));
        // The form opens blank, with the limit asked for as the one to approve.
        execution.setVariable(APPROVED_DAILY_LIMIT_USD, seen.requested().doubleValue());
        execution.removeVariable(CaseVariables.DECISION);
        execution.removeVariable(CaseVariables.REASON_CODE);
        execution.removeVariable(CaseVariables.COMMENT);
      }
      default -> throw new IllegalStateException(outcome.decision());
    }
    requests.recordDecision(new LimitRequests.LimitRequest(
        caseNumber, (String) execution.getVariable(CaseVariables.CUSTOMER_UID), seen.requested(), seen.current(), seen.kycLevel(),
        outcome.decision(), outcome.reason(), reviewQueue, outcome.neededKycLevel(), outcome.approved(),
        explained.map(DecisionExplanations.Explanation::decisionInstanceId).orElse(null),
        explained.map(DecisionExplanations.Explanation::ruleId).orElse(null), explanation, clock.instant(), null, null, null));
  }

  /** A table an analyst broke is an incident to fix, not a guess: the outputs each decision needs. */
  private static void validate(Outcome outcome, Seen seen) {
    String problem = null;
    if (!DECISIONS.contains(outcome.decision())) {
      problem = "decision " + outcome.decision() + " is none of " + DECISIONS;
    } else if (outcome.reason() == null || !outcome.reason().matches("[A-Z][A-Z0-9_]{0,39}")) {
      problem = "the reason must be a code in capitals, not " + outcome.reason();
    } else if (REVIEW.equals(outcome.decision()) && !REVIEW_GROUPS.contains(outcome.reviewGroup())) {
      problem = "a REVIEW needs reviewGroup kyc or compliance, not " + outcome.reviewGroup();
    } else if (NEEDS_KYC_LEVEL.equals(outcome.decision()) && (outcome.neededKycLevel() == null || outcome.neededKycLevel() <= seen.kycLevel())) {
      problem = "NEEDS_KYC_LEVEL needs a level above the account's " + seen.kycLevel() + ", not " + outcome.neededKycLevel();
    }
    if (problem != null) {
      throw new IllegalStateException("The " + DecisionExplanations.DECISION_KEY + " decision table's result cannot be used: " + problem);
    }
  }

  /** Compliance reviews go to compliance; KYC reviews to the KYC queue, or to VIP concierge for the customers it serves. */
  static String reviewQueue(String group, String triageQueue) {
    if (Groups.COMPLIANCE.equals(group)) {
      return Groups.COMPLIANCE;
    }
    return Groups.VIP_CONCIERGE.equals(triageQueue) ? Groups.VIP_CONCIERGE : group;
  }
}
