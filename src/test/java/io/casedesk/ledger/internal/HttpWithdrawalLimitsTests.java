package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import io.casedesk.ledger.WithdrawalLimits.AccountLimits;
import io.casedesk.ledger.WithdrawalLimits.ConflictingLimitChangeException;
import io.casedesk.ledger.WithdrawalLimits.DailyLimitChange;
import io.casedesk.ledger.WithdrawalLimits.LimitChange;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the withdrawal-limit adapter against the API in
 * src/main/resources/ledger/exchange-back-office-api.yaml: paths, bodies, the bearer token and the
 * Idempotency-Key, and how 404, 409, 5xx, broken connections and timeouts reach CaseDesk.
 */
class HttpWithdrawalLimitsTests {

  static final String TOKEN = "test-token-7f3a";
  static final String CHANGE = """
      {"uid":"10000002","previousDailyLimitUsd":10000,"dailyLimitUsd":25000,"monthlyLimitUsd":150000,
       "idempotencyKey":"CD-2026-000042","changedAt":"2026-12-08T10:00:03Z"}
      """;

  WireMockServer backOffice;
  HttpWithdrawalLimits limits;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    limits = new HttpWithdrawalLimits(new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1)));
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void readsTheLimitsWithTheBearerToken() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(okJson("""
            {"uid":"10000002","dailyLimitUsd":10000,"monthlyLimitUsd":150000,"accountOpenedAt":"2025-03-01T09:00:00Z",
             "updatedAt":"2025-03-01T09:00:00Z"}
            """)));

    assertThat(limits.limits("10000002")).contains(new AccountLimits("10000002", new BigDecimal("10000"), new BigDecimal("150000"),
        Instant.parse("2025-03-01T09:00:00Z"), Instant.parse("2025-03-01T09:00:00Z")));
  }

  @Test
  void anUnknownAccountHasNoLimitsAndCannotGetOne() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/99999999/withdrawal-limits")).willReturn(notFound()));
    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/99999999/withdrawal-limits/daily")).willReturn(notFound()));

    assertThat(limits.limits("99999999")).isEmpty();
    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("99999999", BigDecimal.TEN, "CD-2026-000043", "casedesk")))
        .isInstanceOf(UnknownAccountException.class);
  }

  @Test
  void setsTheDailyLimitWithTheCaseNumberAsIdempotencyKey() {
    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits/daily"))
        .withHeader("Idempotency-Key", equalTo("CD-2026-000042"))
        .withRequestBody(equalToJson("{\"dailyLimitUsd\":25000,\"requestedBy\":\"casedesk\"}"))
        .willReturn(okJson(CHANGE)));

    LimitChange made = limits.setDailyLimit(new DailyLimitChange("10000002", new BigDecimal("25000"), "CD-2026-000042", "casedesk"));

    assertThat(made).isEqualTo(new LimitChange("10000002", new BigDecimal("10000"), new BigDecimal("25000"), new BigDecimal("150000"),
        "CD-2026-000042", Instant.parse("2026-12-08T10:00:03Z")));
    backOffice.verify(putRequestedFor(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits/daily"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN)).withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void aKeyUsedForAnotherChangeIsAConflictNotARetry() {
    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits/daily")).willReturn(aResponse().withStatus(409)));

    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("10000002", new BigDecimal("30000"), "CD-2026-000042", "kyc1")))
        .isInstanceOf(ConflictingLimitChangeException.class).hasMessageContaining("CD-2026-000042");
  }

  @Test
  void aFailingBrokenOrSlowBackOfficeIsUnavailable() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits")).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> limits.limits("10000002")).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> limits.limits("10000002")).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits/daily")).willReturn(okJson(CHANGE).withFixedDelay(2500)));
    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("10000002", new BigDecimal("25000"), "CD-2026-000042", "casedesk")))
        .isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(put(urlEqualTo("/api/v1/accounts/10000002/withdrawal-limits/daily")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> limits.setDailyLimit(new DailyLimitChange("10000002", new BigDecimal("25000"), "CD-2026-000042", "casedesk")))
        .isInstanceOf(LedgerUnavailableException.class);
  }
}
