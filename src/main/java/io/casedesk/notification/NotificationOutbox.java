package io.casedesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of customer notifications. A notification is written in the same transaction as the
 * case step that sends it, so none is lost or sent for a step that rolled back. The relay of the
 * delivery module delivers PENDING rows and keeps their delivery state (see {@link Notification}).
 */
@Repository
public class NotificationOutbox {

  static final String PENDING = "PENDING";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  NotificationOutbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.events = events;
  }

  /** A notification was written for a case (a Spring event, in the transaction that wrote it). */
  public record Written(String caseNumber, String template, Instant at) {}

  /** Puts a rendered notification in the outbox, in the transaction of the step that sends it. */
  public void add(String caseNumber, String template, String locale, String subject, String body) {
    Instant at = clock.instant();
    jdbc.sql(
            """
            insert into cd_notification (case_number, template, locale, subject, body, status, created_at, next_attempt_at)
            values (:n, :template, :locale, :subject, :body, :status, :at, :at)
            """)
        .param("n", caseNumber)
        .param("template", template)
        .param("locale", locale)
        .param("subject", subject)
        .param("body", body)
        .param("status", PENDING)
        .param("at", at.atOffset(ZoneOffset.UTC))
        .update();
    events.publishEvent(new Written(caseNumber, template, at));
  }

  public List<Notification> forCase(String caseNumber) {
    return jdbc.sql("select * from cd_notification where case_number = :n order by id")
        .param("n", caseNumber)
        .query(NotificationOutbox::map)
        .list();
  }

  public Optional<Notification> find(long id) {
    return jdbc.sql("select * from cd_notification where id = :id").param("id", id).query(NotificationOutbox::map).optional();
  }


  /** Notifications in a delivery status, oldest first, at most {@code limit}. */
  public List<Notification> withStatus(String status, int limit) {
    return jdbc.sql("select * from cd_notification where status = :status order by id limit :limit")
        .param("status", status)
        .param("limit", limit)
        .query(NotificationOutbox::map)
        .list();
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    return new Notification(
        rs.getLong("id"),
        rs.getString("case_number"),
        rs.getString("template"),
        rs.getString("locale"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        instant(rs, "created_at"),
        rs.getString("channel"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"),
        instant(rs, "sent_at"),
        rs.getString("provider_id"),
        rs.getString("failure_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
