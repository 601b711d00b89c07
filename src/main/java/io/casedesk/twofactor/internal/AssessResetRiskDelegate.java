package io.casedesk.twofactor.internal;

import static io.casedesk.twofactor.TwoFactorVariables.*;

import io.casedesk.casetype.CaseVariables;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.ledger.AccountStanding;
import io.casedesk.ledger.AccountStanding.Standing;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.platform.AsDesk;
import io.casedesk.platform.ExternalCall;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Decide risk (two-factor-risk)": values the account through the back office and lets the analysts'
 * decision table {@code processes/two-factor-risk.dmn} decide LOW or HIGH. Every rule that matches adds
 * its risk and reason (hit policy COLLECT); one HIGH rule makes the reset HIGH, which needs a second
 * approval. A table that gives no risk at all counts as HIGH: an edit must never wave resets through.
 */
@Component
@ExternalCall
public class AssessResetRiskDelegate implements JavaDelegate {

  static final String DECISION_KEY = "two-factor-risk";
  static final String HIGH = "HIGH";
  static final String LOW = "LOW";

  private final AccountStanding standings;
  private final DecisionService decisions;
  private final CaseTexts texts;
  private final Clock clock;

  AssessResetRiskDelegate(AccountStanding standings, DecisionService decisions, CaseTexts texts, Clock clock) {
    this.standings = standings;
    this.decisions = decisions;
    this.texts = texts;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String uid = (String) execution.getVariable(CaseVariables.CUSTOMER_UID);
    Standing standing = standings.standing(uid).orElseThrow(() -> new LedgerPort.UnknownAccountException(uid));
    List<String> unpriced = standing.unpricedAssets();
    BigDecimal balance = unpriced.isEmpty() ? standing.balanceUsd() : null; // a balance partly unknown is no balance to weigh
    int accountAgeDays = (int) Duration.between(standing.openedAt(), clock.instant()).toDays();

    var inputs = Variables.createVariables()
        .putValue(CaseVariables.TIER, execution.getVariable(CaseVariables.TIER))
        .putValue(BALANCE_USD, balance == null ? null : balance.doubleValue())
        .putValue(REQUEST_IP_KNOWN, execution.getVariable(REQUEST_IP_KNOWN))
        .putValue(DAYS_SINCE_SECURITY_CHANGE, execution.getVariable(DAYS_SINCE_SECURITY_CHANGE))
        .putValue(ACCOUNT_AGE_DAYS, accountAgeDays)
        .putValue(SUSPECTED_TAKEOVER, execution.getVariable(SUSPECTED_TAKEOVER));
    DmnDecisionResult result = AsDesk.query(() -> decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate());

    Set<String> reasons = new LinkedHashSet<>();
    boolean low = false;
    for (DmnDecisionResultEntries rule : result) {
      String risk = rule.getEntry(RISK);
      if (HIGH.equals(risk)) {
        reasons.add(String.valueOf(rule.<Object>getEntry("reason")));
      } else if (LOW.equals(risk)) {
        low = true;
      }
    }
    String risk = !reasons.isEmpty() || !low ? HIGH : LOW;
    execution.setVariable(BALANCE_USD, standing.balanceUsd().toPlainString());
    execution.setVariable(ACCOUNT_AGE_DAYS, accountAgeDays);
    execution.setVariable(RISK, risk);
    execution.setVariable(RISK_REASONS, String.join(",", reasons));
    execution.setVariable(RISK_NOTE, note(CaseTexts.language(execution), execution, risk, reasons, standing, unpriced, accountAgeDays));
  }

  private String note(SupportedLanguage language, DelegateExecution execution, String risk, Set<String> reasons, Standing standing,
      List<String> unpriced, int accountAgeDays) {
    Object days = execution.getVariable(DAYS_SINCE_SECURITY_CHANGE);
    Map<String, Object> values = Map.of(
        "tier", execution.getVariable(CaseVariables.TIER), "balanceUsd", standing.balanceUsd().toPlainString(),
        "unpriced", String.join(", ", unpriced), "requestIp", String.valueOf(execution.getVariable(REQUEST_IP)),
        "days", days == null ? "" : days, "accountAgeDays", accountAgeDays);
    List<String> lines = new ArrayList<>();
    lines.add(texts.text(language, "note.risk." + risk, values));
    reasons.forEach(reason -> lines.add("- " + texts.find(language, "risk.reason." + reason, values).orElse(reason)));
    if (reasons.isEmpty() && HIGH.equals(risk)) {
      lines.add("- " + texts.text(language, "risk.reason.NO_DECISION", values));
    }
    return CaseTexts.lines(lines);
  }
}
