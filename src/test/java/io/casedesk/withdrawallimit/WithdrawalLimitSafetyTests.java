package io.casedesk.withdrawallimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's safety rules hold whatever the analysts' table says: with a new version of
 * withdrawal-limit.dmn that approves everything, a frozen account, an account with a recent security
 * change and an approval above the level's ceiling still reach a person, and nothing is applied.
 */
@CaseDeskTest
@TestClock(WithdrawalLimitProcessTests.NOW)
class WithdrawalLimitSafetyTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TestCases cases;
  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired LimitRequestsTestSupport limits;
  String brokenTable;

  @BeforeEach
  void deployATableThatApprovesEverything() throws IOException {
    limits.keepLimits();
    String table = Files.readString(Path.of("processes/withdrawal-limit.dmn"));
    // Only the last rule is left: approve at the requested limit, whatever the account.
    table = Pattern.compile("\\s*<rule id=\"Rule_(?!WithinCeiling)[\\s\\S]*?</rule>").matcher(table).replaceAll("");
    brokenTable = repositoryService.createDeployment().name("broken withdrawal-limit table").addString("withdrawal-limit.dmn", table).deploy().getId();
  }

  @AfterEach
  void removeTheTable() {
    try {
      limits.endOpenCasesAndRestoreLimits();
    } finally {
      repositoryService.deleteDeployment(brokenTable, true);
    }
  }

  @ParameterizedTest(name = "{0} asks {1}: {2} reviews")
  @CsvSource({
    "10000053, 60000, kycEn,      frozen",
    "10000064, 20000, kycEn,      closed",
    "10000055, 15000, kycEn,      2FA reset five days ago",
    "10000056, 60000, kycEn,      fine today (its e-mail changes on 14 December): approved",
  })
  void aTableThatApprovesEverythingCannotApproveAnUnsafeAccount(String uid, String amount, String group, String why) {
    String caseNumber = api.openCase(limits.request(uid, amount));
    engine.runDueJobs();
    ProcessInstance request = limits.instance(caseNumber);

    if (why.endsWith("approved")) {
      assertThat(request).isEnded().hasPassed("Task_SetDailyLimit");
      return;
    }
    assertThat(request).isWaitingAt("Task_ReviewRequest").hasNotPassed("Task_SetDailyLimit");
    assertThat(task(request)).hasCandidateGroup(group);
    assertThat(engine.engine().getRuntimeService().getVariable(request.getId(), WithdrawalLimitVariables.LIMIT_DECISION_REASON))
        .isEqualTo("SAFETY_OVERRIDE");
    assertThat((String) engine.engine().getRuntimeService().getVariable(request.getId(), WithdrawalLimitVariables.DECISION_EXPLANATION))
        .startsWith("The table approved, but the desk approves on its own only an active account")
        .contains("Rule 1 of 1 (Rule_WithinCeiling)", "version 2");
    assertThat(limits.decision(caseNumber).get("reason").asText()).isEqualTo("SAFETY_OVERRIDE");
  }
}
