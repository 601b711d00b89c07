package io.casedesk.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.casedesk.ledger.CopyTradingCompensation.CompensationConflictException;
import io.casedesk.ledger.CopyTradingCompensation.CompensationRequest;
import io.casedesk.ledger.CopyTradingCompensation.Credit;
import io.casedesk.ledger.LeadTraderOrders.LeadOrder;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.support.CaseDeskTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded back office's copy trading: the lead traders' orders a follower followed, with the
 * copy size their settings give, and compensations credited once per case and lead order.
 */
@CaseDeskTest
class EmbeddedCopyTradingTests {

  static final Instant FROM = Instant.parse("2026-11-18T00:00:00Z");
  static final Instant TO = Instant.parse("2026-11-24T00:00:00Z");
  /** The tests' own follower: its balance is restored after each test. */
  static final String FOLLOWER = "10000049";

  @Autowired LeadTraderOrders leadOrders;
  @Autowired CopyTradingCompensation compensation;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired LedgerPort ledger;
  @Autowired JdbcClient jdbc;

  BigDecimal before;

  @BeforeEach
  void rememberBalance() {
    before = usdt();
  }

  @AfterEach
  void restoreBalance() {
    jdbc.sql("update ledger_balance set available = :b where customer_uid = :uid and asset = 'USDT'").param("b", before).param("uid", FOLLOWER).update();
  }

  @Test
  void theLeadsOrdersCarryTheCopySizeOfTheFollowersSettings() {
    List<LeadOrder> orders = leadOrders.followedOrders("alphawhale", "10000047", FROM, TO);

    assertThat(orders).extracting(LeadOrder::id).containsExactly("LO-88120", "LO-88177", "LO-88203");
    assertThat(orders.get(0).copyQuantity()).as("ratio 0.01").isEqualByComparingTo("0.005");
    assertThat(orders.get(2).copyQuantity()).as("1500 USDT per order at most, at 212.3").isEqualByComparingTo("7.06547338");
    assertThat(orders.get(0).exitPrice()).isEqualByComparingTo("93480");
    assertThat(orders.get(0).filled()).isTrue();
  }

  @Test
  void onlyOrdersPlacedWhileFollowingCount() {
    assertThat(leadOrders.followedOrders("alphawhale", "10000046", FROM, TO)).as("10000046 follows bluefinquant only").isEmpty();
    assertThat(leadOrders.followedOrders("nobody", "10000010", FROM, TO)).isEmpty();
    assertThat(leadOrders.followedOrders("bluefinquant", "10000046", FROM, Instant.parse("2026-11-20T00:00:00Z")))
        .extracting(LeadOrder::id).containsExactly("LO-91001");
    LeadOrder maker = leadOrders.followedOrders("bluefinquant", "10000046", FROM, TO).get(1);
    assertThat(maker.type()).isEqualTo("LIMIT");
    assertThat(maker.filledAt()).isAfter(maker.placedAt());
  }

  @Test
  void aCompensationAskedForTwiceIsCreditedOnce() {
    CompensationRequest request = request("CD-T-" + System.nanoTime() % 1_000_000_000L, "39.12");

    Credit first = compensation.credit(request);
    Credit second = compensation.credit(request);

    assertThat(second).isEqualTo(first);
    assertThat(first.amount()).isEqualByComparingTo("39.12");
    assertThat(compensation.credits(request.caseNumber())).containsExactly(first);
    assertThat(usdt().subtract(before)).isEqualByComparingTo("39.12");
  }

  @Test
  void theSameCaseAndOrderWithAnotherAmountIsAConflictAndCreditsNothing() {
    String caseNumber = "CD-T-" + System.nanoTime() % 1_000_000_000L;
    compensation.credit(request(caseNumber, "10.00"));

    assertThatThrownBy(() -> compensation.credit(request(caseNumber, "12.00")))
        .isInstanceOf(CompensationConflictException.class)
        .hasMessageContaining("compensated before with 10");
    assertThat(usdt().subtract(before)).isEqualByComparingTo("10.00");
  }

  @Test
  void anUnknownAccountOrABackOfficeThatIsDownCreditsNothing() {
    String caseNumber = "CD-T-" + System.nanoTime() % 1_000_000_000L;
    assertThatThrownBy(() -> compensation.credit(new CompensationRequest(caseNumber, "LO-1", "99999999", "USDT", BigDecimal.ONE, "test", "trader1")))
        .isInstanceOf(UnknownAccountException.class);

    backOffice.goDown();
    try {
      assertThatThrownBy(() -> compensation.credit(request(caseNumber, "1.00"))).isInstanceOf(LedgerUnavailableException.class);
      assertThatThrownBy(() -> leadOrders.followedOrders("alphawhale", "10000010", FROM, TO)).isInstanceOf(LedgerUnavailableException.class);
    } finally {
      backOffice.comeBack();
    }
    assertThat(compensation.credits(caseNumber)).isEmpty();
    assertThat(usdt()).isEqualByComparingTo(before);
  }

  private static CompensationRequest request(String caseNumber, String amount) {
    return new CompensationRequest(caseNumber, "LO-88120", FOLLOWER, "USDT", new BigDecimal(amount), "copy not placed", "trader1");
  }

  private BigDecimal usdt() {
    return ledger.balances(FOLLOWER).stream().filter(b -> b.asset().equals("USDT")).findFirst().orElseThrow().available();
  }
}
