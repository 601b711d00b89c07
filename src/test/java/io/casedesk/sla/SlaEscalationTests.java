package io.casedesk.sla;

import static io.casedesk.support.CaseApi.UID_INSTITUTIONAL;
import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SLA event subprocesses: at 75 % a case is at risk and rises in priority; at 100 % it escalates. */
@CaseDeskTest
class SlaEscalationTests {

  static final Instant OPENED = Instant.parse("2026-05-04T08:00:00Z");

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @BeforeEach
  void start() {
    engine.resetClock(OPENED);
  }

  @AfterEach
  void reset() {
    engine.reset();
  }

  @Test
  void firstResponseClockMarksAtRiskAtThreeQuartersAndEscalatesWhenItRunsOut() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    JsonNode opened = api.view(caseNumber);
    assertThat(opened.get("priority").asInt()).isEqualTo(50);
    assertThat(Instant.parse(opened.get("firstResponseDue").asText())).isEqualTo(OPENED.plus(Duration.ofHours(24)));
    assertThat(Instant.parse(opened.get("resolutionDue").asText())).isEqualTo(OPENED.plus(Duration.ofHours(48)));
    assertThat(task(kyc).getDueDate().toInstant()).isEqualTo(OPENED.plus(Duration.ofHours(48)));

    engine.advance(Duration.ofHours(17).plusMinutes(59));
    assertThat(api.view(caseNumber).at("/sla/firstResponse/atRiskAt").isMissingNode()).isTrue();

    engine.advance(Duration.ofMinutes(2));
    JsonNode atRisk = api.view(caseNumber);
    assertThat(Instant.parse(atRisk.at("/sla/firstResponse/atRiskAt").asText())).isEqualTo(OPENED.plus(Duration.ofHours(18)).plus(Duration.ofMinutes(1)));
    assertThat(atRisk.get("priority").asInt()).isEqualTo(70);
    assertThat(task(kyc).getPriority()).isEqualTo(70);
    assertThat(atRisk.get("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(task(kyc)).hasCandidateGroup("kycEn");

    engine.advance(Duration.ofHours(6));
    JsonNode breached = api.view(caseNumber);
    assertThat(breached.at("/sla/firstResponse/breached").asBoolean()).isTrue();
    assertThat(breached.get("status").asText()).isEqualTo("ESCALATED");
    assertThat(task(kyc)).hasCandidateGroup("supervisors").hasCandidateGroup("kycEn");
    assertThat(task(kyc).getPriority()).isEqualTo(100);
    assertThat(breached.at("/sla/resolution/breached").asBoolean()).isFalse();

    engine.advance(Duration.ofHours(24));
    JsonNode late = api.view(caseNumber);
    assertThat(late.at("/sla/resolution/atRiskAt").isMissingNode()).isFalse();
    assertThat(late.at("/sla/resolution/breached").asBoolean()).isTrue();
  }

  @Test
  void aClaimIsTheFirstResponseAndStopsThatClock() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    engine.advance(Duration.ofHours(2));
    taskService.claim(task(kyc).getId(), "kyc1");

    engine.advance(Duration.ofHours(35));
    JsonNode view = api.view(caseNumber);
    assertThat(Instant.parse(view.at("/sla/firstResponse/metAt").asText())).isEqualTo(OPENED.plus(Duration.ofHours(2)));
    assertThat(view.at("/sla/firstResponse/atRiskAt").isMissingNode()).isTrue();
    assertThat(view.at("/sla/firstResponse/breached").asBoolean()).isFalse();
    assertThat(view.at("/sla/resolution/atRiskAt").isMissingNode()).as("resolution clock still runs").isFalse();
    assertThat(view.get("status").asText()).isEqualTo("IN_REVIEW");
  }

  @Test
  void aTaskCreatedAfterAnEscalationGoesToSupervisorsToo() {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    CaseApi.details(request).putArray("documents");
    String caseNumber = api.openCase(request);
    engine.advance(Duration.ofHours(24).plusMinutes(1));
    assertThat(api.view(caseNumber).get("status").asText()).as("waiting for the customer").isEqualTo("WAITING_FOR_CUSTOMER");

    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    api.reply(caseNumber, reply);

    ProcessInstance kyc = instance(caseNumber);
    assertThat(kyc).isWaitingAt("Task_ReviewApplication");
    assertThat(task(kyc)).hasCandidateGroup("supervisors").hasCandidateGroup("kycEn");
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("ESCALATED");
  }

  @Test
  void institutionalAccountsGoToTheVipConciergeWithATwoHourClock() {
    ObjectNode request = api.kycCase(UID_INSTITUTIONAL, "en");
    request.put("tier", "INSTITUTIONAL");
    request.put("channel", "VIP_CONCIERGE");
    String caseNumber = api.openCase(request);

    JsonNode view = api.view(caseNumber);
    assertThat(view.get("queue").asText()).isEqualTo("vipconcierge");
    assertThat(view.get("priority").asInt()).isEqualTo(90);
    assertThat(Instant.parse(view.get("firstResponseDue").asText())).isEqualTo(OPENED.plus(Duration.ofHours(2)));
    assertThat(task(instance(caseNumber))).hasCandidateGroup("vipconcierge");

    engine.advance(Duration.ofMinutes(91));
    assertThat(api.view(caseNumber).at("/sla/firstResponse/atRiskAt").isMissingNode()).isFalse();
  }

  private ProcessInstance instance(String caseNumber) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }
}
