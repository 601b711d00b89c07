package io.casedesk.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import io.casedesk.delivery.Delivery.Attempt;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery state of one outbox table ({@code cd_notification}, {@code cd_case_event}), the same
 * for both: {@code PENDING} → {@code SENDING} (claimed by one node) → {@code SENT}, or back to
 * {@code PENDING} with a later {@code next_attempt_at} (exponential backoff), or {@code FAILED} after
 * the last attempt. Every step is a compare-and-set on the row's status, so it works alike on H2 and
 * PostgreSQL and two nodes never both hold a row. Each finished attempt is written to
 * {@code cd_delivery_attempt}.
 */
final class OutboxTable {

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";
  static final List<String> STATUSES = List.of(PENDING, SENDING, SENT, FAILED);

  /** Rows a node may claim now: due ones, and those whose claim outlived its lease. */
  private static final String CLAIMABLE =
      "((t.status = 'PENDING' and t.next_attempt_at <= :now) or (t.status = 'SENDING' and t.claimed_at < :stale))";

  private final JdbcClient jdbc;
  private final String table;
  private final String outbox;

  OutboxTable(JdbcClient jdbc, String table, String outbox) {
    this.jdbc = jdbc;
    this.table = table;
    this.outbox = outbox;
  }

  String outbox() {
    return outbox;
  }

  /** A row one node holds, in its {@code attempt}-th attempt. */
  record Claim(long id, int attempt, String node, Instant claimedAt) {}

  /** The ids a node may claim now, oldest first; {@code condition} narrows them (on alias {@code t}). */
  List<Long> claimable(Instant now, Instant stale, int limit, String condition) {
    return jdbc.sql("select t.id from " + table + " t where " + CLAIMABLE + condition + " order by t.id limit :limit")
        .param("now", utc(now))
        .param("stale", utc(stale))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }

  /** Takes the row for this node, unless another node took it first. */
  Optional<Claim> claim(long id, String node, Instant now, Instant stale) {
    int claimed = jdbc.sql("update " + table + " t set status = 'SENDING', claimed_by = :node, claimed_at = :now, attempts = attempts + 1"
            + " where t.id = :id and " + CLAIMABLE)
        .param("node", node)
        .param("now", utc(now))
        .param("stale", utc(stale))
        .param("id", id)
        .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    int attempt = jdbc.sql("select attempts from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    return Optional.of(new Claim(id, attempt, node, now));
  }

  /**
   * Ends the attempt: SENT, PENDING again after {@code backoff}, or FAILED when it was permanent or the
   * last. False when the claim was taken over meanwhile (its lease ran out); the row is then the other
   * node's.
   */
  boolean finish(Claim claim, Outcome outcome, Instant at, DeliveryProperties.Retry retry) {
    String status;
    Instant next = at;
    if (outcome.sent()) {
      status = SENT;
    } else if (outcome.permanent() || claim.attempt() >= retry.getMaxAttempts()) {
      status = FAILED;
    } else {
      status = PENDING;
      next = at.plus(retry.backoff(claim.attempt()));
    }
    int updated = jdbc.sql("update " + table + " set status = :status, sent_at = :sentAt, provider_id = :providerId,"
            + " failure_reason = :reason, next_attempt_at = :next"
            + " where id = :id and status = 'SENDING' and claimed_by = :node and attempts = :attempt")
        .param("status", status)
        .param("sentAt", outcome.sent() ? utc(at) : null)
        .param("providerId", outcome.providerId())
        .param("reason", outcome.sent() ? null : outcome.error())
        .param("next", utc(next))
        .param("id", claim.id())
        .param("node", claim.node())
        .param("attempt", claim.attempt())
        .update();
    jdbc.sql("insert into cd_delivery_attempt (outbox, item_id, attempt, channel, node, started_at, finished_at, result, provider_id, error)"
            + " values (:outbox, :id, :attempt, :channel, :node, :startedAt, :finishedAt, :result, :providerId, :error)")
        .param("outbox", outbox)
        .param("id", claim.id())
        .param("attempt", claim.attempt())
        .param("channel", outcome.channel())
        .param("node", claim.node())
        .param("startedAt", utc(claim.claimedAt()))
        .param("finishedAt", utc(at))
        .param("result", outcome.sent() ? SENT : status.equals(FAILED) ? FAILED : "RETRY")
        .param("providerId", outcome.providerId())
        .param("error", outcome.error())
        .update();
    return updated == 1;
  }

  /** A supervisor's retry of a FAILED row: due now, with a fresh set of attempts. False unless it was FAILED. */
  boolean retry(long id, Instant now) {
    return jdbc.sql("update " + table + " set status = 'PENDING', attempts = 0, next_attempt_at = :now where id = :id and status = 'FAILED'")
        .param("now", utc(now))
        .param("id", id)
        .update() == 1;
  }

  List<Attempt> attempts(long id) {
    return jdbc.sql("select * from cd_delivery_attempt where outbox = :outbox and item_id = :id order by id")
        .param("outbox", outbox)
        .param("id", id)
        .query(OutboxTable::attempt)
        .list();
  }

  private static Attempt attempt(ResultSet rs, int row) throws SQLException {
    return new Attempt(rs.getInt("attempt"), rs.getString("channel"), rs.getString("node"), instant(rs, "started_at"),
        instant(rs, "finished_at"), rs.getString("result"), rs.getString("provider_id"), rs.getString("error"));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
