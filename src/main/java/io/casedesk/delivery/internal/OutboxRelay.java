package io.casedesk.delivery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.casedesk.cases.CaseRecord;
import io.casedesk.cases.CaseRegistry;
import io.casedesk.cases.CaseStatus;
import io.casedesk.delivery.DeliveryChannel;
import io.casedesk.delivery.OutgoingCaseEvent;
import io.casedesk.notification.Notification;
import io.casedesk.notification.NotificationOutbox;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relay: delivers what the outboxes hold, customer notifications (by e-mail or the exchange's
 * webhook, as configured per template) and case events (signed webhooks, strictly in order per case).
 * It runs on every node; each row is claimed by one node with a compare-and-set on its status and
 * sent outside any transaction, so a slow receiver holds no lock. Every delivery carries the row's id
 * as its idempotency key: if a node dies after sending and before recording it, the row's lease runs
 * out, another node sends it again, and the receiver recognises it.
 */
@Component
class OutboxRelay {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  /** Rounds per run: later events of a case become claimable once the round before delivered the earlier ones. */
  private static final int MAX_ROUNDS = 20;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DeliveryProperties properties;
  private final NotificationOutbox notifications;
  private final CaseEventOutbox events;
  private final CaseRegistry registry;
  private final EmailChannel email;
  private final WebhookClient webhook;
  private final ObjectMapper json;
  private final OutboxTable notificationTable;
  private final OutboxTable eventTable;
  private final String node;

  @Autowired
  OutboxRelay(JdbcClient jdbc, Clock clock, DeliveryProperties properties, NotificationOutbox notifications, CaseEventOutbox events,
      CaseRegistry registry, EmailChannel email, WebhookClient webhook, ObjectMapper json) {
    this(jdbc, clock, properties, notifications, events, registry, email, webhook, json,
        properties.getRelay().getNodeId().isBlank() ? defaultNodeId() : properties.getRelay().getNodeId());
  }

  /** A relay that calls itself {@code node}: one per desk node, or several in one JVM in a test. */
  OutboxRelay(JdbcClient jdbc, Clock clock, DeliveryProperties properties, NotificationOutbox notifications, CaseEventOutbox events,
      CaseRegistry registry, EmailChannel email, WebhookClient webhook, ObjectMapper json, String node) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.notifications = notifications;
    this.events = events;
    this.registry = registry;
    this.email = email;
    this.webhook = webhook;
    this.json = json;
    this.notificationTable = notificationTable(jdbc);
    this.eventTable = eventTable(jdbc);
    this.node = node;
  }

  static OutboxTable notificationTable(JdbcClient jdbc) {
    return new OutboxTable(jdbc, "cd_notification", "NOTIFICATION");
  }

  static OutboxTable eventTable(JdbcClient jdbc) {
    return new OutboxTable(jdbc, "cd_case_event", "CASE_EVENT");
  }

  String node() {
    return node;
  }

  /** Delivers everything that is due now; returns how many attempts it made. */
  int relayDue() {
    int attempts = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      int made = round(notificationTable, "", this::deliverNotification) + round(eventTable, CaseEventOutbox.IN_ORDER, this::deliverEvent);
      attempts += made;
      if (made == 0) {
        break;
      }
    }
    return attempts;
  }

  private int round(OutboxTable table, String condition, Function<Long, Outcome> deliver) {
    Instant now = clock.instant();
    Instant stale = now.minus(properties.getRelay().getLease());
    int made = 0;
    for (long id : table.claimable(now, stale, properties.getRelay().getBatchSize(), condition)) {
      Optional<OutboxTable.Claim> claim = table.claim(id, node, now, stale);
      if (claim.isEmpty()) {
        continue; // another node has it
      }
      made++;
      Outcome outcome;
      try {
        outcome = deliver.apply(id);
      } catch (RuntimeException e) {
        // The back office, the mail server or a setting failed: try again later.
        outcome = Outcome.retry(table.outbox().equals("CASE_EVENT") ? WebhookClient.CHANNEL : channelOf(id), e.getMessage());
      }
      if (!table.finish(claim.get(), outcome, clock.instant(), properties.getRetry())) {
        log.warn("{} {}: the claim of node {} ran out before the attempt ended; another node has taken it over", table.outbox(), id, node);
      } else if (!outcome.sent()) {
        log.info("{} {}: attempt {} failed: {}", table.outbox(), id, claim.get().attempt(), outcome.error());
      }
    }
    return made;
  }

  private Outcome deliverNotification(long id) {
    Notification n = notifications.find(id).orElseThrow();
    String channel = channelOf(id);
    CaseRecord c = registry.find(n.caseNumber()).orElseThrow();
    if (DeliveryChannel.valueOf(channel) == DeliveryChannel.EMAIL) {
      return email.send(n, c.customerUid(), c.status() == CaseStatus.WAITING_FOR_CUSTOMER);
    }
    return webhook.post(properties.getWebhook().getUrl(), "notification", "notification-" + n.id(), notificationBody(n, c));
  }

  /** The notification's channel: the one of its first attempt, else the one configured for its template now. */
  private String channelOf(long id) {
    Notification n = notifications.find(id).orElseThrow();
    if (n.channel() != null) {
      return n.channel();
    }
    String channel = properties.getNotifications().channelFor(n.template()).name();
    jdbc.sql("update cd_notification set channel = :channel where id = :id and channel is null").param("channel", channel).param("id", id).update();
    return channel;
  }

  private String notificationBody(Notification n, CaseRecord c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", "notification-" + n.id());
    body.put("type", "notification");
    body.put("caseNumber", n.caseNumber());
    body.put("customerUid", c.customerUid());
    body.put("template", n.template());
    body.put("locale", n.locale());
    body.put("subject", n.subject());
    body.put("body", n.body());
    body.put("createdAt", n.createdAt().toString());
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Outcome deliverEvent(long id) {
    OutgoingCaseEvent event = events.find(id).orElseThrow();
    return webhook.post(properties.getEvents().getUrl(), event.type(), event.eventId(), event.payload());
  }

  private static String defaultNodeId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "node";
    }
    String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    return id.length() > 100 ? id.substring(id.length() - 100) : id;
  }
}
