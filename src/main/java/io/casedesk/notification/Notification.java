package io.casedesk.notification;

import java.time.Instant;

/** A message to the customer, as it stands in the outbox. */
public record Notification(String template, String locale, String subject, String body, String status, Instant createdAt) {}
