package io.casedesk.copytrading.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.copytrading.internal.CopyTradeReconciliation.Reconciled;
import io.casedesk.ledger.AccountProfile.CopyTradingOrder;
import io.casedesk.ledger.LeadTraderOrders.LeadOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reconciliation on crafted ledger data: each outcome, the cap per pair, exact comparisons at the
 * cap, sells, partial fills, late copies (counted from the lead's fill), missing copies, pending lead
 * orders, the orders the customer named, and the compensation to the cent.
 */
class CopyTradeReconciliationTests {

  static final String LEAD = "alphawhale";
  static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

  CopyTradingSettings settings;
  CopyTradeReconciliation reconciliation;

  @BeforeEach
  void defaults() {
    settings = new CopyTradingSettings();
    reconciliation = new CopyTradeReconciliation(settings);
  }

  @Test
  void aCopyFilledInTimeWithinTheCapIsCorrect() {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.1"), filled("LO-1", "BTCUSDT", "BUY", "90000", "90090", "0.1", AT.plusSeconds(1)));

    assertThat(order.verdicts()).containsExactly(Verdict.CORRECT);
    assertThat(order.slippage()).isEqualByComparingTo("0.001");
    assertThat(order.capPrice()).isEqualByComparingTo("90270");
    assertThat(order.copyPlaced()).isTrue();
    assertThat(order.late() || order.beyondCap() || order.partlyFilled() || order.leadOrderPending()).isFalse();
  }

  @ParameterizedTest(name = "{0} filled 0.4 % above the lead: beyond the cap {1}")
  @CsvSource({
    "BTCUSDT, true",
    "ETHUSDT, true",
    "SOLUSDT, false",
  })
  void theCapIsThePairsOwnOrTheDefault(String symbol, boolean beyond) {
    OrderFinding order = only(lead("LO-1", symbol, "BUY", "1000", "1"), filled("LO-1", symbol, "BUY", "1000", "1004", "1", AT));

    assertThat(order.cap()).isEqualByComparingTo(symbol.equals("SOLUSDT") ? "0.005" : "0.003");
    assertThat(order.beyondCap()).isEqualTo(beyond);
  }

  @Test
  void aConfiguredCapOfAPairReplacesTheDefault() {
    settings.getSlippageCap().put("SOLUSDT", new BigDecimal("0.002"));

    OrderFinding order = only(lead("LO-1", "SOLUSDT", "BUY", "1000", "1"), filled("LO-1", "SOLUSDT", "BUY", "1000", "1004", "1", AT));

    assertThat(order.cap()).isEqualByComparingTo("0.002");
    assertThat(order.verdicts()).containsExactly(Verdict.SLIPPAGE_BEYOND_CAP);
  }

  @ParameterizedTest(name = "filled at {0}: beyond the cap {1}")
  @CsvSource({
    "100300,             false",
    "100300.00000001,    true",
    "99000,              false",
  })
  void aBuyIsComparedExactlyWithTheCapPrice(String fill, boolean beyond) {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "100000", "1"), filled("LO-1", "BTCUSDT", "BUY", "100000", fill, "1", AT));

    assertThat(order.beyondCap()).isEqualTo(beyond);
  }

  @ParameterizedTest(name = "a sell filled at {0}: slippage {1}, beyond the cap {2}")
  @CsvSource({
    "198.9,  0.0055,  true",
    "199,    0.005,   false",
    "200.4,  -0.002,  false",
  })
  void aSellIsWorseTheLowerItIsFilled(String fill, String slippage, boolean beyond) {
    OrderFinding order = only(lead("LO-1", "SOLUSDT", "SELL", "200", "10"), filled("LO-1", "SOLUSDT", "SELL", "200", fill, "10", AT));

    assertThat(order.slippage()).isEqualByComparingTo(slippage);
    assertThat(order.capPrice()).isEqualByComparingTo("199");
    assertThat(order.beyondCap()).isEqualTo(beyond);
  }

  @Test
  void slippageIsKeptToEightPlacesRoundedHalfUp() {
    // The demo's ETH copy: (3138.9 - 3120.4) / 3120.4 = 0.0059287271...
    OrderFinding order = only(lead("LO-1", "ETHUSDT", "BUY", "3120.4", "1.5"), filled("LO-1", "ETHUSDT", "BUY", "3120.4", "3138.9", "1.5", AT));

    assertThat(order.slippage()).isEqualTo(new BigDecimal("0.00592873"));
    assertThat(CopyTradingFindingTexts.percent(order.slippage(), 3)).isEqualTo("0.593 %");
  }

  @Test
  void aPartialFillIsFlaggedWithWhatWasFilled() {
    CopyTradingOrder copy = copy("LO-1", "SOLUSDT", "BUY", "PARTIALLY_FILLED", "200", "200.5", "10", "4", null, AT);

    OrderFinding order = only(lead("LO-1", "SOLUSDT", "BUY", "200", "10"), copy);

    assertThat(order.verdicts()).containsExactly(Verdict.PARTLY_FILLED);
    assertThat(order.filledQuantity()).isEqualByComparingTo("4");
  }

  @ParameterizedTest(name = "placed {0} s after the lead's fill: late {1}")
  @CsvSource({
    "10, false",
    "11, true",
  })
  void aCopyIsLateAfterTheConfiguredDelay(long seconds, boolean late) {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.1"), filled("LO-1", "BTCUSDT", "BUY", "90000", "90010", "0.1", AT.plusSeconds(seconds)));

    assertThat(order.late()).isEqualTo(late);
    assertThat(order.delay().toSeconds()).isEqualTo(seconds);
  }

  @Test
  void aMakerOrderIsLateOnlyCountedFromItsFill() {
    Instant filledAt = AT.plusSeconds(40 * 60);
    LeadOrder maker = new LeadOrder("LO-1", LEAD, "ETHUSDT", "BUY", "LIMIT", "FILLED", new BigDecimal("3098"), BigDecimal.TEN, BigDecimal.TEN,
        AT, filledAt, BigDecimal.ONE, new BigDecimal("3150"), null);

    OrderFinding order = only(maker, filled("LO-1", "ETHUSDT", "BUY", "3098", "3100", "1", filledAt.plusSeconds(2)));

    assertThat(order.late()).isFalse();
    assertThat(order.verdicts()).containsExactly(Verdict.CORRECT);
  }

  @Test
  void aLeadOrderWithoutACopyIsMissingWithTheSizeTheFollowersSettingsGave() {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.5"), null);

    assertThat(order.verdicts()).containsExactly(Verdict.COPY_MISSING);
    assertThat(order.copyOrderId()).isNull();
    assertThat(order.quantity()).isEqualByComparingTo("0.05");
    assertThat(order.copyPlaced()).isFalse();
  }

  @Test
  void aCopyNotPlacedKeepsTheReasonTheLedgerGives() {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.5"),
        copy("LO-1", "BTCUSDT", "BUY", "NOT_PLACED", "90000", null, "0.05", "0", "INSUFFICIENT_MARGIN", null));

    assertThat(order.verdicts()).containsExactly(Verdict.NOT_PLACED);
    assertThat(order.failureReason()).isEqualTo("INSUFFICIENT_MARGIN");
    assertThat(order.slippage()).isNull();
  }

  @Test
  void aLeadOrderStillPendingIsNotExpectedToBeCopied() {
    LeadOrder pending = new LeadOrder("LO-1", LEAD, "ETHUSDT", "BUY", "LIMIT", "NEW", new BigDecimal("3000"), BigDecimal.TEN, BigDecimal.ZERO,
        AT, null, BigDecimal.ONE, new BigDecimal("3010"), null);

    OrderFinding order = only(pending, null);

    assertThat(order.leadOrderPending()).isTrue();
    assertThat(order.verdicts()).containsExactly(Verdict.LEAD_ORDER_PENDING);
  }

  @Test
  void onlyTheNamedOrdersOfTheLeadTraderAreReconciledAndUnknownOnesAreListed() {
    List<LeadOrder> leads = List.of(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.1"), lead("LO-2", "ETHUSDT", "BUY", "3000", "1"));
    CopyTradingOrder otherLeads = new CopyTradingOrder("CPY-9", "someoneelse", "LO-9", "BTCUSDT", "BUY", "FILLED", new BigDecimal("1"),
        new BigDecimal("1"), BigDecimal.ONE, BigDecimal.ONE, null, AT, AT);

    Reconciled all = reconciliation.reconcile(LEAD, leads, List.of(otherLeads), null);
    Reconciled named = reconciliation.reconcile(LEAD, leads, List.of(otherLeads), List.of("LO-2", "LO-7", "LO-2"));

    assertThat(all.orders()).extracting(OrderFinding::leadOrderId).as("another lead trader's copies are not this dispute's").containsExactly("LO-1", "LO-2");
    assertThat(named.orders()).extracting(OrderFinding::leadOrderId).containsExactly("LO-2");
    assertThat(named.unknownOrderIds()).containsExactly("LO-7");
  }

  @Test
  void theDemoCompensationsAreRoundedUpToTheCent() {
    // 0.02 BTC missed: 0.02 x (93480 - 91250.5 x 1.003) = 39.11497; 1.5 ETH beyond the cap: (3138.9 - 3120.4 x 1.003) x 1.5 = 13.7082.
    OrderFinding missed = only(leadWithExit("LO-1", "BTCUSDT", "BUY", "91250.5", "0.5", "93480"),
        copy("LO-1", "BTCUSDT", "BUY", "NOT_PLACED", "91250.5", null, "0.02", "0", "FOLLOWER_MARGIN_CHECK_TIMEOUT", null));
    OrderFinding beyond = only(lead("LO-2", "ETHUSDT", "BUY", "3120.4", "37.5"), filled("LO-2", "ETHUSDT", "BUY", "3120.4", "3138.9", "1.5", AT));

    assertThat(reconciliation.compensation(missed, true)).isEqualTo(new BigDecimal("39.12"));
    assertThat(reconciliation.compensation(beyond, true)).isEqualTo(new BigDecimal("13.71"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a tenth of a cent is a cent    | BUY  | 100 | 0.0001 | 100.51 | 0.01",
    "an exact amount stays exact   | BUY  | 200 | 100    | 211    | 1000.00",
    "a trade the lead lost costs nothing | BUY | 200 | 5 | 190 | 0.00",
    "a sell missed before the price fell | SELL | 200 | 2  | 190 | 18.00",
  })
  void aMissedCopyCostsWhatACorrectCopyWouldHaveMade(String what, String side, String price, String quantity, String exit, String compensation) {
    OrderFinding order = only(leadWithExit("LO-1", "SOLUSDT", side, price, quantity, exit),
        copy("LO-1", "SOLUSDT", side, "NOT_PLACED", price, null, quantity, "0", "FOLLOWER_MARGIN_CHECK_TIMEOUT", null));

    assertThat(reconciliation.compensation(order, true)).isEqualTo(new BigDecimal(compensation));
  }

  @Test
  void aPartFillBeyondTheCapIsCompensatedForThePriceAndTheRestOnlyWhenTheDecisionSaysSo() {
    // 4 of 10 SOL filled at 202 (cap price 201): 4 USDT beyond the cap; 6 missed up to the exit 211: 60 USDT.
    OrderFinding order = only(leadWithExit("LO-1", "SOLUSDT", "BUY", "200", "10", "211"),
        copy("LO-1", "SOLUSDT", "BUY", "PARTIALLY_FILLED", "200", "202", "10", "4", null, AT));

    assertThat(order.verdicts()).containsExactly(Verdict.SLIPPAGE_BEYOND_CAP, Verdict.PARTLY_FILLED);
    assertThat(reconciliation.compensation(order, true)).isEqualTo(new BigDecimal("64.00"));
    assertThat(reconciliation.compensation(order, false)).isEqualTo(new BigDecimal("4.00"));
  }

  @Test
  void aLateCopyWithinTheCapCostNothing() {
    OrderFinding order = only(lead("LO-1", "BTCUSDT", "BUY", "90000", "0.1"), filled("LO-1", "BTCUSDT", "BUY", "90000", "90200", "0.1", AT.plusSeconds(30)));

    assertThat(order.verdicts()).containsExactly(Verdict.LATE);
    assertThat(reconciliation.compensation(order, true)).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void aPairNotQuotedInUsdtHasNoAmountTheDeskCanCompute() {
    OrderFinding order = only(leadWithExit("LO-1", "ETHBTC", "BUY", "0.035", "1", "0.04"),
        copy("LO-1", "ETHBTC", "BUY", "NOT_PLACED", "0.035", null, "1", "0", "FOLLOWER_MARGIN_CHECK_TIMEOUT", null));

    assertThat(reconciliation.compensation(order, true)).isNull();
  }

  private OrderFinding only(LeadOrder lead, CopyTradingOrder copy) {
    Reconciled reconciled = reconciliation.reconcile(LEAD, List.of(lead), copy == null ? List.of() : List.of(copy), null);
    assertThat(reconciled.orders()).hasSize(1);
    return reconciled.orders().get(0);
  }

  /** A filled market order of the lead; the follower's settings give a tenth of its quantity. */
  private static LeadOrder lead(String id, String symbol, String side, String price, String quantity) {
    return leadWithExit(id, symbol, side, price, quantity, price);
  }

  private static LeadOrder leadWithExit(String id, String symbol, String side, String price, String quantity, String exit) {
    BigDecimal q = new BigDecimal(quantity);
    return new LeadOrder(id, LEAD, symbol, side, "MARKET", "FILLED", new BigDecimal(price), q, q, AT, AT,
        q.divide(BigDecimal.TEN), new BigDecimal(exit), null);
  }

  private static CopyTradingOrder filled(String leadOrderId, String symbol, String side, String leadPrice, String fill, String quantity, Instant placedAt) {
    return copy(leadOrderId, symbol, side, "FILLED", leadPrice, fill, quantity, quantity, null, placedAt);
  }

  private static CopyTradingOrder copy(String leadOrderId, String symbol, String side, String status, String leadPrice, String fill,
      String quantity, String filled, String failureReason, Instant placedAt) {
    return new CopyTradingOrder("C-" + leadOrderId, LEAD, leadOrderId, symbol, side, status, new BigDecimal(leadPrice),
        fill == null ? null : new BigDecimal(fill), new BigDecimal(quantity), new BigDecimal(filled), failureReason, AT, placedAt);
  }
}
