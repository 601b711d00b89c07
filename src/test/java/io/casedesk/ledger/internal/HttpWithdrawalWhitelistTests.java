package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.WithdrawalWhitelist;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the whitelist adapter against src/main/resources/ledger/exchange-back-office-api.yaml:
 * paths, bodies, the idempotency keys, and how 404, 409, 5xx, dropped connections and timeouts reach the desk.
 */
class HttpWithdrawalWhitelistTests {

  static final String TOKEN = "test-token-7f3a";
  static final String ADDRESS = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
  static final String ENTRY = """
      {"chain":"ETHEREUM","asset":"USDT","address":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","memo":null,"label":"Hardware wallet",
       "addedAt":"2026-12-03T09:20:00Z","usableFrom":"2026-12-04T09:20:00Z","caseNumber":"CD-2026-000123"}
      """;

  WireMockServer backOffice;
  HttpWithdrawalWhitelist whitelist;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    whitelist = new HttpWithdrawalWhitelist(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void addsWithTheCaseAsIdempotencyKey() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000041/whitelist"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000123:add"))
        .withRequestBody(equalToJson("""
            {"chain":"ETHEREUM","asset":"USDT","address":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","label":"Hardware wallet",
             "usableFrom":"2026-12-04T09:20:00Z","caseNumber":"CD-2026-000123"}
            """))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(ENTRY)));

    WithdrawalWhitelist.Entry entry = whitelist.add(addition());

    assertThat(entry).isEqualTo(new WithdrawalWhitelist.Entry("ETHEREUM", "USDT", ADDRESS, null, "Hardware wallet",
        Instant.parse("2026-12-03T09:20:00Z"), Instant.parse("2026-12-04T09:20:00Z"), "CD-2026-000123"));
  }

  @Test
  void aReplayedAdditionIsAnsweredAsTheFirstOne() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000041/whitelist")).willReturn(okJson(ENTRY)));
    assertThat(whitelist.add(addition()).usableFrom()).isEqualTo(Instant.parse("2026-12-04T09:20:00Z"));
  }

  @Test
  void anAddressTheWhitelistHoldsAndAnUnknownAccountAreRefusedAsSuch() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000041/whitelist")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Already on the whitelist\",\"status\":409}")));
    assertThatThrownBy(() -> whitelist.add(addition())).isInstanceOf(WithdrawalWhitelist.AlreadyWhitelistedException.class);

    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/99999999/whitelist")).willReturn(notFound()));
    assertThatThrownBy(() -> whitelist.add(new WithdrawalWhitelist.Addition("99999999", "ETHEREUM", "ETH", ADDRESS, null, null,
        Instant.parse("2026-12-04T09:20:00Z"), "CD-2026-000124"))).isInstanceOf(UnknownAccountException.class);
  }

  @Test
  void removesWithTheCaseAsIdempotencyKey() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000044/whitelist/removals"))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000125:remove"))
        .withRequestBody(equalToJson("{\"chain\":\"XRP\",\"address\":\"rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe\",\"memo\":\"90210\",\"caseNumber\":\"CD-2026-000125\"}"))
        .willReturn(okJson("""
            {"changed":true,"entry":{"chain":"XRP","asset":"XRP","address":"rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe","memo":"90210",
             "label":"Other exchange","addedAt":"2026-03-02T11:30:00Z","usableFrom":"2026-03-03T11:30:00Z","caseNumber":null}}
            """)));
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000044/whitelist/removals"))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000126:remove"))
        .willReturn(okJson("{\"changed\":false}")));

    assertThat(whitelist.remove(new WithdrawalWhitelist.Removal("10000044", "XRP", "rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe", "90210", "CD-2026-000125")))
        .hasValueSatisfying(e -> assertThat(e.label()).isEqualTo("Other exchange"));
    assertThat(whitelist.remove(new WithdrawalWhitelist.Removal("10000044", "ETHEREUM", ADDRESS, null, "CD-2026-000126"))).isEmpty();
    backOffice.verify(postRequestedFor(urlEqualTo("/api/v1/accounts/10000044/whitelist/removals")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void cancelsWhatACaseAdded() {
    backOffice.stubFor(delete(urlEqualTo("/api/v1/accounts/10000041/whitelist/additions/CD-2026-000123"))
        .willReturn(okJson("{\"changed\":true,\"entry\":" + ENTRY + "}")));
    backOffice.stubFor(delete(urlEqualTo("/api/v1/accounts/10000041/whitelist/additions/CD-2026-000127")).willReturn(okJson("{\"changed\":false}")));
    backOffice.stubFor(delete(urlEqualTo("/api/v1/accounts/99999999/whitelist/additions/CD-2026-000128")).willReturn(notFound()));

    assertThat(whitelist.cancelAddition("10000041", "CD-2026-000123")).hasValueSatisfying(e -> assertThat(e.address()).isEqualTo(ADDRESS));
    assertThat(whitelist.cancelAddition("10000041", "CD-2026-000127")).isEmpty();
    assertThatThrownBy(() -> whitelist.cancelAddition("99999999", "CD-2026-000128")).isInstanceOf(UnknownAccountException.class);
  }

  @Test
  void aFailingDroppedOrSlowBackOfficeIsUnavailableSoTheStepIsRetried() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000041/whitelist")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> whitelist.add(addition())).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000041/whitelist")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> whitelist.add(addition())).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(post(urlEqualTo("/api/v1/accounts/10000044/whitelist/removals")).willReturn(okJson("{\"changed\":false}").withFixedDelay(2500)));
    assertThatThrownBy(() -> whitelist.remove(new WithdrawalWhitelist.Removal("10000044", "ETHEREUM", ADDRESS, null, "CD-2026-000129")))
        .isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(delete(urlEqualTo("/api/v1/accounts/10000041/whitelist/additions/CD-2026-000123")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> whitelist.cancelAddition("10000041", "CD-2026-000123")).isInstanceOf(LedgerUnavailableException.class);
  }

  private static WithdrawalWhitelist.Addition addition() {
    return new WithdrawalWhitelist.Addition("10000041", "ETHEREUM", "USDT", ADDRESS, null, "Hardware wallet",
        Instant.parse("2026-12-04T09:20:00Z"), "CD-2026-000123");
  }
}
