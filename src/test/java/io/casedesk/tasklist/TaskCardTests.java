package io.casedesk.tasklist;

import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

/**
 * The task card: which case a task is and how its SLA stands, in the case's language, on the task
 * itself (task-local variables an agent may read, unlike the case's process variables), kept in step
 * with the clocks (at risk, breached); found by the case number; and the webapps' filters named in the
 * browser's language while the stored names stay English.
 */
@CaseDeskTest
@TestClock("2026-05-04T08:00:00Z")
class TaskCardTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void theCardSaysWhichCaseItIsAndFollowsTheSlaClocks() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    Map<String, Object> card = taskService.getVariablesLocal(task.getId());
    assertThat(card).containsEntry(TaskCard.CASE_NUMBER, caseNumber)
        .containsEntry(TaskCard.CASE_TYPE, "KYC verification")
        .containsEntry(TaskCard.LANGUAGE, "English")
        .containsEntry(TaskCard.CHANNEL, "E-mail ticket")
        .containsEntry(TaskCard.TIER, "Standard")
        .containsEntry(TaskCard.SLA, "On time")
        .containsEntry(TaskCard.FIRST_RESPONSE, "due 2026-05-05 08:00 UTC")
        .containsEntry(TaskCard.RESOLUTION, "due 2026-05-06 08:00 UTC")
        .doesNotContainKey(TaskCard.SLA_BREACH);

    engine.advance(Duration.ofHours(18).plusMinutes(1));
    assertThat(taskService.getVariableLocal(task.getId(), TaskCard.SLA)).isEqualTo("At risk");
    assertThat((String) taskService.getVariableLocal(task.getId(), TaskCard.FIRST_RESPONSE)).startsWith("due 2026-05-05 08:00 UTC, at risk since");

    engine.advance(Duration.ofHours(6));
    assertThat(taskService.getVariableLocal(task.getId(), TaskCard.SLA)).isEqualTo("Breached");
    assertThat(taskService.getVariableLocal(task.getId(), TaskCard.SLA_BREACH))
        .isEqualTo("First response clock breached on 2026-05-05 08:01 UTC (it was due 2026-05-05 08:00 UTC).");
  }

  @Test
  void aChineseCaseHasItsCardInChineseAndAnAgentFindsItByNumberWithoutReadingTheCase() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "zh-CN"));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(taskService.getVariableLocal(task.getId(), TaskCard.LANGUAGE)).isEqualTo("中文");
    assertThat(taskService.getVariableLocal(task.getId(), TaskCard.SLA)).isEqualTo("按时");

    TestRestTemplate agent = rest.withBasicAuth("agentZh", CaseApi.DEMO_PASSWORD);
    String query = "{\"taskVariables\":[{\"name\":\"" + TaskCard.CASE_NUMBER + "\",\"operator\":\"eq\",\"value\":\"" + caseNumber + "\"}]}";
    JsonNode found = agent.exchange("/engine-rest/task", HttpMethod.POST, json(query), JsonNode.class).getBody();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).get("id").asText()).isEqualTo(task.getId());
    assertThat(agent.getForEntity("/engine-rest/task/" + task.getId() + "/localVariables", JsonNode.class).getBody()
        .at("/" + TaskCard.CASE_NUMBER + "/value").asText()).isEqualTo(caseNumber);
    assertThat(agent.getForEntity("/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables", JsonNode.class)
        .getStatusCode().value()).as("the case's own data stays closed").isIn(403, 404);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return new HttpEntity<>(body, headers);
  }
}
