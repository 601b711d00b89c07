package io.casedesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.casetype.Groups;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.ledger.LedgerPort;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.Chromium;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TasklistBrowser;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 2FA reset opened through the case API runs end to end in Camunda Tasklist (headless Chromium) in the
 * customer's language: the takeover checks ran before anyone looked, security opens its queue, finds the
 * task named in the case language, reads the check results in that language, approves; the back office
 * resets 2FA and locks withdrawals. The form's header names the case in that language; a Chinese agent
 * sees no English on the task and its form.
 */
@CaseDeskTest
@ExtendWith(Chromium.class)
@TestClock("2026-12-01T10:00:00Z")
class TwoFactorResetBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired Bundles bundles;
  @Autowired DeskNames names;
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
    var request = TwoFactorRequests.reset(api, uid, locale);
    if (lang == SupportedLanguage.ZH) {
      // The customer writes in Chinese.
      request.put("subject", "我的身份验证器丢了");
      request.put("description", "我的手机周五被偷了，身份验证器就装在上面。");
    }
    String caseNumber = api.openCase(request);
    engine.runDueJobs(); // the takeover checks and the risk decision, before anyone is asked

    tasklist = new TasklistBrowser(port, locale, getClass().getSimpleName());
    try {
      tasklist.step("login", () -> tasklist.logIn("security1", CaseApi.DEMO_PASSWORD));
      tasklist.step("queue", () -> tasklist.openTask(names.queue(Groups.SECURITY, lang).orElseThrow(), caseNumber, taskName));
      tasklist.step("claim", tasklist::claim);
      tasklist.step("form", () -> {
        tasklist.formShows(caseLabel);
        tasklist.formShows(caseNumber);
        assertThat(tasklist.field("Field_takeoverNote", takeoverNote)).startsWith(takeoverNote);
        assertThat(tasklist.label("Field_riskNote")).isEqualTo(form.getProperty("two-factor-review.Field_riskNote.label"));
        tasklist.choose(form.getProperty("two-factor-review.Field_decision.values.APPROVE"));
      });
      if (lang == SupportedLanguage.ZH) {
        tasklist.step("no-english", () -> tasklist.noEnglish("section.task-card", Set.of("Sergei Volkov", "Chrome 131 on macOS 15")));
      }
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
