package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TasklistBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An agent works a KYC case in Camunda Tasklist, in a real headless Chromium, in the browser's
 * language: logs in, opens the language queue, claims the task, sees the form with the case context,
 * approves, and the case is resolved. Needs Debian's chromium and chromium-driver (.ci/run installs
 * them); runs with {@code mvn verify -Pbrowser-tests}. Screenshots of a failing step land in
 * target/browser-screenshots.
 */
@CaseDeskTest
class TasklistBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired Bundles bundles;

  TasklistBrowser tasklist;

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
    engine.reset();
  }

  @ParameterizedTest(name = "{0} browser")
  @CsvSource({
    "en-US, en, 10000001, agentEn, Log in, Claim, Complete",
    "zh-CN, zh, 10000007, agentZh, 登录, 认领, 完成",
  })
  void anAgentApprovesAKycCaseInTheirLanguage(
      String browserLanguage, String language, String uid, String agent, String logIn, String claim, String complete) {
    SupportedLanguage lang = SupportedLanguage.of(language).orElseThrow();
    String taskName = bundles.load("casetypes/kyc-verification/tasks", lang).getProperty("kyc-verification.Task_ReviewApplication", "Review KYC application");
    String caseLabel = bundles.loadAll("forms/i18n", lang).getProperty("kyc-review.Field_caseNumber.label", "Case");
    String approve = bundles.loadAll("forms/i18n", lang).getProperty("kyc-review.Field_decision.values.APPROVE", "Approve");
    ObjectNode request = api.kycCase(uid, browserLanguage);
    String caseNumber = api.openCase(request);

    tasklist = new TasklistBrowser(port, browserLanguage, getClass().getSimpleName());
    try {
      tasklist.step("login", () -> assertThat(tasklist.logIn(agent, CaseApi.DEMO_PASSWORD)).isEqualTo(logIn));
      tasklist.step("queue", () -> tasklist.openTask("KYC (" + language + ")", caseNumber, taskName));
      tasklist.step("claim", () -> assertThat(tasklist.claim()).isEqualTo(claim));
      tasklist.step("form", () -> {
        assertThat(tasklist.field("Field_caseNumber", caseNumber)).isEqualTo(caseNumber);
        assertThat(tasklist.label("Field_caseNumber")).isEqualTo(caseLabel);
        tasklist.choose(approve);
      });
      tasklist.step("complete", () -> assertThat(tasklist.complete()).isEqualTo(complete));
    } finally {
      engine.runDueJobs();
    }

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    assertThat(api.view(caseNumber).at("/notifications/0/template").asText()).isEqualTo("kyc-approved");
  }
}
