package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.casedesk.ledger.Account;
import io.casedesk.ledger.AccountProfile;
import io.casedesk.ledger.AccountStatus;
import io.casedesk.ledger.AddressOwner;
import io.casedesk.ledger.CreditRequest;
import io.casedesk.ledger.Deposit;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.SecurityChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the back office adapter against the API in
 * src/main/resources/ledger/exchange-back-office-api.yaml: paths, bodies, the bearer token, and how
 * 404, 5xx and timeouts reach CaseDesk.
 */
class HttpLedgerTests {

  static final String TOKEN = "test-token-7f3a";

  WireMockServer backOffice;
  HttpLedger ledger;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    ledger = new HttpLedger(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void readsAnAccountWithTheBearerToken() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000001")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(okJson("{\"uid\":\"10000001\",\"email\":\"li.wei@example.com\",\"status\":\"ACTIVE\",\"kycLevel\":1}")));

    assertThat(ledger.findAccount("10000001")).contains(new Account("10000001", "li.wei@example.com", AccountStatus.ACTIVE, 1));
  }

  @Test
  void anUnknownAccountIsEmptyOrAnError() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/99999999")).willReturn(notFound()));
    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/99999999/kyc-level")).willReturn(notFound()));

    assertThat(ledger.findAccount("99999999")).isEmpty();
    assertThatThrownBy(() -> ledger.setKycLevel("99999999", 2)).isInstanceOf(UnknownAccountException.class);
  }

  @Test
  void setsTheKycLevel() {
    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/10000002/kyc-level")).willReturn(aResponse().withStatus(204)));

    ledger.setKycLevel("10000002", 2);

    backOffice.verify(putRequestedFor(urlEqualTo("/api/v1/accounts/10000002/kyc-level")).withRequestBody(equalToJson("{\"kycLevel\":2}")));
  }

  @Test
  void tellsWhoseDepositAddressItIs() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/deposit-addresses/XRP/rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"))
        .withQueryParam("memo", equalTo("104729"))
        .willReturn(okJson("{\"ownership\":\"CUSTOMER\",\"customerUid\":\"10000005\"}")));
    backOffice.stubFor(get(urlEqualTo("/api/v1/deposit-addresses/XRP/rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"))
        .willReturn(okJson("{\"ownership\":\"EXCHANGE_WITHOUT_MEMO\",\"customerUid\":null}")));
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/deposit-addresses/ETHEREUM/0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")).willReturn(notFound()));

    assertThat(ledger.addressOwner("XRP", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", "104729")).isEqualTo(AddressOwner.customer("10000005"));
    assertThat(ledger.addressOwner("XRP", "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh", null).ownership())
        .isEqualTo(AddressOwner.Ownership.EXCHANGE_WITHOUT_MEMO);
    assertThat(ledger.addressOwner("ETHEREUM", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", null).ownership())
        .isEqualTo(AddressOwner.Ownership.NOT_EXCHANGE);
  }

  @Test
  void findsAndCreditsDeposits() {
    String deposit = """
        {"id":"DEP-20251104-0001","customerUid":"10000001","chain":"ETHEREUM","asset":"ETH",
         "txId":"0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6","amount":0.25,
         "creditedAt":"2025-11-04T10:12:00Z","creditedBy":"deposit-watcher"}
        """;
    backOffice.stubFor(get(urlEqualTo("/api/v1/deposits/ETHEREUM/0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6")).willReturn(okJson(deposit)));
    backOffice.stubFor(post(urlEqualTo("/api/v1/deposits/credits"))
        .withRequestBody(equalToJson("{\"customerUid\":\"10000001\",\"chain\":\"ETHEREUM\",\"asset\":\"ETH\",\"txId\":\"0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6\",\"amount\":0.25,\"requestedBy\":\"casedesk-trace\"}"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(deposit)));

    Deposit found = ledger.findDeposit("ETHEREUM", "0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6").orElseThrow();
    assertThat(found.ledgerEntryId()).isEqualTo("DEP-20251104-0001");
    assertThat(found.creditedAt()).isEqualTo(Instant.parse("2025-11-04T10:12:00Z"));

    Deposit credited = ledger.credit(new CreditRequest("10000001", "ETHEREUM", "ETH",
        "0x8c3f1e5b2a7d4c6e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6", new BigDecimal("0.25"), "casedesk-trace"));
    assertThat(credited).isEqualTo(found);
  }

  @Test
  void readsTheProfileAndTheCopyTradingOrders() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000008/profile")).willReturn(okJson("""
        {"account":{"uid":"10000008","email":"dmitry.petrov@example.com","status":"ACTIVE","kycLevel":1},
         "twoFactorEnabled":true,"withdrawalsLockedUntil":"2026-12-01T09:00:00Z",
         "whitelist":[{"chain":"TRON","address":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","memo":null,"label":"OTC desk",
                       "addedAt":"2026-11-22T18:00:00Z","usableFrom":"2026-11-24T18:00:00Z"}],
         "recentLogins":[{"deviceId":"unknown-linux-01","deviceName":"Firefox 132 on Linux","ipAddress":"185.220.101.7","country":"NL","at":"2026-11-23T03:12:00Z"}]}
        """)));
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/accounts/10000010/copy-trading-orders"))
        .withQueryParam("from", equalTo("2026-11-18T00:00:00Z"))
        .willReturn(okJson("""
            [{"id":"CPY-0001","leadTrader":"alphawhale","leadOrderId":"LO-88120","symbol":"BTCUSDT","side":"BUY","status":"NOT_PLACED",
              "leadPrice":91250.5,"fillPrice":null,"quantity":0.02,"filledQuantity":0,"failureReason":"FOLLOWER_MARGIN_CHECK_TIMEOUT",
              "leadPlacedAt":"2026-11-18T14:00:02Z","placedAt":null}]
            """)));

    AccountProfile profile = ledger.profile("10000008").orElseThrow();
    assertThat(profile.withdrawalsLockedUntil()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(profile.recentLogins()).singleElement().satisfies(l -> assertThat(l.ipAddress()).isEqualTo("185.220.101.7"));
    assertThat(ledger.copyTradingOrders("10000010", Instant.parse("2026-11-18T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z")))
        .singleElement().satisfies(o -> assertThat(o.failureReason()).isEqualTo("FOLLOWER_MARGIN_CHECK_TIMEOUT"));
  }

  @Test
  void aFailingOrSlowBackOfficeIsUnavailable() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000001")).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> ledger.findAccount("10000001")).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000001")).willReturn(okJson("{}").withFixedDelay(2500)));
    assertThatThrownBy(() -> ledger.findAccount("10000001")).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(get(urlEqualTo("/api/v1/deposits/ETHEREUM/0x01")).willReturn(aResponse().withStatus(401)));
    assertThatThrownBy(() -> ledger.findDeposit("ETHEREUM", "0x01")).isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("401");
    backOffice.verify(getRequestedFor(urlEqualTo("/api/v1/deposits/ETHEREUM/0x01")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void readsSecurityChangesSinceATime() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/accounts/10000007/security-changes"))
        .withQueryParam("since", equalTo("2026-11-01T00:00:00Z"))
        .willReturn(okJson("""
            [{"kind":"EMAIL_CHANGE","at":"2026-11-29T03:12:00Z","detail":"to an address at a new domain"}]
            """)));

    assertThat(ledger.securityChanges("10000007", Instant.parse("2026-11-01T00:00:00Z")))
        .containsExactly(new SecurityChange(SecurityChange.Kind.EMAIL_CHANGE, Instant.parse("2026-11-29T03:12:00Z"), "to an address at a new domain"));
  }
}
