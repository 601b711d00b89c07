package io.casedesk.copytrading;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysts' table processes/copy-trading-fault.dmn, rule by rule, as the engine deployed it. */
@CaseDeskTest
class CopyTradingFaultDecisionTests {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "lead order still pending                  | true  | -                             | false | false | false | false | NO_FAULT                | false",
    "margin check timed out                    | false | FOLLOWER_MARGIN_CHECK_TIMEOUT | false | false | false | false | PLATFORM_FAULT          | true",
    "margin check timed out, part filled       | false | FOLLOWER_MARGIN_CHECK_TIMEOUT | true  | false | true  | false | PLATFORM_FAULT          | true",
    "beyond the cap, rest: follower's margin   | false | INSUFFICIENT_MARGIN           | true  | true  | true  | false | PLATFORM_FAULT          | false",
    "beyond the cap, rest: spread protection   | false | SPREAD_PROTECTION             | true  | true  | true  | false | PLATFORM_FAULT          | false",
    "not enough margin                         | false | INSUFFICIENT_MARGIN           | false | false | false | false | FOLLOWER_CONFIGURATION  | false",
    "below the minimum order size              | false | BELOW_MIN_ORDER_SIZE          | false | false | false | false | FOLLOWER_CONFIGURATION  | false",
    "the follower's own cap                    | false | FOLLOWER_CAP_REACHED          | false | false | false | false | FOLLOWER_CONFIGURATION  | false",
    "held back by the slippage protection      | false | SPREAD_PROTECTION             | true  | false | true  | false | NO_FAULT                | false",
    "the lead's risk limit                     | false | LEAD_RISK_LIMIT               | false | false | false | false | LEAD_TRADER_PERFORMANCE | false",
    "filled beyond the cap                     | false | -                             | true  | true  | false | false | PLATFORM_FAULT          | true",
    "not placed, no reason                     | false | -                             | false | false | false | false | PLATFORM_FAULT          | true",
    "not placed, a reason no rule names        | false | ORDER_ENGINE_RESTART          | false | false | false | false | PLATFORM_FAULT          | true",
    "partly filled, no reason                  | false | -                             | true  | false | true  | false | PLATFORM_FAULT          | true",
    "late                                      | false | -                             | true  | false | false | true  | PLATFORM_FAULT          | true",
    "copied correctly                          | false | -                             | true  | false | false | false | LEAD_TRADER_PERFORMANCE | false",
  })
  void decidesTheFaultOfOneCopy(String what, boolean leadOrderPending, String failureReason, boolean copyPlaced, boolean beyondCap,
      boolean partlyFilled, boolean late, Fault fault, boolean compensateUnfilled) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("leadOrderPending", leadOrderPending);
    inputs.put("failureReason", failureReason);
    inputs.put("copyPlaced", copyPlaced);
    inputs.put("beyondCap", beyondCap);
    inputs.put("partlyFilled", partlyFilled);
    inputs.put("late", late);

    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey("copy-order-fault").variables(inputs).evaluate().getSingleResult();

    assertThat(result.<String>getEntry("fault")).isEqualTo(fault.name());
    assertThat(result.<Boolean>getEntry("compensateUnfilled")).isEqualTo(compensateUnfilled);
  }

  @ParameterizedTest(name = "{0} platform and {1} follower faults: {2}")
  @CsvSource({
    "2, 0, PLATFORM_FAULT",
    "1, 3, PLATFORM_FAULT",
    "0, 2, FOLLOWER_CONFIGURATION",
    "0, 0, LEAD_TRADER_PERFORMANCE",
  })
  void decidesTheFaultOfTheCase(int platformFaults, int followerFaults, Fault fault) {
    Object caseFault = decisions.evaluateDecisionByKey("copy-trading-case-fault")
        .variables(Map.of("platformFaults", platformFaults, "followerFaults", followerFaults)).evaluate().getSingleEntry();

    assertThat(caseFault).isEqualTo(fault.name());
  }
}
