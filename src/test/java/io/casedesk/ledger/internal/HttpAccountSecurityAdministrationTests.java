package io.casedesk.ledger.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import io.casedesk.ledger.AccountSecurityAdministration.TwoFactorReset;
import io.casedesk.ledger.AccountSecurityAdministration.WithdrawalLock;
import io.casedesk.ledger.AccountStanding;
import io.casedesk.ledger.LedgerPort.LedgerUnavailableException;
import io.casedesk.ledger.LedgerPort.UnknownAccountException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test of the account security and standing adapters against the API in
 * src/main/resources/ledger/exchange-back-office-api.yaml: paths named by the case number (so a retry
 * lands on the same reset or lock), bodies, the bearer token, and how 404, 5xx and timeouts reach CaseDesk.
 */
class HttpAccountSecurityAdministrationTests {

  static final String TOKEN = "test-token-2fa9";
  static final String CASE = "CD-2026-000042";
  static final String RESET = "/api/v1/accounts/10000037/two-factor-resets/" + CASE;
  static final String LOCK = "/api/v1/accounts/10000037/withdrawal-locks/" + CASE;

  WireMockServer backOffice;
  HttpAccountSecurityAdministration security;
  HttpAccountStanding standings;

  @BeforeEach
  void start() {
    backOffice = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    backOffice.start();
    BackOfficeHttp http = new BackOfficeHttp(backOffice.baseUrl() + "/api/v1", TOKEN, Duration.ofSeconds(1));
    security = new HttpAccountSecurityAdministration(http);
    standings = new HttpAccountStanding(http);
  }

  @AfterEach
  void stop() {
    backOffice.stop();
  }

  @Test
  void resetsTwoFactorOncePerCaseWithAPutOfTheCasesReset() {
    String reset = "{\"uid\":\"10000037\",\"caseNumber\":\"" + CASE + "\",\"resetAt\":\"2026-12-01T10:00:03Z\"}";
    backOffice.stubFor(put(urlEqualTo(RESET)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(reset)));

    assertThat(security.resetTwoFactor("10000037", CASE)).isEqualTo(new TwoFactorReset("10000037", CASE, Instant.parse("2026-12-01T10:00:03Z")));

    // A repeat is answered with the first reset, 200: the adapter reads it the same way.
    backOffice.stubFor(put(urlEqualTo(RESET)).willReturn(okJson(reset)));
    assertThat(security.resetTwoFactor("10000037", CASE).resetAt()).isEqualTo(Instant.parse("2026-12-01T10:00:03Z"));
    backOffice.verify(2, putRequestedFor(urlEqualTo(RESET)));
  }

  @Test
  void locksAndLiftsTheCasesLock() {
    backOffice.stubFor(put(urlEqualTo(LOCK)).withRequestBody(equalToJson("{\"lockedUntil\":\"2026-12-03T10:00:00Z\"}"))
        .willReturn(okJson("""
            {"uid":"10000037","caseNumber":"CD-2026-000042","lockedAt":"2026-12-01T10:00:00Z","lockedUntil":"2026-12-03T10:00:00Z","liftedAt":null}
            """)));
    backOffice.stubFor(delete(urlEqualTo(LOCK)).willReturn(okJson("""
        {"uid":"10000037","caseNumber":"CD-2026-000042","lockedAt":"2026-12-01T10:00:00Z","lockedUntil":"2026-12-03T10:00:00Z","liftedAt":"2026-12-03T10:00:05Z"}
        """)));

    WithdrawalLock lock = security.lockWithdrawals("10000037", CASE, Instant.parse("2026-12-03T10:00:00Z"));
    assertThat(lock).isEqualTo(new WithdrawalLock("10000037", CASE, Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-03T10:00:00Z"), null));
    assertThat(security.liftWithdrawalLock("10000037", CASE)).get().extracting(WithdrawalLock::liftedAt)
        .isEqualTo(Instant.parse("2026-12-03T10:00:05Z"));
    backOffice.verify(deleteRequestedFor(urlEqualTo(LOCK)).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
  }

  @Test
  void anUnknownAccountOrLockIsAnErrorOrNothingToLift() {
    backOffice.stubFor(put(urlEqualTo(RESET)).willReturn(notFound()));
    backOffice.stubFor(put(urlEqualTo(LOCK)).willReturn(notFound()));
    backOffice.stubFor(delete(urlEqualTo(LOCK)).willReturn(notFound()));
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000037/standing")).willReturn(notFound()));

    assertThatThrownBy(() -> security.resetTwoFactor("10000037", CASE)).isInstanceOf(UnknownAccountException.class);
    assertThatThrownBy(() -> security.lockWithdrawals("10000037", CASE, Instant.now())).isInstanceOf(UnknownAccountException.class);
    assertThat(security.liftWithdrawalLock("10000037", CASE)).isEmpty();
    assertThat(standings.standing("10000037")).isEmpty();
  }

  @Test
  void aFailingSlowOrUnreachableBackOfficeIsUnavailableSoTheStepIsRetried() {
    backOffice.stubFor(put(urlEqualTo(RESET)).willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(() -> security.resetTwoFactor("10000037", CASE)).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(put(urlEqualTo(LOCK)).willReturn(okJson("{}").withFixedDelay(2500)));
    assertThatThrownBy(() -> security.lockWithdrawals("10000037", CASE, Instant.now())).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(delete(urlEqualTo(LOCK)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> security.liftWithdrawalLock("10000037", CASE)).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/10000037/standing")).willReturn(aResponse().withStatus(500)));
    assertThatThrownBy(() -> standings.standing("10000037")).isInstanceOf(LedgerUnavailableException.class);

    backOffice.stubFor(put(urlEqualTo(RESET)).willReturn(aResponse().withStatus(409)));
    assertThatThrownBy(() -> security.resetTwoFactor("10000037", CASE)).isInstanceOf(LedgerUnavailableException.class).hasMessageContaining("409");
  }

  @Test
  void readsTheStanding() {
    backOffice.stubFor(get(urlEqualTo("/api/v1/accounts/20000003/standing")).willReturn(okJson("""
        {"uid":"20000003","openedAt":"2025-01-15T09:00:00Z","balanceUsd":587000.00,"pricedAt":"2026-12-01T00:00:00Z",
         "holdings":[{"asset":"BTC","amount":3.5,"usdPrice":92000,"usdValue":322000.00},
                     {"asset":"USDT","amount":265000,"usdPrice":1,"usdValue":265000.00},
                     {"asset":"NEWCOIN","amount":12,"usdPrice":null,"usdValue":null}]}
        """)));

    AccountStanding.Standing standing = standings.standing("20000003").orElseThrow();
    assertThat(standing.openedAt()).isEqualTo(Instant.parse("2025-01-15T09:00:00Z"));
    assertThat(standing.balanceUsd()).isEqualByComparingTo("587000");
    assertThat(standing.holdings()).hasSize(3);
    assertThat(standing.unpricedAssets()).containsExactly("NEWCOIN");
  }
}
