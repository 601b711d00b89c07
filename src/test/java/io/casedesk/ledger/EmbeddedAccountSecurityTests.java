package io.casedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.ledger.AccountSecurityAdministration.TwoFactorReset;
import io.casedesk.ledger.AccountSecurityAdministration.WithdrawalLock;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded back office's account security and standing: a case resets an account's 2FA once and
 * holds one withdrawal lock on it, however often a retried job calls; holdings valued in USD.
 */
@CaseDeskTest
@TestClock("2026-12-01T10:00:00Z")
class EmbeddedAccountSecurityTests {

  /** Demo accounts of the 2FA reset (db/demo/V10_1); put back after each test. */
  static final String UID = "10000040";
  static final String OTHER_UID = "10000037";
  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Autowired AccountSecurityAdministration security;
  @Autowired AccountStanding standings;
  @Autowired LedgerPort ledger;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired EngineDriver engine;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void demoAccountsAsShipped() {
    for (String table : List.of("ledger_withdrawal_lock", "ledger_two_factor_reset")) {
      jdbc.sql("delete from " + table + " where customer_uid in (:uids)").param("uids", List.of(UID, OTHER_UID)).update();
    }
    jdbc.sql("delete from ledger_security_change where customer_uid in (:uids) and case_number is not null").param("uids", List.of(UID, OTHER_UID)).update();
    jdbc.sql("update ledger_account set two_factor_enabled = true, withdrawals_locked_until = null where uid in (:uids)")
        .param("uids", List.of(UID, OTHER_UID)).update();
  }

  @Test
  void aResetIsDoneOncePerCaseAndRecordedAsASecurityChange() {
    TwoFactorReset first = security.resetTwoFactor(UID, "CD-2026-900001");
    engine.moveClock(Duration.ofMinutes(5));
    TwoFactorReset retried = security.resetTwoFactor(UID, "CD-2026-900001");

    assertThat(retried).isEqualTo(first).isEqualTo(new TwoFactorReset(UID, "CD-2026-900001", NOW));
    assertThat(ledger.profile(UID).orElseThrow().twoFactorEnabled()).isFalse();
    assertThat(ledger.securityChanges(UID, NOW.minusSeconds(1))).singleElement().satisfies(change -> {
      assertThat(change.kind()).isEqualTo(SecurityChange.Kind.TWO_FACTOR_RESET);
      assertThat(change.at()).isEqualTo(NOW);
    });
    assertThat(jdbc.sql("select case_number from ledger_security_change where customer_uid = :uid and case_number is not null")
        .param("uid", UID).query(String.class).list()).containsExactly("CD-2026-900001");

    // The customer binds a new authenticator; a late retry of the same case must not undo that.
    jdbc.sql("update ledger_account set two_factor_enabled = true where uid = :uid").param("uid", UID).update();
    security.resetTwoFactor(UID, "CD-2026-900001");
    assertThat(ledger.profile(UID).orElseThrow().twoFactorEnabled()).isTrue();
  }

  @Test
  void aCaseHoldsOneLockWhoseEndMovesAndTheAccountIsLockedUntilTheLatestEnd() {
    Instant inThirtyDays = NOW.plus(Duration.ofDays(30));
    Instant inTwoDays = NOW.plus(Duration.ofHours(48));
    security.lockWithdrawals(UID, "CD-2026-900002", inThirtyDays);
    security.lockWithdrawals(UID, "CD-2026-900002", inThirtyDays);
    assertThat(ledger.profile(UID).orElseThrow().withdrawalsLockedUntil()).isEqualTo(inThirtyDays);

    WithdrawalLock moved = security.lockWithdrawals(UID, "CD-2026-900002", inTwoDays);
    assertThat(moved).isEqualTo(new WithdrawalLock(UID, "CD-2026-900002", NOW, inTwoDays, null));
    assertThat(ledger.profile(UID).orElseThrow().withdrawalsLockedUntil()).isEqualTo(inTwoDays);
    assertThat(jdbc.sql("select count(*) from ledger_withdrawal_lock where customer_uid = :uid").param("uid", UID).query(Integer.class).single())
        .isEqualTo(1);

    Instant inAWeek = NOW.plus(Duration.ofDays(7));
    security.lockWithdrawals(UID, "CD-2026-900003", inAWeek);
    assertThat(ledger.profile(UID).orElseThrow().withdrawalsLockedUntil()).as("the latest end").isEqualTo(inAWeek);

    engine.moveClock(Duration.ofHours(48));
    WithdrawalLock lifted = security.liftWithdrawalLock(UID, "CD-2026-900003").orElseThrow();
    assertThat(lifted.liftedAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
    assertThat(ledger.profile(UID).orElseThrow().withdrawalsLockedUntil()).as("the other case's lock stays").isEqualTo(inTwoDays);
    assertThat(security.liftWithdrawalLock(UID, "CD-2026-900003")).as("lifting again changes nothing").contains(lifted);

    security.liftWithdrawalLock(UID, "CD-2026-900002");
    assertThat(ledger.profile(UID).orElseThrow().withdrawalsLockedUntil()).isNull();
    assertThat(security.liftWithdrawalLock(UID, "CD-2026-999999")).as("a case that never locked").isEmpty();
  }

  @Test
  void unknownAccountsAndAnOutageFailAsTheRealBackOfficeWould() {
    assertThatThrownBy(() -> security.resetTwoFactor("99999999", "CD-2026-900004")).isInstanceOf(LedgerPort.UnknownAccountException.class);
    assertThatThrownBy(() -> security.lockWithdrawals("99999999", "CD-2026-900004", NOW)).isInstanceOf(LedgerPort.UnknownAccountException.class);
    assertThat(standings.standing("99999999")).isEmpty();
    backOffice.goDown();
    try {
      assertThatThrownBy(() -> security.resetTwoFactor(UID, "CD-2026-900004")).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> security.lockWithdrawals(UID, "CD-2026-900004", NOW)).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> security.liftWithdrawalLock(UID, "CD-2026-900004")).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> standings.standing(UID)).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
    } finally {
      backOffice.comeBack();
    }
    assertThat(ledger.profile(UID).orElseThrow().twoFactorEnabled()).isTrue();
  }

  @Test
  void theStandingValuesHoldingsInUsdAndTellsWhenTheAccountWasOpened() {
    AccountStanding.Standing standing = standings.standing(OTHER_UID).orElseThrow();
    assertThat(standing.openedAt()).isEqualTo(Instant.parse("2025-05-20T09:00:00Z"));
    assertThat(standing.balanceUsd()).isEqualByComparingTo("2935.40");
    assertThat(standing.holdings()).extracting(AccountStanding.Holding::asset).containsExactly("ETH", "USDT");
    assertThat(standing.holdings().get(0).usdValue()).isEqualByComparingTo("1085.00");
    assertThat(standing.unpricedAssets()).isEmpty();

    jdbc.sql("insert into ledger_balance (customer_uid, asset, available, locked) values (:uid, 'DOGE', 100, 0)").param("uid", OTHER_UID).update();
    try {
      AccountStanding.Standing partly = standings.standing(OTHER_UID).orElseThrow();
      assertThat(partly.unpricedAssets()).containsExactly("DOGE");
      assertThat(partly.balanceUsd()).as("what has a price").isEqualByComparingTo(new BigDecimal("2935.40"));
    } finally {
      jdbc.sql("delete from ledger_balance where customer_uid = :uid and asset = 'DOGE'").param("uid", OTHER_UID).update();
    }
  }
}
