package io.casedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.ledger.WithdrawalLimits.AccountLimits;
import io.casedesk.ledger.WithdrawalLimits.ConflictingLimitChangeException;
import io.casedesk.ledger.WithdrawalLimits.DailyLimitChange;
import io.casedesk.ledger.WithdrawalLimits.LimitChange;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded back office's withdrawal limits: the demo accounts' limits, idempotent changes, an outage. */
@CaseDeskTest
@TestClock("2026-12-08T10:00:00Z")
class EmbeddedWithdrawalLimitsTests {

  @Autowired WithdrawalLimits limits;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void putTheDemoLimitsBack() {
    jdbc.sql("delete from ledger_withdrawal_limit_change where idempotency_key like 'LIMIT-TEST-%'").update();
    jdbc.sql("update ledger_withdrawal_limit set daily_limit_usd = 15000, monthly_limit_usd = 250000 where customer_uid = '10000052'").update();
    jdbc.sql("update ledger_withdrawal_limit set daily_limit_usd = 2000, monthly_limit_usd = 50000 where customer_uid = '10000062'").update();
  }

  @Test
  void readsADemoAccountsLimitsAndWhenItWasOpened() {
    AccountLimits read = limits.limits("10000052").orElseThrow();
    assertThat(read.dailyLimitUsd()).isEqualByComparingTo("15000");
    assertThat(read.monthlyLimitUsd()).isEqualByComparingTo("250000");
    assertThat(read.accountOpenedAt()).isEqualTo(Instant.parse("2025-02-03T10:00:00Z"));
    assertThat(limits.limits("20000001").orElseThrow().dailyLimitUsd()).as("institutional").isEqualByComparingTo("250000");
    assertThat(limits.limits("10000001").orElseThrow().dailyLimitUsd()).as("level 0 by default").isEqualByComparingTo("500");
    assertThat(limits.limits("99999999")).isEmpty();
  }

  @Test
  void setsTheDailyLimitOnceByItsKey() {
    LimitChange made = limits.setDailyLimit(new DailyLimitChange("10000052", new BigDecimal("20000"), "LIMIT-TEST-1", "kyc1"));
    assertThat(made.previousDailyLimitUsd()).isEqualByComparingTo("15000");
    assertThat(made.dailyLimitUsd()).isEqualByComparingTo("20000");
    assertThat(made.monthlyLimitUsd()).isEqualByComparingTo("250000");
    assertThat(made.changedAt()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z"));
    assertThat(limits.limits("10000052").orElseThrow().dailyLimitUsd()).isEqualByComparingTo("20000");

    // A retried step repeats the call: the change as it was made, nothing changed twice.
    assertThat(limits.setDailyLimit(new DailyLimitChange("10000052", new BigDecimal("20000.00"), "LIMIT-TEST-1", "kyc1"))).isEqualTo(made);
    assertThat(jdbc.sql("select count(*) from ledger_withdrawal_limit_change where idempotency_key = 'LIMIT-TEST-1'").query(Long.class).single())
        .isEqualTo(1L);
    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("10000052", new BigDecimal("24000"), "LIMIT-TEST-1", "kyc1")))
        .isInstanceOf(ConflictingLimitChangeException.class);
  }

  @Test
  void aMonthlyLimitBelowTheNewDailyOneIsRaisedToIt() {
    LimitChange made = limits.setDailyLimit(new DailyLimitChange("10000062", new BigDecimal("60000"), "LIMIT-TEST-2", "casedesk"));
    assertThat(made.monthlyLimitUsd()).isEqualByComparingTo("60000");
    assertThat(limits.limits("10000062").orElseThrow().monthlyLimitUsd()).isEqualByComparingTo("60000");
  }

  @Test
  void anUnknownAccountOrABackOfficeThatIsDownIsAnError() {
    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("99999999", BigDecimal.TEN, "LIMIT-TEST-3", "casedesk")))
        .isInstanceOf(LedgerPort.UnknownAccountException.class);
    backOffice.goDown();
    try {
      assertThatThrownBy(() -> limits.limits("10000052")).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("10000052", BigDecimal.TEN, "LIMIT-TEST-4", "casedesk")))
          .isInstanceOf(LedgerPort.LedgerUnavailableException.class);
    } finally {
      backOffice.comeBack();
    }
  }
}
