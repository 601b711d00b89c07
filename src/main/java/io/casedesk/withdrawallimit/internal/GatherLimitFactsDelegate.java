package io.casedesk.withdrawallimit.internal;

import static io.casedesk.withdrawallimit.WithdrawalLimitVariables.*;

import io.casedesk.cases.CaseRecord;
import io.casedesk.casetype.CaseVariables;
import io.casedesk.casetype.DocumentReference;
import io.casedesk.ledger.SecurityChange;
import io.casedesk.platform.ExternalCall;
import io.casedesk.platform.JsonVariables;
import io.casedesk.withdrawallimit.WithdrawalLimitDetails;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Gather account facts": reads the account from the ledger and the customer's open cases from the
 * registry, and sets the decision table's inputs and the facts the review forms show.
 */
@Component
@ExternalCall
public class GatherLimitFactsDelegate implements JavaDelegate {

  static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  static final int MAX_TEXT = 4000;

  private final AccountFacts accountFacts;
  private final JsonVariables json;

  GatherLimitFactsDelegate(AccountFacts accountFacts, JsonVariables json) {
    this.accountFacts = accountFacts;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    WithdrawalLimitDetails details = json.read(execution, CaseVariables.CASE_DETAILS, WithdrawalLimitDetails.class);
    String language = (String) execution.getVariable(CaseVariables.LOCALE);
    AccountFacts.Facts f = accountFacts.of(
        execution.getProcessBusinessKey(), (String) execution.getVariable(CaseVariables.CUSTOMER_UID), details.requestedDailyLimitUsd());

    execution.setVariable(ACCOUNT_STATUS, f.status().name());
    execution.setVariable(ACCOUNT_AGE_DAYS, (int) Math.min(Integer.MAX_VALUE, f.ageDays()));
    execution.setVariable(RECENT_SECURITY_CHANGES, f.securityChanges().size());
    execution.setVariable(DAYS_SINCE_SECURITY_CHANGE, f.daysSinceSecurityChange());
    execution.setVariable(TWO_FACTOR_ENABLED, f.twoFactorEnabled());
    execution.setVariable(OPEN_DISPUTES, f.openDisputes().size());
    execution.setVariable(OPEN_LIMIT_REQUESTS, f.openLimitRequests().size());
    execution.setVariable(KYC_LEVEL, f.kycLevel());
    execution.setVariable(LEVEL_CEILING_USD, f.levelCeiling().doubleValue());
    execution.setVariable(REQUESTED_DAILY_LIMIT_USD, f.requested().doubleValue());
    execution.setVariable(CURRENT_DAILY_LIMIT_USD, f.currentDaily().doubleValue());
    execution.setVariable(REQUIRED_KYC_LEVEL, f.requiredKycLevel());
    execution.setVariable(INCREASE_FACTOR, f.increaseFactor());
    execution.setVariable(RECENT_WITHDRAWALS, (int) f.withdrawalsSent());

    execution.setVariable(REQUESTED_LIMIT_TEXT, UsdAmounts.text(f.requested(), language));
    execution.setVariable(CURRENT_LIMIT_TEXT, UsdAmounts.text(f.currentDaily(), language));
    execution.setVariable(LEVEL_CEILING_TEXT, UsdAmounts.text(f.levelCeiling(), language));
    execution.setVariable(ACCOUNT_SUMMARY, clip(accountSummary(f)));
    execution.setVariable(REQUEST_SUMMARY, clip(requestSummary(details, f)));
  }

  private static String accountSummary(AccountFacts.Facts f) {
    StringBuilder s = new StringBuilder();
    s.append("KYC level ").append(f.kycLevel()).append(" (ceiling ").append(UsdAmounts.text(f.levelCeiling(), "en")).append(" per day), account ")
        .append(f.status()).append(", opened ").append(f.openedAt().atOffset(ZoneOffset.UTC).toLocalDate()).append(" (").append(f.ageDays()).append(" days ago)\n");
    s.append("Limits now: ").append(UsdAmounts.text(f.currentDaily(), "en")).append(" per day, ")
        .append(UsdAmounts.text(f.currentMonthly(), "en")).append(" per 30 days\n");
    s.append("2FA: ").append(f.twoFactorEnabled() ? "on" : "OFF");
    if (f.withdrawalsLockedUntil() != null) {
      s.append("; withdrawals locked until ").append(UTC_TIME.format(f.withdrawalsLockedUntil()));
    }
    s.append('\n');
    s.append("Security changes in the last ").append(f.securityWindow().toDays()).append(" days: ").append(changes(f.securityChanges())).append('\n');
    s.append("Withdrawals sent in the last ").append(f.withdrawalWindow().toDays()).append(" days: ").append(f.withdrawalsSent()).append('\n');
    s.append("Open disputes: ").append(cases(f.openDisputes())).append('\n');
    s.append("Other open limit requests: ").append(cases(f.openLimitRequests()));
    return s.toString();
  }

  private static String requestSummary(WithdrawalLimitDetails details, AccountFacts.Facts f) {
    StringBuilder s = new StringBuilder();
    s.append("Asks for ").append(UsdAmounts.text(f.requested(), "en")).append(" per day (")
        .append(String.format(Locale.ROOT, "%.1f", f.increaseFactor())).append(" × the current limit); reason ").append(details.reason());
    List<DocumentReference> documents = details.documentsOrEmpty();
    s.append("\nDocuments: ").append(documents.isEmpty() ? "none" : "");
    for (DocumentReference d : documents) {
      s.append("\n  ").append(d.kind()).append(": ").append(d.uri()).append(d.issuedOn() == null ? "" : " (issued " + d.issuedOn() + ")")
          .append("\n    sha256 ").append(d.sha256());
    }
    return s.toString();
  }

  private static String changes(List<SecurityChange> changes) {
    if (changes.isEmpty()) {
      return "none";
    }
    return changes.stream()
        .map(c -> c.kind() + " " + UTC_TIME.format(c.at()) + (c.detail() == null ? "" : " (" + c.detail() + ")"))
        .collect(Collectors.joining("; "));
  }

  private static String cases(List<CaseRecord> cases) {
    return cases.isEmpty() ? "none"
        : cases.stream().map(c -> c.caseNumber() + " " + c.type() + " (" + c.status() + ")").collect(Collectors.joining("; "));
  }

  static String clip(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }
}
