package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.casedesk.ledger.LeadTraderOrders.LeadOrder;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the lead traders' orders adapter against GET /copy-trading/lead-traders/{leadTrader}/orders
 * in src/main/resources/ledger/exchange-back-office-api.yaml, with 404, 5xx and timeouts.
 */
class HttpLeadTraderOrdersTests {

  static final Instant FROM = Instant.parse("2026-11-18T00:00:00Z");
  static final Instant TO = Instant.parse("2026-11-24T00:00:00Z");

  WireMockServer backOffice;
  HttpLeadTraderOrders orders;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    orders = new HttpLeadTraderOrders(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", "test-token-lead", Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void readsTheLeadsOrdersTheFollowerFollowed() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/lead-traders/alphawhale/orders"))
        .withHeader("Authorization", equalTo("Bearer test-token-lead"))
        .withQueryParam("follower", equalTo("10000010"))
        .withQueryParam("from", equalTo("2026-11-18T00:00:00Z"))
        .withQueryParam("to", equalTo("2026-11-24T00:00:00Z"))
        .willReturn(okJson("""
            [{"id":"LO-88120","leadTrader":"alphawhale","symbol":"BTCUSDT","side":"BUY","type":"MARKET","status":"FILLED",
              "price":91250.5,"quantity":0.5,"filledQuantity":0.5,"placedAt":"2026-11-18T14:00:02Z","filledAt":"2026-11-18T14:00:02Z",
              "copyQuantity":0.02,"exitPrice":93480.0,"exitedAt":"2026-11-21T10:00:00Z"},
             {"id":"LO-88231","leadTrader":"alphawhale","symbol":"ETHUSDT","side":"BUY","type":"LIMIT","status":"NEW",
              "price":3050,"quantity":10,"filledQuantity":0,"placedAt":"2026-11-23T08:00:00Z","filledAt":null,
              "copyQuantity":0.4,"exitPrice":3061.2,"exitedAt":null}]
            """)));

    var found = orders.followedOrders("alphawhale", "10000010", FROM, TO);

    assertThat(found.get(0)).isEqualTo(new LeadOrder("LO-88120", "alphawhale", "BTCUSDT", "BUY", "MARKET", "FILLED", new BigDecimal("91250.5"),
        new BigDecimal("0.5"), new BigDecimal("0.5"), Instant.parse("2026-11-18T14:00:02Z"), Instant.parse("2026-11-18T14:00:02Z"),
        new BigDecimal("0.02"), new BigDecimal("93480.0"), Instant.parse("2026-11-21T10:00:00Z")));
    assertThat(found.get(1).filled()).isFalse();
    assertThat(found.get(1).exitedAt()).as("still open: the exit price is the mark price").isNull();
  }

  @Test
  void anUnknownLeadTraderHasNoOrders() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/lead-traders/nobody/orders")).willReturn(notFound()));

    assertThat(orders.followedOrders("nobody", "10000010", FROM, TO)).isEmpty();
  }

  @Test
  void aFailingOrSlowBackOfficeIsUnavailable() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/lead-traders/alphawhale/orders")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> orders.followedOrders("alphawhale", "10000010", FROM, TO)).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/lead-traders/alphawhale/orders")).willReturn(okJson("[]").withFixedDelay(2500)));
    assertThatThrownBy(() -> orders.followedOrders("alphawhale", "10000010", FROM, TO)).isInstanceOf(LedgerUnavailableException.class);
  }
}
