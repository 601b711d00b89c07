package io.casedesk.rehearsal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.rehearsal.RehearsalSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rehearsed day's requests: the same for a seed, and with the mix the settings describe. */
class DayPlanTests {

  static final Instant DAY = Instant.parse("2026-12-07T00:00:00Z");
  final RehearsalSettings settings = new RehearsalSettings();

  @Test
  void aSeedAlwaysPlansTheSameDayAndAnotherSeedAnotherDay() {
    assertThat(DayPlan.of(settings, 7, 4.0, 240, DAY)).isEqualTo(DayPlan.of(settings, 7, 4.0, 240, DAY));
    assertThat(DayPlan.of(settings, 8, 4.0, 240, DAY).cases()).isNotEqualTo(DayPlan.of(settings, 7, 4.0, 240, DAY).cases());
  }

  @Test
  void fourTimesTheVolumeIsFourTimesTheRequestsWithinTheDayBusiestInTheAfternoon() {
    DayPlan normal = DayPlan.of(settings, 7, 1.0, 240, DAY);
    DayPlan surge = DayPlan.of(settings, 7, 4.0, 240, DAY);
    assertThat(normal.cases()).hasSize(240);
    assertThat(surge.cases()).hasSize(960);
    assertThat(surge.cases()).allSatisfy(c -> assertThat(c.arrivesAt()).isBetween(DAY, surge.dayEnd()));
    assertThat(surge.cases()).isSortedAccordingTo((a, b) -> a.arrivesAt().compareTo(b.arrivesAt()));
    long night = surge.cases().stream().filter(c -> hour(c) < 4).count();
    long afternoon = surge.cases().stream().filter(c -> hour(c) >= 8 && hour(c) < 12).count();
    assertThat(afternoon).isGreaterThan(2 * night);
  }

  @Test
  void theDayHasEveryLanguageAndTypeAndTheSharesOfTheSettings() {
    List<PlannedCase> cases = DayPlan.of(settings, 7, 4.0, 240, DAY).cases();
    assertThat(cases.stream().map(PlannedCase::language).collect(Collectors.toSet())).containsExactlyInAnyOrder(SupportedLanguage.values());
    assertThat(cases.stream().map(PlannedCase::caseType).collect(Collectors.toSet())).isEqualTo(settings.getCaseTypes().keySet());
    assertThat(share(cases, c -> c.language() == SupportedLanguage.EN)).isBetween(0.31, 0.41);
    assertThat(share(cases, c -> c.caseType().equals("KYC_VERIFICATION"))).isBetween(0.35, 0.45);

    // VIP and institutional customers reach the concierge; standard customers write a ticket or use the web form.
    assertThat(cases).allSatisfy(c -> assertThat(c.channel() == Channel.VIP_CONCIERGE).isEqualTo(c.tier() != Tier.STANDARD));
    assertThat(share(cases, c -> c.tier() != Tier.STANDARD)).isBetween(0.07, 0.13);
    assertThat(share(cases.stream().filter(c -> c.tier() == Tier.STANDARD).toList(), c -> c.channel() == Channel.EMAIL_TICKET)).isBetween(0.55, 0.65);

    // Three in four requests that take documents arrive without adequate documentation; the others need none.
    Set<String> withDocuments = Set.of("KYC_VERIFICATION", "TWO_FACTOR_RESET");
    assertThat(share(cases.stream().filter(c -> withDocuments.contains(c.caseType())).toList(), c -> !c.documentsComplete())).isBetween(0.70, 0.80);
    assertThat(cases.stream().filter(c -> !withDocuments.contains(c.caseType()))).allMatch(PlannedCase::documentsComplete);
    assertThat(share(cases, PlannedCase::customerAnswers)).isBetween(0.81, 0.89);
    assertThat(cases.stream().map(PlannedCase::customerUid).distinct()).hasSize(cases.size());
  }

  private static int hour(PlannedCase c) {
    return c.arrivesAt().atOffset(ZoneOffset.UTC).getHour();
  }

  private static double share(List<PlannedCase> cases, java.util.function.Predicate<PlannedCase> which) {
    return cases.stream().filter(which).count() / (double) cases.size();
  }
}
