package io.casedesk.statementrequest;

import static io.casedesk.support.CaseApi.UID_MARIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The case-type extension point, proven by a type that only the tests have: one package (this
 * one), one model and one form under src/test/resources, its bundles, and nothing in the desk's own
 * code naming it. It opens through the API, is triaged, escalates, waits for the customer, and is
 * completed, like the desk's own types.
 */
@CaseDeskTest
@TestClock(StatementRequestTests.OPENED_AT)
class StatementRequestTests {

  static final String OPENED_AT = "2026-06-01T08:00:00Z";
  static final Instant OPENED = Instant.parse(OPENED_AT);

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  @Test
  void aTypeOnlyTheTestsHaveOpensEscalatesWaitsForTheCustomerAndIsResolved() {
    String caseNumber = api.openCase(statementRequest("2026-01-01", "2026-03-31", "TAX"));
    ProcessInstance statement = engine.process(caseNumber, "statement-request");

    // Triaged by the sla-policy table's default rule: general support, 24 h first response, 72 h resolution.
    JsonNode opened = api.view(caseNumber);
    assertThat(opened.get("type").asText()).isEqualTo("STATEMENT_REQUEST");
    assertThat(opened.get("queue").asText()).isEqualTo("support");
    assertThat(Instant.parse(opened.get("firstResponseDue").asText())).isEqualTo(OPENED.plus(Duration.ofHours(24)));
    assertThat(statement).isWaitingAt("Task_PrepareStatement");
    Task prepare = task(statement);
    assertThat(prepare).hasCandidateGroup("supportEs");
    assertThat(prepare.getName()).isEqualTo("Preparar el extracto de cuenta");
    assertThat(opened.get("status").asText()).isEqualTo("IN_REVIEW");

    // Nobody responded within 24 h: escalated to supervisors.
    engine.advance(Duration.ofHours(24).plusMinutes(1));
    JsonNode escalated = api.view(caseNumber);
    assertThat(escalated.get("status").asText()).isEqualTo("ESCALATED");
    assertThat(escalated.at("/sla/firstResponse/state").asText()).isEqualTo("BREACHED");
    assertThat(taskService.getIdentityLinksForTask(prepare.getId())).anyMatch(link -> "supervisors".equals(link.getGroupId()));

    // The agent asks which period; the case waits for the customer, its clocks paused.
    engine.as("agentEs", () -> taskService.complete(prepare.getId(),
        withVariables("decision", "REQUEST_INFO", "reasonCode", "PERIOD_UNCLEAR")));
    assertThat(statement).isWaitingAt("CallActivity_WaitForCustomerReply");
    JsonNode waiting = api.view(caseNumber);
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(waiting.at("/sla/resolution/state").asText()).isEqualTo("PAUSED");
    assertThat(waiting.at("/notifications/0/body").asText()).contains("indíquenos el primer y el último día del periodo");

    engine.advance(Duration.ofDays(2));
    ObjectNode reply = api.json().createObjectNode();
    reply.put("message", "Del 1 de enero al 31 de marzo");
    reply.putObject("details").put("purpose", "AUDIT");
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);

    // Back to the agent, the resolution clock moved by the two days the customer had the turn.
    assertThat(statement).isWaitingAt("Task_PrepareStatement");
    JsonNode replied = api.view(caseNumber);
    assertThat(Instant.parse(replied.at("/sla/resolution/due").asText())).isEqualTo(OPENED.plus(Duration.ofHours(72)).plus(Duration.ofDays(2)));
    assertThat(replied.at("/sla/resolution/pausedTotal").asText()).isEqualTo("PT48H");

    Task again = task(statement);
    assertThatThrownBy(() -> engine.as("agentEs", () -> taskService.complete(again.getId(), withVariables("decision", "APPROVE"))))
        .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("reference");
    engine.as("agentEs", () -> taskService.complete(again.getId(),
        withVariables("decision", "APPROVE", StatementRequestVariables.STATEMENT_REFERENCE, "ST-2026-Q1-0042")));

    assertThat(statement).isEnded().hasPassed("Task_RecordSent");
    JsonNode resolved = api.view(caseNumber);
    assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.at("/outcome/code").asText()).isEqualTo("STATEMENT_SENT");
    assertThat(resolved.at("/sla/resolution/state").asText()).isEqualTo("MET");
    JsonNode ready = resolved.get("notifications").get(resolved.get("notifications").size() - 1);
    assertThat(ready.get("template").asText()).isEqualTo("statement-ready");
    assertThat(ready.get("body").asText()).contains("ST-2026-Q1-0042", "- saldos", "- operaciones");
  }

  @Test
  void theTypesOwnRulesRefuseItsDetailsAtIntake() {
    var backwards = api.open(statementRequest("2026-03-31", "2026-01-01", "TAX"));
    assertThat(backwards.getStatusCode().value()).isEqualTo(400);
    assertThat(backwards.getBody().at("/errors/0/field").asText()).isEqualTo("details.to");

    var unknownPurpose = api.open(statementRequest("2026-01-01", "2026-03-31", "FUN"));
    assertThat(unknownPurpose.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownPurpose.getBody().at("/errors/0/field").asText()).isEqualTo("details.purpose");
  }

  @Test
  void aPersonMaySetTheFieldsTheTypeNamesAndNothingElse() {
    String caseNumber = api.openCase(statementRequest("2026-01-01", "2026-01-31", "OTHER"));
    String taskId = task(engine.process(caseNumber, "statement-request")).getId();

    var forged = complete(taskId, "{\"decision\":{\"value\":\"APPROVE\"},\"statementReference\":{\"value\":\"ST-1\"},"
        + "\"statementPeriod\":{\"value\":\"2020-01-01 – 2026-01-31\"}}");
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody()).contains("statementPeriod");

    var allowed = complete(taskId, "{\"decision\":{\"value\":\"APPROVE\"},\"statementReference\":{\"value\":\"ST-1\"}}");
    assertThat(allowed.getStatusCode().value()).isEqualTo(204);
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("RESOLVED");
  }

  @Test
  void itsDetailsHaveASchemaOfTheirOwnInTheApiDocument() {
    JsonNode openApi = api.getJson("/api/openapi");
    assertThat(openApi.at("/components/schemas/StatementRequestDetails/properties/purpose/enum").toString())
        .contains("TAX", "AUDIT", "OTHER");
    assertThat(openApi.at("/components/schemas/OpenCaseRequest").toString()).contains("StatementRequestDetails");
  }

  private org.springframework.http.ResponseEntity<String> complete(String taskId, String variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("agentEs", CaseApi.DEMO_PASSWORD)
        .exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
            new HttpEntity<>("{\"variables\":" + variables + "}", headers), String.class);
  }

  private ObjectNode statementRequest(String from, String to, String purpose) {
    ObjectNode request = api.json().createObjectNode();
    request.put("type", "STATEMENT_REQUEST");
    request.put("customerUid", UID_MARIA);
    request.put("channel", "EMAIL_TICKET");
    request.put("tier", "STANDARD");
    request.put("locale", "es-ES");
    request.put("subject", "Necesito un extracto");
    ObjectNode details = request.putObject("details");
    details.put("from", from).put("to", to).put("purpose", purpose);
    return request;
  }
}
