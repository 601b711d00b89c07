package io.casedesk.withdrawallimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A smaller seeded run of the simulated month (the README's figures come from
 * {@code mvn -Pwithdrawal-limit-month verify}), on a desk of its own as the command runs it, so the
 * cases and security changes other tests leave in the shared desk do not change it: at least 85 %
 * decided without a person, and no frozen account or account with a recent security change approved
 * without one.
 */
class LimitMonthTests {

  @Test
  void mostRequestsAreDecidedWithoutAPersonAndNoneUnsafely() {
    LimitMonth.MonthReport month = LimitMonthCommand.onAFreshDesk(
        new LimitMonth.Plan(Instant.parse("2026-12-01T00:00:00Z"), Duration.ofDays(31), 80, 7), "limitMonthTests");
    System.out.println(month.table());

    assertThat(month.total()).isEqualTo(80);
    assertThat(month.automationRate()).as(month.table()).isGreaterThanOrEqualTo(0.85);
    assertThat(month.restrictedRequests()).as("frozen and closed accounts asked too").isPositive();
    assertThat(month.recentlyChangedRequests()).as("recently changed accounts asked too").isPositive();
    assertThat(month.unsafeAutomaticApprovals()).as("approved without a person, frozen or recently changed").isEmpty();
    assertThat(month.requests()).filteredOn(r -> r.person()).as("some reached a person").isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome()).isIn("APPROVED_BY_AGENT", "REJECTED", "DECLINED"));
    assertThat(month.stillOpen()).as("every case of the month ended").isZero();
  }
}
