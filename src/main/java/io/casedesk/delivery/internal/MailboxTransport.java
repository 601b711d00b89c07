package io.casedesk.delivery.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's mailbox ({@code casedesk.delivery.email.transport=mailbox}): each e-mail is stored as it
 * would have gone out (the whole RFC 822 message), and {@code /api/demo/mailbox} shows them in the
 * browser. Delivering the same Message-ID again stores nothing new.
 */
@Component
@ConditionalOnProperty(name = "casedesk.delivery.email.transport", havingValue = "mailbox")
class MailboxTransport implements MailTransport {

  private final JdbcClient jdbc;
  private final Clock clock;

  MailboxTransport(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  record Stored(long id, String messageId, String caseNumber, String recipient, String subject, String raw, Instant deliveredAt) {}

  @Override
  public String send(MimeMessage message, String caseNumber) throws MessagingException {
    message.saveChanges();
    String messageId = message.getMessageID();
    boolean known = jdbc.sql("select count(*) from cd_mailbox_message where message_id = :id").param("id", messageId).query(Integer.class).single() > 0;
    if (!known) {
      jdbc.sql("""
              insert into cd_mailbox_message (message_id, case_number, recipient, subject, raw_message, delivered_at)
              values (:id, :n, :to, :subject, :raw, :at)
              """)
          .param("id", messageId)
          .param("n", caseNumber)
          .param("to", ((InternetAddress) message.getAllRecipients()[0]).getAddress())
          .param("subject", message.getSubject())
          .param("raw", raw(message))
          .param("at", OutboxTable.utc(clock.instant()))
          .update();
    }
    return messageId;
  }

  List<Stored> latest(int limit) {
    return jdbc.sql("select * from cd_mailbox_message order by id desc limit :limit").param("limit", limit).query(MailboxTransport::map).list();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("select * from cd_mailbox_message where id = :id").param("id", id).query(MailboxTransport::map).optional();
  }

  private static Stored map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Stored(rs.getLong("id"), rs.getString("message_id"), rs.getString("case_number"), rs.getString("recipient"),
        rs.getString("subject"), rs.getString("raw_message"), OutboxTable.instant(rs, "delivered_at"));
  }

  private static String raw(MimeMessage message) throws MessagingException {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toString(StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
