package io.casedesk.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox of customer notifications. A notification is written in the same transaction as the
 * case step that sends it, so none is lost or sent for a step that rolled back; a sender delivers
 * PENDING rows (e-mail delivery is a separate concern).
 */
@Repository
public class NotificationOutbox {

  static final String PENDING = "PENDING";

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Puts a rendered notification in the outbox, in the transaction of the step that sends it. */
  public void add(String caseNumber, String template, String locale, String subject, String body) {
    jdbc.sql(
            """
            insert into cd_notification (case_number, template, locale, subject, body, status, created_at)
            values (:n, :template, :locale, :subject, :body, :status, :at)
            """)
        .param("n", caseNumber)
        .param("template", template)
        .param("locale", locale)
        .param("subject", subject)
        .param("body", body)
        .param("status", PENDING)
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
  }

  public List<Notification> forCase(String caseNumber) {
    return jdbc.sql(
            "select template, locale, subject, body, status, created_at from cd_notification where case_number = :n order by id")
        .param("n", caseNumber)
        .query(NotificationOutbox::map)
        .list();
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    return new Notification(
        rs.getString("template"),
        rs.getString("locale"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getString("status"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
