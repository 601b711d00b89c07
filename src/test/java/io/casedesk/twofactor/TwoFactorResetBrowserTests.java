package io.casedesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TasklistBrowser;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 2FA reset opened through the case API runs end to end in Camunda Tasklist (headless Chromium) in the
 * customer's language: the takeover checks ran before anyone looked, security opens its queue, finds the
 * task named in the case language, reads the check results in that language, approves; the back office
 * resets 2FA and locks withdrawals. Runs with {@code mvn verify -Pbrowser-tests}.
 */
@CaseDeskTest
@TestClock("2026-12-01T10:00:00Z")
class TwoFactorResetBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired Bundles bundles;
  @Autowired LedgerPort ledger;
  @Autowired JdbcClient jdbc;

  TasklistBrowser tasklist;

  @BeforeEach
  void demoAccountsAsShipped() {
    TwoFactorRequests.restoreDemoAccounts(jdbc);
  }

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
    TwoFactorRequests.restoreDemoAccounts(jdbc);
  }

  @ParameterizedTest(name = "case in {0}")
  @CsvSource({
    "zh-CN, zh, " + TwoFactorRequests.CLEAN_ZH + ", 工单, 无被盗迹象",
    "es-ES, es, " + TwoFactorRequests.CLEAN + ", Caso, Sin indicios de toma de cuenta",
  })
  void securityApprovesALowRiskResetInTheCustomersLanguage(String locale, String language, String uid, String caseLabel, String takeoverNote) {
    SupportedLanguage lang = SupportedLanguage.of(language).orElseThrow();
    String taskName = bundles.load("casetypes/two-factor-reset/tasks", lang).getProperty("two-factor-reset.Task_ReviewReset");
    Properties form = bundles.loadAll("forms/i18n", lang);
    String caseNumber = api.openCase(TwoFactorRequests.reset(api, uid, locale));
    engine.runDueJobs(); // the takeover checks and the risk decision, before anyone is asked

    tasklist = new TasklistBrowser(port, locale, getClass().getSimpleName());
    try {
      tasklist.step("login", () -> tasklist.logIn("security1", CaseApi.DEMO_PASSWORD));
      tasklist.step("queue", () -> tasklist.openTask("Security", caseNumber, taskName));
      tasklist.step("claim", tasklist::claim);
      tasklist.step("form", () -> {
        assertThat(tasklist.label("Field_caseNumber")).isEqualTo(caseLabel);
        assertThat(tasklist.field("Field_takeoverNote", takeoverNote)).startsWith(takeoverNote);
        assertThat(tasklist.label("Field_riskNote")).isEqualTo(form.getProperty("two-factor-review.Field_riskNote.label"));
        tasklist.choose(form.getProperty("two-factor-review.Field_decision.values.APPROVE"));
      });
      tasklist.step("complete", tasklist::complete);
    } finally {
      engine.runDueJobs();
    }

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    assertThat(api.view(caseNumber).at("/notifications/0/template").asText()).isEqualTo("two-factor-reset-done");
    assertThat(api.view(caseNumber).at("/notifications/0/locale").asText()).isEqualTo(language);
    var profile = ledger.profile(uid).orElseThrow();
    assertThat(profile.twoFactorEnabled()).isFalse();
    assertThat(profile.withdrawalsLockedUntil()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z").plus(Duration.ofHours(48)));
  }
}
