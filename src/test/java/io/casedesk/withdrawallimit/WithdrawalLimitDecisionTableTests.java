package io.casedesk.withdrawallimit;

import static io.casedesk.withdrawallimit.WithdrawalLimitVariables.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The analysts' processes/withdrawal-limit.dmn, rule by rule, on crafted facts: each row changes the
 * facts of an established, secured level-1 account asking for 20,000 USD (10,000 now) where it must,
 * and names the outcome. The first matching rule wins, so the protecting rules beat the later ones.
 */
@CaseDeskTest
class WithdrawalLimitDecisionTableTests {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(delimiter = '|', value = {
    // changed facts                                                | decision        | reason                          | review group | needed level | approved
    "-                                                              | APPROVE         | WITHIN_LEVEL_CEILING            |              |              | 20000",
    "accountStatus=FROZEN                                           | DECLINE         | ACCOUNT_NOT_ACTIVE              |              |              |",
    "accountStatus=CLOSED                                           | DECLINE         | ACCOUNT_NOT_ACTIVE              |              |              |",
    "accountStatus=FROZEN recentSecurityChanges=2 openDisputes=1    | DECLINE         | ACCOUNT_NOT_ACTIVE              |              |              |",
    "requestedDailyLimitUsd=10000 increaseFactor=1                  | DECLINE         | NOT_AN_INCREASE                 |              |              |",
    "openLimitRequests=1                                            | DECLINE         | LIMIT_REQUEST_ALREADY_OPEN      |              |              |",
    "openDisputes=1                                                 | REVIEW          | OPEN_DISPUTE                    | kyc          |              |",
    "recentSecurityChanges=1 daysSinceSecurityChange=12             | REVIEW          | RECENT_SECURITY_CHANGE          | kyc          |              |",
    "recentSecurityChanges=2 daysSinceSecurityChange=7              | REVIEW          | RECENT_SECURITY_CHANGE          | kyc          |              |",
    "recentSecurityChanges=1 daysSinceSecurityChange=12 twoFactorEnabled=false | REVIEW | RECENT_SECURITY_CHANGE        | kyc          |              |",
    "recentSecurityChanges=1 daysSinceSecurityChange=0              | DECLINE         | SECURITY_COOL_DOWN              |              |              |",
    "recentSecurityChanges=3 daysSinceSecurityChange=6 requestedDailyLimitUsd=400000 | DECLINE | SECURITY_COOL_DOWN      |              |              |",
    "openDisputes=1 recentSecurityChanges=1 daysSinceSecurityChange=2 | REVIEW        | OPEN_DISPUTE                    | kyc          |              |",
    "twoFactorEnabled=false                                         | DECLINE         | TWO_FACTOR_REQUIRED             |              |              |",
    "accountAgeDays=12                                              | DECLINE         | ACCOUNT_TOO_NEW                 |              |              |",
    "accountAgeDays=12 tier=VIP                                     | REVIEW          | NEW_ACCOUNT                     | kyc          |              |",
    "accountAgeDays=12 tier=INSTITUTIONAL                           | REVIEW          | NEW_ACCOUNT                     | kyc          |              |",
    "requestedDailyLimitUsd=40000 increaseFactor=4 requiredKycLevel=2 | NEEDS_KYC_LEVEL | REQUIRES_HIGHER_KYC_LEVEL     |              | 2            |",
    "kycLevel=0 levelCeilingUsd=1000 currentDailyLimitUsd=500 requestedDailyLimitUsd=5000 increaseFactor=10 requiredKycLevel=1 | NEEDS_KYC_LEVEL | REQUIRES_HIGHER_KYC_LEVEL | | 1 |",
    "kycLevel=2 levelCeilingUsd=250000 requestedDailyLimitUsd=400000 increaseFactor=40 requiredKycLevel= | DECLINE | ABOVE_PERSONAL_MAXIMUM |      |              |",
    "kycLevel=2 levelCeilingUsd=250000 requestedDailyLimitUsd=400000 increaseFactor=40 requiredKycLevel= tier=VIP | REVIEW | ABOVE_CEILING | compliance |           |",
    "kycLevel=2 levelCeilingUsd=250000 requestedDailyLimitUsd=400000 increaseFactor=40 requiredKycLevel= tier=INSTITUTIONAL | REVIEW | ABOVE_CEILING | compliance | |",
    "increaseFactor=7.5 recentWithdrawals=0                         | REVIEW          | LARGE_INCREASE_WITHOUT_HISTORY  | kyc          |              |",
    "increaseFactor=7.5 recentWithdrawals=4                         | APPROVE         | WITHIN_LEVEL_CEILING            |              |              | 20000",
    "increaseFactor=4 recentWithdrawals=0                           | APPROVE         | WITHIN_LEVEL_CEILING            |              |              | 20000",
    "requestedDailyLimitUsd=25000 increaseFactor=2.5                | APPROVE         | WITHIN_LEVEL_CEILING            |              |              | 25000",
  })
  void decides(String changes, String decision, String reason, String reviewGroup, Integer neededLevel, Double approved) {
    DmnDecisionResult result = decisions.evaluateDecisionByKey("withdrawal-limit").variables(facts(changes)).evaluate();

    assertThat(result).as("exactly one result (hit policy FIRST)").hasSize(1);
    Map<String, Object> outcome = result.getSingleResult().getEntryMap();
    assertThat(outcome.get("decision")).isEqualTo(decision);
    assertThat(outcome.get("reason")).isEqualTo(reason);
    assertThat(outcome.get("reviewGroup")).isEqualTo(reviewGroup);
    assertThat(outcome.get("neededKycLevel") == null ? null : ((Number) outcome.get("neededKycLevel")).intValue()).isEqualTo(neededLevel);
    assertThat(outcome.get("approvedDailyLimitUsd") == null ? null : ((Number) outcome.get("approvedDailyLimitUsd")).doubleValue()).isEqualTo(approved);
  }

  /** An established, secured level-1 account asking for twice its limit, changed as the row says. */
  static Map<String, Object> facts(String changes) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(ACCOUNT_STATUS, "ACTIVE");
    facts.put(ACCOUNT_AGE_DAYS, 400);
    facts.put(RECENT_SECURITY_CHANGES, 0);
    facts.put(DAYS_SINCE_SECURITY_CHANGE, null);
    facts.put(TWO_FACTOR_ENABLED, true);
    facts.put(OPEN_DISPUTES, 0);
    facts.put(OPEN_LIMIT_REQUESTS, 0);
    facts.put(KYC_LEVEL, 1);
    facts.put(LEVEL_CEILING_USD, 25000.0);
    facts.put(REQUESTED_DAILY_LIMIT_USD, 20000.0);
    facts.put(CURRENT_DAILY_LIMIT_USD, 10000.0);
    facts.put(REQUIRED_KYC_LEVEL, 1);
    facts.put(INCREASE_FACTOR, 2.0);
    facts.put(RECENT_WITHDRAWALS, 3);
    facts.put("tier", "STANDARD");
    if (!"-".equals(changes)) {
      for (String change : changes.trim().split("\\s+")) {
        String[] nameValue = change.split("=", 2);
        facts.put(nameValue[0], value(nameValue[0].equals(DAYS_SINCE_SECURITY_CHANGE) ? Integer.valueOf(0) : facts.get(nameValue[0]), nameValue[1]));
      }
    }
    return facts;
  }

  private static Object value(Object example, String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (example instanceof Integer) {
      return Integer.valueOf(text);
    }
    if (example instanceof Double) {
      return Double.valueOf(text);
    }
    if (example instanceof Boolean) {
      return Boolean.valueOf(text);
    }
    return text;
  }
}
