package io.casedesk.kyc;

import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.platform.JsonVariables;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestCases;
import io.casedesk.support.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A KYC case started on the model version before the case lifecycle (its own SLA subprocesses and
 * reply wait, started directly by intake) still finishes after today's models are deployed: the
 * beans it names keep their names and meaning.
 */
@CaseDeskTest
@TestClock(KycModelUpgradeTests.OPENED_AT)
class KycModelUpgradeTests {

  static final String OPENED_AT = "2026-04-06T09:00:00Z";
  static final Instant OPENED = Instant.parse(OPENED_AT);
  static final String LEGACY_MODEL = "legacy-models/kyc-verification-1.0.xml";

  @Autowired EngineDriver engine;
  @Autowired TestCases cases;
  @Autowired CaseApi api;
  @Autowired CaseRegistry registry;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JsonVariables json;

  @Test
  void aCaseOnTheOldVersionIsEscalatedByItsOwnTimersAndResolvedAfterTheUpgrade() throws IOException {
    ProcessInstance old = startOnTheOldVersion(api.kycCase(UID_OLGA, "en"));
    assertThat(old).isWaitingAt("Task_ReviewApplication");

    engine.advance(Duration.ofHours(18).plusMinutes(1)); // the old model's own at-risk timer
    JsonNode atRisk = api.view(old.getBusinessKey());
    assertThat(atRisk.get("priority").asInt()).isEqualTo(70);
    assertThat(atRisk.at("/sla/firstResponse/atRiskAt").isMissingNode()).isFalse();

    engine.as("kyc1", () -> taskService.complete(task(old).getId(), withVariables("decision", "APPROVE")));
    engine.runDueJobs();

    assertThat(old).isEnded().hasPassed("Task_SetKycLevel", "Task_ResolveApproved");
    JsonNode view = api.view(old.getBusinessKey());
    assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(view.at("/outcome/code").asText()).isEqualTo("APPROVED");
    assertThat(view.get("notifications").findValuesAsText("template")).containsExactly("kyc-approved");
  }

  @Test
  void aCaseOnTheOldVersionWaitingForTheCustomerTakesTheReply() throws IOException {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    CaseApi.details(request).putArray("documents");
    ProcessInstance old = startOnTheOldVersion(request);
    assertThat(old).isWaitingAt("Task_WaitForCustomerReply");

    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    assertThat(api.reply(old.getBusinessKey(), reply).getStatusCode().value()).isEqualTo(200);

    assertThat(old).isWaitingAt("Task_ReviewApplication").hasPassed("Task_ApplyCustomerReply");
    assertThat(api.view(old.getBusinessKey()).get("status").asText()).isEqualTo("IN_REVIEW");
  }

  /**
   * Deploys the old version, opens a case on it as intake did then, and deploys today's model again
   * (a new version), as an upgrade of a running desk does.
   */
  private ProcessInstance startOnTheOldVersion(ObjectNode request) throws IOException {
    ProcessDefinition legacy;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(LEGACY_MODEL)) {
      String deployment = repositoryService.createDeployment().name("kyc-verification 1.0")
          .addInputStream("kyc-verification.bpmn", in).deploy().getId();
      legacy = repositoryService.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }
    ProcessInstance instance;
    try {
      instance = openAsTheOldIntakeDid(legacy, request);
    } finally {
      repositoryService.createDeployment().name("kyc-verification")
          .addString("kyc-verification.bpmn", Files.readString(Path.of("processes/kyc-verification.bpmn"))).deploy();
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("kyc-verification").latestVersion()
        .singleResult().getVersionTag()).as("today's model is the latest again").isEqualTo("2.0");
    return instance;
  }

  private ProcessInstance openAsTheOldIntakeDid(ProcessDefinition legacy, ObjectNode request) {
    String caseNumber = "CD-LEGACY-" + System.nanoTime() % 1_000_000_000;
    Instant firstResponseDue = OPENED.plus(Duration.ofHours(24));
    Instant resolutionDue = OPENED.plus(Duration.ofHours(48));
    registry.insert(new CaseRecord(caseNumber, "KYC_VERIFICATION", request.get("customerUid").asText(), Channel.EMAIL_TICKET,
        Tier.STANDARD, "en", "en", false, request.get("subject").asText(), CaseStatus.OPEN, "kyc", 50, null, OPENED,
        firstResponseDue, resolutionDue, null, null, null, null, "intake", false));
    cases.own(caseNumber);
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("caseType", "KYC_VERIFICATION");
    variables.put("customerUid", request.get("customerUid").asText());
    variables.put("channel", "EMAIL_TICKET");
    variables.put("tier", "STANDARD");
    variables.put("locale", "en");
    variables.put("subject", request.get("subject").asText());
    variables.put("description", "");
    variables.put("caseDetails", json.toValue(request.get("details")));
    variables.put("queue", "kyc");
    variables.put("priority", 50);
    variables.put("escalated", false);
    variables.put("firstResponseDue", Date.from(firstResponseDue));
    variables.put("firstResponseAtRisk", Date.from(OPENED.plus(Duration.ofHours(18))));
    variables.put("resolutionDue", Date.from(resolutionDue));
    variables.put("resolutionAtRisk", Date.from(OPENED.plus(Duration.ofHours(36))));
    variables.put(KycVariables.KYC_LEVEL, 1);
    ProcessInstance instance = runtimeService.startProcessInstanceById(legacy.getId(), caseNumber, variables);
    registry.attachProcessInstance(caseNumber, instance.getId());
    return instance;
  }
}
