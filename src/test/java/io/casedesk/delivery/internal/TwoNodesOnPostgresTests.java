package io.casedesk.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.CaseDeskApplication;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.casetype.Channel;
import io.casedesk.casetype.Tier;
import io.casedesk.delivery.OutgoingCaseEvent;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationOutbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two desk instances on one PostgreSQL, as in production: each with its own engine and relay, both
 * relaying the same outbox at the same moment. Every notification and case event reaches the
 * receiver once, each case's events in order.
 */
class TwoNodesOnPostgresTests {

  static final int CASES = 10;

  @Test
  void twoDeskNodesOnOnePostgresSendEachNotificationAndEventOnce() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        WebhookReceiver receiver = WebhookReceiver.start(Instant::now, DeliverySettings.TEST_WEBHOOK_SECRET);
        ConfigurableApplicationContext nodeA = node("nodeA", postgres, receiver);
        ConfigurableApplicationContext nodeB = node("nodeB", postgres, receiver)) {
      List<String> cases = new ArrayList<>();
      for (int i = 1; i <= CASES; i++) {
        String caseNumber = String.format("CD-2026-%06d", 900_000 + i);
        // Cases written on either node: each event is numbered by the case's row, whichever node writes it.
        ConfigurableApplicationContext writer = i % 2 == 0 ? nodeA : nodeB;
        open(writer, caseNumber);
        writer.getBean(NotificationOutbox.class).add(caseNumber, "reply-reminder", "en", "[" + caseNumber + "] Reminder", "Hello");
        writer.getBean(CaseRegistry.class).updateStatus(caseNumber, CaseStatus.WAITING_FOR_CUSTOMER);
        cases.add(caseNumber);
      }

      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
          OutboxRelay relay = node.getBean(OutboxRelay.class);
          runs.add(threads.submit(() -> {
            start.await();
            // Until neither finds anything: an event waits while the other node sends the one before it.
            for (int run = 0; run < 10 && relay.relayDue() > 0; run++) {
              Thread.onSpinWait();
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> run : runs) {
          run.get(2, TimeUnit.MINUTES);
        }
      } finally {
        threads.shutdownNow();
      }
      nodeA.getBean(OutboxRelay.class).relayDue();

      NotificationOutbox outbox = nodeA.getBean(NotificationOutbox.class);
      CaseEventOutbox events = nodeA.getBean(CaseEventOutbox.class);
      for (String caseNumber : cases) {
        Notification n = outbox.forCase(caseNumber).get(0);
        assertThat(n.status()).isEqualTo("SENT");
        assertThat(receiver.timesAccepted("notification-" + n.id())).isEqualTo(1);
        List<OutgoingCaseEvent> sent = events.forCase(caseNumber);
        assertThat(sent).extracting(OutgoingCaseEvent::type)
            .containsExactly("case.opened", "case.status_changed", "case.waiting_for_customer");
        sent.forEach(e -> assertThat(receiver.timesAccepted(e.eventId())).isEqualTo(1));
        assertThat(receiver.requestsFor(caseNumber).stream().filter(r -> !"notification".equals(r.event()))
            .map(r -> r.json().get("sequence").asLong()).toList()).containsExactly(1L, 2L, 3L);
      }
      assertThat(receiver.requests()).allMatch(WebhookReceiver.Received::verified);
    }
  }

  private static void open(ConfigurableApplicationContext node, String caseNumber) {
    Instant now = Instant.now();
    node.getBean(CaseRegistry.class).insert(new CaseRecord(
        caseNumber, "KYC_VERIFICATION", "10000001", Channel.EMAIL_TICKET, Tier.STANDARD, "en", "en", false, "Please verify my account",
        CaseStatus.OPEN, "kyc", 50, null, now, now.plus(Duration.ofHours(24)), now.plus(Duration.ofHours(72)),
        null, null, null, null, "intake", false));
  }

  /** One desk node: its own engine (the engine registry is static) and relay, no webapps, no job executor. */
  private static ConfigurableApplicationContext node(String name, EmbeddedPostgres postgres, WebhookReceiver receiver) {
    return new SpringApplicationBuilder(CaseDeskApplication.class).profiles("demo", "test").run(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        "--server.port=0",
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--camunda.bpm.process-engine-name=" + name,
        "--casedesk.delivery.relay.node-id=" + name,
        "--casedesk.delivery.notifications.channel=WEBHOOK",
        "--casedesk.delivery.webhook.url=" + receiver.url(),
        "--casedesk.delivery.events.url=" + receiver.url());
  }
}
