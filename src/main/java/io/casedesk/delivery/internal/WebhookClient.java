package io.casedesk.delivery.internal;

import io.casedesk.delivery.DeliveryChannel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Posts a JSON body to the exchange's back end, signed (see {@link WebhookSigner}), with the
 * delivery's idempotency key, so a receiver that gets a repeated delivery recognises it. A 2xx answer
 * is delivered (its {@code X-Request-Id}, if any, is the provider id); any other answer, a timeout or a
 * refused connection is retried.
 */
@Component
class WebhookClient {

  static final String CHANNEL = DeliveryChannel.WEBHOOK.name();

  private final DeliveryProperties properties;
  private final WebhookSigner signer;
  private final Clock clock;
  private final HttpClient http;

  WebhookClient(DeliveryProperties properties, WebhookSigner signer, Clock clock) {
    this.properties = properties;
    this.signer = signer;
    this.clock = clock;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(properties.getWebhook().getTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  Outcome post(String url, String event, String idempotencyKey, String body) {
    if (url == null || url.isBlank()) {
      return Outcome.permanent(CHANNEL, "No webhook URL is configured for " + event);
    }
    if (!signer.canSign()) {
      return Outcome.permanent(CHANNEL, "No webhook signing secret is configured (casedesk.delivery.webhook.secret)");
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(properties.getWebhook().getTimeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "CaseDesk-Webhooks/1")
        .header("CaseDesk-Event", event)
        .header("Idempotency-Key", idempotencyKey)
        .header(WebhookSigner.HEADER, signer.sign(clock.instant(), body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return Outcome.sent(CHANNEL, response.headers().firstValue("X-Request-Id").orElse("HTTP " + status));
      }
      return Outcome.retry(CHANNEL, "The receiver answered HTTP " + status);
    } catch (HttpTimeoutException e) {
      return Outcome.retry(CHANNEL, "The receiver did not answer within " + properties.getWebhook().getTimeout());
    } catch (IOException e) {
      return Outcome.retry(CHANNEL, "The receiver cannot be reached: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.retry(CHANNEL, "Interrupted while sending");
    }
  }
}
