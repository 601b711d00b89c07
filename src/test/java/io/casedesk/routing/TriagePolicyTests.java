package io.casedesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.support.CaseDeskTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The analysts' sla-policy decision table, with the exchange's response windows. */
@CaseDeskTest
class TriagePolicyTests {

  @Autowired TriagePolicy policy;

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "KYC_VERIFICATION,     EMAIL_TICKET,  STANDARD,      kyc,          50, PT24H, PT48H",
    "KYC_VERIFICATION,     WEB_FORM,      STANDARD,      kyc,          50, PT24H, PT48H",
    "KYC_VERIFICATION,     EMAIL_TICKET,  VIP,           vipconcierge, 80, PT2H,  PT24H",
    "TWO_FACTOR_RESET,     VIP_CONCIERGE, STANDARD,      vipconcierge, 80, PT2H,  PT24H",
    "WHITELIST_CHANGE,     EMAIL_TICKET,  INSTITUTIONAL, vipconcierge, 90, PT2H,  PT24H",
    "TWO_FACTOR_RESET,     EMAIL_TICKET,  STANDARD,      security,     60, PT24H, PT72H",
    "WHITELIST_CHANGE,     WEB_FORM,      STANDARD,      security,     60, PT24H, PT72H",
    "COPY_TRADING_DISPUTE, EMAIL_TICKET,  STANDARD,      tradingdesk,  50, PT24H, PT72H",
  })
  void decidesQueuePriorityAndClocks(
      String type, Channel channel, Tier tier, String queue, int priority, Duration firstResponse, Duration resolution) {
    Triage triage = policy.triage(type, channel, tier);
    assertThat(triage).isEqualTo(new Triage(queue, priority, firstResponse, resolution));
  }

  @ParameterizedTest
  @CsvSource({"PT24H, 18", "PT2H, 1.5", "PT48H, 36"})
  void aClockIsAtRiskAfterThreeQuarters(Duration clock, double atRiskHours) {
    Instant opened = Instant.parse("2026-01-01T00:00:00Z");
    Triage triage = new Triage("kyc", 50, clock, clock);
    assertThat(triage.firstResponseAtRisk(opened)).isEqualTo(opened.plusSeconds((long) (atRiskHours * 3600)));
    assertThat(triage.resolutionDue(opened)).isEqualTo(opened.plus(clock));
  }
}
