package io.casedesk.sla;

import static io.casedesk.support.CaseApi.UID_INSTITUTIONAL;
import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;
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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA clocks of processes/case-lifecycle.bpmn, driven by the engine clock: at 75 % a case is at risk
 * and rises in priority, at 100 % it escalates; while the customer has the turn the clocks pause and
 * then resume with the time that was left.
 */
@CaseDeskTest
@TestClock(SlaEscalationTests.OPENED_AT)
class SlaEscalationTests {

  static final String OPENED_AT = "2026-05-04T08:00:00Z";
  static final Instant OPENED = Instant.parse(OPENED_AT);

  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

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
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    ProcessInstance kyc = instance(caseNumber);
    engine.advance(Duration.ofHours(24).plusMinutes(1));
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("ESCALATED");

    String review = task(kyc).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REQUEST_INFO", "reasonCode", "DOCUMENT_UNREADABLE")));
    assertThat(api.view(caseNumber).get("status").asText()).as("waiting for the customer").isEqualTo("WAITING_FOR_CUSTOMER");
    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null));
    api.reply(caseNumber, reply);

    assertThat(kyc).isWaitingAt("Task_ReviewApplication");
    assertThat(task(kyc)).hasCandidateGroup("supervisors").hasCandidateGroup("kycEn");
    assertThat(task(kyc).getPriority()).isEqualTo(100);
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("ESCALATED");
  }

  @Test
  void clocksPauseWhileTheCustomerHasTheTurnEvenPastTheirDueTime() {
    String caseNumber = api.openCase(incomplete());
    assertThat(api.view(caseNumber).at("/sla/resolution/state").asText()).isEqualTo("PAUSED");

    // Three days without a reply: far past both due times, and nothing escalates.
    engine.advance(Duration.ofDays(3).minusMinutes(1));
    JsonNode waiting = api.view(caseNumber);
    assertThat(waiting.get("status").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(waiting.at("/sla/firstResponse/state").asText()).isEqualTo("PAUSED");
    assertThat(waiting.at("/sla/firstResponse/breached").asBoolean()).isFalse();
    assertThat(waiting.at("/sla/resolution/atRiskAt").isMissingNode()).isTrue();
    assertThat(Instant.parse(waiting.at("/sla/resolution/pausedSince").asText())).isEqualTo(OPENED);

    reply(caseNumber);
    Duration paused = Duration.ofDays(3).minusMinutes(1);
    JsonNode resumed = api.view(caseNumber);
    assertThat(resumed.at("/sla/resolution/state").asText()).isEqualTo("RUNNING");
    assertThat(Instant.parse(resumed.at("/sla/firstResponse/due").asText())).isEqualTo(OPENED.plus(Duration.ofHours(24)).plus(paused));
    assertThat(Instant.parse(resumed.at("/sla/resolution/due").asText())).isEqualTo(OPENED.plus(Duration.ofHours(48)).plus(paused));
    assertThat(Instant.parse(resumed.get("resolutionDue").asText())).as("the case's due time moves too").isEqualTo(OPENED.plus(Duration.ofHours(48)).plus(paused));
    assertThat(task(instance(caseNumber)).getDueDate().toInstant()).as("and its task's").isEqualTo(OPENED.plus(Duration.ofHours(48)).plus(paused));
    assertThat(resumed.at("/sla/resolution/pausedTotal").asText()).isEqualTo(paused.toString());

    // The timers moved with the clock: at risk 18 h of desk time after opening, not 18 h of calendar time.
    engine.advance(Duration.ofHours(17).plusMinutes(59));
    assertThat(api.view(caseNumber).at("/sla/firstResponse/atRiskAt").isMissingNode()).isTrue();
    engine.advance(Duration.ofMinutes(2));
    assertThat(api.view(caseNumber).at("/sla/firstResponse/atRiskAt").isMissingNode()).isFalse();
    engine.advance(Duration.ofHours(6));
    assertThat(api.view(caseNumber).at("/sla/firstResponse/state").asText()).isEqualTo("BREACHED");
  }

  @Test
  void severalPausesAddUp() {
    String caseNumber = api.openCase(incomplete());
    engine.advance(Duration.ofHours(10));
    ObjectNode half = api.json().createObjectNode();
    half.putArray("documents").add(api.document("PASSPORT", null));
    api.reply(caseNumber, half); // still no selfie: asked again, the clocks pause again

    engine.advance(Duration.ofHours(5));
    ObjectNode rest = api.json().createObjectNode();
    rest.putArray("documents").add(api.document("SELFIE", null));
    api.reply(caseNumber, rest);

    JsonNode view = api.view(caseNumber);
    assertThat(instance(caseNumber)).isWaitingAt("Task_ReviewApplication");
    assertThat(view.at("/sla/resolution/pauses").asInt()).isEqualTo(2);
    assertThat(view.at("/sla/resolution/pausedTotal").asText()).isEqualTo("PT15H");
    assertThat(Instant.parse(view.at("/sla/resolution/due").asText())).isEqualTo(OPENED.plus(Duration.ofHours(48 + 15)));
    assertThat(view.at("/sla/resolution/state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void aReplyAfterTheReminderResumesWithTheTimeThatWasLeft() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    engine.advance(Duration.ofHours(20)); // the first-response clock is at risk now
    assertThat(api.view(caseNumber).at("/sla/firstResponse/atRiskAt").isMissingNode()).isFalse();
    String review = task(instance(caseNumber)).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REQUEST_INFO", "reasonCode", "DOCUMENT_UNREADABLE")));

    engine.advance(Duration.ofDays(4));
    assertThat(CaseApiTemplates.of(api.view(caseNumber))).contains("reply-reminder");
    reply(caseNumber);

    JsonNode view = api.view(caseNumber);
    // The first response was the agent's: met before the pause. The resolution clock had 28 h left.
    assertThat(view.at("/sla/firstResponse/state").asText()).isEqualTo("MET");
    assertThat(Instant.parse(view.at("/sla/resolution/due").asText())).isEqualTo(engine.now().plus(Duration.ofHours(28)));
    assertThat(task(instance(caseNumber)).getDueDate().toInstant()).isEqualTo(engine.now().plus(Duration.ofHours(28)));
    engine.advance(Duration.ofHours(27).plusMinutes(59));
    assertThat(api.view(caseNumber).at("/sla/resolution/breached").asBoolean()).isFalse();
    engine.advance(Duration.ofMinutes(2));
    assertThat(api.view(caseNumber).at("/sla/resolution/breached").asBoolean()).isTrue();
  }

  @Test
  void aClosedCaseStopsItsClocks() {
    String caseNumber = api.openCase(api.kycCase(UID_OLGA, "en"));
    String review = task(instance(caseNumber)).getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "REJECT", "reasonCode", "DOCUMENT_MISMATCH", "comment", "Name differs")));

    assertThat(engine.process(caseNumber, "case-lifecycle")).isEnded();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    JsonNode view = api.view(caseNumber);
    assertThat(view.at("/sla/firstResponse/state").asText()).isEqualTo("MET");
    assertThat(view.at("/sla/resolution/state").asText()).isEqualTo("MET");
  }

  private ObjectNode incomplete() {
    ObjectNode request = api.kycCase(UID_OLGA, "en");
    CaseApi.details(request).putArray("documents");
    return request;
  }

  private void reply(String caseNumber) {
    ObjectNode reply = api.json().createObjectNode();
    reply.putArray("documents").add(api.document("PASSPORT", null)).add(api.document("SELFIE", null));
    assertThat(api.reply(caseNumber, reply).getStatusCode().value()).isEqualTo(200);
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
    return engine.process(caseNumber, "kyc-verification");
  }

  /** The templates of a case's notifications, in order. */
  static final class CaseApiTemplates {
    static java.util.List<String> of(JsonNode view) {
      return view.get("notifications").findValuesAsText("template");
    }
  }
}
