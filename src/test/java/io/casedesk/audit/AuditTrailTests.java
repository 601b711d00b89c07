package io.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.ledger.EmbeddedBackOffice;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A case's audit trail from the engine's history and the desk's tables: every step, who worked it,
 * every data change, decision, SLA event, message, back-office call, incident and retry, each with
 * its actor; also after the case ended, and for a case type the audit knows nothing of.
 */
@CaseDeskTest
@TestClock("2027-02-01T08:00:00Z")
class AuditTrailTests {

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired EmbeddedBackOffice backOffice;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtimeService;

  @Test
  void anEndedKycCaseTakenThroughEveryStepShowsEachEntryWithItsActor() {
    String caseNumber = EndedKycCase.run(api, engine, taskService, backOffice);
    JsonNode trail = new Compliance(rest).trail(caseNumber);
    JsonNode summary = trail.get("summary");
    List<JsonNode> entries = list(trail.get("entries"));

    // Who approved it, when, with which check results and which triage decision.
    assertThat(summary.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(summary.get("outcome").asText()).isEqualTo("APPROVED");
    assertThat(summary.get("openedBy").asText()).isEqualTo(CaseApi.INTAKE_USER);
    assertThat(summary.at("/triage/decisionKey").asText()).isEqualTo("sla-policy");
    assertThat(summary.at("/triage/matchedRules/0/ruleId").asText()).isEqualTo("Rule_Kyc");
    assertThat(summary.at("/triage/matchedRules/0/description").asText()).startsWith("KYC:");
    assertThat(summary.at("/triage/inputs/Case type").asText()).isEqualTo("KYC_VERIFICATION");
    assertThat(summary.at("/triage/inputs/Channel").asText()).isEqualTo("EMAIL_TICKET");
    assertThat(summary.at("/triage/outputs/queue").asText()).isEqualTo("kyc");
    assertThat(summary.at("/triage/outputs/priority").asInt()).isEqualTo(50);
    assertThat(summary.at("/decisions/0/completedBy").asText()).isEqualTo("kyc1");
    assertThat(summary.at("/decisions/0/decision").asText()).isEqualTo("APPROVE");
    assertThat(summary.at("/decisions/0/comment").asText()).isEqualTo(EndedKycCase.REVIEW_COMMENT);
    assertThat(Instant.parse(summary.at("/decisions/0/completedAt").asText())).isEqualTo(Instant.parse("2027-02-02T05:00:00Z"));
    assertThat(summary.at("/decisions/1/step").asText()).isEqualTo("Task_ComplianceApproval");
    assertThat(summary.at("/decisions/1/completedBy").asText()).isEqualTo("compliance2");
    assertThat(summary.at("/decisions/1/comment").asText()).isEqualTo(EndedKycCase.SECOND_COMMENT);
    assertThat(summary.at("/checks/screeningHit/value").asBoolean()).isTrue();
    assertThat(summary.at("/checks/screeningNote/value").asText()).contains("PEP", "DEMO-PEP-0002");
    assertThat(summary.at("/checks/documentExpired/value").asBoolean()).isFalse();
    assertThat(summary.at("/checks/applicantUnderage/value").asBoolean()).isFalse();
    assertThat(summary.at("/checks/duplicateIdentity/value").asBoolean()).isFalse();
    assertThat(summary.get("checks").has("template")).as("a step's input parameter is no check result").isFalse();
    assertThat(summary.get("fourEyes").asBoolean()).isTrue();
    assertThat(summary.get("reviewedBy").asText()).isEqualTo("kyc1");
    assertThat(summary.get("secondApprovalBy").asText()).isEqualTo("compliance2");
    assertThat(summary.at("/sla/0/pauses").asInt()).isEqualTo(1);

    // Opened by the exchange's back end: its request, its account check, triage before the lifecycle started.
    by(one(entries, kind("CASE_OPENED")), "BACK_END", "intake");
    assertThat(by(one(entries, kind("API_REQUEST").and(data("operation", "POST /api/cases"))), "BACK_END", "intake").at("/data/outcome").asText())
        .isEqualTo("201");
    JsonNode accountCheck = first(entries, kind("LEDGER_CALL").and(data("operation", "LedgerPort.findAccount")));
    by(accountCheck, "BACK_END", "intake");
    assertThat(accountCheck.at("/data/detail/arguments/uid").asText()).isEqualTo(EndedKycCase.UID);
    JsonNode triage = one(entries, kind("DECISION_EVALUATED").and(data("decisionKey", "sla-policy")));
    by(triage, "DESK", null);
    assertThat(triage.at("/data/purpose").asText()).isEqualTo("TRIAGE");
    assertThat(triage.at("/data/inputs/2/value").asText()).isEqualTo("STANDARD");
    assertThat(triage.at("/data/matchedRules/0/ruleId").asText()).isEqualTo("Rule_Kyc");
    by(one(entries, kind("PROCESS_STARTED").and(process("case-lifecycle"))), "BACK_END", "intake");
    assertThat(entries).filteredOn(kind("PROCESS_STARTED")).extracting(e -> e.get("process").asText())
        .containsExactlyInAnyOrder("case-lifecycle", "kyc-verification", "customer-reply-wait");

    // The customer asked, the clocks paused, the reply relayed by the back end, the details changed with it.
    assertThat(one(entries, kind("NOTIFICATION").and(data("template", "kyc-documents-missing"))).at("/data/status").asText()).isEqualTo("PENDING");
    assertThat(one(entries, kind("SLA_PAUSED")).at("/data/clocks").toString()).contains("FIRST_RESPONSE", "RESOLUTION");
    assertThat(one(entries, kind("SLA_RESUMED")).get("at").asText()).isEqualTo("2027-02-01T10:00:00Z");
    by(one(entries, kind("API_REQUEST").and(e -> e.at("/data/operation").asText().endsWith("/replies"))), "BACK_END", "intake");
    JsonNode reply = one(entries, kind("CUSTOMER_REPLY"));
    by(reply, "BACK_END", "intake");
    assertThat(reply.at("/data/reply/message").asText()).isEqualTo("Here is my selfie");
    JsonNode merged = first(entries, kind("VARIABLE_SET").and(data("name", "caseDetails")).and(e -> e.at("/data/previousValue").isObject()));
    assertThat(merged.at("/data/previousValue/documents").size()).isEqualTo(1);
    assertThat(merged.at("/data/value/documents").size()).isEqualTo(2);

    // The automated checks, the SLA warning, and the review: queue, claim, decision, completion by kyc1.
    by(one(entries, kind("VARIABLE_SET").and(data("name", "screeningHit"))), "DESK", null);
    assertThat(one(entries, kind("SLA_AT_RISK")).at("/data/clock").asText()).isEqualTo("FIRST_RESPONSE");
    assertThat(first(entries, kind("SLA_MET").and(data("clock", "FIRST_RESPONSE"))).get("at").asText()).isEqualTo("2027-02-02T05:00:00Z");
    first(entries, kind("TASK_CANDIDATE_ADDED").and(data("groupId", "kycEn")));
    by(one(entries, kind("TASK_ASSIGNED").and(data("userId", "kyc1"))), "PERSON", "kyc1");
    by(one(entries, kind("USER_OPERATION").and(data("operationType", "Claim"))), "PERSON", "kyc1");
    JsonNode review = one(entries, kind("STEP_ENDED").and(step("Task_ReviewApplication")));
    by(review, "PERSON", "kyc1");
    assertThat(review.at("/data/completedBy").asText()).isEqualTo("kyc1");
    by(first(entries, kind("VARIABLE_SET").and(data("name", "decision")).and(data("value", "APPROVE"))), "PERSON", "kyc1");
    by(one(entries, kind("VARIABLE_SET").and(data("name", "comment")).and(data("value", EndedKycCase.REVIEW_COMMENT))), "PERSON", "kyc1");

    // Four eyes: both people.
    by(one(entries, kind("STEP_ENDED").and(step("Task_ComplianceApproval"))), "PERSON", "compliance2");
    assertThat(one(entries, kind("VARIABLE_SET").and(data("name", "reviewedBy"))).at("/data/value").asText()).isEqualTo("kyc1");
    assertThat(one(entries, kind("VARIABLE_SET").and(data("name", "secondApprovalBy"))).at("/data/value").asText()).isEqualTo("compliance2");

    // The back office down: failed calls, retries, an incident, Cockpit's retry by admin, the level set.
    assertThat(entries).filteredOn(kind("LEDGER_CALL").and(data("outcome", "FAILED"))).hasSize(3)
        .allSatisfy(actor("DESK", null))
        .allSatisfy(e -> assertThat(e.at("/data/detail/error/message").asText()).contains("down for maintenance"));
    assertThat(entries).filteredOn(kind("JOB_FAILED")).hasSize(3);
    assertThat(one(entries, kind("INCIDENT_CREATED").and(step("Task_SetKycLevel"))).at("/data/message").asText()).contains("down for maintenance");
    by(one(entries, kind("USER_OPERATION").and(data("operationType", "SetJobRetries"))), "PERSON", "admin");
    one(entries, kind("INCIDENT_RESOLVED").and(step("Task_SetKycLevel")));
    // The retry reads the account and sets the level (unless another test's approval set it already: no downgrade, no call).
    List<JsonNode> retried = entries.stream().filter(kind("LEDGER_CALL").and(data("outcome", "OK")).and(step("Task_SetKycLevel"))).toList();
    assertThat(retried).extracting(e -> e.at("/data/operation").asText()).startsWith("LedgerPort.findAccount");
    assertThat(retried.get(0).at("/data/detail/result/uid").asText()).isEqualTo(EndedKycCase.UID);
    retried.stream().filter(data("operation", "LedgerPort.setKycLevel"))
        .forEach(call -> assertThat(call.at("/data/detail/arguments/level").asInt()).isEqualTo(1));

    // The end, after every process ended.
    assertThat(one(entries, kind("NOTIFICATION").and(data("template", "kyc-approved"))).at("/data/status").asText()).isEqualTo("PENDING");
    assertThat(entries).filteredOn(kind("PROCESS_ENDED")).hasSize(3);
    assertThat(one(entries, kind("CASE_ENDED")).at("/data/outcome").asText()).isEqualTo("APPROVED");

    // Every entry names its actor and the trail is in time order.
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.get("actorType").asText()).isIn("PERSON", "DESK", "BACK_END");
      assertThat(e.get("caseNumber").asText()).isEqualTo(caseNumber);
      if (!e.get("actorType").asText().equals("DESK")) {
        assertThat(e.get("actor").isTextual()).as("actor of %s", e).isTrue();
      }
    });
    List<Instant> times = entries.stream().map(e -> Instant.parse(e.get("at").asText())).toList();
    assertThat(times).isSorted();
  }

  @Test
  void aRunningCaseShowsTheStepItWaitsInAndATypeTheAuditKnowsNothingOfShowsAsWell() {
    ObjectNode request = api.json().createObjectNode();
    request.put("type", "STATEMENT_REQUEST");
    request.put("customerUid", CaseApi.UID_OLGA);
    request.put("channel", "EMAIL_TICKET");
    request.put("tier", "STANDARD");
    request.put("locale", "es-ES");
    request.put("subject", "Necesito un extracto");
    request.putObject("details").put("from", "2026-01-01").put("to", "2026-03-31").put("purpose", "TAX");
    String caseNumber = api.openCase(request);
    String task = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    engine.as("agentEs", () -> taskService.claim(task, "agentEs"));

    JsonNode trail = new Compliance(rest).trail(caseNumber);
    List<JsonNode> entries = list(trail.get("entries"));
    assertThat(trail.at("/summary/status").asText()).isEqualTo("IN_REVIEW");
    assertThat(trail.at("/summary/triage/matchedRules/0/ruleId").asText()).as("the table's default rule").isNotEmpty();
    assertThat(one(entries, kind("STEP_STARTED").and(step("Task_PrepareStatement"))).at("/data/taskName").asText())
        .isEqualTo("Preparar el extracto de cuenta");
    assertThat(entries).filteredOn(kind("STEP_ENDED").and(step("Task_PrepareStatement"))).isEmpty();
    by(one(entries, kind("TASK_ASSIGNED")), "PERSON", "agentEs");
    assertThat(entries).filteredOn(kind("PROCESS_STARTED")).extracting(e -> e.get("process").asText()).contains("statement-request");
  }

  @Test
  void aDepositTraceShowsItsCallsToTheChainAndTheLedgerWithTheirResults() {
    String txId = "0x2f9a4b7c1d3e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a68c3f1e5b2a7d4c6e";
    String caseNumber = api.openCase(api.depositCase(CaseApi.UID_OLGA, "ETHEREUM", "ETH", txId));
    engine.runDueJobs();

    List<JsonNode> entries = list(new Compliance(rest).trail(caseNumber).get("entries"));
    JsonNode chain = first(entries, kind("CHAIN_CALL").and(data("operation", "BlockchainPort.transaction")));
    by(chain, "DESK", null);
    assertThat(chain.get("process").asText()).isEqualTo("deposit-trace");
    assertThat(chain.at("/data/outcome").asText()).isEqualTo("OK");
    assertThat(chain.at("/data/detail/arguments/chain").asText()).isEqualTo("ETHEREUM");
    assertThat(chain.at("/data/detail/arguments/txId").asText()).isEqualTo(txId);
    assertThat(chain.at("/data/detail/result").isObject()).isTrue();
    assertThat(entries).filteredOn(kind("LEDGER_CALL").and(process("deposit-trace"))).isNotEmpty()
        .allSatisfy(call -> assertThat(call.at("/data/outcome").asText()).isEqualTo("OK"));
  }

  @Test
  void aMoveToAnotherModelVersionIsRecordedWithBothVersionsAndWhoMovedIt() {
    String caseNumber = api.openCase(api.kycCase(CaseApi.UID_LI_WEI, "en"));
    Deployment first = repository.createDeployment().name("audit-migration-probe").addModelInstance("audit-migration-probe.bpmn", probe("1")).deploy();
    Deployment second = repository.createDeployment().name("audit-migration-probe").addModelInstance("audit-migration-probe.bpmn", probe("2")).deploy();
    try {
      ProcessDefinition one = repository.createProcessDefinitionQuery().deploymentId(first.getId()).singleResult();
      ProcessDefinition two = repository.createProcessDefinitionQuery().deploymentId(second.getId()).singleResult();
      String probe = runtimeService.startProcessInstanceById(one.getId(), caseNumber).getId();
      var plan = runtimeService.createMigrationPlan(one.getId(), two.getId()).mapEqualActivities().build();
      engine.as("admin", () -> runtimeService.newMigration(plan).processInstanceIds(probe).execute());

      JsonNode migrated = one(list(new Compliance(rest).trail(caseNumber).get("entries")), kind("PROCESS_MIGRATED"));
      by(migrated, "PERSON", "admin");
      assertThat(migrated.get("process").asText()).isEqualTo("audit-migration-probe");
      assertThat(migrated.at("/data/detail/fromDefinitionId").asText()).isEqualTo(one.getId());
      assertThat(migrated.at("/data/detail/toDefinitionId").asText()).isEqualTo(two.getId());
    } finally {
      repository.deleteDeployment(second.getId(), true);
      repository.deleteDeployment(first.getId(), true);
    }
  }

  /** A model of the tests' own that waits, in two versions. */
  private static BpmnModelInstance probe(String version) {
    return Bpmn.createExecutableProcess("audit-migration-probe").camundaHistoryTimeToLive(1825)
        .camundaVersionTag(version).startEvent("Event_Started").receiveTask("Task_Wait").message("AuditProbe").endEvent("Event_Ended").done();
  }

  @Test
  void anUnknownCaseIs404AndNothingElse() {
    var response = rest.withBasicAuth(Compliance.OFFICER, "demo").getForEntity("/api/audit/cases/CD-1999-000001", JsonNode.class);
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getBody().get("type").asText()).endsWith("unknown-case");
  }

  static List<JsonNode> list(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  static Predicate<JsonNode> kind(String kind) {
    return e -> kind.equals(e.path("kind").asText());
  }

  static Predicate<JsonNode> data(String field, String value) {
    return e -> value.equals(e.path("data").path(field).asText(null));
  }

  static Predicate<JsonNode> step(String step) {
    return e -> step.equals(e.path("step").asText(null));
  }

  static Predicate<JsonNode> process(String process) {
    return e -> process.equals(e.path("process").asText(null));
  }

  static JsonNode by(JsonNode e, String type, String id) {
    actor(type, id).accept(e);
    return e;
  }

  static java.util.function.Consumer<JsonNode> actor(String type, String id) {
    return e -> {
      assertThat(e.get("actorType").asText()).as("actor type of %s", e.get("kind")).isEqualTo(type);
      assertThat(e.get("actor").isNull() ? null : e.get("actor").asText()).as("actor of %s", e.get("kind")).isEqualTo(id);
    };
  }

  static JsonNode one(List<JsonNode> entries, Predicate<JsonNode> which) {
    List<JsonNode> found = entries.stream().filter(which).toList();
    assertThat(found).as("exactly one such entry").hasSize(1);
    return found.get(0);
  }

  static JsonNode first(List<JsonNode> entries, Predicate<JsonNode> which) {
    return entries.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such entry"));
  }

  static boolean any(JsonNode array, Predicate<JsonNode> which) {
    return StreamSupport.stream(array.spliterator(), false).anyMatch(which);
  }
}
