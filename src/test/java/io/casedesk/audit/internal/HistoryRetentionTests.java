package io.casedesk.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Regulatory retention: every process and decision definition keeps its history five years, or what
 * casedesk.retention configures; the cleanup runs in a nightly window and removes a case's history
 * once that time has passed since the case ended.
 */
@CaseDeskTest
@TestClock("2027-02-15T08:00:00Z")
class HistoryRetentionTests {

  static final int FIVE_YEARS = 1825;

  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired ProcessEngine engine;
  @Autowired RetentionSettings settings;
  @Autowired EngineDriver driver;
  @Autowired CaseApi api;
  @Autowired TaskService taskService;

  @Test
  void theDesksModelsAndTablesKeepTheirHistoryFiveYears() throws IOException {
    for (String key : List.of("case-lifecycle", "customer-reply-wait", "kyc-verification", "deposit-trace", "two-factor-reset", "whitelist-change", "copy-trading-dispute")) {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
      assertThat(latest.getHistoryTimeToLive()).as(key).isEqualTo(FIVE_YEARS);
    }
    DecisionDefinition triage = repository.createDecisionDefinitionQuery().decisionDefinitionKey("sla-policy").latestVersion().singleResult();
    assertThat(triage.getHistoryTimeToLive()).isEqualTo(FIVE_YEARS);
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      models.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).forEach(model -> {
        try {
          assertThat(Files.readString(model)).as(model.toString()).contains("camunda:historyTimeToLive=\"P1825D\"").doesNotContain("P3650D");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void aConfiguredTimeToLiveIsAppliedToEveryVersionOfEveryDefinition() {
    RetentionSettings ten = new RetentionSettings();
    ten.setHistoryTimeToLive(Duration.ofDays(3650));
    ten.getPerDefinition().put("sla-policy", Duration.ofDays(2555));
    try {
      assertThat(new HistoryRetention(repository, ten).apply()).isPositive();
      assertThat(repository.createProcessDefinitionQuery().list()).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(3650));
      assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("sla-policy").list())
          .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(2555));
      assertThat(new HistoryRetention(repository, ten).apply()).as("nothing left to change").isZero();
    } finally {
      new HistoryRetention(repository, settings).apply();
    }
    assertThat(repository.createProcessDefinitionQuery().list()).allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).isEqualTo(FIVE_YEARS));
  }

  @Test
  void aTimeToLiveOfPartDaysIsRefused() {
    RetentionSettings odd = new RetentionSettings();
    odd.setHistoryTimeToLive(Duration.ofHours(36));
    assertThatThrownBy(() -> odd.days("kyc-verification")).hasMessageContaining("whole number of days");
  }

  @Test
  void theCleanupRunsAtNightAndAnEndedCaseIsKeptFiveYearsFromItsEnd() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);

    String caseNumber = api.openCase(api.kycCase(CaseApi.UID_OLGA, "en"));
    driver.advance(Duration.ofDays(1));
    String review = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    driver.as("kyc1", () -> taskService.complete(review,
        withVariables("decision", "REJECT", "reasonCode", "SELFIE_MISMATCH", "comment", "Another person")));
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
    HistoricProcessInstance lifecycle = instances.stream().filter(p -> p.getSuperProcessInstanceId() == null).findFirst().orElseThrow();
    assertThat(lifecycle.getEndTime()).isNotNull();
    // Every instance of the case goes with its root, five years after the case ended (not after it started).
    assertThat(instances).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> assertThat(p.getRemovalTime())
        .isEqualTo(java.util.Date.from(lifecycle.getEndTime().toInstant().plus(Duration.ofDays(FIVE_YEARS)))));
  }
}
