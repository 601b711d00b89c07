package io.casedesk.kpi;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.EngineDriver;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Cases of the KPI tests: opened through the case API for the KPI demo accounts, worked as agents do. */
final class KpiCases {

  /** Demo accounts of the KPI tests (db/demo/V19_1); KYC approvals raise their level, nobody else uses them. */
  static final String UID_A = "10000075";
  static final String UID_B = "10000076";
  static final String UID_C = "10000077";

  private final CaseApi api;
  private final EngineDriver engine;
  private final TaskService taskService;
  private final TestRestTemplate rest;

  KpiCases(CaseApi api, EngineDriver engine, TaskService taskService, TestRestTemplate rest) {
    this.api = api;
    this.engine = engine;
    this.taskService = taskService;
    this.rest = rest;
  }

  /** A KYC application; without documents when {@code complete} is false (the desk asks the customer). */
  String kyc(String uid, String locale, String channel, String tier, boolean complete) {
    ObjectNode request = api.kycCase(uid, locale);
    request.put("channel", channel);
    request.put("tier", tier);
    if (!complete) {
      CaseApi.details(request).putArray("documents");
    }
    String caseNumber = api.openCase(request);
    engine.runDueJobs();
    return caseNumber;
  }

  /** A deposit trace the chain answers at once (the transaction does not exist): resolved without a person. */
  String automatedDeposit(String uid) {
    String caseNumber = api.openCase(api.depositCase(uid, "ETHEREUM", "ETH",
        "0x0000000000000000000000000000000000000000000000000000000000000bad"));
    engine.runDueJobs();
    return caseNumber;
  }

  Task task(String caseNumber) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  void claim(String caseNumber, String user) {
    String id = task(caseNumber).getId();
    engine.as(user, () -> taskService.claim(id, user));
  }

  void decide(String caseNumber, String user, Map<String, Object> variables) {
    String id = task(caseNumber).getId();
    engine.as(user, () -> taskService.complete(id, variables));
    engine.runDueJobs();
  }

  void approve(String caseNumber, String user) {
    decide(caseNumber, user, withVariables("decision", "APPROVE", "comment", "Documents match"));
  }

  void reject(String caseNumber, String user) {
    decide(caseNumber, user, withVariables("decision", "REJECT", "reasonCode", "SELFIE_MISMATCH", "comment", "The selfie shows someone else"));
  }

  /** The answer to a reopened case. */
  void answer(String caseNumber, String user, String answer) {
    decide(caseNumber, user, withVariables("comment", answer));
  }

  ResponseEntity<JsonNode> replyWithDocuments(String caseNumber) {
    ObjectNode reply = api.json().createObjectNode();
    reply.put("message", "Here are my documents.");
    reply.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    ResponseEntity<JsonNode> answer = api.reply(caseNumber, reply);
    engine.runDueJobs();
    return answer;
  }

  ResponseEntity<JsonNode> reply(String caseNumber, String message) {
    ResponseEntity<JsonNode> answer = api.reply(caseNumber, Map.of("message", message));
    if (answer.getStatusCode().value() == 201) {
      // the follow-up case is this test's own as well
      engineOwn(answer.getBody().get("caseNumber").asText());
    }
    engine.runDueJobs();
    return answer;
  }

  private void engineOwn(String caseNumber) {
    owner.accept(caseNumber);
  }

  private java.util.function.Consumer<String> owner = n -> {};

  KpiCases owning(java.util.function.Consumer<String> owner) {
    this.owner = owner;
    return this;
  }

  ResponseEntity<JsonNode> csat(String caseNumber, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return CaseApi.asIntake(rest).exchange("/api/cases/" + caseNumber + "/csat", HttpMethod.POST,
        new HttpEntity<>(body instanceof String s ? s : api.json().valueToTree(body).toString(), headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> kpis(String role, String query) {
    return CaseApi.as(rest, role).getForEntity("/api/kpis?" + query, JsonNode.class);
  }
}
