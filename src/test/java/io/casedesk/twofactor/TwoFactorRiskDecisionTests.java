package io.casedesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysts' table processes/two-factor-risk.dmn, rule by rule, as deployed. */
@CaseDeskTest
class TwoFactorRiskDecisionTests {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "a clean request            | STANDARD      | 2935.4   | true  | -  | 560 | false | ''",
    "VIP                        | VIP           | 2935.4   | true  | -  | 560 | false | TIER",
    "institutional              | INSTITUTIONAL | 2935.4   | true  | -  | 560 | false | TIER",
    "exactly 10,000 USD         | STANDARD      | 10000    | true  | -  | 560 | false | ''",
    "over 10,000 USD            | STANDARD      | 10000.01 | true  | -  | 560 | false | LARGE_BALANCE",
    "a balance without a price  | STANDARD      | -        | true  | -  | 560 | false | BALANCE_UNKNOWN",
    "a new IP                   | STANDARD      | 2935.4   | false | -  | 560 | false | NEW_IP",
    "a change 29 days ago       | STANDARD      | 2935.4   | true  | 29 | 560 | false | RECENT_SECURITY_CHANGE",
    "a change 30 days ago       | STANDARD      | 2935.4   | true  | 30 | 560 | false | ''",
    "an account 10 days old     | STANDARD      | 2935.4   | true  | -  | 10  | false | NEW_ACCOUNT",
    "a suspected takeover       | STANDARD      | 2935.4   | true  | 2  | 560 | true  | RECENT_SECURITY_CHANGE,SUSPECTED_TAKEOVER",
    "everything at once         | VIP           | 50000    | false | 1  | 5   | true  | TIER,LARGE_BALANCE,NEW_IP,RECENT_SECURITY_CHANGE,NEW_ACCOUNT,SUSPECTED_TAKEOVER",
  })
  void everyHighRuleAddsItsReasonAndTheBaseIsLow(String name, String tier, Double balanceUsd, boolean requestIpKnown, Integer daysSinceChange,
      int accountAgeDays, boolean suspectedTakeover, String highReasons) {
    VariableMap inputs = Variables.createVariables()
        .putValue("tier", tier).putValue("balanceUsd", balanceUsd).putValue("requestIpKnown", requestIpKnown)
        .putValue("daysSinceSecurityChange", daysSinceChange).putValue("accountAgeDays", accountAgeDays)
        .putValue("suspectedTakeover", suspectedTakeover);
    List<DmnDecisionResultEntries> rules = decisions.evaluateDecisionByKey("two-factor-risk").variables(inputs).evaluate();

    List<String> high = rules.stream().filter(r -> "HIGH".equals(r.getEntry("risk"))).map(r -> (String) r.getEntry("reason")).toList();
    assertThat(String.join(",", high)).isEqualTo(highReasons);
    assertThat(rules).as("the base rule always matches").anySatisfy(r -> assertThat((String) r.getEntry("risk")).isEqualTo("LOW"));
  }
}
