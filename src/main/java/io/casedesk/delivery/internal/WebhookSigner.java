package io.casedesk.delivery.internal;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Signs webhooks as Stripe and GitHub do: header {@value #HEADER} {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<body>">} with the current secret. While a rotation is under way (a previous
 * secret is configured) a second {@code v1} made with the previous secret follows, so a receiver
 * still on the old secret keeps verifying; a receiver accepts the request when any {@code v1} matches
 * a secret it holds and {@code t} is recent.
 */
@Component
class WebhookSigner {

  static final String HEADER = "CaseDesk-Signature";

  private final DeliveryProperties properties;

  WebhookSigner(DeliveryProperties properties) {
    this.properties = properties;
  }

  boolean canSign() {
    return !properties.getWebhook().getSecret().isBlank();
  }

  String sign(Instant at, String body) {
    String secret = properties.getWebhook().getSecret();
    if (secret.isBlank()) {
      throw new IllegalStateException("No webhook signing secret is configured (casedesk.delivery.webhook.secret)");
    }
    long t = at.getEpochSecond();
    String payload = t + "." + body;
    StringBuilder header = new StringBuilder("t=").append(t).append(",v1=").append(Hmac.sha256Hex(secret, payload));
    String previous = properties.getWebhook().getPreviousSecret();
    if (!previous.isBlank()) {
      header.append(",v1=").append(Hmac.sha256Hex(previous, payload));
    }
    return header.toString();
  }
}
