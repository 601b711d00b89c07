package io.casedesk.withdrawallimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A smaller seeded run of the simulated month (the README's figures come from
 * {@code mvn -Pwithdrawal-limit-month verify}): at least 85 % decided without a person, and no frozen
 * account or account with a recent security change approved without one.
 */
@CaseDeskTest
@ExtendWith(LimitRequestsTestSupport.KeepsDemoLimits.class)
@TestClock(LimitMonthTests.START)
class LimitMonthTests {

  static final String START = "2026-12-01T00:00:00Z";

  @Autowired ApplicationContext app;

  @Test
  void mostRequestsAreDecidedWithoutAPersonAndNoneUnsafely() {
    LimitMonth.MonthReport month = new LimitMonth(app).run(new LimitMonth.Plan(Instant.parse(START), Duration.ofDays(31), 80, 7));
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
