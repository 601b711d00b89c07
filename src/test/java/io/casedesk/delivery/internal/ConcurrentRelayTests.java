package io.casedesk.delivery.internal;

import static io.casedesk.support.CaseApi.UID_MARIA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.delivery.DeliveryChannel;
import io.casedesk.delivery.OutgoingCaseEvent;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationOutbox;
import io.casedesk.support.CaseApi;
import io.casedesk.support.CaseDeskTest;
import io.casedesk.support.EngineDriver;
import io.casedesk.support.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two desk nodes on one database: two relays (two node ids, two threads) work the same outbox at the
 * same moment, and each notification and case event is still sent once, each case's events in order.
 * A node that dies holding a claim: another takes it over once the lease ran out, with the same
 * idempotency key.
 */
@CaseDeskTest
@TestClock("2026-09-28T07:00:00Z")
class ConcurrentRelayTests {

  @Autowired OutboxRelay relay;
  @Autowired DeliveryProperties properties;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired NotificationOutbox notifications;
  @Autowired CaseEventOutbox events;
  @Autowired CaseRegistry registry;
  @Autowired EmailChannel email;
  @Autowired WebhookClient webhook;
  @Autowired ObjectMapper json;
  @Autowired CaseApi api;
  @Autowired EngineDriver engine;

  WebhookReceiver receiver;

  @BeforeEach
  void everythingGoesToTheExchangesBackEnd() {
    receiver = WebhookReceiver.start(engine::now, DeliverySettings.TEST_WEBHOOK_SECRET);
    properties.getNotifications().setChannel(DeliveryChannel.WEBHOOK);
    properties.getWebhook().setUrl(receiver.url());
    properties.getEvents().setUrl(receiver.url());
  }

  @AfterEach
  void putBackTheSettings() {
    DeliverySettings.restore(properties);
    receiver.close();
  }

  @Test
  void twoRelaysWorkingTheSameOutboxAtOnceSendEachNotificationAndEventOnceAndInOrder() throws Exception {
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      var request = api.kycCase(UID_MARIA, "es");
      CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
      cases.add(api.openCase(request));
    }
    OutboxRelay nodeA = relay("node-a");
    OutboxRelay nodeB = relay("node-b");

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxRelay node : List.of(nodeA, nodeB)) {
        runs.add(threads.submit(() -> {
          start.await();
          return node.relayDue();
        }));
      }
      start.countDown();
      for (Future<Integer> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    relay.relayDue(); // whatever the two left for a later run (an event whose predecessor the other node was sending)

    for (String caseNumber : cases) {
      for (Notification n : notifications.forCase(caseNumber)) {
        assertThat(n.status()).isEqualTo("SENT");
        assertThat(receiver.timesAccepted("notification-" + n.id())).as("notification " + n.id()).isEqualTo(1);
      }
      List<OutgoingCaseEvent> caseEvents = events.forCase(caseNumber);
      assertThat(caseEvents).isNotEmpty().allMatch(e -> e.status().equals("SENT"));
      caseEvents.forEach(e -> assertThat(receiver.timesAccepted(e.eventId())).as(e.type()).isEqualTo(1));
      List<Long> arrived = receiver.requestsFor(caseNumber).stream()
          .filter(r -> !"notification".equals(r.event()))
          .map(r -> r.json().get("sequence").asLong())
          .toList();
      assertThat(arrived).as("events of " + caseNumber + " in order").isSorted().doesNotHaveDuplicates();
    }
    assertThat(receiver.requests()).allMatch(WebhookReceiver.Received::verified);
  }

  @Test
  void aClaimWhoseNodeDiedIsTakenOverOnceItsLeaseRanOutWithTheSameIdempotencyKey() {
    var request = api.kycCase(UID_MARIA, "es");
    CaseApi.details(request).putArray("documents").add(api.document("PASSPORT", null));
    String caseNumber = api.openCase(request);
    long id = notifications.forCase(caseNumber).get(0).id();
    OutboxTable table = OutboxRelay.notificationTable(jdbc);
    Instant now = engine.now();
    OutboxTable.Claim dead = table.claim(id, "node-that-dies", now, now.minus(properties.getRelay().getLease())).orElseThrow();

    relay.relayDue();
    assertThat(notifications.find(id).orElseThrow().status()).as("held by the other node's claim").isEqualTo("SENDING");

    engine.moveClock(properties.getRelay().getLease().plusSeconds(1));
    relay.relayDue();

    Notification sent = notifications.find(id).orElseThrow();
    assertThat(sent.status()).isEqualTo("SENT");
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(receiver.timesAccepted("notification-" + id)).isEqualTo(1);
    assertThat(table.finish(dead, Outcome.sent("WEBHOOK", "late"), engine.now(), properties.getRetry()))
        .as("the dead node's late answer changes nothing").isFalse();
    assertThat(notifications.find(id).orElseThrow().providerId()).startsWith("rcv-");
  }

  private OutboxRelay relay(String node) {
    return new OutboxRelay(jdbc, clock, properties, notifications, events, registry, email, webhook, json, node);
  }
}
