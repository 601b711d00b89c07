package io.casedesk.routing;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Triage by the analysts' {@code sla-policy} decision table (processes/sla-policy.dmn): the latest
 * deployed version decides, so a changed table applies to the next case without a release.
 */
@Service
public class TriagePolicy {

  public static final String DECISION_KEY = "sla-policy";

  private final DecisionService decisionService;

  TriagePolicy(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Triage triage(String caseType, Channel channel, Tier tier) {
    DmnDecisionResultEntries result =
        decisionService
            .evaluateDecisionByKey(DECISION_KEY)
            .variables(
                Variables.putValue("caseType", caseType)
                    .putValue("channel", channel.name())
                    .putValue("tier", tier.name()))
            .evaluate()
            .getFirstResult();
    if (result == null) {
      throw new IllegalStateException("The sla-policy decision has no rule for " + caseType + "/" + channel + "/" + tier);
    }
    Number priority = result.getEntry("priority");
    return new Triage(
        result.getEntry("queue"),
        priority.intValue(),
        duration(result, "firstResponse"),
        duration(result, "resolution"));
  }

  private static Duration duration(DmnDecisionResultEntries result, String name) {
    String value = result.getEntry(name);
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalStateException("The sla-policy decision returned no ISO-8601 duration for " + name + ": " + value, e);
    }
  }
}
