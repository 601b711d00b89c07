package io.casedesk.delivery.internal;

import io.casedesk.cases.CaseEvent;
import io.casedesk.delivery.DeliveryChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code casedesk.delivery.*}: the relay, its retries, the channels and the case events (see README, Delivery). */
@ConfigurationProperties("casedesk.delivery")
class DeliveryProperties {

  private final Relay relay = new Relay();
  private final Retry retry = new Retry();
  private final Notifications notifications = new Notifications();
  private final Email email = new Email();
  private final Webhook webhook = new Webhook();
  private final Events events = new Events();

  public Relay getRelay() {
    return relay;
  }

  public Retry getRetry() {
    return retry;
  }

  public Notifications getNotifications() {
    return notifications;
  }

  public Email getEmail() {
    return email;
  }

  public Webhook getWebhook() {
    return webhook;
  }

  public Events getEvents() {
    return events;
  }

  static class Relay {
    /** Whether this node runs the relay on a schedule (tests drive it themselves). */
    private boolean enabled = true;
    /** The pause between two runs. */
    private Duration interval = Duration.ofSeconds(5);
    /** How many rows one round claims. */
    private int batchSize = 50;
    /** After this long a claim that was never finished (its node died) may be taken over. */
    private Duration lease = Duration.ofMinutes(5);
    /** This node's name in claims and attempts; host name and a random suffix if empty. */
    private String nodeId = "";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public Duration getLease() {
      return lease;
    }

    public void setLease(Duration lease) {
      this.lease = lease;
    }

    public String getNodeId() {
      return nodeId;
    }

    public void setNodeId(String nodeId) {
      this.nodeId = nodeId;
    }
  }

  static class Retry {
    /** Attempts in all before a row is FAILED. */
    private int maxAttempts = 8;
    /** The wait after the first failed attempt; it doubles with each further one. */
    private Duration initialBackoff = Duration.ofMinutes(1);
    /** The longest wait between two attempts. */
    private Duration maxBackoff = Duration.ofHours(1);

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    Duration backoff(int attempt) {
      Duration wait = initialBackoff;
      for (int i = 1; i < attempt && wait.compareTo(maxBackoff) < 0; i++) {
        wait = wait.multipliedBy(2);
      }
      return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }
  }

  static class Notifications {
    /** The channel of every notification whose template has none of its own. */
    private DeliveryChannel channel = DeliveryChannel.EMAIL;
    /** A channel per template, e.g. {@code deposit-confirming: WEBHOOK}. */
    private Map<String, DeliveryChannel> templates = new HashMap<>();

    DeliveryChannel channelFor(String template) {
      return templates.getOrDefault(template, channel);
    }

    public DeliveryChannel getChannel() {
      return channel;
    }

    public void setChannel(DeliveryChannel channel) {
      this.channel = channel;
    }

    public Map<String, DeliveryChannel> getTemplates() {
      return templates;
    }

    public void setTemplates(Map<String, DeliveryChannel> templates) {
      this.templates = templates;
    }
  }

  static class Email {
    /** {@code smtp} (spring.mail.*) or {@code mailbox} (the demo's mailbox in the browser). */
    private String transport = "smtp";
    private String from = "Support <support@casedesk.example>";
    /** Domain of the reply addresses; mail to reply+...@ this domain must reach the inbound-mail endpoint. */
    private String replyDomain = "reply.casedesk.example";
    /** Key of the reply address tokens. */
    private String replySecret = "";
    /** The key before the last rotation: reply addresses in e-mails sent before it stay valid. */
    private String replyPreviousSecret = "";

    public String getTransport() {
      return transport;
    }

    public void setTransport(String transport) {
      this.transport = transport;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getReplyDomain() {
      return replyDomain;
    }

    public void setReplyDomain(String replyDomain) {
      this.replyDomain = replyDomain;
    }

    public String getReplySecret() {
      return replySecret;
    }

    public void setReplySecret(String replySecret) {
      this.replySecret = replySecret;
    }

    public String getReplyPreviousSecret() {
      return replyPreviousSecret;
    }

    public void setReplyPreviousSecret(String replyPreviousSecret) {
      this.replyPreviousSecret = replyPreviousSecret;
    }
  }

  static class Webhook {
    /** Where notifications for the exchange's app go (channel WEBHOOK). */
    private String url = "";
    /** Signing key (HMAC-SHA256) of every webhook, notifications and case events. */
    private String secret = "";
    /** The key before the last rotation; while set, requests carry a second signature made with it. */
    private String previousSecret = "";
    private Duration timeout = Duration.ofSeconds(10);

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getSecret() {
      return secret;
    }

    public void setSecret(String secret) {
      this.secret = secret;
    }

    public String getPreviousSecret() {
      return previousSecret;
    }

    public void setPreviousSecret(String previousSecret) {
      this.previousSecret = previousSecret;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }

  static class Events {
    /** Where case events go; no events are recorded while it is empty. */
    private String url = "";
    /** The event types sent; all by default. */
    private List<String> types = new ArrayList<>(CaseEvent.TYPES);

    boolean wanted(String type) {
      return url != null && !url.isBlank() && types.contains(type);
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public List<String> getTypes() {
      return types;
    }

    public void setTypes(List<String> types) {
      this.types = types;
    }
  }
}
