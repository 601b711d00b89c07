package io.casedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded back office's withdrawal whitelist: every change names its case, is recorded as a
 * security change, and a repeat for the same case changes nothing twice.
 */
@CaseDeskTest
@TestClock("2026-12-05T12:00:00Z")
class EmbeddedWithdrawalWhitelistTests {

  static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
  /** A demo account no other test of the ledger changes; put back after each test. */
  static final String UID = "10000043";
  static final String ADDRESS = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

  @Autowired WithdrawalWhitelist whitelist;
  @Autowired LedgerPort ledger;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  @AfterEach
  void asTheDemoHasIt() {
    jdbc.sql("delete from ledger_whitelisted_address where customer_uid = :uid").param("uid", UID).update();
    jdbc.sql("delete from ledger_whitelist_operation where customer_uid = :uid").param("uid", UID).update();
    jdbc.sql("delete from ledger_security_change where customer_uid = :uid and case_number is not null").param("uid", UID).update();
  }

  @Test
  void anAdditionIsHeldUntilItsTimeNamesItsCaseAndIsNotRepeated() {
    WithdrawalWhitelist.Entry added = whitelist.add(addition("CD-2026-900001", ADDRESS, null));
    assertThat(added).isEqualTo(new WithdrawalWhitelist.Entry(
        "ETHEREUM", "USDT", ADDRESS, null, "Hardware wallet", NOW, NOW.plus(Duration.ofHours(24)), "CD-2026-900001"));

    assertThat(whitelist.add(addition("CD-2026-900001", ADDRESS, null))).as("a retried step").isEqualTo(added);
    assertThat(ledger.profile(UID).orElseThrow().whitelist()).singleElement().satisfies(w -> {
      assertThat(w.usableFrom()).isEqualTo(NOW.plus(Duration.ofHours(24)));
      assertThat(w.label()).isEqualTo("Hardware wallet");
    });
    assertThat(ledger.securityChanges(UID, NOW)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SecurityChange.Kind.WHITELIST_ADD);
      assertThat(c.detail()).contains(ADDRESS, "usable from 2026-12-06T12:00:00Z");
    });
    assertThat(jdbc.sql("select case_number from ledger_security_change where customer_uid = :uid and case_number is not null")
        .param("uid", UID).query(String.class).list()).containsExactly("CD-2026-900001");
  }

  @Test
  void anAddressTheWhitelistHoldsIsNotAddedAgainInAnySpelling() {
    whitelist.add(addition("CD-2026-900002", ADDRESS, null));
    assertThatThrownBy(() -> whitelist.add(addition("CD-2026-900003", ADDRESS.toLowerCase(), null)))
        .isInstanceOf(WithdrawalWhitelist.AlreadyWhitelistedException.class);
    assertThat(whitelist.add(new WithdrawalWhitelist.Addition(UID, "XRP", "XRP", "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe", "1", null,
        NOW, "CD-2026-900004")).memo()).isEqualTo("1");
    assertThat(whitelist.add(new WithdrawalWhitelist.Addition(UID, "XRP", "XRP", "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe", "2", null,
        NOW, "CD-2026-900005")).memo()).as("another tag, another entry").isEqualTo("2");
    assertThat(ledger.profile(UID).orElseThrow().whitelist()).hasSize(3);
  }

  @Test
  void aRemovalTakesTheAddressOffAtOnceAndAnswersARepeatAsBefore() {
    whitelist.add(addition("CD-2026-900006", ADDRESS, null));
    WithdrawalWhitelist.Removal removal = new WithdrawalWhitelist.Removal(UID, "ETHEREUM", ADDRESS.toLowerCase(), null, "CD-2026-900007");

    assertThat(whitelist.remove(removal)).hasValueSatisfying(e -> assertThat(e.address()).isEqualTo(ADDRESS));
    assertThat(ledger.profile(UID).orElseThrow().whitelist()).isEmpty();
    assertThat(whitelist.remove(removal)).as("a retried step").hasValueSatisfying(e -> assertThat(e.caseNumber()).isEqualTo("CD-2026-900006"));
    assertThat(whitelist.remove(new WithdrawalWhitelist.Removal(UID, "ETHEREUM", ADDRESS, null, "CD-2026-900008")))
        .as("another case: nothing left to remove").isEmpty();
    assertThat(ledger.securityChanges(UID, NOW)).extracting(SecurityChange::kind)
        .containsExactlyInAnyOrder(SecurityChange.Kind.WHITELIST_ADD, SecurityChange.Kind.WHITELIST_REMOVE);
  }

  @Test
  void aCancellationTakesBackOnlyWhatItsCaseAdded() {
    whitelist.add(addition("CD-2026-900009", ADDRESS, null));
    whitelist.add(new WithdrawalWhitelist.Addition(UID, "TRON", "USDT", "TTbyaTJsY95eFpJnRPd3Z4Pu3Yc1M742yz", null, null, NOW, "CD-2026-900010"));

    assertThat(whitelist.cancelAddition(UID, "CD-2026-900009")).hasValueSatisfying(e -> assertThat(e.address()).isEqualTo(ADDRESS));
    assertThat(whitelist.cancelAddition(UID, "CD-2026-900009")).as("a retried step").isPresent();
    assertThat(whitelist.cancelAddition(UID, "CD-2026-900011")).as("nothing added by that case").isEmpty();
    assertThat(ledger.profile(UID).orElseThrow().whitelist()).extracting(AccountProfile.WhitelistedAddress::chain).containsExactly("TRON");
    assertThat(ledger.securityChanges(UID, NOW)).filteredOn(c -> c.kind() == SecurityChange.Kind.WHITELIST_REMOVE).singleElement()
        .satisfies(c -> assertThat(c.detail()).contains("cancelled"));
  }

  @Test
  void anUnknownAccountIsRefused() {
    assertThatThrownBy(() -> whitelist.add(new WithdrawalWhitelist.Addition("99999999", "ETHEREUM", "ETH", ADDRESS, null, null, NOW, "CD-2026-900012")))
        .isInstanceOf(LedgerPort.UnknownAccountException.class);
    assertThatThrownBy(() -> whitelist.remove(new WithdrawalWhitelist.Removal("99999999", "ETHEREUM", ADDRESS, null, "CD-2026-900013")))
        .isInstanceOf(LedgerPort.UnknownAccountException.class);
  }

  @Test
  void aBackOfficeThatIsDownChangesNothing() {
    backOffice.goDown();
    try {
      assertThatThrownBy(() -> whitelist.add(addition("CD-2026-900014", ADDRESS, null))).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> whitelist.remove(new WithdrawalWhitelist.Removal(UID, "ETHEREUM", ADDRESS, null, "CD-2026-900015")))
          .isInstanceOf(LedgerPort.LedgerUnavailableException.class);
      assertThatThrownBy(() -> whitelist.cancelAddition(UID, "CD-2026-900014")).isInstanceOf(LedgerPort.LedgerUnavailableException.class);
    } finally {
      backOffice.comeBack();
    }
    assertThat(ledger.profile(UID).orElseThrow().whitelist()).isEmpty();
  }

  private static WithdrawalWhitelist.Addition addition(String caseNumber, String address, String memo) {
    return new WithdrawalWhitelist.Addition(UID, "ETHEREUM", "USDT", address, memo, "Hardware wallet", NOW.plus(Duration.ofHours(24)), caseNumber);
  }
}
