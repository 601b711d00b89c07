package io.casedesk.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A message to the customer, as it stands in the outbox, with its delivery: {@code PENDING} (waiting
 * for its first or next attempt, at {@code nextAttemptAt}), {@code SENDING} (a relay has it now),
 * {@code SENT} (at {@code sentAt}, with the provider's id) or {@code FAILED} (with the reason; a
 * supervisor can retry it).
 */
public record Notification(
    long id,
    String caseNumber,
    String template,
    String locale,
    String subject,
    String body,
    @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED"}) String status,
    Instant createdAt,
    @Schema(description = "How it is delivered: EMAIL or WEBHOOK (the exchange's back end); set at the first attempt") String channel,
    int attempts,
    Instant nextAttemptAt,
    Instant sentAt,
    @Schema(description = "The id the e-mail or webhook receiver gave the delivery (the e-mail's Message-ID, the receiver's X-Request-Id)")
        String providerId,
    @Schema(description = "Why the last attempt failed") String failureReason) {}
