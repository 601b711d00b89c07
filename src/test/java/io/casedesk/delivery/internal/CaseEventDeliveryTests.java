package io.casedesk.delivery.internal;

import static io.casedesk.support.CaseApi.UID_LI_WEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Case events for the exchange's back end: signed webhooks, numbered per case and delivered strictly
 * in order (a later one waits while an earlier one is retried), the SLA's breach and escalation, the
 * wait for the customer and the closing, and the configured selection of types.
 */
@CaseDeskTest
@TestClock("2026-09-21T09:00:00Z")
class CaseEventDeliveryTests {

  @Autowired OutboxRelay relay;
  @Autowired DeliveryProperties properties;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TaskService taskService;
  @Autowired TestRestTemplate rest;

  WebhookReceiver receiver;

  @BeforeEach
  void eventsGoToTheExchangesBackEnd() {
    receiver = WebhookReceiver.start(engine::now, DeliverySettings.TEST_WEBHOOK_SECRET);
    properties.getEvents().setUrl(receiver.url());
  }

  @AfterEach
  void putBackTheSettings() {
    DeliverySettings.restore(properties);
    receiver.close();
  }

  @Test
  void aCasesEventsArriveSignedAndInOrderAndALaterOneWaitsWhileAnEarlierOneIsRetried() {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    String review = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    engine.as("kyc1", () -> taskService.complete(review, withVariables("decision", "APPROVE")));
    engine.runDueJobs();
    List<String> expected = List.of("case.opened", "case.status_changed", "case.status_changed", "case.resolved");
    JsonNode recorded = rest.withBasicAuth("supervisor1", "demo").getForObject("/api/case-events?caseNumber=" + caseNumber, JsonNode.class);
    assertThat(recorded.findValuesAsText("type")).containsExactlyElementsOf(expected);
    assertThat(recorded.findValuesAsText("sequence")).containsExactly("1", "2", "3", "4");

    receiver.failNext(1, caseNumber);
    relay.relayDue();
    assertThat(receiver.requestsFor(caseNumber)).as("the first is refused, the others wait for it").hasSize(1);
    assertThat(sequence(receiver.requestsFor(caseNumber).get(0))).isEqualTo(1);

    engine.moveClock(Duration.ofMinutes(1));
    relay.relayDue();

    List<WebhookReceiver.Received> delivered = receiver.requestsFor(caseNumber).stream().filter(r -> r.answered() == 200).toList();
    assertThat(delivered).extracting(this::sequence).containsExactly(1L, 2L, 3L, 4L);
    assertThat(delivered).extracting(WebhookReceiver.Received::event).containsExactlyElementsOf(expected);
    assertThat(delivered).allMatch(WebhookReceiver.Received::verified);
    JsonNode changed = body(delivered.get(2));
    assertThat(changed.get("previousStatus").asText()).isEqualTo("IN_REVIEW");
    assertThat(changed.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(changed.at("/data/outcome").asText()).isEqualTo("APPROVED");
    assertThat(body(delivered.get(0)).get("caseType").asText()).isEqualTo("KYC_VERIFICATION");
    delivered.forEach(r -> assertThat(receiver.timesAccepted(r.idempotencyKey())).isEqualTo(1));
  }

  @Test
  void aClockAtRiskAndBreachedEscalatesTheCaseAndTheBackEndHearsOfEachStep() {
    String caseNumber = api.openCase(api.kycCase(UID_LI_WEI, "en"));
    engine.advance(Duration.ofHours(72).plusMinutes(1));
    relay.relayDue();

    List<JsonNode> events = receiver.requestsFor(caseNumber).stream().map(this::body).toList();
    assertThat(events).extracting(e -> e.get("type").asText()).containsSubsequence(
        "case.opened", "case.status_changed", "case.sla_at_risk", "case.sla_breached", "case.escalated", "case.status_changed");
    JsonNode breached = events.stream().filter(e -> e.get("type").asText().equals("case.sla_breached")).findFirst().orElseThrow();
    assertThat(breached.at("/data/clock").asText()).isIn("FIRST_RESPONSE", "RESOLUTION");
    assertThat(events).filteredOn(e -> e.get("type").asText().equals("case.status_changed"))
        .extracting(e -> e.get("status").asText()).containsExactly("IN_REVIEW", "ESCALATED");
    assertThat(events).extracting(e -> e.get("sequence").asLong()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void onlyTheSelectedTypesAreSentHereTheWaitForTheCustomerAndTheClosing() {
    properties.getEvents().setTypes(List.of("case.waiting_for_customer", "case.closed"));
    var request = api.kycCase(UID_LI_WEI, "en");
    CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
    String caseNumber = api.openCase(request);
    engine.advance(Duration.ofDays(7).plusMinutes(1));
    assertThat(api.view(caseNumber).get("status").asText()).isEqualTo("CLOSED");
    relay.relayDue();

    List<JsonNode> events = receiver.requestsFor(caseNumber).stream().map(this::body).toList();
    assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("case.waiting_for_customer", "case.closed");
    assertThat(events).extracting(e -> e.get("sequence").asLong()).containsExactly(1L, 2L);
    assertThat(events.get(1).at("/data/outcome").asText()).isEqualTo("NO_CUSTOMER_REPLY");
    assertThat(events.get(1).get("previousStatus").asText()).isEqualTo("WAITING_FOR_CUSTOMER");
  }

  private long sequence(WebhookReceiver.Received request) {
    return body(request).get("sequence").asLong();
  }

  private JsonNode body(WebhookReceiver.Received request) {
    return request.json();
  }
}
