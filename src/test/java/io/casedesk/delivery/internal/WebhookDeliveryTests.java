package io.casedesk.delivery.internal;

import static io.casedesk.support.CaseApi.UID_OLGA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.delivery.DeliveryChannel;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Notifications to the exchange's back end as signed webhooks, against a real HTTP receiver that
 * checks the signature itself: delivered once, a receiver that is down and then up, one that answers
 * 500 until the notification is FAILED and a supervisor's retry, a wrong secret, a secret rotation.
 */
@CaseDeskTest
@TestClock("2026-09-14T10:00:00Z")
class WebhookDeliveryTests {

  @Autowired OutboxRelay relay;
  @Autowired DeliveryProperties properties;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;
  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  WebhookReceiver receiver;

  @BeforeEach
  void notificationsGoToTheExchangesBackEnd() {
    receiver = WebhookReceiver.start(engine::now, DeliverySettings.TEST_WEBHOOK_SECRET);
    properties.getNotifications().setChannel(DeliveryChannel.WEBHOOK);
    properties.getWebhook().setUrl(receiver.url());
  }

  @AfterEach
  void putBackTheSettings() {
    DeliverySettings.restore(properties);
    receiver.close();
  }

  @Test
  void aNotificationIsPostedSignedWithItsIdAsIdempotencyKeyAndDeliveredOnce() throws Exception {
    String caseNumber = openCaseThatAsksTheCustomer();
    JsonNode pending = api.view(caseNumber).at("/notifications/0");
    String key = "notification-" + pending.get("id").asLong();

    relay.relayDue();
    relay.relayDue();

    assertThat(receiver.timesAccepted(key)).isEqualTo(1);
    WebhookReceiver.Received request = receiver.requestsFor(caseNumber).get(0);
    assertThat(request.verified()).isTrue();
    assertThat(request.event()).isEqualTo("notification");
    assertThat(request.signature()).matches("t=\\d+,v1=[0-9a-f]{64}");
    JsonNode body = json.readTree(request.body());
    assertThat(body.get("id").asText()).isEqualTo(key);
    assertThat(body.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(body.get("customerUid").asText()).isEqualTo(UID_OLGA);
    assertThat(body.get("template").asText()).isEqualTo("kyc-documents-missing");
    assertThat(body.get("locale").asText()).isEqualTo("ru");
    assertThat(body.get("subject").asText()).isEqualTo(pending.get("subject").asText());
    assertThat(body.get("body").asText()).isEqualTo(pending.get("body").asText());

    JsonNode sent = api.view(caseNumber).at("/notifications/0");
    assertThat(sent.get("status").asText()).isEqualTo("SENT");
    assertThat(sent.get("channel").asText()).isEqualTo("WEBHOOK");
    assertThat(sent.get("providerId").asText()).startsWith("rcv-");
  }

  @Test
  void aReceiverThatIsDownAndThenUpGetsTheNotificationOnce() {
    String caseNumber = openCaseThatAsksTheCustomer();
    String key = "notification-" + api.view(caseNumber).at("/notifications/0/id").asLong();
    receiver.goDown();
    relay.relayDue();
    engine.moveClock(Duration.ofMinutes(1));
    relay.relayDue();

    JsonNode retrying = api.view(caseNumber).at("/notifications/0");
    assertThat(retrying.get("status").asText()).isEqualTo("PENDING");
    assertThat(retrying.get("attempts").asInt()).isEqualTo(2);
    assertThat(retrying.get("failureReason").asText()).startsWith("The receiver cannot be reached");
    assertThat(retrying.get("nextAttemptAt").asText()).as("backoff doubled").isEqualTo("2026-09-14T10:03:00Z");

    receiver.comeBack();
    engine.moveClock(Duration.ofMinutes(2));
    relay.relayDue();
    relay.relayDue();

    assertThat(receiver.timesAccepted(key)).isEqualTo(1);
    assertThat(api.view(caseNumber).at("/notifications/0/status").asText()).isEqualTo("SENT");
  }

  @Test
  void aReceiverThatAnswers500ThreeTimesLeavesTheNotificationFailedForASupervisorToRetry() {
    String caseNumber = openCaseThatAsksTheCustomer();
    long id = api.view(caseNumber).at("/notifications/0/id").asLong();
    receiver.failNext(3, caseNumber);
    relay.relayDue();
    engine.moveClock(Duration.ofMinutes(1));
    relay.relayDue();
    engine.moveClock(Duration.ofMinutes(2));
    relay.relayDue();

    JsonNode failed = api.view(caseNumber).at("/notifications/0");
    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("attempts").asInt()).isEqualTo(3);
    assertThat(failed.get("failureReason").asText()).isEqualTo("The receiver answered HTTP 500");
    engine.moveClock(Duration.ofHours(2));
    relay.relayDue();
    assertThat(receiver.requestsFor(caseNumber)).as("no attempt after the last").hasSize(3);

    TestRestTemplate supervisor = rest.withBasicAuth("supervisor1", "demo");
    JsonNode listed = supervisor.getForObject("/api/notifications?status=FAILED", JsonNode.class);
    assertThat(listed.findValuesAsText("caseNumber")).contains(caseNumber);
    JsonNode delivery = supervisor.getForObject("/api/notifications/" + id, JsonNode.class);
    assertThat(delivery.at("/attempts").findValuesAsText("result")).containsExactly("RETRY", "RETRY", "FAILED");
    assertThat(delivery.at("/attempts/0/error").asText()).isEqualTo("The receiver answered HTTP 500");
    assertThat(rest.withBasicAuth("agentEn", "demo").getForEntity("/api/notifications?status=FAILED", JsonNode.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(rest.withBasicAuth("compliance1", "demo").postForEntity("/api/notifications/" + id + "/retry", null, JsonNode.class)
        .getStatusCode().value()).as("compliance reads, changes nothing").isEqualTo(403);

    ResponseEntity<JsonNode> retried = supervisor.postForEntity("/api/notifications/" + id + "/retry", null, JsonNode.class);
    assertThat(retried.getStatusCode().value()).isEqualTo(200);
    assertThat(retried.getBody().at("/item/status").asText()).isEqualTo("PENDING");
    assertThat(supervisor.postForEntity("/api/notifications/" + id + "/retry", null, JsonNode.class).getStatusCode().value())
        .as("only a FAILED one").isEqualTo(409);
    relay.relayDue();

    assertThat(api.view(caseNumber).at("/notifications/0/status").asText()).isEqualTo("SENT");
    assertThat(receiver.timesAccepted("notification-" + id)).isEqualTo(1);
  }

  @Test
  void theReceiverRefusesASignatureMadeWithAnotherSecret() {
    properties.getWebhook().setSecret("not-the-receivers-secret");
    String caseNumber = openCaseThatAsksTheCustomer();
    relay.relayDue();

    WebhookReceiver.Received refused = receiver.requestsFor(caseNumber).get(0);
    assertThat(refused.verified()).isFalse();
    assertThat(refused.answered()).isEqualTo(401);
    JsonNode retrying = api.view(caseNumber).at("/notifications/0");
    assertThat(retrying.get("status").asText()).isEqualTo("PENDING");
    assertThat(retrying.get("failureReason").asText()).isEqualTo("The receiver answered HTTP 401");
    assertThat(receiver.verify(refused.signature(), refused.body().replace("kyc", "xyz"))).as("a changed body").isFalse();
  }

  @Test
  void duringASecretRotationReceiversWithTheOldOrTheNewSecretBothVerify() {
    try (WebhookReceiver stillOld = WebhookReceiver.start(engine::now, "old-secret")) {
      properties.getWebhook().setSecret("new-secret");
      properties.getWebhook().setPreviousSecret("old-secret");
      properties.getWebhook().setUrl(stillOld.url());
      String caseNumber = openCaseThatAsksTheCustomer();
      relay.relayDue();

      WebhookReceiver.Received request = stillOld.requestsFor(caseNumber).get(0);
      assertThat(request.signature()).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
      assertThat(request.verified()).isTrue();
      assertThat(api.view(caseNumber).at("/notifications/0/status").asText()).isEqualTo("SENT");
      try (WebhookReceiver alreadyNew = WebhookReceiver.start(engine::now, "new-secret")) {
        assertThat(alreadyNew.verify(request.signature(), request.body())).isTrue();
      }
    }
  }

  @Test
  void aSignatureTooOldIsRefusedByTheReceiver() {
    String caseNumber = openCaseThatAsksTheCustomer();
    relay.relayDue();
    WebhookReceiver.Received request = receiver.requestsFor(caseNumber).get(0);
    engine.moveClock(WebhookReceiver.TOLERANCE.plusSeconds(1));
    assertThat(receiver.verify(request.signature(), request.body())).as("a replayed request").isFalse();
  }

  /** A Russian KYC application without a selfie: the desk asks the customer (one notification). */
  private String openCaseThatAsksTheCustomer() {
    var request = api.kycCase(UID_OLGA, "ru");
    CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
    return api.openCase(request);
  }
}
