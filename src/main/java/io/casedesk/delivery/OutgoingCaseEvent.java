package io.casedesk.delivery;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A case event as the outbox holds it: the signed webhook's body ({@code payload}) and its delivery,
 * {@code PENDING}, {@code SENDING}, {@code SENT} or {@code FAILED}, as for notifications. Events of one
 * case go out strictly by {@code sequence}: one waits until the one before it was delivered.
 */
public record OutgoingCaseEvent(
    long id,
    String eventId,
    String caseNumber,
    long sequence,
    @Schema(example = "case.status_changed") String type,
    @Schema(description = "The JSON body the webhook carries") String payload,
    @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED"}) String status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String providerId,
    String failureReason) {}
