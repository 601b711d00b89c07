package io.casedesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.casetype.Groups;
import io.casedesk.i18n.DeskMessages;
import io.casedesk.i18n.DeskNames;
import io.casedesk.i18n.SupportedLanguage;
import io.casedesk.i18n.internal.Bundles;
import io.casedesk.routing.LanguageQueues;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.Chromium;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TasklistBrowser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agents and supervisors in Camunda Tasklist, in a real headless Chromium ({@link Chromium}), in the
 * browser's language: an agent finds the case in the queue by its number, sees on the card and in the
 * form which case it is and how its SLA stands, opens a document from the form, approves and
 * completes without an error; a Chinese agent sees no English on the filters, the task list, the task
 * and its form; a supervisor browses every queue and reassigns a task.
 */
@CaseDeskTest
@ExtendWith(Chromium.class)
class TasklistBrowserTests {

  @LocalServerPort int port;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired Bundles bundles;
  @Autowired DeskMessages messages;
  @Autowired DeskNames names;
  @Autowired TaskService taskService;
  @Autowired JdbcClient jdbc;

  TasklistBrowser tasklist;

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
    engine.reset();
  }

  @ParameterizedTest(name = "{1} agent")
  @CsvSource({
    "en-US, en, 10000001, agentEn, Emma, Brown",
    "zh-CN, zh, 10000007, agentZh, Wei, Zhang",
  })
  void anAgentFindsTheCaseByNumberOpensADocumentAndApproves(
      String browserLanguage, String tag, String uid, String agent, String firstName, String lastName) {
    SupportedLanguage language = SupportedLanguage.of(tag).orElseThrow();
    String before = api.openCase(kycCase(uid, browserLanguage, language));
    String caseNumber = api.openCase(kycCase(uid, browserLanguage, language));
    String after = api.openCase(kycCase(uid, browserLanguage, language));
    String taskName = bundles.load("casetypes/kyc-verification/tasks", language)
        .getProperty("kyc-verification.Task_ReviewApplication", "Review KYC application");
    String queue = names.queue(LanguageQueues.variant("kyc", language), language).orElseThrow();

    tasklist = new TasklistBrowser(port, browserLanguage, getClass().getSimpleName() + "-agent-" + tag);
    try {
      tasklist.step("login", () -> tasklist.logIn(agent, CaseApi.DEMO_PASSWORD));
      tasklist.step("queue", () -> tasklist.openFilter(queue));
      if (language == SupportedLanguage.ZH) {
        tasklist.step("filters-in-chinese", () -> tasklist.noEnglish("section.task-filters, section.tasks-list", Set.of(firstName, lastName)));
      }

      tasklist.step("find-by-number", () -> {
        tasklist.searchTaskVariable(TaskCard.CASE_NUMBER, caseNumber);
        String[] shown = {caseNumber, names.process("kyc-verification", "KYC verification", language), messages.text("sla.ON_TIME", language)};
        assertThat(tasklist.cardText(caseNumber, shown)).contains(shown)
            .doesNotContain(before, after);
      });

      tasklist.step("open", () -> tasklist.openTask(caseNumber, taskName));
      tasklist.step("claim", tasklist::claim);
      tasklist.step("header", () -> {
        tasklist.formShows(messages.text("channel.EMAIL_TICKET", language));
        tasklist.formShows(messages.text("tier.STANDARD", language));
        tasklist.formShows("UTC");
      });

      tasklist.step("document", () -> {
        String served = tasklist.openDocument(messages.text("documentKind.PASSPORT", language));
        assertThat(served).contains("/demo-back-office/documents/passport.png");
        assertThat(jdbc.sql("select viewer || ' ' || outcome from cd_document_view where case_number = :n").param("n", caseNumber)
            .query(String.class).list()).containsExactly(agent + " VIEWED");
      });

      if (language == SupportedLanguage.ZH) {
        tasklist.step("task-in-chinese", () -> tasklist.noEnglish("section.task-card", Set.copyOf(List.of(firstName, lastName, "Wei", "Li", "CN", "SG"))));
      }

      String approve = bundles.loadAll("forms/i18n", language).getProperty("kyc-review.Field_decision.values.APPROVE", "Approve");
      tasklist.step("approve", () -> tasklist.choose(approve));
      tasklist.step("complete", tasklist::complete);
    } finally {
      engine.runDueJobs();
    }

    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
    assertThat(api.view(caseNumber).at("/notifications/0/template").asText()).isEqualTo("kyc-approved");
    assertThat(api.view(before).get("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void aSupervisorBrowsesEveryQueueAndReassignsATask() {
    String caseNumber = api.openCase(kycCase("10000001", "en", SupportedLanguage.EN));
    Task review = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    taskService.setAssignee(review.getId(), "agentEn");
    SupportedLanguage english = SupportedLanguage.EN;
    List<String> queues = new ArrayList<>();
    for (String queue : List.of("support", "kyc")) {
      for (SupportedLanguage language : SupportedLanguage.values()) {
        queues.add(names.queue(LanguageQueues.variant(queue, language), english).orElseThrow());
      }
    }
    for (String specialists : List.of(Groups.VIP_CONCIERGE, Groups.SECURITY, Groups.TRADING_DESK, Groups.COMPLIANCE)) {
      queues.add(names.queue(specialists, english).orElseThrow());
    }
    queues.add(messages.text("filter.escalated", english));

    tasklist = new TasklistBrowser(port, "en-US", getClass().getSimpleName() + "-supervisor");
    tasklist.step("login", () -> tasklist.logIn("supervisor1", CaseApi.DEMO_PASSWORD));
    tasklist.step("every-queue", () -> {
      assertThat(tasklist.filterNames()).containsAll(queues)
          .contains(messages.text("filter.myTasks", english), messages.text("filter.myQueues", english));
      queues.forEach(tasklist::openFilter);
    });
    tasklist.step("may-create-filters", () -> tasklist.visible(By.cssSelector("section.task-filters header button[ng-click='openModal($event)']")));

    String kycEnglish = names.queue("kycEn", english).orElseThrow();
    tasklist.step("find", () -> {
      tasklist.openFilter(kycEnglish);
      tasklist.searchTaskVariable(TaskCard.CASE_NUMBER, caseNumber);
      tasklist.openTask(caseNumber, "Review KYC application");
    });
    tasklist.step("reassign", () -> {
      tasklist.until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card li.assignee"), "Emma Brown"));
      tasklist.reassign("kyc1");
      tasklist.until.until(d -> "kyc1".equals(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()));
      tasklist.until.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.task-card li.assignee"), "Kim Nguyen"));
    });
  }

  /** A KYC application in the language, the customer's own words in it as well. */
  private ObjectNode kycCase(String uid, String locale, SupportedLanguage language) {
    ObjectNode request = api.kycCase(uid, locale);
    if (language == SupportedLanguage.ZH) {
      request.put("subject", "请验证我的账户");
      request.put("description", "我想提高提币限额。");
    }
    return request;
  }
}
