package io.casedesk.delivery;

import java.time.Instant;
import java.util.List;

/** One outbox row's delivery as supervisors and compliance read it: the row and every attempt, oldest first. */
public record Delivery<T>(T item, List<Attempt> attempts) {

  /** One attempt: which node made it, when, over which channel, and how it ended (SENT, RETRY or FAILED). */
  public record Attempt(
      int attempt, String channel, String node, Instant startedAt, Instant finishedAt, String result, String providerId, String error) {}
}
