package io.casedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.CaseDeskTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded back office and its demo data answer what support cases ask. */
@CaseDeskTest
class EmbeddedLedgerTests {

  @Autowired LedgerPort ledger;
  @Autowired EmbeddedBackOffice backOffice;

  @Test
  void theDemoHasAFewDozenAccounts() {
    long accounts = java.util.stream.IntStream.rangeClosed(10000001, 10000036)
        .filter(uid -> ledger.findAccount(String.valueOf(uid)).isPresent()).count();
    assertThat(accounts).isEqualTo(36);
  }

  @Test
  void aProfileShowsTwoFactorStateWithdrawalLockWhitelistAndRecentLogins() {
    AccountProfile afterReset = ledger.profile("10000008").orElseThrow();
    assertThat(afterReset.withdrawalsLockedUntil()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(afterReset.recentLogins().get(0).ipAddress()).isEqualTo("185.220.101.7");
    assertThat(afterReset.recentLogins()).hasSize(4);

    assertThat(ledger.profile("10000011").orElseThrow().twoFactorEnabled()).isFalse();
    AccountProfile whitelisted = ledger.profile("10000005").orElseThrow();
    assertThat(whitelisted.whitelist()).singleElement().satisfies(w -> {
      assertThat(w.memo()).isEqualTo("5521");
      assertThat(w.usableFrom()).isEqualTo(w.addedAt().plusSeconds(48 * 3600));
    });
    assertThat(ledger.profile("99999999")).isEmpty();
  }

  @Test
  void balancesAndWithdrawalsWithTheirTxIds() {
    assertThat(ledger.balances("10000001")).extracting(AccountProfile.Balance::asset).contains("USDT");
    assertThat(ledger.withdrawals("10000001")).singleElement()
        .satisfies(w -> assertThat(w.txId()).isEqualTo("0x9e8d7c6b5a49382716f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a098"));
    assertThat(ledger.withdrawals("10000008")).singleElement().satisfies(w -> assertThat(w.status()).isEqualTo("BLOCKED_2FA_LOCK"));
  }

  @Test
  void savingsInterestIsTheLedgersNotTheApps() {
    var accruals = ledger.savingsAccruals("10000004", "USDT", LocalDate.parse("2026-11-07"), LocalDate.parse("2026-11-10"));
    assertThat(accruals).hasSize(4);
    assertThat(accruals.get(1).aprPercent()).isEqualByComparingTo("4.2");
    assertThat(accruals.get(2).aprPercent()).as("the tier changed on Nov 9").isEqualByComparingTo("3.1");
    assertThat(accruals.get(2).interest()).isEqualByComparingTo("1.01917808");
  }

  @Test
  void copyTradingOrdersSeparatePlatformFailuresFromPerformance() {
    var orders = ledger.copyTradingOrders("10000010", Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"));
    assertThat(orders).extracting(AccountProfile.CopyTradingOrder::status).containsExactly("NOT_PLACED", "FILLED", "FILLED");
    assertThat(orders.get(0).failureReason()).isEqualTo("FOLLOWER_MARGIN_CHECK_TIMEOUT");
    assertThat(orders.get(1).fillPrice()).isGreaterThan(orders.get(1).leadPrice());
  }

  @Test
  void securityChangesSinceATimeNewestFirst() {
    assertThat(ledger.securityChanges("10000007", Instant.parse("2026-11-01T00:00:00Z")))
        .extracting(SecurityChange::kind)
        .containsExactly(SecurityChange.Kind.API_KEY_CREATED, SecurityChange.Kind.EMAIL_CHANGE);
    assertThat(ledger.securityChanges("10000008", Instant.parse("2026-11-01T00:00:00Z"))).as("older ones are left out").isEmpty();
    assertThat(ledger.securityChanges("10000001", Instant.parse("2020-01-01T00:00:00Z"))).isEmpty();
  }

  @Test
  void aBackOfficeThatIsDownFailsAsAnOutageDoesAndComesBack() {
    backOffice.goDown();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.findAccount("10000001"))
          .isInstanceOf(LedgerPort.LedgerUnavailableException.class);
    } finally {
      backOffice.comeBack();
    }
    assertThat(ledger.findAccount("10000001")).isPresent();
  }
}
