package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.casedesk.ledger.CopyTradingCompensation.CompensationConflictException;
import io.casedesk.ledger.CopyTradingCompensation.CompensationRequest;
import io.casedesk.ledger.CopyTradingCompensation.Credit;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the compensation adapter against POST /copy-trading/compensations in
 * src/main/resources/ledger/exchange-back-office-api.yaml: the idempotency key, the replay of a credit
 * booked before (a retried job after a timeout), the conflict, 404, 5xx and timeouts.
 */
class HttpCopyTradingCompensationTests {

  static final String TOKEN = "test-token-c0py";
  static final CompensationRequest REQUEST = new CompensationRequest(
      "CD-2026-000042", "LO-88120", "10000010", "USDT", new BigDecimal("39.12"), "Copy-trading compensation: LO-88120 not placed", "trader1");
  static final String BODY = """
      {"caseNumber":"CD-2026-000042","orderId":"LO-88120","customerUid":"10000010","asset":"USDT","amount":39.12,
       "reason":"Copy-trading compensation: LO-88120 not placed","requestedBy":"trader1"}
      """;
  static final String CREDIT = """
      {"id":"CMP-7F3A21","caseNumber":"CD-2026-000042","orderId":"LO-88120","customerUid":"10000010","asset":"USDT","amount":39.12,
       "creditedAt":"2026-11-24T12:01:00Z","requestedBy":"trader1"}
      """;

  WireMockServer backOffice;
  HttpCopyTradingCompensation compensation;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    compensation = new HttpCopyTradingCompensation(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void creditsWithTheCaseAndOrderAsIdempotencyKey() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000042:LO-88120"))
        .withRequestBody(equalToJson(BODY))
        .willReturn(created()));

    Credit credit = compensation.credit(REQUEST);

    assertThat(credit).isEqualTo(new Credit("CMP-7F3A21", "CD-2026-000042", "LO-88120", "10000010", "USDT", new BigDecimal("39.12"),
        Instant.parse("2026-11-24T12:01:00Z"), "trader1"));
  }

  @Test
  void aRetryAfterATimeoutGetsTheCreditTheBackOfficeBookedBefore() {
    // The first call is booked by the back office but its answer comes too late; the job is retried.
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).inScenario("retry").whenScenarioStateIs(STARTED)
        .willReturn(created().withFixedDelay(2500)).willSetStateTo("booked"));
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).inScenario("retry").whenScenarioStateIs("booked")
        .willReturn(okJson(CREDIT)));

    assertThatThrownBy(() -> compensation.credit(REQUEST)).isInstanceOf(LedgerUnavailableException.class);
    Credit replayed = compensation.credit(REQUEST);

    assertThat(replayed.id()).isEqualTo("CMP-7F3A21");
    backOffice.verify(2, postRequestedFor(urlEqualTo("/api/v1/copy-trading/compensations"))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000042:LO-88120")).withRequestBody(equalToJson(BODY)));
  }

  @Test
  void theSameKeyWithAnotherAmountIsAConflict() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).willReturn(aResponse().withStatus(409)));

    assertThatThrownBy(() -> compensation.credit(REQUEST)).isInstanceOf(CompensationConflictException.class).hasMessageContaining("LO-88120");
  }

  @Test
  void anAnswerForAnotherAmountIsNotTakenAsThisCredit() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).willReturn(okJson(CREDIT.replace("39.12", "12.00"))));

    assertThatThrownBy(() -> compensation.credit(REQUEST)).isInstanceOf(CompensationConflictException.class);
  }

  @Test
  void anUnknownAccountIsRefusedAndAFailingBackOfficeIsUnavailable() {
    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(() -> compensation.credit(REQUEST)).isInstanceOf(UnknownAccountException.class);

    backOffice.stubFor(post(urlEqualTo("/api/v1/copy-trading/compensations")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> compensation.credit(REQUEST)).isInstanceOf(LedgerUnavailableException.class);
  }

  @Test
  void listsTheCreditsOfACase() {
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/compensations")).withQueryParam("caseNumber", equalTo("CD-2026-000042"))
        .willReturn(okJson("[" + CREDIT + "]")));
    backOffice.stubFor(get(urlPathEqualTo("/api/v1/copy-trading/compensations")).withQueryParam("caseNumber", equalTo("CD-2026-000043"))
        .willReturn(okJson("[]")));

    assertThat(compensation.credits("CD-2026-000042")).extracting(Credit::amount).containsExactly(new BigDecimal("39.12"));
    assertThat(compensation.credits("CD-2026-000043")).isEmpty();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREDIT);
  }
}
